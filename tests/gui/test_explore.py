"""Explore by touch (issue 18, point 1): the first tap on a control says it and does
nothing else, a second tap on the same control uses it, a tap on another control says
that one, a finger moved over the screen says each control once (throttled), the mode
ends with the visit, and with the mode off one tap acts as it always has."""

from __future__ import annotations

import pytest
from helpers import find, settle, tap, to_home
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.journey import events as ev
from kiosk.ui.explore import HOLD_SPEECH_MS, MOVE_SAY_S
from kiosk.ui.widgets import BigButton

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("restored_and_no_crash")]


def said(kiosk) -> list[str]:
    return [u.text for u in kiosk.speaker.log if u.kind == "say"]


def exploring_home(make_kiosk, lang: str = "en"):
    kiosk = make_kiosk(lang=lang)
    to_home(kiosk, lang)
    kiosk.window.dispatch(ev.Setting("explore"))
    settle()
    assert kiosk.session.settings.explore
    return kiosk


def drag(window, widgets, step_s: float) -> None:
    """One finger down on the first widget, moved over the rest (not lifted), the
    kiosk's clock ``step_s`` on between moves."""
    first = widgets[0]
    centre = QPointF(first.rect().center())
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        centre,
        QPointF(first.mapToGlobal(centre.toPoint())),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(first, press)
    for widget in widgets[1:]:
        spot = widget.mapToGlobal(widget.rect().center())
        for dx in (0, 3, 6):  # a few moves inside each control: it is said once
            at = QPointF(first.mapFromGlobal(spot + QPoint(dx, 0)))
            move = QMouseEvent(
                QEvent.Type.MouseMove,
                at,
                QPointF(spot + QPoint(dx, 0)),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(first, move)
            window.clock.advance(step_s)


def test_explore_announced_and_first_tap_speaks_second_tap_acts(qtbot, make_kiosk):
    kiosk = exploring_home(make_kiosk)
    window = kiosk.window
    assert "Explore by touch on" in said(kiosk)[-1]
    tile = find(window, BigButton, "flow_library-hours")
    tap(qtbot, tile)
    assert window.screen_name == "home", "the first tap only speaks"
    assert said(kiosk)[-1].startswith(tile.accessibleName() or tile.text())
    assert said(kiosk)[-1].endswith("button")

    other = find(window, BigButton, "flow_e-identification")
    tap(qtbot, other)
    assert window.screen_name == "home"
    assert said(kiosk)[-1].startswith(other.accessibleName() or other.text())

    tap(qtbot, other)  # the same control again: now it acts
    assert window.screen_name.startswith("step:e-identification:")


def test_a_second_tap_soon_after_the_first_is_not_taken_for_a_tremor(qtbot, make_kiosk):
    """The double-tap guard drops a quick repeat; in explore mode it is the choice."""
    kiosk = exploring_home(make_kiosk)
    tile = find(kiosk.window, BigButton, "flow_library-hours")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle()
    assert kiosk.window.screen_name == "step:library-hours:which"


def test_moving_over_controls_says_each_once_and_never_queues_more_than_one(qtbot, make_kiosk):
    kiosk = exploring_home(make_kiosk)
    window, explorer = kiosk.window, kiosk.window.explorer
    tiles = [b for b in window.page.findChildren(BigButton) if b.objectName().startswith("flow_")]
    assert len(tiles) >= 3
    before = len(said(kiosk))
    drag(window, tiles[:3], MOVE_SAY_S / 2)  # slow: 1.5 throttles over each control
    explorer.say_pending()
    heard = said(kiosk)[before:]
    names = [t.accessibleName() or t.text() for t in tiles[:3]]
    for name in names:
        assert sum(line.startswith(name) for line in heard) <= 1, f"{name} said twice"
    assert heard[-1].startswith(names[2]), "the last control crossed is said"
    assert explorer.pending is None
    assert window.screen_name == "home", "moving a finger chooses nothing"

    # Fast: the touched control is said, the ones crossed wait; only the newest waits.
    window.clock.advance(MOVE_SAY_S * 2)
    explorer.reset()
    before = len(said(kiosk))
    drag(window, [tiles[2], tiles[0], tiles[1]], 0)
    assert len(said(kiosk)) - before == 1 and said(kiosk)[-1].startswith(names[2])
    assert explorer.pending is tiles[1]
    explorer.pending_timer.timeout.emit()  # the throttle time has passed
    assert said(kiosk)[-1].startswith(names[1]) and len(said(kiosk)) - before == 2


def test_explore_mode_ends_with_the_visit(qtbot, make_kiosk):
    kiosk = exploring_home(make_kiosk)
    kiosk.window.confirm_end()
    settle()
    find(kiosk.window, BigButton, "confirmEndButton").click()
    settle()
    assert not kiosk.session.settings.explore
    to_home(kiosk, "en")
    tile = find(kiosk.window, BigButton, "flow_library-hours")
    tap(qtbot, tile)
    assert kiosk.window.screen_name == "step:library-hours:which"


def test_with_explore_off_a_single_tap_acts(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    assert not kiosk.session.settings.explore
    tap(qtbot, find(kiosk.window, BigButton, "flow_library-hours"))
    assert kiosk.window.screen_name == "step:library-hours:which"


def test_explore_switched_from_speech_settings_and_by_holding_the_speech_button(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.show_speech_settings()
    settle()
    find(window, BigButton, "exploreToggleButton").click()
    settle()
    assert kiosk.session.settings.explore
    assert "Explore by touch on" in said(kiosk)[-1]
    speech = window.top.buttons["speech"]
    qtbot.mousePress(speech, Qt.MouseButton.LeftButton)
    window.explorer.hold_timer.timeout.emit()  # held long enough (HOLD_SPEECH_MS)
    qtbot.mouseRelease(speech, Qt.MouseButton.LeftButton)
    settle()
    assert HOLD_SPEECH_MS > 0 and not kiosk.session.settings.explore
    assert "Explore by touch off" in said(kiosk)[-1]
    assert window.screen_name == "speech-settings", "the held button did not also open"


def test_staff_screens_are_not_explored(qtbot, make_kiosk):
    """The staff, beside a resident who explores, tap their panel once as always."""
    kiosk = exploring_home(make_kiosk)
    window = kiosk.window
    window.request_pin("staff")
    window.dispatch(ev.PinChecked("staff", ok=True))
    settle()
    tap(qtbot, find(window, BigButton, "staffResume"))
    assert window.screen_name == "home"


def test_touching_a_picture_says_what_it_shows(qtbot, make_kiosk):
    """The practice lesson's phone picture is not a control, but a resident exploring
    the screen hears what it shows, and nothing else happens."""
    from kiosk.ui.phone_picture import PhonePicture

    kiosk = exploring_home(make_kiosk)
    window = kiosk.window
    window.dispatch(ev.Practice("open"))
    window.dispatch(ev.Practice("lesson", "scroll"))
    window.dispatch(ev.Practice("answer"))
    settle()
    picture = find(window, PhonePicture, "phonePicture")
    tap(qtbot, picture)
    tap(qtbot, picture)
    assert said(kiosk)[-1] == f"{picture.accessibleName()} {picture.accessibleDescription()}"
    assert window.screen_name == "practice:scroll:which"
