"""The accessibility statement in every language the kiosk speaks: its own where the
kiosk has one, Finnish for selkokieli, and otherwise the English statement read by the
English voice, never a screen that says the statement cannot be shown."""

from __future__ import annotations

import pytest
from helpers import settle, to_home
from PySide6.QtWidgets import QLabel

LANGS_AND_STATEMENTS = [
    ("fi", "Saavutettavuusseloste", "fi"),
    ("fi-x-selko", "Saavutettavuusseloste", "fi"),
    ("sv", "Tillgänglighetsutlåtande", "sv"),
    ("ru", "Accessibility statement", "en"),
    ("so", "Accessibility statement", "en"),
]


@pytest.mark.parametrize(("lang", "heading", "voice"), LANGS_AND_STATEMENTS)
def test_the_statement_is_shown_and_read_in_a_language_it_is_written_in(
    make_kiosk, lang: str, heading: str, voice: str
) -> None:
    kiosk = make_kiosk(lang=lang)
    to_home(kiosk, lang)
    window = kiosk.window
    mark = len(kiosk.speaker.log)
    window.show_statement()
    settle()
    assert window.screen_name == "statement"
    shown = [label.text() for label in window.page.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith(heading) for text in shown), shown[:3]
    assert not any("cannot be shown" in text for text in shown)
    said = [(u.text, u.lang) for u in kiosk.speaker.log[mark:] if u.kind == "say"]
    assert said and said[0][1].startswith(voice), said[:2]
