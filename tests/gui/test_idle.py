"""A resident who walks away (A7): warned by screen, voice and chime; one touch
extends, as often as needed; otherwise everything is wiped. Time is a fake clock."""

from __future__ import annotations

from helpers import settle, to_home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.flow.engine import Answer
from kiosk.ui.widgets import BigButton


def start_typing(kiosk, text: str) -> None:
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.fields["name"].setText(text)


def test_warning_is_shown_spoken_and_chimed_with_30_seconds(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    start_typing(kiosk, "Kal")
    window, clock = kiosk.window, kiosk.window.clock
    clock.advance(119)
    window.idle_tick()
    assert window.screen_name == "step:library-hours:name"
    clock.advance(1)
    window.idle_tick()
    assert window.screen_name == "idle-warning"
    assert window.chime.played == 1
    spoken = " ".join(kiosk.speaker.spoken())
    assert "Oletko vielä täällä?" in spoken
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert "Kioski tyhjentää kaiken 30 sekunnin kuluttua." in texts
    clock.advance(10)
    window.idle_tick()
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert "Kioski tyhjentää kaiken 20 sekunnin kuluttua." in texts


def test_one_touch_extends_ten_times_and_keeps_what_was_typed(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    start_typing(kiosk, "Kallio")
    window, clock = kiosk.window, kiosk.window.clock
    for _ in range(10):
        clock.advance(125)
        window.idle_tick()
        assert window.screen_name == "idle-warning"
        qtbot.mouseClick(window.page, Qt.MouseButton.LeftButton)  # anywhere on the screen
        settle()
        assert window.screen_name == "step:library-hours:name"
        assert window.page.fields["name"].text() == "Kallio"
    assert kiosk.session.active


def test_the_button_and_a_key_also_extend(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window, clock = kiosk.window, kiosk.window.clock
    clock.advance(121)
    window.idle_tick()
    window.page.findChild(type(window.bottom.buttons["back"]), "stillHereButton").click()
    assert window.screen_name == "home"
    clock.advance(121)
    window.idle_tick()
    qtbot.keyClick(window.page, Qt.Key.Key_Space)
    assert window.screen_name == "home"


def test_no_answer_wipes_the_session(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    start_typing(kiosk, "Kanarialintu")
    kiosk.session.change(text_size=200)
    ended = []
    window, clock = kiosk.window, kiosk.window.clock
    window.session_ended.connect(ended.append)
    clock.advance(120)
    window.idle_tick()
    clock.advance(30)
    window.idle_tick()
    assert ended == ["idle"]
    assert window.screen_name == "attract"
    assert kiosk.session.answers == {} and kiosk.session.drafts == {}
    assert kiosk.session.settings == kiosk.session.defaults
    assert "Kanarialintu" not in " ".join(kiosk.speaker.spoken())


def test_the_attract_screen_never_times_out(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    kiosk.window.clock.advance(10_000)
    kiosk.window.idle_tick()
    assert kiosk.window.screen_name == "attract"
    assert kiosk.window.chime.played == 0


def test_home_says_how_long_the_kiosk_waits(make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    texts = [label.text() for label in kiosk.window.page.findChildren(QLabel)]
    assert "If you do nothing for 2 minutes, the kiosk asks if you are still here." in texts


def test_the_warning_over_help_after_a_language_change_returns_to_help(make_kiosk, qtbot):
    """Found by the monkey tester: help → language → idle warning left the resident
    stuck on "Are you still here?". Every way back now leads somewhere."""
    kiosk = make_kiosk(lang="fi")
    start_typing(kiosk, "Kallio")
    window, clock = kiosk.window, kiosk.window.clock
    window.ask_help()
    window.top.buttons["language"].click()
    window.page.findChild(type(window.top.buttons["language"]), "language_sv").click()
    settle()
    assert window.screen_name == "help", "back to help, now in Swedish"
    # The help screen keeps the visit while the resident is at the desk, then warns.
    clock.advance(kiosk.config.timeouts.help_wait_s + 1)
    window.idle_tick()
    assert window.screen_name == "idle-warning"
    qtbot.mouseClick(window.page, Qt.MouseButton.LeftButton)
    settle()
    assert window.screen_name == "help"
    window.bottom.buttons["back"].click()
    settle()
    assert window.screen_name == "step:library-hours:name"
    assert window.page.fields["name"].text() == "Kallio"


def test_the_staff_pin_pad_over_help_returns_to_help_and_then_the_step(make_kiosk):
    """Cancelling the PIN pad opened over help returns to help; Back then to the step."""
    kiosk = make_kiosk(lang="fi")
    start_typing(kiosk, "Kallio")
    window = kiosk.window
    window.ask_help()
    window.request_pin("staff")
    assert window.screen_name == "pin"
    window.page.findChild(BigButton, "pin_cancel").click()
    settle()
    assert window.screen_name == "help"
    window.go_back()
    settle()
    assert window.screen_name == "step:library-hours:name"
    assert window.page.fields["name"].text() == "Kallio"
