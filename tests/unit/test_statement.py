"""The accessibility statement: in every language the kiosk shows, the same sections
and facts in each, the Finnish, Swedish and English texts also in the docs, plain
language, and only the real feedback channels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.core.languages import NO_VOICE

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "accessibility-statement.md"
#: Every language with a statement of its own (selkokieli is shown the Finnish one).
LANGS = ("fi", "sv", "en", "ru", "et", "uk", "so", "ar")
#: The statements the docs page holds.
DOCS_LANGS = ("fi", "sv", "en")

#: Section headings each language's statement has, in this order.
SECTIONS = {
    "fi": [
        "Vaatimustenmukaisuus",
        "Mikä toimii",
        "Mikä ei vielä toimi",
        "Palaute saavutettavuudesta",
    ],
    "sv": [
        "Överensstämmelse",
        "Det här fungerar",
        "Det här fungerar inte ännu",
        "Respons om tillgängligheten",
    ],
    "en": [
        "Compliance status",
        "What works",
        "What does not work yet",
        "Feedback on accessibility",
    ],
    "ru": [
        "Соответствие требованиям",
        "Что работает",
        "Что пока не работает",
        "Отзыв о доступности",
    ],
    "et": [
        "Vastavus nõuetele",
        "Mis töötab",
        "Mis veel ei tööta",
        "Tagasiside ligipääsetavuse kohta",
    ],
    "uk": [
        "Відповідність вимогам",
        "Що працює",
        "Що поки не працює",
        "Відгук про доступність",
    ],
    "so": [
        "Waafaqsanaanta shuruudaha",
        "Waxa shaqeeya",
        "Waxa aan weli shaqayn",
        "Fikrad ku saabsan helitaanka",
    ],
    "ar": [
        "حالة المطابقة",
        "ما الذي يعمل",
        "ما الذي لا يعمل بعد",
        "ملاحظات حول إمكانية الوصول",
    ],
}


def statement(lang: str) -> str:
    return (ROOT / "assets" / "statement" / f"accessibility-{lang}.md").read_text(encoding="utf-8")


def numbers(text: str) -> list[str]:
    """Every number in ``text`` as written (22.11.2026, 7:1, 0.1.0, 150), in order."""
    return re.findall(r"\d+(?:[.:]\d+)*", text)


def shape(text: str) -> list[tuple[str, int, int]]:
    """Each section's heading level, paragraphs and list items: the statement's structure."""
    parts: list[tuple[str, int, int]] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if lines and lines[0].startswith("#"):
            parts.append((lines[0].split()[0], 0, 0))
        elif lines and lines[0].startswith("- "):
            level, paragraphs, items = parts[-1]
            parts[-1] = (level, paragraphs, items + len(lines))
        elif lines:
            level, paragraphs, items = parts[-1]
            parts[-1] = (level, paragraphs + 1, items)
    return parts


def demoted(text: str) -> str:
    """The statement as a section of the docs page: every heading one level down."""
    return "\n".join("#" + line if line.startswith("#") else line for line in text.splitlines())


@pytest.mark.parametrize("lang", LANGS)
def test_statement_has_its_sections_date_and_feedback_channel(lang: str) -> None:
    text = statement(lang)
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == SECTIONS[lang]
    assert "22.11.2026" in text
    assert "palautteet.hel.fi" in text
    assert "(palautteet.hel.fi)" in text
    for topic in ("EN 301 549", "WCAG 2.1", "7:1", "espeak-ng", "0.1.0"):
        assert topic in text, topic
    for number in ("16", "4", "150", "200", "30"):
        assert number in numbers(text), number


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_statement_says_what_the_english_one_says_in_the_same_shape(lang: str) -> None:
    """A translation, not a summary: the same sections with as many paragraphs and list
    items as the English statement, and the same numbers (dates, sizes, times, version)."""
    assert shape(statement(lang)) == shape(statement("en"))
    assert sorted(numbers(statement(lang))) == sorted(numbers(statement("en")))


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang in NO_VOICE])
def test_a_language_without_a_voice_says_so_in_its_statement(lang: str) -> None:
    """Somali: the statement says what the home screen says, that the kiosk cannot read
    it aloud, rather than promising speech the kiosk cannot give."""
    assert NO_VOICE[lang][1] in statement(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_no_invented_contact_details(lang: str) -> None:
    text = statement(lang)
    assert "@" not in text
    assert not re.search(
        r"\+?\d[\d ()-]{6,}\d", text.replace("22.11.2026", "").replace("EN 301 549", "")
    ), "no phone numbers"


@pytest.mark.parametrize("lang", LANGS)
def test_sentences_are_short(lang: str) -> None:
    """Plain language (A21): no sentence over 20 words."""
    for line in statement(lang).splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line.lstrip("-# ").strip()):
            assert len(sentence.split()) <= 20, sentence


def test_docs_page_holds_the_finnish_swedish_and_english_statements() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for lang in DOCS_LANGS:
        assert demoted(statement(lang)) in docs, f"docs differ from the {lang} asset"
