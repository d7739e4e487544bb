"""Large text drawn from pictures of its letters, kept for the visit (issue 19).

Qt keeps a picture of each letter it draws, but only up to 64 pixels
(``QT_MAX_CACHED_GLYPH_SIZE``, fixed when Qt is built: the environment variable of
that name makes Qt's FreeType engine draw no text at all above 64 px). At 150 and
200 % the kiosk's body text is 51-68 px and its headings 66-88 px, so Qt drew every
letter of them from its outline, anew on every paint: most of a step's time at
200 %. Measured on the 2-core machine: a 300-letter text at 68 px took 47 ms drawn
by Qt, 2 ms drawn from kept pictures, 8.5 ms with none kept yet (letters repeat).

`BigTextLabel` is a QLabel that draws its own plain text when its font is larger
than Qt keeps: lines broken by `QTextLayout` exactly as QLabel breaks them (the same
text engine, width, alignment and line spacing), each letter drawn from a picture in
the window's `GlyphCache`. Anything it cannot draw so (rich text, a letter that is
a picture in its font, like a colour emoji, no cache in reach) Qt draws as before.

The cache belongs to the kiosk window (no global one); a label finds it through
its window. It holds letter shapes, never text, in memory of its own (`_Room`), and
is emptied after each visit, that memory given back to the system: it neither keeps
anything of a resident nor grows from visit to visit.
"""

from __future__ import annotations

import math
import mmap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QRawFont,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QLabel, QStyle, QWidget

#: Qt draws text up to this size from its own kept pictures (QT_MAX_CACHED_GLYPH_SIZE).
QT_KEEPS_UP_TO_PX = 64
#: The most the pictures may take; beyond it the cache starts again from empty.
CACHE_BYTES = 8 * 1024 * 1024
#: Bytes of a 32-bit pixel (QImage.Format_ARGB32_Premultiplied).
PIXEL_BYTES = 4


@dataclass(frozen=True)
class _Letter:
    """One glyph's picture in one colour, and where its top-left lies from the pen."""

    image: QImage | None  # None: nothing to draw (a space)
    dx: int
    dy: int


class _Room:
    """Memory for one visit's letter pictures, apart from the C library's heap: an
    anonymous memory map, handed out front to back.

    A visit at 200 % draws some 150-270 letters, 1-2 MB of pictures, each a few KB.
    Made one by one in the heap and freed at the visit's end, they left holes among
    the objects made meanwhile, and the heap grew by up to 1.5 MB at such a visit
    (bench/sessions.py, issue 19). A map's pages go back to the system, zeroed, when
    the last picture in it goes; pages never drawn on take no memory at all.
    A picture keeps its part of the map alive (PySide holds the map's buffer while
    the QImage lives), so one still on its way to the screen is never cut off.
    """

    def __init__(self, size: int) -> None:
        self._map = mmap.mmap(-1, size)
        self._view = memoryview(self._map)
        self.used = 0

    def image(self, width: int, height: int) -> QImage | None:
        """A blank picture of ``width`` x ``height``; None if the room is full."""
        size = width * height * PIXEL_BYTES
        start = self.used
        end = start + (size + 15) // 16 * 16  # each picture on a 16-byte boundary
        if end > len(self._map):
            return None
        self.used = end
        image = QImage(
            self._view[start : start + size],
            width,
            height,
            width * PIXEL_BYTES,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        return image


class GlyphCache:
    """Pictures of glyphs, by font, glyph and colour; at most ``limit`` bytes."""

    def __init__(self, limit: int = CACHE_BYTES) -> None:
        self.limit = limit
        self._letters: dict[tuple[object, ...], _Letter | None] = {}
        self._room: _Room | None = None
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._letters)

    def clear(self) -> None:
        self._letters.clear()
        self._room = None  # its pages go once the pictures being drawn are done
        self.bytes = 0

    def letters(self, font: QRawFont, glyphs: list[int], color: QColor) -> list[_Letter | None]:
        """The pictures of a glyph run's ``glyphs``; None for one the font has no
        outline for (a picture glyph: Qt must draw the text). The font's part of the
        key is read once a run, not once a letter."""
        face = (font.familyName(), font.styleName(), font.pixelSize(), font.weight())
        shade = (font.style(), color.rgba())
        return [self._letter(font, (*face, glyph, *shade), glyph, color) for glyph in glyphs]

    def _letter(
        self, font: QRawFont, key: tuple[object, ...], glyph: int, color: QColor
    ) -> _Letter | None:
        letters = self._letters
        if key in letters:
            return letters[key]
        made = _draw_letter(font, glyph, color, self._image)
        letters[key] = made
        return made

    def _image(self, width: int, height: int) -> QImage:
        """A blank picture from the room; when it is full, the cache starts again."""
        for _ in range(2):
            if self._room is None:
                self._room = _Room(self.limit)
            image = self._room.image(width, height)
            if image is not None:
                self.bytes = self._room.used
                return image
            self.clear()
        # Larger than the whole room: a picture of its own.
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        return image


def _draw_letter(
    font: QRawFont, glyph: int, color: QColor, blank: Callable[[int, int], QImage]
) -> _Letter | None:
    path = font.pathForGlyph(glyph)
    box = path.boundingRect()
    if box.isEmpty():
        if font.boundingRect(glyph).isEmpty():
            return _Letter(None, 0, 0)  # a space: nothing to draw
        return None  # drawn, but not from an outline (a bitmap or colour glyph)
    # A pixel of room on each side for the antialiased edge.
    left, top = math.floor(box.left()) - 1, math.floor(box.top()) - 1
    width = math.ceil(box.right()) + 1 - left
    height = math.ceil(box.bottom()) + 1 - top
    image = blank(width, height)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-left, -top)
    painter.fillPath(path, color)
    painter.end()
    return _Letter(image, left, top)


