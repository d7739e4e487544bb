"""Resident mode is locked down (issue 6): the window cannot be closed, minimised or
left by keys; only the admin PIN lets it close."""

from __future__ import annotations

import pytest
from helpers import settle, to_home
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets import BigButton

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

LOCKED_KEYS = [
    ("Alt+F4", Qt.Key.Key_F4, ALT),
    ("Alt+Tab", Qt.Key.Key_Tab, ALT),
    ("Alt+Esc", Qt.Key.Key_Escape, ALT),
    ("Ctrl+Q", Qt.Key.Key_Q, CTRL),
    ("Ctrl+W", Qt.Key.Key_W, CTRL),
    ("Ctrl+Esc", Qt.Key.Key_Escape, CTRL),
    ("F11", Qt.Key.Key_F11, NONE),
    ("Super", Qt.Key.Key_Super_L, NONE),
]


class KeyRecorder(QObject):
    """Records the key presses that reach a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def eventFilter(self, watched, event) -> bool:
        modifiers = (Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Shift)
        if event.type() == QEvent.Type.KeyPress and event.key() not in modifiers:
            self.keys.append(event.key())
        return False


@pytest.fixture
def quits(monkeypatch):
    calls = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: calls.append(True))
    return calls


def test_a_close_request_is_ignored_in_resident_mode(make_kiosk, quits):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    window.close()
    settle()
    assert window.isVisible() and window.screen_name == "home"


@pytest.mark.parametrize(("name", "key", "mods"), LOCKED_KEYS, ids=[k[0] for k in LOCKED_KEYS])
def test_keys_that_would_leave_the_kiosk_do_nothing(make_kiosk, qtbot, quits, name, key, mods):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    focused = QApplication.focusWidget()
    seen = KeyRecorder()
    focused.installEventFilter(seen)
    qtbot.keyClick(focused, key, mods)
    settle()
    focused.removeEventFilter(seen)
    assert seen.keys == [], f"{name} reached {focused.objectName()}"
    assert window.isVisible(), name
    assert window.screen_name == "home", name
    assert quits == []


def test_plain_escape_only_goes_back(make_kiosk, qtbot, quits):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert kiosk.window.screen_name == "language"
    assert kiosk.window.isVisible() and quits == []


def test_the_window_does_not_stay_minimised(make_kiosk, qtbot):
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowMinimized)


def test_the_admin_pin_unlocks_closing(make_kiosk, qtbot, quits):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.request_pin("staff")
    for digit in "1234":
        window.page.findChild(BigButton, f"pin_{digit}").click()
    window.page.findChild(BigButton, "pin_ok").click()
    window.page.findChild(BigButton, "staffClose").click()
    for digit in "1234":
        window.page.findChild(BigButton, f"pin_{digit}").click()
    window.page.findChild(BigButton, "pin_ok").click()
    assert quits == [True]
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def test_keys_stay_locked_after_a_screen_that_failed_to_build(
    make_kiosk, qtbot, quits, monkeypatch
):
    # The guard steps aside while a screen is built (issue 19): it must come back even
    # when the build fails, or the next Alt+F4 would reach the window.
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window

    def broken(*_args, **_kwargs):
        raise RuntimeError("a page that cannot be built")

    monkeypatch.setattr("kiosk.ui.window.build_page", broken)
    with pytest.raises(RuntimeError):
        window.draw(window.journey.top)
    monkeypatch.undo()
    window.draw(window.journey.top)  # and after a screen that was built
    settle()
    focused = QApplication.focusWidget() or window
    seen = KeyRecorder()
    focused.installEventFilter(seen)
    qtbot.keyClick(focused, Qt.Key.Key_F4, ALT)
    settle()
    focused.removeEventFilter(seen)
    assert seen.keys == []
    assert window.isVisible() and quits == []
