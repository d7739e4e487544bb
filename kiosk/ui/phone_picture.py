"""A drawn picture of a phone showing a list, for the practice lesson on scrolling
(issue 18): the kiosk's own screens never scroll, so the lesson shows what a phone's
list looks like before and after the finger moves it.

Drawn with QPainter in the theme's colours, not from an image file: it follows the
text size (its list is written in the body text size) and high contrast like
everything else, and its words (the months of the year) come in the screen's language
from the locale. A picture, not a control: it takes no focus, and its accessible name
and description say what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.languages import base_language
from kiosk.ui.theme import Metrics, Palette

#: Rows of the list the phone's screen shows: six, and half of the seventh, cut off at
#: the edge, which is what tells the eye that the list goes on.
VISIBLE_ROWS = 6.5
MONTHS = 12
#: The list's words against the body text: a picture a little larger than the text.
LIST_TEXT = 1.25
#: The smallest the picture may be squeezed to (of its natural size) to fit the page:
#: at 200 % it gives way to the question and its answers.
MIN_SCALE = 0.45


def months(lang: str) -> list[str]:
    """January to December in ``lang``, each with a capital (Finnish writes them small)."""
    locale = QLocale(base_language(lang))
    names = [
        locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
        for month in range(1, MONTHS + 1)
    ]
    return [name[:1].upper() + name[1:] for name in names]


class PhonePicture(QWidget):
    """A phone with the year's months as a list. ``scrolled`` False: its start,
    the rest cut off at the bottom, a finger on it; True: the same list moved up to
    its end, the finger higher up with an arrow showing the way it went."""

    def __init__(
        self,
        lang: str,
        scrolled: bool,
        metrics: Metrics,
        palette: Palette,
        name: str,
        description: str,
    ) -> None:
        super().__init__()
        self.setObjectName("phonePicture")
        self.rows, self.scrolled = months(lang), scrolled
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setProperty("picture", True)  # explore by touch says it (kiosk.ui.explore)
        self._palette = palette
        self._font = QFont(self.font())
        self._font.setPixelSize(round(metrics.body_px * LIST_TEXT))
        text = QFontMetricsF(self._font)
        self._row_h = text.height() * 1.5
        self._pad = text.height() * 0.6  # the list's margin inside the screen
        self._bezel = text.height() * 0.8
        self._text_w = max(text.horizontalAdvance(row) for row in self.rows)
        # Beside the words, room for the finger and the arrow, so neither hides a word.
        self._tip_w = self._row_h * 0.7
        self._finger_zone = self._tip_w * 2.8
        # As wide as the longest day needs; as high as the page lets it be, down to
        # MIN_SCALE of its natural height (a tall picture never pushes the answers off).
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        natural = self._natural()
        self.setMinimumSize(round(natural.width() * MIN_SCALE), round(natural.height() * MIN_SCALE))

    def _natural(self) -> QSize:
        """The phone's size at the body text size, and room below it for the finger."""
        width = self._text_w + 2 * self._pad + self._finger_zone + self._bezel
        height = VISIBLE_ROWS * self._row_h + 3 * self._bezel + self._row_h
        return QSize(round(width), round(height))

    def sizeHint(self) -> QSize:
        return self._natural()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Squeezed in height (200 % text), it gives back the width it no longer draws
        on, so the text beside it wraps less."""
        super().resizeEvent(event)
        natural = self._natural()
        scale = min(1.0, event.size().height() / natural.height())
        self.setMaximumWidth(max(self.minimumWidth(), round(natural.width() * scale)))

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        natural = self._natural()
        scale = min(self.width() / natural.width(), self.height() / natural.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Centred in the room it is given, drawn in its natural units.
        painter.translate(
            (self.width() - natural.width() * scale) / 2,
            (self.height() - natural.height() * scale) / 2,
        )
        painter.scale(scale, scale)
        p, bezel = self._palette, self._bezel
        body = QRectF(0, 0, natural.width(), natural.height() - self._row_h)
        painter.setPen(QPen(QColor(p.text), 2))
        painter.setBrush(QColor(p.text))
        painter.drawRoundedRect(body, bezel, bezel)
        screen = body.adjusted(bezel / 2, bezel * 1.5, -bezel / 2, -bezel * 1.5)
        painter.setBrush(QColor(p.background))
        painter.drawRect(screen)
        slot = QRectF(body.center().x() - bezel, bezel * 0.6, 2 * bezel, bezel * 0.3)
        painter.drawRoundedRect(slot, bezel * 0.15, bezel * 0.15)  # the earpiece
        self._draw_list(painter, screen)
        self._draw_finger(painter, screen)
        painter.end()

    def _draw_list(self, painter: QPainter, screen: QRectF) -> None:
        p = self._palette
        painter.save()
        painter.setClipRect(screen)  # the rows beyond the screen's edge are cut off
        painter.setFont(self._font)
        # Moved up by the finger: the list's end at the screen's bottom.
        top = screen.bottom() - len(self.rows) * self._row_h if self.scrolled else screen.top()
        words = screen.adjusted(self._pad, 0, -self._pad - self._finger_zone, 0)
        if self.isRightToLeft():  # Arabic months at the right, the finger on the left
            words.translate(self._finger_zone, 0)
        # Left in reading order: the painter takes it as right on a mirrored screen.
        flags = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
        for index, row in enumerate(self.rows):
            y = top + index * self._row_h
            painter.setPen(QColor(p.text))
            painter.drawText(QRectF(words.left(), y, words.width(), self._row_h), flags, row)
            painter.setPen(QPen(QColor(p.button_border), 2))
            line_y = y + self._row_h
            painter.drawLine(QPointF(screen.left(), line_y), QPointF(screen.right(), line_y))
        painter.restore()

    def _draw_finger(self, painter: QPainter, screen: QRectF) -> None:
        """A fingertip on the list, its finger coming up from below the phone; after
        the move, higher up, with an arrow from where it started."""
        p, tip_w = self._palette, self._tip_w
        # In the finger zone at the screen's edge (the left one on a mirrored screen):
        # the finger nearer the words, the arrow nearer the edge.
        edge = screen.left() if self.isRightToLeft() else screen.right()
        inward = 1 if self.isRightToLeft() else -1
        x = edge + inward * (self._finger_zone - tip_w * 0.9)
        arrow_x = edge + inward * tip_w * 0.7
        start_y = screen.bottom() - self._row_h * 1.6
        tip_y = screen.top() + self._row_h * 0.8 if self.scrolled else start_y
        if self.scrolled:
            self._draw_arrow(painter, arrow_x, start_y + self._row_h, tip_y, QColor(p.link_text))
        painter.setPen(QPen(QColor(p.focus_ring), 3))
        painter.setBrush(QColor(p.focus))
        finger = QRectF(x - tip_w / 2, tip_y, tip_w, self._natural().height())
        painter.drawRoundedRect(finger, tip_w / 2, tip_w / 2)

    def _draw_arrow(
        self, painter: QPainter, x: float, from_y: float, to_y: float, colour: QColor
    ) -> None:
        head = self._row_h * 0.45
        pen = QPen(colour, max(4.0, self._row_h / 10))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, from_y), QPointF(x, to_y + head))
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, to_y),
                    QPointF(x - head * 0.7, to_y + head),
                    QPointF(x + head * 0.7, to_y + head),
                ]
            )
        )
