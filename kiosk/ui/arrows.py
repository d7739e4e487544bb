"""What the arrow keys of a keypad do (A17, issue 18): move between the controls of
every screen, never get stuck inside a page's scroll area, and walk the on-screen
keyboard from a text field so a resident can type without touching the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QWidget

from kiosk.ui.key_walk import KeyWalk

FORWARD = (Qt.Key.Key_Down, Qt.Key.Key_Right)
ARROWS = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left)


def forward(key: Qt.Key, right_to_left: bool) -> bool:
    """Whether ``key`` moves on in reading order. On a mirrored (Arabic) screen the
    next control stands to the left, so Left moves on and Right back: the arrow goes
    where it points."""
    if right_to_left and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return key == Qt.Key.Key_Left
    return key in FORWARD


def _typing(widget: QWidget) -> bool:
    return isinstance(widget, (QLineEdit, QPlainTextEdit))


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    if isinstance(widget, QAbstractScrollArea):
        return widget
    parent = widget.parentWidget()  # a scroll area's focus can sit on its viewport
    return parent if isinstance(parent, QAbstractScrollArea) else None


class Steering:
    """Arrow keys and select for one window.

    ``keyboard`` gives the shown page's on-screen keyboard (or None);
    ``move_focus(forward)`` moves focus like Tab and says where it landed; ``say``
    speaks a walked key's name, ``tell`` a control as focus landing on it would.
    """

    def __init__(
        self,
        keyboard: Callable[[], QWidget | None],
        move_focus: Callable[[bool], None],
        say: Callable[[str], None],
        tell: Callable[[QWidget], None],
    ) -> None:
        self._keyboard, self._move, self._tell = keyboard, move_focus, tell
        self.walk = KeyWalk(say)

    def arrow(self, watched: QWidget, key: Qt.Key) -> bool:
        """Act on an arrow pressed on ``watched``; False: the widget's own (a field's
        Left/Right move its text cursor)."""
        # The window's direction, not the widget's: a control drawn left to right on an
        # Arabic screen (the language button) still sits in the mirrored order.
        onward = forward(key, watched.window().isRightToLeft())
        vertical = key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        keyboard = self._keyboard()
        on_keys = self.walk.key is not None
        if keyboard is not None and keyboard.isVisible() and (_typing(watched) or on_keys):
            if self.walk.arrow(keyboard, key):
                return True
            if on_keys and key == Qt.Key.Key_Up:
                self._tell(watched)  # from the top row back onto the field
                return True
        if _typing(watched) and not vertical:
            return False
        area = _scroll_area(watched)
        if area is not None and vertical:
            bar = area.verticalScrollBar()
            room = bar.maximum() if onward else bar.minimum()
            if bar.value() != room:  # text still to read that way: scroll to it first
                bar.setValue(bar.value() + (bar.pageStep() if onward else -bar.pageStep()))
                return True
        self.walk.leave()
        self._move(onward)
        return True

    def select(self) -> bool:
        """Select (Enter) while a keyboard key is walked: press it. False otherwise."""
        return self.walk.press()

    def focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.walk.leave()
