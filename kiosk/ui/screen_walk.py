"""Every screen, one at a time, for a test that looks at the real window from outside.

``kiosk walk-screens --lang fi`` (not in ``kiosk --help``: a test tool) shows the
screens of the screenshot walk (``kiosk.ui.screenshots.walk_screens``) in a real
window, one at a time. For each it prints one JSON line on standard output, then
waits, with the event loop running, for a line on standard input before the next: a
test (tests/a11y/test_atspi.py) reads the window through AT-SPI in between, as a
screen reader would. The kiosk answers AT-SPI from its event loop, so the window it
reads is the one the line describes.

The line tells what a sighted resident sees, for the test to compare with what the
accessibility tree says: the texts drawn as headings and the options drawn as chosen.
The last line is ``{"end": true}``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QEventLoop, QSocketNotifier
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.ui.accessible import HEADING_NAMES
from kiosk.ui.screenshots import BuildKiosk, Shown, build_for_walk, walk_screens

#: How a chosen option is drawn (kiosk.ui.steps).
CHOSEN_MARK = "✓"


def _showing(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and root.isVisible()


def drawn(root: QWidget) -> dict[str, list[str]]:
    """What the window shows: the texts drawn as headings (the style sheet's
    ``QLabel#heading`` and ``#subheading``) and the options drawn as chosen."""
    headings = [
        label.text()
        for label in root.findChildren(QLabel)
        if label.objectName() in HEADING_NAMES and label.text() and _showing(label, root)
    ]
    chosen = [
        button.accessibleName() or button.text()
        for button in root.findChildren(QAbstractButton)
        if _showing(button, root) and button.text().startswith(CHOSEN_MARK)
    ]
    return {"headings": headings, "chosen": chosen}


def describe(shown: Shown, window: QWidget) -> dict[str, object]:
    return {
        "screen": shown.file_stem,
        "lang": shown.lang,
        **drawn(window),
    }


def wait_for_line(app: QApplication, stream: TextIO) -> str:
    """The next line of ``stream``, read while the event loop answers AT-SPI."""
    notifier = QSocketNotifier(stream.fileno(), QSocketNotifier.Type.Read)
    loop = QEventLoop()
    notifier.activated.connect(loop.quit)
    loop.exec()
    notifier.setEnabled(False)
    return stream.readline()


def walk_on_request(
    build: BuildKiosk,
    langs: list[str],
    out: TextIO = sys.stdout,
    stream: TextIO = sys.stdin,
    wait: Callable[[QApplication, TextIO], str] = wait_for_line,
) -> int:
    """Show each screen until the reader asks for the next (see the module's text)."""
    kiosk, clock = build_for_walk(build, all_flows=True)
    window, app = kiosk.window, kiosk.app
    window.show()
    for shown in walk_screens(kiosk, clock, langs, revisit_chosen=True):
        app.processEvents()  # laid out, focused and named before anyone looks
        out.write(json.dumps(describe(shown, window), ensure_ascii=False) + "\n")
        out.flush()
        if not wait(app, stream):
            break  # the reader went away
    out.write(json.dumps({"end": True}) + "\n")
    out.flush()
    window.allow_close = True
    window.close()
    return 0
