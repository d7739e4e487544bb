"""A keypad alone (issue 18, point 3): the arrows reach every control of every screen
without Tab and never stay inside a scroll area, the on-screen keyboard is walked by
arrows with each key said so the library search can be typed and sent, and an
assistive technology's "press" counts as activity for the idle timer."""

from __future__ import annotations

import pytest
from helpers import app_state_restored, crash_lines, describe, find, settle, to_home, walk_screens
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.ui.key_walk import key_rows
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

#: Not the idle warning (any key means "still here") nor the attract screen (any key
#: starts), by design.
SKIPPED = {"attract", "idle-warning"}


@pytest.fixture(autouse=True)
def _clean(qapp, tmp_path):
    with app_state_restored(qapp):
        yield
    assert not crash_lines(tmp_path / "data"), "the kiosk recovered from an exception"


def press(qtbot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key)
    settle()


def stops(window) -> set[QWidget]:
    return {
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    }


def said(kiosk) -> list[str]:
    return [u.text for u in kiosk.speaker.log if u.kind == "say"]


def test_down_and_up_arrows_reach_every_control_of_every_screen(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    for name, window in walk_screens(kiosk, "en"):
        if name in SKIPPED or name.startswith("staff-pin"):
            continue
        window.activateWindow()
        expected = stops(window)
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            visited: set[QWidget] = set()
            # Walking a keyboard's rows and scrolling a long page take extra presses.
            for _ in range(2 * len(expected) + 40):
                press(qtbot, key)
                assert window.screen_name == name, f"{name}: an arrow changed the screen"
                visited.add(QApplication.focusWidget())
                if expected <= visited:
                    break
            missed = sorted(describe(w) for w in expected - visited)
            assert not missed, f"{name}: {key.name} never reached {missed}"


def test_an_arrow_leaves_a_scroll_area_once_its_text_is_read(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en", text_size=200)
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "en")
    window.show_statement()
    settle()
    area = window.page.scroll_area
    area.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Down)
        if QApplication.focusWidget() is not area:
            break
    assert QApplication.focusWidget() is not area, "the arrows stayed in the scroll area"
    assert area.verticalScrollBar().value() == area.verticalScrollBar().maximum()


def walk_to(qtbot, keyboard, name: str) -> None:
    """Arrows only, from wherever the walk is, onto the key ``name``."""
    for _ in range(40):
        rows = key_rows(keyboard)
        target = keyboard.key(name)
        at = next((r for r, row in enumerate(rows) if any(k.isDown() for k in row)), None)
        if at is None:
            press(qtbot, Qt.Key.Key_Down)
            continue
        goal = next(r for r, row in enumerate(rows) if target in row)
        if target.isDown():
            return
        if goal != at:
            press(qtbot, Qt.Key.Key_Down if goal > at else Qt.Key.Key_Up)
            continue
        row = rows[at]
        here = next(i for i, k in enumerate(row) if k.isDown())
        press(qtbot, Qt.Key.Key_Right if row.index(target) > here else Qt.Key.Key_Left)
    raise AssertionError(f"the arrows never reached key {name}")


def test_library_search_typed_and_sent_by_keypad_alone(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.activateWindow()
    qtbot.keyClick(window.page, Qt.Key.Key_Return)  # any key starts
    settle()
    kiosk.session.change(speech=True)

    def arrow_to(name: str) -> None:
        for _ in range(40):
            widget = QApplication.focusWidget()
            if widget is not None and widget.objectName() == name:
                return
            press(qtbot, Qt.Key.Key_Down)
        raise AssertionError(f"the arrows never reached {name}")

    arrow_to("language_en")
    press(qtbot, Qt.Key.Key_Return)
    arrow_to("flow_library-hours")
    press(qtbot, Qt.Key.Key_Return)
    arrow_to("option_other")
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:name"
    field = find(window, QLineEdit, "field_name")
    assert QApplication.focusWidget() is field
    keyboard = window.page.keyboard
    for char in "kallio":
        walk_to(qtbot, keyboard, char)
        assert said(kiosk)[-1] == char, f"walking onto {char!r} did not say it"
        assert QApplication.focusWidget() is field, "the field keeps the focus"
        press(qtbot, Qt.Key.Key_Return)
        assert said(kiosk)[-1] == char, "the typed key is echoed"
    assert field.text() == "kallio"
    walk_to(qtbot, keyboard, "done")
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:pick"
    assert kiosk.session.answers["library-hours"]["name"] == "kallio"


def test_an_assistive_technology_press_resets_the_idle_timer(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    idle_s = kiosk.config.timeouts.idle_s
    kiosk.window.clock.advance(idle_s - 5)
    tile = find(window, BigButton, "flow_library-hours")
    # What the AT-SPI bridge calls for a screen reader's "press": no touch, no key.
    actions = QAccessible.queryAccessibleInterface(tile).actionInterface()
    actions.doAction(QAccessible.pressAction() if hasattr(QAccessible, "pressAction") else "Press")
    settle()
    assert window.screen_name == "step:library-hours:which"
    kiosk.window.clock.advance(10)
    window.idle_tick()
    settle()
    assert window.screen_name != "idle-warning"
