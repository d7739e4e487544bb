"""The kiosk's words drawn once, off screen, soon after it starts (issue 19).

The first time Qt draws a letter in a font and size up to 64 px, it keeps the
letter's picture (some 0.5-1.4 MB a font for all nine languages' letters). Nine
languages at three text sizes meet many fonts and letters, so without this the heap
in use grew by about 2 MB over the kiosk's first hundred visits, each visit in a
language and size not yet met adding some (bench/sessions.py). Drawing every word the
flows show, in every language and in every font of every text size, before the first
resident comes, makes that happen at start: from visit 10 to 120 after it, the heap
in use stayed within 0.1 MB (on Xvfb as offscreen).

It draws a few milliseconds at a time from the event loop, so a touch that comes
meanwhile waits at most one slice. It draws only the kiosk's own texts (the flows
and the on-screen keyboard's keys), never anything a resident typed or chose.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

from kiosk.core.config import Config
from kiosk.core.session import TEXT_SIZES
from kiosk.flow.shown_words import words_shown
from kiosk.flow.spec import Flow
from kiosk.ui.big_text import QT_KEEPS_UP_TO_PX
from kiosk.ui.keyboard import NUMBER_ROWS
from kiosk.ui.keyboard_layouts import LATIN, layout_for
from kiosk.ui.theme import Theme, make_theme

log = logging.getLogger(__name__)

#: Characters a piece of text may have: long enough that the slices are few, short
#: enough that one piece at the largest size takes well under a slice.
PIECE_CHARS = 400
#: Milliseconds of drawing at a time before the event loop runs again.
SLICE_MS = 4.0


def language_sample(flows: Iterable[Flow], lang: str) -> str:
    """What to draw for ``lang``: the flows' words and the keyboard's keys."""
    keys = (*layout_for(lang).rows, *LATIN, *NUMBER_ROWS)
    return " ".join((words_shown(flows, lang), *keys, *(row.upper() for row in keys)))


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut at spaces into pieces of at most about ``size`` characters."""
    found: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        found.append(text[start:end].strip())
        start = end
    return [piece for piece in found if piece]


def warm_up_jobs(themes: Iterable[Theme], samples: Iterable[str]) -> list[tuple[QFont, str]]:
    """(font, piece) for every font of ``themes`` and every piece of ``samples``."""
    fonts = {font.key(): font for theme in themes for font in theme.text_fonts()}
    cut = [piece for sample in samples for piece in pieces(sample)]
    return [(font, piece) for font in fonts.values() for piece in cut]


def kiosk_jobs(config: Config, flows: Sequence[Flow]) -> list[tuple[QFont, str]]:
    """The jobs for a kiosk: its enabled languages at every text size. (High contrast
    changes colours only; Qt keeps letters by shape, not colour.)"""
    display = config.display
    themes = [
        make_theme("standard", display.pixel_pitch_mm, display.viewing_distance_mm, size)
        for size in TEXT_SIZES
    ]
    return warm_up_jobs(themes, (language_sample(flows, lang) for lang in config.languages.enabled))


class LetterWarmUp(QObject):
    """Draws ``jobs`` off screen, ``SLICE_MS`` at a time, from the event loop."""

    #: Emitted once every job is drawn: the milliseconds it took, all slices together.
    finished = Signal(float)

    def __init__(self, jobs: Sequence[tuple[QFont, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = list(jobs)
        self._next = 0
        self._spent_s = 0.0
        self._over = False
        #: One QFontMetrics a font, kept for the kiosk's life. Qt drops a font that no
        #: text in use holds once its font cache is over budget, and with it every
        #: letter drawn in it (the heap in use fell by 2.5 MB some 50 visits after
        #: start); later visits then drew them anew. The kiosk's dozen fonts are held
        #: here instead.
        self._fonts: dict[str, QFontMetrics] = {}
        # The window's own pixel format: Qt keeps letter pictures per format.
        self._canvas = QImage(1920, 300, QImage.Format.Format_ARGB32_Premultiplied)
        self._timer = QTimer(self)
        self._timer.setInterval(0)  # whenever the event loop has nothing else to do
        self._timer.timeout.connect(self._slice)

    def _held(self, font: QFont) -> QFontMetrics:
        key = font.key()
        if key not in self._fonts:
            self._fonts[key] = QFontMetrics(font)
        return self._fonts[key]

    @property
    def done(self) -> bool:
        return self._next >= len(self._jobs)

    def start(self) -> None:
        """Draw from the event loop, a slice at a time, until done."""
        if not self.done:
            self._timer.start()

    def finish(self) -> None:
        """Draw everything left, now (the session bench, which has no idle loop)."""
        self._draw(until=float("inf"))

    def _slice(self) -> None:
        self._draw(until=time.perf_counter() + SLICE_MS / 1000)

    def _draw(self, until: float) -> None:
        if self._over:
            return
        began = time.perf_counter()
        painter = QPainter(self._canvas)
        try:
            while not self.done and time.perf_counter() < until:
                font, piece = self._jobs[self._next]
                self._next += 1
                # Shaping the words loads the font for each script they are in (and
                # its shaping tables); the kept metrics hold on to those.
                self._held(font).horizontalAdvance(piece)
                if font.pixelSize() <= QT_KEEPS_UP_TO_PX:
                    # Qt keeps no pictures of letters larger than this (kiosk.ui.
                    # big_text keeps its own, for one visit).
                    painter.setFont(font)
                    painter.drawText(QRect(0, 0, 1920, 300), Qt.TextFlag.TextWordWrap, piece)
        finally:
            painter.end()
        self._spent_s += time.perf_counter() - began
        if self.done:
            self._over = True
            self._timer.stop()
            self._jobs.clear()
            self._canvas = QImage()
            log.info("the kiosk's letters are drawn: %.0f ms", self._spent_s * 1000)
            self.finished.emit(self._spent_s * 1000)
