"""Accidental double taps count once (A19, EN 5.7/5.8).

A resident with a tremor often touches twice. A second press on the same control
sooner than the configured time after the first is dropped, with its release. Times
come from the events themselves, so the guard follows the touch, not the clock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QMouseEvent

#: The configured guard may not be longer than this (ACCESSIBILITY.md A19).
MAX_GUARD_S = 0.5


class TapGuard:
    """Decides, press by press, whether a tap is a repeat to ignore."""

    def __init__(self, guard_s: float) -> None:
        self.guard_ms = int(min(max(guard_s, 0.0), MAX_GUARD_S) * 1000)
        self._last: tuple[int, int] | None = None  # (id of widget, timestamp ms)
        self._swallowing: int | None = None

    def filter(self, watched: QObject, event: QEvent) -> bool:
        """True when ``event`` must be dropped."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            return True  # Qt's own double click: the first press already counted
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress:
            now = event.timestamp()
            if (
                self._last is not None
                and self._last[0] == id(watched)
                and 0 <= now - self._last[1] <= self.guard_ms
            ):
                self._swallowing = id(watched)
                return True
            self._last = (id(watched), now)
            self._swallowing = None
            return False
        if kind == QEvent.Type.MouseButtonRelease and self._swallowing == id(watched):
            self._swallowing = None
            return True
        return False