def reads_right_to_left(text: str) -> bool:
    """QString::isRightToLeft: the first letter with a strong direction decides."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def text_rect(label: QLabel, align: Qt.AlignmentFlag) -> QRect:
    """Where QLabel puts its text (QLabelPrivate::documentRect): the contents less
    the margin, and less the indent on the aligned sides."""
    rect = label.contentsRect()
    margin = label.margin()
    rect.adjust(margin, margin, -margin, -margin)
    indent = label.indent()
    if indent < 0 and label.frameWidth():
        indent = label.fontMetrics().horizontalAdvance("x") // 2 - margin
    if indent > 0:
        if align & Qt.AlignmentFlag.AlignLeft:
            rect.setLeft(rect.left() + indent)
        if align & Qt.AlignmentFlag.AlignRight:
            rect.setRight(rect.right() - indent)
        if align & Qt.AlignmentFlag.AlignTop:
            rect.setTop(rect.top() + indent)
        if align & Qt.AlignmentFlag.AlignBottom:
            rect.setBottom(rect.bottom() - indent)
    return rect


def lay_out(text: str, label: QLabel, rect: QRect, rtl: bool) -> tuple[QTextLayout, float]:
    """The lines of ``text`` in ``rect``, as QPainter::drawText breaks and spaces
    them for a word-wrapping label (qt_format_text); returns the layout and its
    height."""
    # A line feed is a line break there, as here.
    layout = QTextLayout(text.replace("\n", "\u2028"), label.font(), label)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.ManualWrap
    )
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    width = float(rect.width()) if label.wordWrap() else float(0x01000000)
    leading = label.fontMetrics().leading()
    height = -float(leading)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height = float(math.ceil(height + leading))  # lines start on whole pixels
        line.setPosition(QPointF(0.0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class BigTextLabel(QLabel):
    """A QLabel that draws large plain text from the window's `GlyphCache` (see the
    module docstring); otherwise exactly a QLabel."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        #: The laid-out lines for (text, font, rect), kept between paints.
        self._laid: tuple[tuple[object, ...], QTextLayout, float] | None = None

    def _cache(self) -> GlyphCache | None:
        # Asked on every paint of every label: the font's own size where it has one
        # (the theme sets sizes in pixels), QFontInfo only where it has not.
        font = self.font()
        px = font.pixelSize()
        if px <= QT_KEEPS_UP_TO_PX and (px > 0 or QFontInfo(font).pixelSize() <= QT_KEEPS_UP_TO_PX):
            return None  # Qt's own kept pictures are as quick
        if self.textFormat() != Qt.TextFormat.PlainText or not self.text():
            return None
        cache = getattr(self.window(), "glyphs", None)
        return cache if isinstance(cache, GlyphCache) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        cache = self._cache()
        if cache is None or not self._draw(cache):
            super().paintEvent(event)

    def _draw(self, cache: GlyphCache) -> bool:
        text = self.text()
        rtl = reads_right_to_left(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        align = QStyle.visualAlignment(direction, self.alignment())
        rect = text_rect(self, align)
        key = (text, self.font().key(), rect.width(), self.wordWrap(), rtl)
        if self._laid is None or self._laid[0] != key:
            layout, height = lay_out(text, self, rect, rtl)
            self._laid = (key, layout, height)
        _, layout, height = self._laid
        laid_text = layout.text()
        color = self._color()
        # Every letter first: a glyph that is a picture in its font leaves it to Qt.
        placed: list[tuple[_Letter, float, float]] = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            shift = self._x_offset(line, laid_text, rect, align, rtl)  # each line by its alignment
            for run in line.glyphRuns():
                drawn = cache.letters(run.rawFont(), run.glyphIndexes(), color)
                for letter, pen in zip(drawn, run.positions(), strict=False):
                    if letter is None:
                        return False
                    if letter.image is not None:
                        placed.append((letter, shift + pen.x(), pen.y()))
        y_off = 0.0
        if align & Qt.AlignmentFlag.AlignBottom:
            y_off = rect.height() - height
        elif align & Qt.AlignmentFlag.AlignVCenter:
            y_off = (rect.height() - height) / 2
        painter = QPainter(self)
        QFrame.drawFrame(self, painter)  # the style sheet's background and border
        painter.setClipRect(rect)
        x0, y0 = rect.x(), rect.y() + y_off
        for letter, x, y in placed:
            assert letter.image is not None
            painter.drawImage(round(x0 + x) + letter.dx, round(y0 + y) + letter.dy, letter.image)
        painter.end()
        return True

    def _x_offset(
        self, line: QTextLine, text: str, rect: QRect, align: Qt.AlignmentFlag, rtl: bool
    ) -> float:
        """How far a line moves for its alignment, as qt_format_text moves it: by the
        room left, less (right to left) the spaces the line ends with."""
        room = rect.width() - line.horizontalAdvance()
        if rtl:
            end = line.textStart() + line.textLength()
            words = text[line.textStart() : end]
            spaces = words[len(words.rstrip(" ")) :]
            if spaces:
                room -= self.fontMetrics().horizontalAdvance(spaces)
        if align & Qt.AlignmentFlag.AlignRight:
            return room
        if align & Qt.AlignmentFlag.AlignHCenter:
            return room / 2
        return 0.0

    def _color(self) -> QColor:
        """The colour QLabel draws its text in (QStyle::drawItemText, the label's
        foreground role in the colour group of its state)."""
        if not self.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif self.isActiveWindow():
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        return self.palette().color(group, self.foregroundRole())
