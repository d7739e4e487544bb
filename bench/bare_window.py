"""The yardstick of bench/compare.py: a bare PySide6 full-screen window with three
labels (the attract screen's texts), nothing else. Prints ``ready`` just after its
first frame is painted, stays up ``--hold`` seconds, then exits.

Imports only PySide6 (not kiosk), so it costs what any Qt window costs.

    python bench/bare_window.py [--hold 0] TEXT TEXT TEXT
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


class FirstPaint(QObject):
    """Calls ``then`` once, just after the watched widget's first paint."""

    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", type=float, default=0.0)
    parser.add_argument("texts", nargs="*", default=["Kaupungin palvelut", "Kosketa", "Touch"])
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    for index, text in enumerate(args.texts[:3]):
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = QFont("DejaVu Sans")
        font.setPixelSize(44 if index == 0 else 34)
        label.setFont(font)
        layout.addWidget(label)

    def ready() -> None:
        print("ready", flush=True)
        QTimer.singleShot(max(0, round(args.hold * 1000)), app.quit)

    FirstPaint(window, ready)
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
