"""Every touch and key passes here first: lockdown, the double-tap guard, the staff
corner, keypad navigation (A17) and "any input stops speech" (A3).

One application-wide event filter, in the manner of qutebrowser's
``keyinput/eventfilter.py``: it decides what an input means for the kiosk and hands
the rest on unchanged. It holds no screen state; it asks the window what it needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from kiosk.ui.tapguard import TapGuard

log = logging.getLogger(__name__)

#: Hold the top-left corner this long to ask for the staff PIN.
LONG_PRESS_MS = 3000
#: The events the filter acts on: touches, clicks and keys.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.MouseMove,  # a finger exploring the screen (kiosk.ui.explore)
    }
)
#: Keys that skip to a screen's next spoken part (issue 13): "*" and "#" of a
#: keypad (not while typing), and a headset's or keyboard's "next track" key.
SKIP_KEYS = (Qt.Key.Key_Asterisk, Qt.Key.Key_NumberSign)
_ARROWS = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left)
_LOCKED_ALT = (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Space)
_LOCKED_CTRL = (
    Qt.Key.Key_Q,
    Qt.Key.Key_W,
    Qt.Key.Key_N,
    Qt.Key.Key_O,
    Qt.Key.Key_P,
    Qt.Key.Key_S,
    Qt.Key.Key_Escape,
)
_LOCKED = (
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_F11,
    Qt.Key.Key_Close,
    Qt.Key.Key_Exit,
    Qt.Key.Key_Sleep,
    Qt.Key.Key_PowerOff,
)


@dataclass
class InputActions:
    """What an input can ask of the kiosk (the window passes these in)."""

    touched: Callable[[], bool]  # any touch or key; True: it was spent (idle warning)
    back: Callable[[], None]
    volume: Callable[[int], None]
    staff_pin: Callable[[], None]
    key_focus: Callable[[], None]  # the next focus change comes from the keypad
    resting: Callable[[], bool]  # the attract screen is up: keys start, not steer
    may_close: Callable[[], bool]  # the admin PIN has unlocked the window
    skip: Callable[[], None] = lambda: None  # speech: go on at the screen's next part
    #: An arrow key on a control: move (kiosk.ui.arrows); False: the control's own.
    steer: Callable[[QWidget, Qt.Key], bool] | None = None
    #: Enter / select: True when it was spent (a walked on-screen key was pressed).
    select: Callable[[], bool] = lambda: False
    #: Explore by touch: True when a touch was spent saying what lies under it.
    explore: Callable[[QObject, QEvent], bool] = lambda _w, _e: False
    #: A tactile keypad's key (kiosk.ui.keypad): True spent, False the widget's own,
    #: None not a keypad key (the keys below then).
    keypad: Callable[[QWidget, QKeyEvent], bool | None] = lambda _w, _e: None


class InputGuard(QObject):
    """Installed on the application; ``root`` is the kiosk window."""

    def __init__(
        self,
        root: QWidget,
        actions: InputActions,
        double_tap_s: float,
        corner_px: Callable[[], int],
    ) -> None:
        super().__init__(root)
        self._root, self._do, self._corner_px = root, actions, corner_px
        self._tap_guard = TapGuard(double_tap_s)
        self.corner_timer = QTimer(self)
        self.corner_timer.setSingleShot(True)
        self.corner_timer.setInterval(LONG_PRESS_MS)
        self.corner_timer.timeout.connect(self._corner_held)
        self._swallow_release = False
        self._app: QCoreApplication | None = None
        self._aside = 0

    def install(self, app: QCoreApplication) -> None:
        """Listen to every event of ``app`` (its input reaches no widget unfiltered)."""
        self._app = app
        app.installEventFilter(self)

    @contextmanager
    def aside(self) -> Iterator[None]:
        """Out of the application's way while the window builds and shows a screen.

        Building a screen sends some 900 events (polish, style, show, resize) through
        an application's filters, and each is a call into Python: 1.3 ms of every step
        for a filter that only acts on input (issue 19). No input can arrive meanwhile:
        the kiosk has one thread and no nested event loop, so a touch during the build
        waits in the queue and meets the guard when the build is done.
        """
        app = self._app
        self._aside += 1
        if app is not None and self._aside == 1:
            app.removeEventFilter(self)
        try:
            yield
        finally:
            self._aside -= 1
            if app is not None and self._aside == 0:
                app.installEventFilter(self)

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (
            watched is self._root or self._root.isAncestorOf(watched)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            # Hundreds of paint, layout and timer events pass here on every screen
            # change; returning at once keeps this Python filter off the step time.
            return False
        if kind == QEvent.Type.MouseButtonPress and self._ours(watched):
            assert isinstance(event, QMouseEvent)
            self._corner_press(event.globalPosition().toPoint())
        if kind == QEvent.Type.MouseButtonRelease and self._ours(watched):
            self.corner_timer.stop()
            if self._swallow_release:
                self._swallow_release = False
                return True  # the long press opened the PIN pad; this release is no tap
        if (
            kind in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin)
            and self._do.touched()
        ):
            # One touch anywhere is enough to stay (A7); it must not also press
            # whatever lies under the finger on the screen that comes back.
            return True
        if self._ours(watched) and self._do.explore(watched, event):
            return True  # before the double-tap guard: the second tap is the choice
        if isinstance(watched, QAbstractButton) and self._tap_guard.filter(watched, event):
            return True
        if kind == QEvent.Type.KeyPress and self._ours(watched):
            assert isinstance(event, QKeyEvent) and isinstance(watched, QWidget)
            return self._key(watched, event)
        return False

    def _corner_press(self, pos: QPoint) -> None:
        size = self._corner_px()
        if QRect(self._root.mapToGlobal(QPoint(0, 0)), QSize(size, size)).contains(pos):
            self.corner_timer.start()

    def _corner_held(self) -> None:
        self._swallow_release = True
        self._do.staff_pin()

    def _key(self, watched: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if self.locked(event):
            return True
        if key == Qt.Key.Key_H and (event.modifiers() & both) == both:
            self._do.staff_pin()  # the staff keyboard shortcut (DESIGN §8)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._do.key_focus()
            return False
        if self._do.resting():
            return False  # the attract screen starts on any key itself
        spent = self._do.keypad(watched, event)
        if spent is not None:
            return spent
        if key == Qt.Key.Key_Escape:
            self._do.back()
            return True
        typing = isinstance(watched, (QLineEdit, QPlainTextEdit))
        if key == Qt.Key.Key_MediaNext or (key in SKIP_KEYS and not typing):
            self._do.skip()  # the keypad's "next" key: on to the next spoken part
            return True
        if key == Qt.Key.Key_VolumeUp or (key == Qt.Key.Key_Plus and not typing):
            self._do.volume(+1)
            return True
        if key == Qt.Key.Key_VolumeDown or (key == Qt.Key.Key_Minus and not typing):
            self._do.volume(-1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._do.select():
            return True
        if key in _ARROWS and self._do.steer is not None:
            return self._do.steer(watched, Qt.Key(key))
        if isinstance(watched, QAbstractButton) and key in _ARROWS:
            # Arrow keys on a keypad move between controls like Tab (A17).
            self._do.key_focus()
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            self._root.focusNextPrevChild(forward)
            return True
        return False

    def locked(self, event: QKeyEvent) -> bool:
        """Keys that would close, hide or leave the kiosk do nothing (lockdown)."""
        if self._do.may_close():
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if (alt and key in _LOCKED_ALT) or (ctrl and key in _LOCKED_CTRL) or key in _LOCKED:
            log.info("lockdown: ignored a key that would leave the kiosk")
            return True
        return False
