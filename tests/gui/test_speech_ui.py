"""What a resident hears, and how the kiosk guards taps: spoken focus (A17), private
values never spoken (A5), volume and speed steps (A9), toggles announced (A18),
double taps counted once (A19), and speech shown as unavailable when it is."""

from __future__ import annotations

from helpers import settle, to_home
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from kiosk.flow.engine import Answer
from kiosk.journey.levels import VOLUMES

CANARY = "Kanarialintu-73"


def said_since(speaker, mark: int) -> list[tuple[str, str]]:
    return [(u.text, u.lang) for u in speaker.log[mark:] if u.kind == "say"]


def test_tab_says_the_focused_control_in_the_screen_language(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="sv")
    to_home(kiosk, "sv")
    window = kiosk.window
    mark = len(kiosk.speaker.log)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    said = said_since(kiosk.speaker, mark)
    assert said, "moving focus with Tab said nothing"
    text, lang = said[-1]
    assert lang == "sv"
    assert focused.accessibleName() in text
    assert "knapp" in text  # the role, in Swedish
    assert window.screen_name == "home"


def test_a_private_value_is_never_spoken(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    field = window.page.findChild(QLineEdit)
    field.setProperty("private", True)  # as a contact field would be
    for char in CANARY[:6]:
        window.page.keyboard.key(char.lower() if char.isalpha() else char).click()
    field.setText(CANARY)
    # Focus leaves and comes back by keypad: the field is described, not read out.
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    spoken = " ".join(kiosk.speaker.spoken())
    assert QApplication.focusWidget() is field
    assert "yksityinen" in spoken
    assert CANARY not in spoken
    assert not any(u.text.lower() in ("k", "a", "n") for u in kiosk.speaker.log if u.kind == "say")


def test_typed_keys_are_echoed_in_an_ordinary_field(make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.keyboard.key("k").click()
    window.page.keyboard.key("space").click()
    spoken = kiosk.speaker.spoken()
    assert "k" in spoken
    assert "space" in spoken


def test_volume_steps_are_announced_and_reset_after_the_session(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    default = kiosk.session.settings.volume
    window.top.buttons["speech"].click()
    assert window.screen_name == "speech-settings"
    mark = len(kiosk.speaker.log)
    window.page.findChild(type(window.top.buttons["speech"]), "louderButton").click()
    louder = kiosk.session.settings.volume
    assert louder > default
    assert kiosk.speaker.volume == louder
    text, lang = said_since(kiosk.speaker, mark)[-1]
    assert "Äänenvoimakkuus" in text and lang == "fi"
    for _ in range(len(VOLUMES)):
        window.change_volume(+1)
    assert kiosk.speaker.spoken()[-1] == "Tämä on suurin äänenvoimakkuus."
    window.change_rate(-1)
    assert kiosk.speaker.rate < 140
    window.end_session("end")
    assert kiosk.session.settings.volume == default
    assert kiosk.speaker.volume == default
    assert kiosk.speaker.rate == kiosk.session.settings.rate


def test_plus_and_minus_keys_change_the_volume(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    before = kiosk.session.settings.volume
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)
    assert kiosk.session.settings.volume > before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus)
    assert kiosk.session.settings.volume < before


def test_speech_toggle_announces_its_new_state(make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    window = kiosk.window
    window.show_speech_settings()
    window.page.findChild(type(window.top.buttons["speech"]), "speechToggleButton").click()
    assert kiosk.session.settings.speech is False
    assert kiosk.speaker.spoken()[-1] == "Speech off."
    assert window.top.buttons["speech"].accessibleDescription() == "Speech: off"
    assert window.top.buttons["speech"].text() == "Speech on"  # what a tap does (issue 14)
    # With speech off, a new screen is silent.
    mark = len(kiosk.speaker.log)
    window.go_back()
    assert said_since(kiosk.speaker, mark) == []


def _press(widget, kind, ms: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QMouseEvent(
        kind,
        centre,
        widget.mapToGlobal(centre),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton
        if kind != QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setTimestamp(ms)
    QApplication.sendEvent(widget, event)


def _tap_at(widget, ms: int) -> None:
    _press(widget, QEvent.Type.MouseButtonPress, ms)
    _press(widget, QEvent.Type.MouseButtonRelease, ms + 60)


def test_two_taps_300_ms_apart_count_once(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    button = window.top.buttons["textSize"]
    _tap_at(button, 100_000)
    _tap_at(button, 100_300)  # a tremor's second touch
    settle()
    assert kiosk.session.settings.text_size == 150
    _tap_at(window.top.buttons["textSize"], 101_000)  # a real second tap, later
    settle()
    assert kiosk.session.settings.text_size == 200


def test_speech_that_does_not_work_is_shown(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    kiosk.speaker.available = False
    to_home(kiosk, "fi")
    window = kiosk.window
    assert window.top.buttons["speech"].text() == "Puhe: ei toimi"
    window.show_speech_settings()
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert any("Puhe ei nyt toimi" in t for t in texts)
