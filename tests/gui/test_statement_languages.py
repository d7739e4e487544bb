"""The accessibility statement in every language the kiosk speaks: each language's own
statement, read by that language's voice (selkokieli: the Finnish statement, read by the
Finnish voice), never a screen that says the statement cannot be shown.

Somali has no voice (``NO_VOICE``): the Somali statement is shown, and its parts go to
the speaker marked Somali like every other Somali text, so the speaker skips them (no
Somali voice; ``tests/speech/test_language_voices.py``) and nothing is said in another
language's voice. The statement itself says, in Somali, that the kiosk cannot read Somali
aloud. Arabic is tested once it is a shipped language."""

from __future__ import annotations

import pytest
from helpers import settle, to_home
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.core.languages import NO_VOICE, SHIPPED, has_voice

LANGS_AND_STATEMENTS = [
    ("fi", "Saavutettavuusseloste", "fi"),
    ("fi-x-selko", "Saavutettavuusseloste", "fi-x-selko"),  # the Finnish text, as the screen
    ("sv", "Tillgänglighetsutlåtande", "sv"),
    ("en", "Accessibility statement", "en"),
    ("ru", "Заявление о доступности", "ru"),
    ("et", "Ligipääsetavuse teatis", "et"),
    ("uk", "Заява про доступність", "uk"),
    ("so", "Bayaanka helitaanka", "so"),
    pytest.param(
        "ar",
        "بيان إمكانية الوصول",
        "ar",
        marks=pytest.mark.skipif("ar" not in SHIPPED, reason="Arabic is not shipped yet"),
    ),
]


def shown_and_said(make_kiosk, lang: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The texts the statement screen shows, and what it has said (text, language)."""
    kiosk = make_kiosk(lang=lang)
    to_home(kiosk, lang)
    window = kiosk.window
    mark = len(kiosk.speaker.log)
    window.show_statement()
    settle()
    assert window.screen_name == "statement"
    said = [(u.text, u.lang) for u in kiosk.speaker.log[mark:] if u.kind == "say"]
    # Every page of it (it is read a page at a time, issue 14), turned by Next page.
    shown: list[str] = []
    pager = window.page.pager
    for _ in range(pager.count() if pager is not None else 1):
        # The text only, not the buttons below it: a sentence may go on over the
        # turn of a page.
        text = window.page.scroll_area.widget()
        shown += [label.text() for label in text.findChildren(QLabel) if label.isVisible()]
        if pager is not None and pager.count() > 1 and pager.index < pager.count() - 1:
            window.page.findChild(QAbstractButton, "nextPage").click()
            settle()
    return shown, said


@pytest.mark.parametrize(("lang", "heading", "voice"), LANGS_AND_STATEMENTS)
def test_the_statement_is_shown_and_read_in_a_language_it_is_written_in(
    make_kiosk, lang: str, heading: str, voice: str
) -> None:
    shown, said = shown_and_said(make_kiosk, lang)
    assert any(text.startswith(heading) for text in shown), shown[:3]
    assert not any("cannot be shown" in text for text in shown)
    assert said and said[0][1] == voice, said[:2]
    assert {part_lang for _, part_lang in said} == {voice}, "every part in one voice"


def test_the_somali_statement_says_it_is_text_only_and_no_other_voice_reads_it(
    make_kiosk,
) -> None:
    assert not has_voice("so")
    shown, _said = shown_and_said(make_kiosk, "so")
    assert NO_VOICE["so"][1] in " ".join(shown)  # (its sentences may be on two lines)
