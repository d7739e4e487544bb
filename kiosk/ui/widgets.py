"""Small widgets shared by every page: big wrapping buttons and labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QImage, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.big_text import BigTextLabel


class BigButton(QPushButton):
    """A push button whose label wraps instead of being clipped at 200 % text.

    QPushButton draws its text on one line and cuts it off; a kiosk button must show
    all of its words at any text size, so the text lives in a word-wrapping QLabel.
    Enter and Return activate it as well as Space (keypad users, A17).
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, object_name: str = ""
    ) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self._chosen = False
        self._label = BigTextLabel("", self)
        self._label.setObjectName("buttonLabel")
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self._label.setProperty("lit", False)
        #: A picture at the text's start (a home tile's icon, issue 14), drawn in the
        #: label's own colour so it follows the focus and the theme like the words.
        self._icon: QSvgRenderer | None = None
        self.pressed.connect(lambda: self._set_lit(True))
        self.released.connect(lambda: self._set_lit(self.hasFocus()))
        self.set_text(text)

    def set_text(self, text: str) -> None:
        if text == self._label.text() and text == self.accessibleName():
            return  # the same words: no new layout and no repaint
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def mark_chosen(self) -> None:
        """The option the resident chose before: checked, so assistive technology
        says it is chosen as the "✓" shows it. A tap still only answers: it does not
        uncheck the button (``nextCheckState``), and it looks as before (the style
        sheet draws ``:checked`` on keyboard keys only)."""
        self._chosen = True
        self.setCheckable(True)
        self.setChecked(True)

    def nextCheckState(self) -> None:  # noqa: N802 - Qt's name
        if not self._chosen:
            super().nextCheckState()

    def text(self) -> str:  # noqa: D102 - same meaning as QPushButton.text()
        return self._label.text()

    def set_icon(self, svg: Path | None) -> bool:
        """Draw the SVG picture ``svg`` before the words; False (and no picture) if it
        cannot be read: a missing icon never costs the resident the button."""
        renderer = None
        if svg is not None:
            try:
                data = svg.read_bytes()
            except OSError:
                data = b""
            renderer = QSvgRenderer(QByteArray(data))
            if not data or not renderer.isValid():
                renderer = None
        self._icon = renderer
        self._box.setContentsMargins(self._margins())
        self.updateGeometry()
        return renderer is not None

    def _icon_px(self) -> int:
        """The picture's side: a little more than one line of the button's words."""
        return round(self._label.fontMetrics().height() * 1.4) if self._icon else 0

    def _icon_room(self) -> int:
        """Width taken by the picture and the gap after it."""
        side = self._icon_px()
        return side + side // 3 if side else 0

    def label(self) -> QLabel:
        return self._label

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _margins(self) -> QMargins:
        """Border plus padding, as the style sheet sets them."""
        option = self._option()
        option.rect = QRect(0, 0, 1000, 1000)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        margins = QMargins(inner.left(), inner.top(), 999 - inner.right(), 999 - inner.bottom())
        if self._icon is not None:  # room for the picture at the start of the line
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                margins.setRight(margins.right() + self._icon_room())
            else:
                margins.setLeft(margins.left() + self._icon_room())
        return margins

    def _outer(self, content: QSize) -> QSize:
        """The button size for a label of ``content`` size (adds padding, border, min-height)."""
        content = QSize(content.width() + self._icon_room(), max(content.height(), self._icon_px()))
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, self._option(), content, self
        )

    def _fit_label(self) -> QMargins:
        """Border plus padding (and the picture's room), set on the label's layout when
        they have changed: the label stays inside them.

        Done in the size queries, which every layout pass makes before it places the
        button, and not in an ``event`` override for Polish and StyleChange: a button
        gets some 22 events while a page is built, each a call into Python (about
        0.8 ms of a step, issue 19)."""
        margins = self._margins()
        if margins != self._box.contentsMargins():
            self._box.setContentsMargins(margins)
        return margins

    def sizeHint(self) -> QSize:
        self._fit_label()
        return self._outer(self._label.sizeHint()).expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        self._fit_label()
        words = self._label.text().split() or [""]
        metrics = self._label.fontMetrics()
        widest = max(metrics.horizontalAdvance(w) for w in words) + 2
        return self._outer(QSize(widest, metrics.height())).expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._icon is None:
            return
        side = self._icon_px()
        margins = self._margins()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - margins.right() + side // 3
        else:
            x = margins.left() - self._icon_room()
        target = QRect(x, (self.height() - side) // 2, side, side)
        # The picture as a mask, filled with the words' colour (lit or not, any theme).
        mask = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        mask.fill(Qt.GlobalColor.transparent)
        with_mask = QPainter(mask)
        self._icon.render(with_mask, QRectF(0, 0, side, side))
        with_mask.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        with_mask.fillRect(mask.rect(), self._label.palette().color(QPalette.ColorRole.WindowText))
        with_mask.end()
        painter = QPainter(self)
        painter.drawImage(target, mask)
        painter.end()

    def heightForWidth(self, width: int) -> int:
        margins = self._fit_label()
        inner = max(1, width - margins.left() - margins.right())
        height = self._label.heightForWidth(inner)
        return max(self.minimumHeight(), self._outer(QSize(inner, height)).height())

    def _set_lit(self, lit: bool) -> None:
        # A label inside a button cannot follow the button's :focus state in a style
        # sheet, so the button tells it (the focused button is drawn inverted, A17).
        if self._label.property("lit") != lit:
            self._label.setProperty("lit", lit)
            self._label.style().unpolish(self._label)
            self._label.style().polish(self._label)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._set_lit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._set_lit(self.isDown())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


def wrapping_label(text: str = "", object_name: str = "") -> QLabel:
    """A plain-text label that wraps and can be selected by nobody (kiosk)."""
    label = BigTextLabel()
    # Named before it has text: setting the text makes Qt ask for its accessibility
    # interface (when assistive technology listens), and the name decides which
    # (a heading, kiosk.ui.accessible); Qt keeps the first one for good.
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setText(text)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label
