"""The spoken form (kiosk/speech/spoken.py): each rule in Finnish, Swedish and English,
and every text the kiosk ships (flows, UI strings, the accessibility statement) said
without digits-with-dots, slashes, web addresses or abbreviations (issue 13, point 1)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from kiosk.speech.spoken import ABBREVIATIONS, RULES, spoken, spoken_parts

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("fi", "sv", "en")

#: (rule, language, shown, heard): at least one row per rule and language.
CASES = [
    # times and ranges
    ("time range", "fi", "klo 8–10", "kello kahdeksasta kymmeneen"),
    ("time range", "fi", "8.00–10.00 omatoimiaika", "kello kahdeksasta kymmeneen omatoimiaika"),
    ("time range", "fi", "klo 16.45–19.00", "kello kuudestatoista 45 yhdeksääntoista"),
    ("time range", "sv", "kl. 8–10", "klockan 8 till 10"),
    ("time range", "sv", "8.00–10.00 meröppet", "klockan 8 till 10 meröppet"),
    ("time range", "en", "8:00–10:00", "from 8 to 10 am"),
    ("time range", "en", "10:00–20:00", "from 10 am to 8 pm"),
    (
        "time range",
        "en",
        "Monday 1 June at 16:45–19:00",
        "Monday the 1st of June from 4 45 to 7 pm",
    ),
    (
        "time",
        "fi",
        "Henkilökunta on paikalla klo 20.00 asti.",
        "Henkilökunta on paikalla kello kahteenkymmeneen asti.",
    ),
    ("time", "fi", "Avautuu klo 8.30.", "Avautuu kello 8 30."),
    ("time", "fi", "auki 9.00 alkaen", "auki kello yhdeksästä alkaen"),
    ("time", "sv", "Öppnar kl. 8.00.", "Öppnar klockan 8."),
    ("time", "sv", "till 20.00", "till klockan 20"),
    ("time", "en", "Staff are here until 20:00.", "Staff are here until 8 pm."),
    ("time", "en", "Opens today at 12:00.", "Opens today at 12 noon."),
    # dates and weekdays
    ("date", "fi", "Maanantai 22.6.:", "Maanantai kahdeskymmenestoinen kesäkuuta:"),
    ("date", "fi", "päivältä 22.6.2020.", "päivältä kahdeskymmenestoinen kesäkuuta 2020."),
    ("date", "fi", "1.10.", "ensimmäinen lokakuuta"),
    ("date", "sv", "Måndag 22.6.:", "Måndag den tjugoandra juni:"),
    ("date", "sv", "från 31.12.2020.", "från den trettioförsta december 2020."),
    ("date", "en", "Monday 22 June", "Monday the 22nd of June"),
    ("date", "en", "from 3 March 2021.", "from the 3rd of March 2021."),
    ("date", "en", "on 11.11.2020", "on the 11th of November 2020"),
    ("weekdays", "fi", "ma–pe", "maanantaista perjantaihin"),
    (
        "weekdays",
        "fi",
        "la-su klo 10–16",
        "lauantaista sunnuntaihin kello kymmenestä kuuteentoista",
    ),
    ("weekday", "fi", "ke 9–12", "keskiviikkona 9–12"),
    ("weekdays", "sv", "mån–fre", "måndag till fredag"),
    ("weekday", "sv", "lör 10", "lördag 10"),
    ("weekdays", "en", "Mon–Fri", "Monday to Friday"),
    ("weekday", "en", "Sat 10", "Saturday 10"),
    # phone numbers and postcodes
    (
        "phone",
        "fi",
        "+358 9 310 85953",
        "nolla yhdeksän, kolme yksi nolla, kahdeksan viisi yhdeksän viisi kolme",
    ),
    (
        "phone",
        "fi",
        "09 310 85953",
        "nolla yhdeksän, kolme yksi nolla, kahdeksan viisi yhdeksän viisi kolme",
    ),
    ("phone", "sv", "+358 40 123 4567", "noll fyra noll, ett två tre, fyra fem sex sju"),
    ("phone", "en", "+358 9 310 85953", "zero nine, three one zero, eight five nine five three"),
    # a feedback reference, spelled group by group (two groups of digits in it were
    # read as a phone number)
    (
        "reference",
        "fi",
        "Viitenumerosi on 091f 0593 8460 7acd 4188.",
        "Viitenumerosi on nolla yhdeksän yksi f, nolla viisi yhdeksän kolme, "
        "kahdeksan neljä kuusi nolla, seitsemän a c d, neljä yksi kahdeksan kahdeksan.",
    ),
    (
        "reference",
        "sv",
        "Ditt referensnummer är ab12 0593 8460.",
        "Ditt referensnummer är a b ett två, noll fem nio tre, åtta fyra sex noll.",
    ),
    (
        "reference",
        "en",
        "Your reference number is 7acd 0593 8460 41.",
        "Your reference number is seven a c d, zero five nine three, eight four six zero, "
        "four one.",
    ),
    ("postcode", "fi", "Viides linja 11, 00530", "Viides linja 11, nolla nolla viisi kolme nolla"),
    ("postcode", "sv", "00530 Helsingfors", "noll noll fem tre noll Helsingfors"),
    ("postcode", "en", "00100 Helsinki", "zero zero one zero zero Helsinki"),
    # units
    ("unit", "fi", "alle 2 km", "alle 2 kilometriä"),
    ("unit", "fi", "1 km", "1 kilometri"),
    ("unit", "fi", "350 m, pohjoiseen", "350 metriä, pohjoiseen"),
    ("unit", "fi", "Tekstin koko 150 %", "Tekstin koko 150 prosenttia"),
    ("unit", "fi", "5 €", "5 euroa"),
    ("unit", "sv", "1,4 km", "1,4 kilometer"),
    ("unit", "sv", "16 mm", "16 millimeter"),
    ("unit", "sv", "200 %", "200 procent"),
    ("unit", "en", "1.4 km", "1 point 4 kilometres"),
    ("unit", "en", "50 m", "50 metres"),
    ("unit", "en", "€5", "5 euros"),
    # fractions and ratios
    ("fraction", "fi", "Äänenvoimakkuus 3/5.", "Äänenvoimakkuus 3 viidestä."),
    ("fraction", "sv", "Volym 3/5.", "Volym 3 av 5."),
    ("fraction", "en", "Page 1/2", "Page 1 of 2"),
    ("ratio", "fi", "vähintään 7:1", "vähintään 7 suhteessa 1"),
    ("ratio", "sv", "minst 7:1", "minst 7 till 1"),
    ("ratio", "en", "at least 7:1", "at least 7 to 1"),
    # addresses, licences
    ("email", "fi", "neuvonta@hel.fi", "neuvonta ät hel piste fi"),
    ("email", "sv", "radgivning@hel.fi", "radgivning snabel-a hel punkt fi"),
    ("email", "en", "help@hel.fi", "help at hel dot fi"),
    (
        "url",
        "fi",
        "Katso https://palvelukartta.hel.fi/fi/unit/8215 puhelimella.",
        "Katso puhelimella.",
    ),
    ("url", "sv", "(palautteet.hel.fi)", "(palautteet punkt hel punkt fi)"),
    ("url", "en", "Go to www.hel.fi/en now.", "Go to now."),
    ("licence", "fi", "Auki. Lähde: kirjastot.fi / Kirkanta, lisenssi CC BY 4.0.", "Auki."),
    ("licence", "sv", "Källa: Helsingfors servicekarta, CC BY 4.0.", ""),
    (
        "licence",
        "en",
        "Source: City of Helsinki Service Map (palvelukartta), attribution licence.",
        "",
    ),
    ("decimal", "fi", "versio 0.1.0", "versio 0 piste 1 piste 0"),
    ("decimal", "sv", "WCAG 2.1", "WCAG 2 punkt 1"),
    ("decimal", "en", "level AA of WCAG 2.1.", "level AA of WCAG 2 point 1."),
    # abbreviations
    ("abbreviation", "fi", "Esim. Kallio", "Esimerkiksi Kallio"),
    ("abbreviation", "fi", "klo", "kello"),
    ("abbreviation", "fi", "n. 20 metriä", "noin 20 metriä"),
    ("abbreviation", "sv", "t.ex. Berghäll", "till exempel Berghäll"),
    ("abbreviation", "sv", "kl.", "klockan"),
    ("abbreviation", "sv", "ca 20 meter", "cirka 20 meter"),
    ("abbreviation", "en", "e.g. Kallio", "for example Kallio"),
    ("abbreviation", "en", "approx. 20 metres", "approximately 20 metres"),
    ("slash", "fi", "ja/tai", "ja tai tai"),
    ("slash", "sv", "och/eller", "och eller eller"),
    ("slash", "en", "and/or", "and or or"),
]


@pytest.mark.parametrize(
    ("rule", "lang", "shown", "heard"),
    CASES,
    ids=[f"{r}-{lang}-{i}" for i, (r, lang, _, _) in enumerate(CASES)],
)
def test_rule(rule, lang, shown, heard):
    assert spoken(shown, lang) == heard


def test_every_rule_has_a_case_in_every_language():
    cased = {(rule, lang) for rule, lang, _, _ in CASES}
    for rule in {r.name for r in RULES}:
        for lang in LANGS:
            assert (rule, lang) in cased or (
                # one case stands for the pair "weekday"/"weekdays" where a language
                # writes only ranges in its UI
                rule == "weekday" and ("weekdays", lang) in cased
            ), f"no case for {rule!r} in {lang}"


def test_what_is_shown_is_never_changed_by_speaking_it():
    text = "Henkilökunta on paikalla klo 20.00 asti."
    spoken(text, "fi")
    assert text == "Henkilökunta on paikalla klo 20.00 asti."


def test_other_languages_and_plain_words_pass_unchanged():
    assert spoken("klo 8–10", "de") == "klo 8–10"
    # …but a web address is said in no language.
    assert spoken("Смотрите https://palvelukartta.hel.fi/ru/unit/8215 (www.hel.fi)", "ru") == (
        "Смотрите"
    )
    assert spoken("Valitse yksi.", "fi") == "Valitse yksi."
    assert spoken("", "fi") == ""


def test_parts_left_with_nothing_to_say_are_dropped():
    parts = [
        ("Auki.", "fi"),
        ("Lähde: kirjastot.fi, lisenssi CC BY 4.0.", "fi"),
        ("Kallion kirjasto", "fi"),
    ]
    assert spoken_parts(parts) == [("Auki.", "fi"), ("Kallion kirjasto", "fi")]


# The whole content -----------------------------------------------------------------------

#: Not in any spoken form: digits with dots or colons between them ("8.00", "22.6.",
#: "2.1"), a day number with its ordinal dot ("22. kesäkuuta"), a slash, an address.
FORBIDDEN = re.compile(r"\d[.:]\d|\d\.\s*[a-zåäö]|/|(?i:https?|www\.)")
PLACEHOLDER = re.compile(r"%(?:n|L?\d)")


def _flow_texts() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, dict):
            if set(LANGS) <= set(value):
                found.extend((where, str(value[lang]), lang) for lang in LANGS)
                return
            for key, item in value.items():
                if key not in ("url", "id", "source", "action", "next", "icon", "params"):
                    walk(item, f"{where}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]")

    for path in sorted((ROOT / "assets" / "flows").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.stem)
    return found


def _ui_texts() -> list[tuple[str, str, str]]:
    found = []
    for lang in LANGS:
        root = ET.parse(ROOT / "i18n" / f"kiosk_{lang}.ts").getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.iter("numerusform")]
                for form in forms or [translation.text or ""]:
                    # Placeholders get a number, as the kiosk fills them in.
                    found.append(
                        (f"{name}: {message.findtext('source')}", PLACEHOLDER.sub("3", form), lang)
                    )
        statement = (ROOT / "assets" / "statement" / f"accessibility-{lang}.md").read_text(
            encoding="utf-8"
        )
        found += [(f"statement-{lang}", block, lang) for block in statement.split("\n\n")]
    return found


CONTENT = _flow_texts() + _ui_texts()


def test_the_content_is_all_there():
    assert len(_flow_texts()) > 300
    assert len(_ui_texts()) > 700


def test_every_shipped_text_is_spoken_without_digits_with_dots_slashes_addresses_or_abbreviations():
    problems = []
    for where, text, lang in CONTENT:
        said = spoken(text, lang)
        found = FORBIDDEN.findall(said)
        low = said.lower()
        found += [
            a for a in ABBREVIATIONS[lang] if re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", low)
        ]
        if found:
            problems.append(f"{where} [{lang}]: {text[:80]!r} → {said[:80]!r}: {found}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize(
    ("shown", "lang", "heard"),
    [
        ("Seuraava sivu ▶", "fi", "Seuraava sivu"),
        ("◀ Previous page", "en", "Previous page"),
        ("Fler alternativ ▼ (2/3)", "sv", "Fler alternativ (2 av 3)"),
        ("الصفحة التالية ◀", "ar", "الصفحة التالية"),
    ],
)
def test_arrows_on_buttons_are_seen_not_said(shown, lang, heard):
    """espeak-ng reads "▶" as "play button": a button's arrow is for the eye only."""
    assert spoken(shown, lang) == heard
