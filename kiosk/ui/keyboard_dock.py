"""The window's on-screen keyboards, kept from one text step to the next (issue 19).

Building a keyboard (some 70 keys, each polished by the application's style sheet)
was 25-35 ms of a text step's way to the screen, and moving a built one into the next
page costs nearly as much (Qt polishes a reparented widget again). So the keyboards
live in the window, in this dock between the pages and the bottom bar, where the
page's own keyboard used to be drawn: one, its letters those of the session's language
(changed on the kept keys when the script changes) and their size that of the text
size (set on the kept keys when it changes). A
text step's page borrows one (:meth:`KeyboardDock.lend`); the window shows it with
that page (:meth:`KeyboardDock.show_for`) and takes it back for any other page.

A kept keyboard holds nothing of the resident's: keys type into the borrowing page's
field, and :meth:`OnScreenKeyboard.release` drops the field, Shift and the layer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from kiosk.ui.keyboard import OnScreenKeyboard
    from kiosk.ui.theme import Metrics

#: Keyboards kept at once: one for each size of key. The keys' size is the screen's
#: (the smallest target a finger hits), not the text size's. One keyboard for each text
#: size was kept before: each took 1.2 MB, built at the first text step at that size,
#: often long after the kiosk started (issue 19: RSS growth after the first visits).
KEPT = 1


class KeyboardDock(QWidget):
    """Holds the kept keyboards and shows the one lent to the page on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardDock")
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._kept: dict[tuple[object, ...], OnScreenKeyboard] = {}  # oldest first
        self._lent: OnScreenKeyboard | None = None
        self._borrower: QObject | None = None
        self._connection: QMetaObject.Connection | None = None
        self.hide()

    def lend(
        self, metrics: Metrics, lang: str, borrower: QObject, on_key: Callable[[str], None]
    ) -> OnScreenKeyboard:
        """A keyboard for ``borrower``'s field at ``metrics``' sizes in ``lang``'s
        letters, its keys said through ``on_key``; the last borrower's is taken back."""
        # At the first text step, not at start: the attract screen needs no keys.
        from kiosk.ui.keyboard import OnScreenKeyboard
        from kiosk.ui.keyboard_layouts import layout_for

        self.take_back()
        layout = layout_for(lang)
        size = (metrics.target_px, metrics.gap_px)
        keyboard = self._kept.pop(size, None)
        if keyboard is None:
            keyboard = OnScreenKeyboard(*size, metrics.chrome_px, self, layout=layout)
            keyboard.hide()
            self._box.addWidget(keyboard)
        else:  # the last visit's may have been in another script, at another text size
            keyboard.use_layout(layout)
            if keyboard.font_px != metrics.chrome_px:
                keyboard.set_font_px(metrics.chrome_px)
        self._kept[size] = keyboard  # the most recently used last
        while len(self._kept) > KEPT:
            oldest = self._kept.pop(next(iter(self._kept)))
            self._box.removeWidget(oldest)
            oldest.deleteLater()
        # Where the page's footer put it: the page's side margins, a gap below, and the
        # page's spacing above (the field's gap to the keys, A13; the borrowing page
        # gives up its empty footer's margin for it).
        self._box.setContentsMargins(
            metrics.margin_px, metrics.gap_px, metrics.margin_px, metrics.gap_px
        )
        self._lent, self._borrower = keyboard, borrower
        self._connection = keyboard.key_pressed.connect(on_key)
        return keyboard

    def take_back(self) -> None:
        """The lent keyboard back: hidden, no field, no Continue, nothing said; the
        dock hidden (a page is fitted to the room it has: the window takes the
        keyboard back before it builds the next page)."""
        self.hide()
        keyboard, self._lent, self._borrower = self._lent, None, None
        if keyboard is None:
            return
        if self._connection is not None:
            QObject.disconnect(self._connection)
            self._connection = None
        keyboard.release()
        keyboard.hide()

    def show_for(self, page: QObject) -> None:
        """``page`` is on screen now: its keyboard shows; none for another page."""
        if self._lent is None or self._borrower is not page:
            self.take_back()
            return
        for keyboard in self._kept.values():
            keyboard.setVisible(keyboard is self._lent)
        self.show()
        adopted = self._lent.adopted()
        last = _last_focusable(page) if isinstance(page, QWidget) else None
        if adopted is not None and last is not None:
            # The keypad goes from the page's field on to its Continue, as when the
            # keyboard was the page's own (the dock is elsewhere in the window's chain).
            QWidget.setTabOrder(last, adopted)

    # As low as the keys allow, as the page's own footer squeezed the keyboard: at
    # 200 % the page above needs every pixel for the question and the field. (A
    # Continue whose words wrap asks for more height than a key; while it still had
    # the page's padding, that hid the question at 200 %.)
    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._lent is not None:
            margins = self._box.contentsMargins()
            keys = self._lent.minimumSizeHint().height()
            hint.setHeight(keys + margins.top() + margins.bottom())
        return hint

    def hasHeightForWidth(self) -> bool:
        return False

    def lent(self) -> OnScreenKeyboard | None:
        return self._lent


def _last_focusable(page: QWidget) -> QWidget | None:
    """The last control of ``page`` that the keypad (Tab) reaches."""
    last, widget = None, page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = widget
        widget = widget.nextInFocusChain()
    return last
