"""Run something once the window's first frame is painted (issue 19): what the attract
screen does not need (the speech workers, the smoke run's "ready" line) waits until
then, so it neither delays that frame nor claims it before it is there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(widget)
        self._then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        if fallback_ms >= 0:
            # A window that is never painted (hidden, tests) still gets it, later.
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            # Queued: this paint (and its flush to the screen) ends first.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_frame(
    widget: QWidget, then: Callable[[], object], *, fallback_ms: int = 2000
) -> None:
    """Call ``then`` once, on the GUI thread, just after ``widget`` is first painted,
    or after ``fallback_ms`` if it never is (-1: never without a paint)."""
    _FirstPaint(widget, then, fallback_ms)
