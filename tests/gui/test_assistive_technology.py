"""What assistive technology notices on the steps (issue 14, point 5), checked in the
window rather than over AT-SPI (tests/a11y/test_atspi.py reads every screen there):
an error is tied to its field, and Esc pressed again and again from a step never ends
the session without the End question."""

from __future__ import annotations

import pytest
from helpers import field_widget, find, settle, to_home
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from kiosk.flow.engine import Answer
from kiosk.journey import events as ev
from kiosk.journey.views import EndReason
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

#: More presses than any flow has steps, the home and language screens added.
PRESSES = 14


def description_as_exposed(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_an_error_is_tied_to_its_field(make_kiosk):
    """The "write at least" error is shown, spoken with the field's name, and is the
    field's accessible description: a screen reader on the field says what is wrong."""
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.start_flow("feedback")
    window.send(Answer("172"))
    settle()
    assert window.screen_name == "step:feedback:text"
    field = field_widget(window, "text")
    find(window, BigButton, "nextButton").click()
    settle()
    error = find(window, QLabel, "error")
    assert error.isVisibleTo(window) and "at least" in error.text()
    assert description_as_exposed(field) == error.text()
    assert window.focusWidget() is field
    assert any(error.text() in text for text in kiosk.speaker.spoken()), kiosk.speaker.spoken()


def press_escape(window, presses: int = PRESSES) -> tuple[list[str], list[str]]:
    """Press Esc ``presses`` times where focus is; the screens shown and the ends."""
    screens: list[str] = []
    ended: list[str] = []
    window.screen_shown.connect(screens.append)
    window.session_ended.connect(ended.append)
    for _ in range(presses):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        settle()
    return screens, ended


def start_deep_in_a_flow(kiosk) -> None:
    to_home(kiosk, "en")
    kiosk.window.start_flow("feedback")
    for answer in ("172", "The bench is broken.", "yes"):
        kiosk.window.send(Answer(answer))
    settle()
    assert kiosk.window.screen_name == "step:feedback:contact"


def test_escape_again_and_again_never_ends_the_session_unasked(make_kiosk):
    kiosk = make_kiosk(lang="en")
    start_deep_in_a_flow(kiosk)
    screens, ended = press_escape(kiosk.window)
    assert not ended, screens
    assert "home" in screens and "confirm-end" in screens, screens  # back out, then asked
    assert kiosk.window.screen_name != "attract"


def test_the_escape_check_catches_a_back_that_ends_the_session(make_kiosk):
    """The same presses on a kiosk whose Back on the language screen ends the visit at
    once (as it did before issue 14): the check sees the session end."""
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    start_deep_in_a_flow(kiosk)
    dispatch = window.dispatch

    def back_ends_on_language(event) -> None:
        if isinstance(event, ev.GoBack) and window.screen_name == "language":
            event = ev.EndVisit(EndReason.BACK)
        dispatch(event)

    window.dispatch = back_ends_on_language
    _screens, ended = press_escape(window)
    assert EndReason.BACK.value in ended


def interface(widget):
    return QAccessible.queryAccessibleInterface(widget)


def test_headings_and_the_window_have_their_roles(make_kiosk):
    """In process, as the AT-SPI bridge asks (tests/a11y/test_atspi.py reads the same
    over AT-SPI where the machine has it): the window is a window named in the
    session's language, and the page's heading is a heading named by its text."""
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    assert interface(window).role() == QAccessible.Role.Window
    assert interface(window).text(QAccessible.Text.Name) == "City services kiosk"
    assert window.windowTitle() == "City services kiosk"
    heading = find(window, QLabel, "heading")
    assert interface(heading).role() == QAccessible.Role.Heading
    assert interface(heading).text(QAccessible.Text.Name) == heading.text()
    window.choose_language("fi")
    settle()
    assert interface(window).text(QAccessible.Text.Name) == "Kaupungin palvelujen kioski"
    assert window.windowTitle() == "Kaupungin palvelujen kioski"


def test_a_chosen_option_is_checked_and_a_tap_still_answers(make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.start_flow("feedback")
    window.send(Answer("172"))
    window.go_back()
    settle()
    assert window.screen_name == "step:feedback:topic"
    chosen = find(window, BigButton, "option_172")
    others = [
        b
        for b in window.page.findChildren(BigButton)
        if b.objectName().startswith("option_") and b is not chosen
    ]
    assert interface(chosen).state().checked and chosen.text().startswith("✓")
    assert interface(chosen).text(QAccessible.Text.Name) == chosen.text().removeprefix("✓ ")
    assert others and not any(interface(b).state().checked for b in others)
    assert window.focusWidget() is chosen
    chosen.click()  # a tap answers again, as before; it does not uncheck the option
    assert chosen.isChecked()
    settle()
    assert window.screen_name == "step:feedback:text"
