"""The PIN pad a resident may reach by chance (a finger resting in the staff corner)
says, in the resident's language, what it is and how to leave, and the way out is in
view at every text size (issue 14, point 3). The pad itself stays in the staff's
language."""

from __future__ import annotations

import pytest
from helpers import find, settle, tap, to_home
from PySide6.QtWidgets import QLabel

from kiosk.journey import events as ev
from kiosk.ui.widgets import BigButton

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("restored_and_no_crash")]


@pytest.mark.parametrize(
    ("lang", "sentence", "cancel"),
    [
        ("sv", "De här sifferknapparna är för bibliotekets personal.", "Avbryt"),
        ("en", "This number pad is for library staff.", "Cancel"),
        ("ar", "لوحة الأرقام هذه لموظفي المكتبة.", "إلغاء"),
    ],
)
def test_the_pad_tells_a_resident_what_it_is_and_how_to_leave(
    qtbot, make_kiosk, lang, sentence, cancel
):
    kiosk = make_kiosk(lang=lang)
    window = kiosk.window
    to_home(kiosk, lang)
    for _ in range(2):
        window.dispatch(ev.Setting("text_size"))  # 200 %: the way out still in view
    settle()
    window.request_pin("staff")
    settle()
    assert window.screen_name == "pin"
    shown = [label.text() for label in window.page.findChildren(QLabel) if label.isVisible()]
    line = next((text for text in shown if text.startswith(sentence)), None)
    assert line is not None, shown
    assert cancel in line
    # Said by the resident's voice, not the staff's.
    assert (line, lang) in window.page.speech
    out = find(window, BigButton, "pin_cancel")
    assert cancel in out.text()
    top_left = out.mapTo(window, out.rect().topLeft())
    assert window.rect().contains(out.rect().translated(top_left))
    assert out.visibleRegion().boundingRect() == out.rect(), "all of it in view"
    tap(qtbot, out)
    assert window.screen_name == "home"


def test_the_keys_read_1_2_3_on_an_arabic_screen(make_kiosk):
    kiosk = make_kiosk(lang="ar")
    window = kiosk.window
    to_home(kiosk, "ar")
    window.request_pin("staff")
    settle()
    one, three = (find(window, BigButton, f"pin_{key}") for key in ("1", "3"))
    left = one.mapTo(window, one.rect().center()).x()
    assert left < three.mapTo(window, three.rect().center()).x()
