"""The accessibility statement: three languages, the same text in the docs and in the
assets the kiosk shows, plain language, and only the real feedback channels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "accessibility-statement.md"
LANGS = ("fi", "sv", "en")

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
}


def statement(lang: str) -> str:
    return (ROOT / "assets" / "statement" / f"accessibility-{lang}.md").read_text(encoding="utf-8")


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
    for topic in ("EN 301 549", "WCAG 2.1", "7:1", "16", "150", "200", "30", "espeak-ng"):
        assert topic in text, topic


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


def test_docs_page_holds_all_three_statements() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for lang in LANGS:
        assert demoted(statement(lang)) in docs, f"docs differ from the {lang} asset"
