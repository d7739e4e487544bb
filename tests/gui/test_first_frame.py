"""kiosk.ui.first_frame: work that waits for the window's first painted frame (issue 19:
the speech workers start after it, and the smoke run's "ready" line comes after it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.ui.first_frame import after_first_frame


def test_runs_once_just_after_the_first_paint(qtbot) -> None:
    label = QLabel("Tervetuloa")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_frame(label, lambda: calls.append(label.isVisible()), fallback_ms=-1)
    assert calls == []  # nothing before the window is painted
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    label.repaint()
    qtbot.wait(20)
    assert calls == [True]  # once only


def test_a_window_never_painted_still_gets_it_after_the_fallback(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_frame(label, lambda: calls.append(1), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
