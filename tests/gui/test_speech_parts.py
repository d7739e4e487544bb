"""A screen said in parts (issue 13, point 3): the first part leads, the rest follows;
"*" (or a "next track" key) and holding Repeat skip to the next part; a short tap on
Repeat says the screen again; Repeat shows the hint while a screen has more parts."""

from __future__ import annotations

from helpers import settle, to_home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.flow.engine import Answer
from kiosk.ui.chrome import HOLD_MS


def hours(make_kiosk, lang: str = "fi"):
    kiosk = make_kiosk(lang=lang)
    to_home(kiosk, lang)
    kiosk.window.start_flow("library-hours")
    kiosk.window.send(Answer("here"))
    settle()
    return kiosk


def test_the_opening_hours_are_said_in_parts_the_answer_first(make_kiosk):
    kiosk = hours(make_kiosk)
    sections = kiosk.speaker.sections()
    assert len(sections) > 1
    first = " ".join(text for text, _ in sections[0])
    assert first.startswith("Tämän kirjaston aukioloajat.")
    assert "Kallion kirjasto" in first and "Auki nyt" in first
    assert "kello kahteenkymmeneen asti" in first  # "klo 20.00 asti", spoken
    assert kiosk.window.bottom.buttons["repeat"].text() == "Toista\nPidä: seuraava osa"


def test_the_star_key_skips_to_the_next_part(make_kiosk, qtbot):
    kiosk = hours(make_kiosk, "en")
    log = kiosk.speaker.log
    mark = len(log)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Asterisk)
    kinds = [u.kind for u in log[mark:]]
    assert kinds[:2] == ["stop", "skip"]  # any key stops (A3), then on to the next part
    said = [u for u in log[mark:] if u.kind == "say"]
    assert said and min(u.section for u in said) == 1
    assert kiosk.window.screen_name == "step:library-hours:hours_here"


def test_holding_repeat_skips_and_a_tap_repeats(make_kiosk, qtbot):
    kiosk = hours(make_kiosk, "sv")
    repeat = kiosk.window.bottom.buttons["repeat"]
    log = kiosk.speaker.log
    mark = len(log)
    qtbot.mousePress(repeat, Qt.MouseButton.LeftButton)
    qtbot.wait(HOLD_MS + 200)
    qtbot.mouseRelease(repeat, Qt.MouseButton.LeftButton)
    settle()
    kinds = [u.kind for u in log[mark:]]
    assert "skip" in kinds
    said = [u for u in log[mark:] if u.kind == "say"]
    assert said and min(u.section for u in said) == 1  # not the whole screen again
    mark = len(log)
    qtbot.mouseClick(repeat, Qt.MouseButton.LeftButton)
    settle()
    again = [u for u in log[mark:] if u.kind == "say"]
    assert "skip" not in [u.kind for u in log[mark:]]
    assert again and again[0].section == 0 and again[0].text.startswith("Det här bibliotekets")


def test_a_short_screen_is_one_part_and_repeat_shows_no_hint(make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    kiosk.window.confirm_end()
    settle()
    assert kiosk.speaker.sections() == []  # one part: said as before, no sections
    assert kiosk.window.bottom.buttons["repeat"].text() == "Repeat"
