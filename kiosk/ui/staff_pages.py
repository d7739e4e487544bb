"""Screens for library staff: the PIN pad, the staff panel, and the banner shown while
staff are helping (DESIGN §8). The resident's own data is never shown here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.ui.pages import Page
from kiosk.ui.staff_words import StaffWords
from kiosk.ui.theme import Metrics
from kiosk.ui.widgets import BigButton, wrapping_label

translate = QCoreApplication.translate

#: Longest PIN the pad takes (matches ``kiosk hash-pin``).
MAX_PIN = 12


class PinPadPage(Page):
    """A large number pad in the staff's language. Digits show as dots and are never
    spoken (A5). Enter means OK wherever the focus is (but on Cancel): staff type the
    PIN on a keyboard and press Enter; a focused digit key must not take it as its
    own press (that made a wrong PIN, counted toward the lock). Space still presses
    the focused key, for keypad users.

    Signals:
        entered(str): OK with the digits typed
        cancelled()
    """

    entered = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        metrics: Metrics,
        words: StaffWords,
        heading: str,
        message: str = "",
        parent: QWidget | None = None,
        *,
        resident: tuple[str, str, str] | None = None,
    ) -> None:
        """``resident``: (language, what this is and how to leave, the word for
        Cancel) in the resident's language, for a resident who came here by chance
        (a finger resting in the staff corner) while the pad speaks the staff's."""
        super().__init__(metrics, words.language, parent)
        self._digits = ""
        self.add_heading(heading)
        cancel_text = words.translate("staff", "Cancel")
        if resident is not None:
            lang, line, their_cancel = resident
            self.add_text(line, speak=False)
            self.speech.append((line, lang))  # said by the resident's voice
            if their_cancel != cancel_text:
                cancel_text = f"{cancel_text} · {their_cancel}"
        if message:
            self.add_text(message, "error")
        self.display = wrapping_label("", "pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(words.translate("staff", "PIN"))
        self.column.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(metrics.gap_px)

        def key_button(key: str, text: str) -> BigButton:
            button = BigButton(text, object_name=f"pin_{key}")
            button.clicked.connect(lambda _=False: self._press(key))
            button.installEventFilter(self)  # Enter on a focused key: OK (see above)
            return button

        # The digits in two rows of five, Delete and OK below them beside Cancel: in
        # four rows of three, the pad did not fit the screen at 200 % text (the staff
        # see it in the resident's text size), and the last keys scrolled away.
        for index, key in enumerate("1234567890"):
            button = key_button(key, key)
            grid.addWidget(button, index // 5, index % 5)
            if self.first_focus is None:
                self.first_focus = button
        # The keys read 1 2 3 like every number pad and phone, Arabic ones too.
        keys_box = QWidget()
        keys_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        keys_box.setLayout(grid)
        self.column.addWidget(keys_box)
        delete = key_button("del", words.translate("staff", "Delete"))
        ok = key_button("ok", words.translate("staff", "OK"))
        cancel = BigButton(cancel_text, object_name="pin_cancel")
        cancel.clicked.connect(lambda _=False: self.cancelled.emit())
        # Below the keys, outside what may scroll: the way out is always seen.
        self.put_in_footer_row([delete, ok, cancel])
        self.finish()
        self._show()

    def _press(self, key: str) -> None:
        if key == "ok":
            digits, self._digits = self._digits, ""
            self._show()
            self.entered.emit(digits)
        elif key == "del":
            self._digits = self._digits[:-1]
        elif len(self._digits) < MAX_PIN:
            self._digits += key
        self._show()

    def _show(self) -> None:
        self.display.setText("●" * len(self._digits) if self._digits else "–")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._press("ok")
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._press("del")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._press("ok")
        else:
            super().keyPressEvent(event)


class BarChart(QWidget):
    """Today's figures as plain horizontal bars with their numbers (staff panel)."""

    def __init__(
        self,
        rows: list[tuple[str, int]],
        metrics: Metrics,
        colours: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows, self.metrics = rows, metrics
        self.bar, self.text = (QColor(c) for c in colours)
        self.setMinimumHeight(len(rows) * self._row_height())
        self.setAccessibleName("; ".join(f"{label}: {value}" for label, value in rows))

    def _row_height(self) -> int:
        return self.fontMetrics().height() + self.metrics.gap_px // 2

    def sizeHint(self) -> QSize:
        return QSize(600, len(self.rows) * self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        line = self._row_height()
        label_w = (
            max((self.fontMetrics().horizontalAdvance(r[0]) for r in self.rows), default=0)
            + self.metrics.gap_px
        )
        top = max((value for _, value in self.rows), default=0) or 1
        room = max(1, self.width() - label_w - self.fontMetrics().horizontalAdvance("00000"))
        for i, (label, value) in enumerate(self.rows):
            y = i * line
            painter.setPen(self.text)
            painter.drawText(QRectF(0, y, label_w, line), Qt.AlignmentFlag.AlignVCenter, label)
            width = room * value / top
            painter.fillRect(QRectF(label_w, y + line * 0.2, width, line * 0.6), self.bar)
            painter.drawText(
                QRectF(label_w + width + 8, y, 200, line), Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        painter.end()


class StaffBanner(QFrame):
    """ "Staff is helping", across the top of every screen while helper mode is on.

    Signals:
        panel_clicked()
    """

    panel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffBanner")
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("staffBannerText")
        # Wraps: a long sentence (Russian at 200 %) must not squeeze the button.
        self.label.setWordWrap(True)
        self.button = BigButton(object_name="staffPanelButton")
        self.button.clicked.connect(lambda _=False: self.panel_clicked.emit())
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Library staff are helping"))
        self.button.set_text(self.tr("Helper mode menu"))


class StaffPanelPage(Page):
    """What staff see, in the staff's language: where the resident is, the step's
    coaching note and where to refer the resident next, the kiosk's health, today's
    figures, and the actions staff may take."""

    def __init__(
        self,
        metrics: Metrics,
        words: StaffWords,
        facts: list[str],
        note: str,
        problems: list[str],
        figures: list[tuple[str, int]],
        colours: tuple[str, str],
        actions: list[tuple[str, str, Callable[[], None]]],
        parent: QWidget | None = None,
        refer: str = "",
    ) -> None:
        super().__init__(metrics, words.language, parent)
        self.add_heading(words.translate("staff", "Helper mode menu"))
        for fact in facts:
            self.add_text(fact, "staffFact")
        if note:
            self.add_text(
                words.translate("staff", "Coaching note: %1").replace("%1", note), "staffNote"
            )
        if refer:
            self.add_text(
                words.translate("staff", "Refer next: %1").replace("%1", refer), "staffRefer"
            )
        for problem in problems:
            self.add_text(problem, "error")
        grid = QGridLayout()
        grid.setSpacing(metrics.gap_px)
        for index, (text, name, callback) in enumerate(actions):
            button = BigButton(text, object_name=name)
            button.clicked.connect(lambda _=False, cb=callback: cb())
            grid.addWidget(button, index // 2, index % 2)
            if self.first_focus is None:
                self.first_focus = button
        self.column.addLayout(grid)
        if figures:
            self.add_text(words.translate("staff", "Today at this kiosk:"), "staffFact")
            self.column.addWidget(BarChart(figures, metrics, colours))
        self.finish()
