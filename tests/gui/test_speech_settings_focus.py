"""The speech settings screen (issue 13, point 6): focus lands on a harmless control,
so a reflex Enter cannot turn speech off; turning speech off asks nothing and is said
aloud."""

from __future__ import annotations

from helpers import find, settle, to_home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets import BigButton


def test_first_focus_is_louder_and_enter_keeps_speech_on(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    before = kiosk.session.settings.volume
    window.show_speech_settings()
    settle()
    assert window.screen_name == "speech-settings"
    assert QApplication.focusWidget() is find(window, BigButton, "louderButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    assert kiosk.session.settings.speech is True
    assert kiosk.session.settings.volume > before
    assert "Äänenvoimakkuus" in kiosk.speaker.spoken()[-1]


def test_turning_speech_off_asks_nothing_and_is_said(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="sv")
    to_home(kiosk, "sv")
    window = kiosk.window
    window.show_speech_settings()
    settle()
    find(window, BigButton, "speechToggleButton").click()
    settle()
    assert kiosk.session.settings.speech is False
    assert window.screen_name == "speech-settings"  # no "Are you sure?" in between
    last = kiosk.speaker.last_said()
    assert last is not None and last.lang == "sv" and last.text == "Talet är av."
