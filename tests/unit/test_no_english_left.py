"""Issue 14, point 4: no English on a Finnish or Swedish screen (nor on a resident's
screen in the other languages, below). Every UI string in
the fi, fi-x-selko and sv .ts files is finished and translated: none is empty, marked
unfinished, or the English source copied, except the few that are the same in every
language (ALLOWED, each with its reason). The flow texts in those languages are not
the English text either. Cheap: reads the XML and YAML files, no screens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from i18n_texts import flow_texts_of

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("fi", "fi-x-selko", "sv")

#: (context, source) -> why the translation may equal the English source.
ALLOWED: dict[tuple[str, str], str] = {
    ("OnScreenKeyboard", "123"): "digits: the keyboard's key to the number layer",
    ("OnScreenKeyboard", "ABC"): "Latin letters: the key back to the letter layer",
    ("staff", "OK"): "the PIN pad's OK: the same word in Finnish and Swedish",
    ("results_places", "Rollator"): "the Swedish word is rollator too (fi: rollaattori)",
}


def ts_messages(lang: str) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, message) of every message in ``lang``'s .ts file."""
    path = ROOT / "i18n" / f"kiosk_{lang}.ts"
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translated_texts(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def untranslated(lang: str) -> list[str]:
    problems = []
    for name, source, message in ts_messages(lang):
        translation = message.find("translation")
        where = f"kiosk_{lang}.ts {name} {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            problems.append(f"{where}: not translated (unfinished)")
            continue
        for text in translated_texts(translation):
            if not text.strip():
                problems.append(f"{where}: empty translation")
            elif text == source and (name, source) not in ALLOWED:
                problems.append(f"{where}: still the English source")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_translated_and_not_english(lang: str) -> None:
    problems = untranslated(lang)
    assert not problems, "\n".join(problems)


def test_the_allow_list_is_still_needed() -> None:
    """An entry whose string is gone or now translated differently is dropped."""
    seen = set()
    for lang in LANGS:
        for name, source, message in ts_messages(lang):
            if message.findtext("translation") == source:
                seen.add((name, source))
    assert set(ALLOWED) <= seen, f"not needed any more: {set(ALLOWED) - seen}"


def test_no_flow_text_in_finnish_or_swedish_is_the_english_one() -> None:
    problems = []
    for path in sorted((ROOT / "assets" / "flows").glob("*.yaml")):
        texts: dict[str, dict[str, str]] = {}
        for where, lang, text in flow_texts_of(yaml.safe_load(path.read_text("utf-8")), ""):
            texts.setdefault(where, {})[lang] = text
        for where, by_lang in texts.items():
            for lang in LANGS:
                if lang in by_lang and by_lang[lang] == by_lang["en"] and by_lang["en"].strip():
                    problems.append(f"{path.name} {where} [{lang}]: {by_lang[lang]!r} is English")
    assert not problems, "\n".join(problems)


#: The other shipped languages: their staff screens are in the staff's language (fi,
#: sv or en), so only what a resident sees is checked (issue 17's languages).
RESIDENT_LANGS = ("ru", "et", "uk", "ar", "so")


def resident_staff_strings() -> set[str]:
    """Sources in the "staff" context that the resident sees (My data, the helper
    banner): those translated with the kiosk's ``translate``, not the staff's
    ``words.translate``."""
    found: set[str] = set()
    call = re.compile(r'(?<![\w.])translate\(\s*"staff",\s*((?:"[^"]*"\s*)+)')
    for path in (ROOT / "kiosk" / "ui").glob("*.py"):
        for match in call.finditer(path.read_text("utf-8")):
            found.add("".join(re.findall(r'"([^"]*)"', match.group(1))))
    return found


@pytest.mark.parametrize("lang", RESIDENT_LANGS)
def test_no_english_left_on_a_residents_screen_in_the_other_languages(lang: str) -> None:
    seen_by_resident = resident_staff_strings()
    assert "What does this kiosk know about me?" in seen_by_resident  # the scan works
    problems = []
    for name, source, message in ts_messages(lang):
        if name == "desk" or (name == "staff" and source not in seen_by_resident):
            continue  # a staff screen, in the staff's language
        translation = message.find("translation")
        texts = translated_texts(translation) if translation is not None else [""]
        english = re.search(r"[A-Za-z]{2}", source) and (name, source) not in ALLOWED
        if english and source in texts:
            problems.append(f"kiosk_{lang}.ts {name} {source!r}: still the English source")
    assert not problems, "\n".join(problems)
