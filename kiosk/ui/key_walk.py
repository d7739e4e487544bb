"""Typing from a keypad: the arrows walk the on-screen keyboard while its text field
keeps the focus, each key is said as it is reached, and select presses it (issue 18).

A blind resident with a four-arrow keypad cannot point at a key; this is the same
walk ATMs with an audio keypad offer. The keyboard's rows are read from where its
keys are drawn, not from its build order, so a new layout walks the same way.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

#: Up, down, left, right as (rows, keys) moves.
_MOVES = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}


def key_rows(keyboard: QWidget) -> list[list[QAbstractButton]]:
    """The keyboard's shown keys as rows, top to bottom, each left to right."""
    keys = [
        k
        for k in keyboard.findChildren(QAbstractButton)
        if k.isVisibleTo(keyboard) and k.isEnabled()
    ]
    rows: dict[int, list[QAbstractButton]] = {}
    for key in keys:
        rows.setdefault(key.mapTo(keyboard, QPoint(0, 0)).y(), []).append(key)
    return [
        sorted(row, key=lambda k: k.mapTo(keyboard, QPoint(0, 0)).x())
        for _y, row in sorted(rows.items())
    ]


def _centre_x(key: QWidget, keyboard: QWidget) -> int:
    return key.mapTo(keyboard, QPoint(key.width() // 2, 0)).x()


class KeyWalk:
    """Which key of which keyboard the arrows have reached; ``say`` speaks a key's name.

    The walked key is drawn pressed-in (``setDown``), so a sighted helper sees it too.
    """

    def __init__(self, say: Callable[[str], None]) -> None:
        self._say = say
        self._keyboard: QWidget | None = None
        self._key: QAbstractButton | None = None

    @property
    def key(self) -> QAbstractButton | None:
        """The key the arrows are on (None: on the text field)."""
        if self._key is not None and not shiboken6.isValid(self._key):
            self._key = None
        return self._key

    def arrow(self, keyboard: QWidget, arrow: Qt.Key) -> bool:
        """Move on ``keyboard``; False when the move leaves it (the caller moves focus):
        up from the field, down from the bottom row, left or right from the field."""
        if self._keyboard is not keyboard:
            self.leave()
            self._keyboard = keyboard
        rows = key_rows(keyboard)
        down, right = _MOVES[arrow]
        current = self.key
        at = next((r for r, row in enumerate(rows) if current in row), None)
        if current is None or at is None:
            if down != 1 or not rows:
                return False  # on the field: Up and Left/Right are the field's or focus's
            self._land(rows[0][0])
            return True
        if right:
            row = rows[at]
            index = max(0, min(len(row) - 1, row.index(current) + right))
            self._land(row[index])
            return True
        target = at + down
        if target < 0:
            self.leave()  # back on the field
            return False
        if target >= len(rows):
            self.leave()
            return False
        x = _centre_x(current, keyboard)
        self._land(min(rows[target], key=lambda k: abs(_centre_x(k, keyboard) - x)))
        return True

    def press(self) -> bool:
        """Select: press the walked key (True), or False when no key is walked."""
        key, keyboard = self.key, self._keyboard
        if key is None or keyboard is None:
            return False
        x, y = _centre_x(key, keyboard), key.mapTo(keyboard, QPoint(0, 0)).y()
        key.setDown(False)
        key.click()
        if not shiboken6.isValid(keyboard):
            self._key = self._keyboard = None
            return True
        if key.isVisibleTo(keyboard):
            key.setDown(True)
            return True
        # "123" gives way to "ABC" in the same place: stay where the finger was.
        rows = [row for row in key_rows(keyboard) if row]
        if not rows:
            self._key = None
            return True
        row = min(rows, key=lambda r: abs(r[0].mapTo(keyboard, QPoint(0, 0)).y() - y))
        self._land(min(row, key=lambda k: abs(_centre_x(k, keyboard) - x)), speak=False)
        return True

    def leave(self) -> None:
        """Off the keyboard (focus moved, the page changed)."""
        key = self.key
        if key is not None:
            key.setDown(False)
        self._key = None

    def _land(self, key: QAbstractButton, speak: bool = True) -> None:
        old = self.key
        if old is not None and old is not key:
            old.setDown(False)
        self._key = key
        key.setDown(True)
        if speak:
            self._say(key.accessibleName() or key.text())
