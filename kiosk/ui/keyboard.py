"""The on-screen keyboard: a touch aid for typing into one text field.

Finnish/Swedish letters plus a numbers-and-symbols layer. Keys are large (the theme
computes ``key_px`` so that a key is at least 16 mm and ``gap_px`` so keys are at least
4 mm apart), never auto-repeat, and never take keyboard focus: the resident's physical
keypad keeps moving between the page's own controls, and the field being edited keeps
its focus and cursor while keys are tapped.

Styling (colours, borders, the look of a pressed Shift key via ``:checked``) belongs
to the theme's stylesheet; objects are named ``onScreenKeyboard`` and ``key_<name>``
(see :func:`key_name`). Do not give keys ``min-width``/``min-height`` or ``font-size``
in the stylesheet: that would override the sizes set here.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.keyboard_layouts import LATIN, Layout

# Layer names (also sent with ``key_pressed`` when the layer is switched).
LETTERS = "letters"
NUMBERS = "numbers"

# Character rows of each layer. Every character key types exactly one character.
LETTER_ROWS: tuple[str, ...] = LATIN  # other scripts: kiosk/ui/keyboard_layouts.py
NUMBER_ROWS: tuple[str, ...] = ("1234567890", "@#&()/:;?!", "+=*\"'_€%")

# Identifiers sent with ``key_pressed`` (besides a typed character itself, which is
# always exactly one character long, so the two can never be confused).
SPACE = "space"
BACKSPACE = "backspace"
ENTER = "enter"
SHIFT_ON = "shift_on"
SHIFT_OFF = "shift_off"
# A character key was tapped but the field is at its ``maxLength``; nothing typed.
FULL = "full"
# The field refused the input (read-only, disabled, validator or input mask).
REJECTED = "rejected"
# A character was typed into a password field: do not say which one aloud.
SECRET = "secret"

# Names for characters that cannot stand in an objectName / stylesheet id selector.
_CHAR_NAMES: dict[str, str] = {
    "å": "aring",
    "ä": "auml",
    "ö": "ouml",
    ",": "comma",
    ".": "period",
    "-": "minus",
    "@": "at",
    "#": "numbersign",
    "&": "ampersand",
    "(": "parenleft",
    ")": "parenright",
    "/": "slash",
    ":": "colon",
    ";": "semicolon",
    "?": "question",
    "!": "exclam",
    "+": "plus",
    "=": "equal",
    "*": "asterisk",
    '"': "quotedbl",
    "'": "apostrophe",
    "_": "underscore",
    "€": "euro",
    "%": "percent",
}

# Width of the special keys in key units (one unit = one character key).
_UNITS: dict[str, float] = {
    "shift": 1.5,
    "backspace": 1.5,
    "numbers": 2.0,
    "letters": 2.0,
    "space": 6.0,
    "done": 3.0,
    "latin": 2.0,
    "email_at": 1.5,
    "dot_fi": 1.5,
    "dot_com": 1.5,
}
#: Keys shown only for an e-mail address (issue 14), on the letters layer: what each
#: types. "@" is otherwise on the 123 layer only.
EMAIL = "email"
EMAIL_KEYS: dict[str, str] = {"email_at": "@", "dot_fi": ".fi", "dot_com": ".com"}


def key_name(char: str) -> str:
    """The ``<name>`` part of the objectName ``key_<name>`` of the key typing ``char``.

    ASCII letters and digits are their own name (``key_q``, ``key_1``); other
    characters use the names in ``_CHAR_NAMES`` (``key_aring`` for å, ``key_comma``).
    The special keys are ``shift``, ``backspace``, ``space``, ``numbers`` (label
    "123"), ``letters`` (label "ABC") and ``done``.
    """
    return _CHAR_NAMES.get(char, char)


# Key names of the letter layer's character keys (their labels follow Shift).
LETTER_ROWS_NAMES: tuple[str, ...] = tuple(key_name(c) for row in LETTER_ROWS for c in row)


def _utf16_len(text: str) -> int:
    """Length as Qt counts it (QLineEdit.maxLength is in UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _label_size(key: QPushButton) -> QSize:
    """Size ``key`` needs to show its label in full (font, style and stylesheet padding).

    Not ``sizeHint()``: styles give every labelled push button a minimum hint width
    (80 px in Fusion), which says nothing about whether a one-letter label fits.
    """
    option = QStyleOptionButton()
    key.initStyleOption(option)
    option.text = ""  # the label's size is passed as the contents size instead
    contents = key.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, key.text())
    return key.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, contents, key)


class OnScreenKeyboard(QWidget):
    """A touch keyboard that types into one QLineEdit or QPlainTextEdit.

    Placement: put the keyboard in the page's layout *below* the field it edits,
    never as an overlay or a floating window, so it can never cover the focused
    field. Use :meth:`fits_in_width` to check that it fits the page at the current
    text size; if it does not, give the keys a smaller font (:meth:`set_font_px`).

    Rows (letters layer | numbers layer; shared keys exist once, the other layer's
    keys are hidden and take no space):

        q w e r t y u i o p å          | 1 2 3 4 5 6 7 8 9 0
        a s d f g h j k l ö ä          | @ # & ( ) / : ; ? !
        Shift z x c v b n m , . - Backspace | + = * " ' _ € % Backspace
        123 Space Done                 | ABC Space Done

    Keys stretch to fill the width they are given but never get narrower than
    ``key_px`` (wide keys: their key units times ``key_px`` plus the gaps they
    span) nor than their label needs, so the keyboard's minimum width is
    :meth:`required_width`.

    Signals:
        key_pressed(str): after every key that did something, for speech: the typed
            character itself, or one of the identifiers ``space``, ``backspace``,
            ``enter``, ``shift_on``, ``shift_off``, ``numbers``, ``letters``,
            ``full``, ``rejected``, ``secret`` (module constants of the same names).
        done(): Done/Enter was tapped (after ``key_pressed("enter")``).

    With no target (``set_target(None)``) every key does nothing and emits nothing.
    """

    key_pressed = Signal(str)
    done = Signal()

    def __init__(
        self,
        key_px: int,
        gap_px: int,
        font_px: int,
        parent: QWidget | None = None,
        layout: Layout | None = None,
    ) -> None:
        super().__init__(parent)
        # The session language's letters (kiosk/ui/keyboard_layouts.py, issue 17); one
        # in another script has a "latin" key to the Latin rows and back.
        self._layout = layout or Layout(LETTER_ROWS)
        self._letter_rows = self._layout.rows
        if key_px < 1 or gap_px < 0 or font_px < 1:
            raise ValueError(f"bad keyboard metrics: {key_px=}, {gap_px=}, {font_px=}")
        self.setObjectName("onScreenKeyboard")
        self._key_px = key_px
        self._gap_px = gap_px
        self._target: QLineEdit | QPlainTextEdit | None = None
        self._layer = LETTERS
        self._shifted = False
        self._keys: dict[str, QPushButton] = {}
        self._chars: dict[str, str] = {}  # key name -> character it types (unshifted)
        self._layer_of: dict[str, str | None] = {}  # None: key is in both layers
        self._rows: list[list[str]] = []
        self._base_width: dict[str, int] = {}  # key name -> minimum width from key units
        self._adopted: QWidget | None = None  # the page's Continue, where Done was
        self._email = False  # "@", ".fi" and ".com" shown (an e-mail field)
        #: The keys are measured again as the keyboard shows: they changed while it was
        #: hidden, or were measured before the style sheet polished them.
        self._keys_stale = False
        self.set_font_px(font_px)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._build()
        self.retranslate()  # also sets the keys' minimum sizes
        self._apply_layer()

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self._box = outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(self._gap_px)

        rows: list[QHBoxLayout] = []
        for _ in range(4):
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(self._gap_px)
            outer.addLayout(row)
            rows.append(row)
            self._rows.append([])
        # Kept, not looked up: ``self._box.itemAt(3).layout()`` gives Python a wrapper
        # for every key's layout item, kept by the outer layout long after the item is
        # gone (a leak of a kept keyboard, issue 19).
        self._space_row = rows[3]
        self._row_boxes = rows

        # Both layers share the rows; the keys of the hidden layer are hidden and
        # take no space. Shared keys (backspace, space, done) exist only once.
        self._add_special(2, rows[2], "shift", LETTERS)
        self._keys["shift"].setCheckable(True)
        for index, (letters, numbers) in enumerate(
            zip(self._letter_rows, NUMBER_ROWS, strict=True)
        ):
            for char in letters:
                self._add_char(index, rows[index], char, LETTERS)
            for char in numbers:
                self._add_char(index, rows[index], char, NUMBERS)
        self._add_special(2, rows[2], "backspace", None)
        self._add_special(3, rows[3], "numbers", LETTERS)
        self._add_special(3, rows[3], "letters", NUMBERS)
        if not self._layout.latin:
            self._add_special(3, rows[3], "latin", LETTERS)
        for name, text in EMAIL_KEYS.items():
            self._add_special(3, rows[3], name, EMAIL)
            self._keys[name].setText(text)
            self._keys[name].setAccessibleName(text)
        self._add_special(3, rows[3], "space", None)
        self._add_special(3, rows[3], "done", None)

    def _rebuild(self, rows: tuple[str, ...]) -> None:
        """The letter ``rows`` (the script's or Latin) on the keys from now on.

        The keys stay and take the new letters in place; a row that grows gets new keys
        at its end, one that shrinks loses its last. Built anew, the ~75 keys took
        25 ms, on the first text step of every visit in another script than the last
        one's, and on every tap of the Latin key (issue 19)."""
        for index, letters in enumerate(rows):
            row = self._rows[index]
            names = [n for n in row if self._layer_of[n] == LETTERS and n in self._chars]
            keys = [self._keys.pop(n) for n in names]
            for name in names:
                del self._chars[name], self._layer_of[name], self._base_width[name]
            at = row.index(names[0]) if names else (1 if index == 2 else 0)  # after Shift
            del row[at : at + len(names)]
            for char in letters:  # the old keys first, then new ones
                if not keys:  # the row is longer now
                    self._add_char(index, self._row_boxes[index], char, LETTERS, at)
                    at += 1
                    continue
                name, key = key_name(char), keys.pop(0)
                key.setObjectName(f"key_{name}")
                self._keys[name], self._layer_of[name] = key, LETTERS
                self._chars[name], self._base_width[name] = char, self._key_px
                self._set_char_label(key, char)
                row.insert(at, name)
                at += 1
            for key in keys:  # the row is shorter now
                key.hide()
                self._row_boxes[index].removeWidget(key)
                key.deleteLater()  # it may be the key being pressed
        self._letter_rows, self._shifted = rows, False
        self._keys["shift"].setChecked(False)
        self._use_latin_key(not self._layout.latin)
        self.retranslate()
        self._apply_layer()

    def _use_latin_key(self, wanted: bool) -> None:
        """The key to the Latin rows and back: only on a keyboard of another script."""
        if wanted == ("latin" in self._keys):
            return
        row = self._rows[3]
        if wanted:  # where _build puts it: after "ABC"
            self._add_special(3, self._space_row, "latin", LETTERS, row.index("letters") + 1)
            return
        key = self._keys.pop("latin")
        del self._layer_of["latin"], self._base_width["latin"]
        row.remove("latin")
        key.hide()
        self._space_row.removeWidget(key)
        key.deleteLater()

    def _new_key(self, name: str, units: float, layer: str | None) -> QPushButton:
        key = QPushButton(self)
        key.setObjectName(f"key_{name}")
        key.setAutoRepeat(False)  # holding a key types once
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus
        key.setAutoDefault(False)  # never the default button of a dialog
        key.setDefault(False)
        width = round(units * self._key_px + (units - 1) * self._gap_px)
        self._base_width[name] = max(width, self._key_px)
        key.setMinimumSize(self._base_width[name], self._key_px)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setFont(self.font())
        self._keys[name] = key
        self._layer_of[name] = layer
        return key

    def _add_char(
        self, row_index: int, row: QBoxLayout, char: str, layer: str, at: int | None = None
    ) -> None:
        """A key typing ``char`` at the end of the row, or at place ``at`` in it."""
        name = key_name(char)
        key = self._new_key(name, 1.0, layer)
        self._chars[name] = char
        self._set_char_label(key, char)
        # By the key's name when tapped: another script's letters rename it (_rebuild).
        key.clicked.connect(lambda: self._press(key.objectName().removeprefix("key_")))
        self._place(row_index, row, name, key, 2, at)

    def _add_special(
        self,
        row_index: int,
        row: QBoxLayout,
        name: str,
        layer: str | None,
        at: int | None = None,
    ) -> None:
        units = _UNITS[name]
        key = self._new_key(name, units, layer)
        key.clicked.connect(lambda: self._press(name))
        self._place(row_index, row, name, key, round(units * 2), at)

    def _place(
        self,
        row_index: int,
        row: QBoxLayout,
        name: str,
        key: QPushButton,
        stretch: int,
        at: int | None,
    ) -> None:
        """``key`` into the row's layout and its list of names, at the end or at ``at``."""
        if at is None:
            row.addWidget(key, stretch)
            self._rows[row_index].append(name)
        else:
            row.insertWidget(at, key, stretch)
            self._rows[row_index].insert(at, name)

    @staticmethod
    def _set_char_label(key: QPushButton, char: str) -> None:
        key.setText(char.replace("&", "&&"))  # a lone & would be a mnemonic marker
        key.setAccessibleName(char)

    # -- translation ----------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the (translatable) labels and accessible names of the special keys."""
        texts = {
            "shift": (self.tr("Shift"), self.tr("Shift")),
            "backspace": (self.tr("Backspace"), self.tr("Backspace")),
            "space": (self.tr("Space"), self.tr("Space")),
            "done": (self.tr("Done"), self.tr("Done")),
            "numbers": (self.tr("123", "key label: switch to numbers"), self.tr("Numbers")),
            "letters": (self.tr("ABC", "key label: switch to letters"), self.tr("Letters")),
        }
        if "latin" in self._keys:  # "ABC" in the script's rows, its letters in Latin
            on_latin = self._letter_rows != self._layout.rows
            label = self._layout.script_label if on_latin else "ABC"
            texts["latin"] = (label, label)
        for name, (label, accessible) in texts.items():
            key = self._keys[name]
            key.setText(label.replace("&", "&&"))
            key.setAccessibleName(accessible)
        self._update_minimum_sizes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_minimum_sizes()

    def showEvent(self, event: QShowEvent) -> None:
        # Shown with its page, the keys are polished by now. A kept keyboard shown by
        # the dock was measured as it showed (setVisible) and is not measured twice.
        if self._keys_stale:
            self._size_keys()
        super().showEvent(event)

    def _update_minimum_sizes(self) -> None:
        """Each key: at least its key-unit width and ``key_px`` high, and its whole label.

        Not while the keyboard is hidden: it sizes its keys when it is shown again
        (:meth:`setVisible`). A kept keyboard waits hidden in the dock (issue 19), and
        every restyle and language change sent it about 20 style, font and language
        changes, each one measuring all its keys again (1.3 ms): about 30 ms of every
        text-size change and every session's end went to keyboards nobody saw."""
        if not hasattr(self, "_base_width"):
            return  # a change event during construction, before the keys exist
        if self.isHidden():
            self._keys_stale = True
            return
        self._size_keys()

    def setVisible(self, visible: bool) -> None:
        if visible and self._keys_stale:
            self._size_keys()  # before its layout places the keys, as it shows
        super().setVisible(visible)

    def _size_keys(self) -> None:
        self._keys_stale = not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
        for name, key in self._keys.items():
            label = _label_size(key)
            key.setMinimumSize(
                max(self._base_width[name], label.width()), max(self._key_px, label.height())
            )
        adopted = getattr(self, "_adopted", None)
        if adopted is not None:  # as high as its words need at the keys' font
            adopted.ensurePolished()
            adopted.setMinimumHeight(max(self._key_px, adopted.sizeHint().height()))

    # -- public API -------------------------------------------------------------------

    def set_target(self, widget: QLineEdit | QPlainTextEdit | None) -> None:
        """Type into ``widget`` from now on; ``None``: keys do nothing. Clears Shift."""
        if widget is not None and not isinstance(widget, QLineEdit | QPlainTextEdit):
            raise TypeError(f"target must be a QLineEdit or QPlainTextEdit, not {widget!r}")
        self._target = widget
        self._set_shifted(False)

    def adopt_done(self, button: QWidget) -> None:
        """Put the page's own Continue ``button`` where Done was (issue 14): one button,
        one word for "I have written it", in the row by the space bar, so it takes no
        line of its own above the keyboard. The Done key is gone for good."""
        done = self._keys["done"]
        row = self._space_row
        self._layer_of["done"] = "adopted"  # in neither layer: never shown again
        done.hide()
        policy = button.sizePolicy()  # keeps its height for its width (wrapped words)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        button.setSizePolicy(policy)
        row.insertWidget(row.indexOf(done), button, round(_UNITS["done"] * 2))
        # A button the page had already polished keeps the page's style (its padding,
        # cached by the style sheet) after the move into a kept, polished keyboard
        # (issue 19): polished again, the keys' padding holds, and with its StyleChange
        # its words get the room inside it (they were cut off at the bottom).
        style = button.style()
        style.unpolish(button)
        style.polish(button)
        QApplication.sendEvent(button, QEvent(QEvent.Type.StyleChange))
        self._adopted = button
        self._update_minimum_sizes()

    def release(self) -> None:
        """Ready for the next page that borrows this keyboard (KeyboardDock): no field
        to type into, the letters layer, no Shift, no e-mail keys, the script's own
        letters, and no Continue: the last page's button, adopted by :meth:`adopt_done`,
        goes with its page (the Done key stays hidden: the next page brings its own)."""
        self.set_target(None)
        adopted, self._adopted = self._adopted, None
        if adopted is not None:
            adopted.hide()
            self._space_row.removeWidget(adopted)  # where Done was
            adopted.deleteLater()
        if self._letter_rows != self._layout.rows:
            self._rebuild(self._layout.rows)  # the resident had gone over to Latin
        self._email = False
        self._layer = LETTERS
        self._apply_layer()

    def use_layout(self, layout: Layout) -> None:
        """Letters of another language's script from now on (a kept keyboard, issue
        19), on the keys it has."""
        if layout == self._layout:
            return
        self._layout = layout
        self._rebuild(layout.rows)

    def adopted(self) -> QWidget | None:
        """The page's Continue where Done was (:meth:`adopt_done`), if any."""
        return self._adopted

    def target(self) -> QLineEdit | QPlainTextEdit | None:
        """The field being typed into, or None (also once that field is deleted)."""
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    @property
    def layer(self) -> str:
        """``"letters"`` or ``"numbers"``."""
        return self._layer

    def set_layer(self, layer: str) -> None:
        """Show the ``"letters"`` or ``"numbers"`` layer (e.g. numbers for a card number)."""
        if layer not in (LETTERS, NUMBERS):
            raise ValueError(f"unknown keyboard layer {layer!r}")
        self._layer = layer
        self._set_shifted(False)
        self._apply_layer()

    @property
    def shifted(self) -> bool:
        """True while the next letter will be a capital."""
        return self._shifted

    @property
    def key_px(self) -> int:
        return self._key_px

    @property
    def gap_px(self) -> int:
        return self._gap_px

    @property
    def font_px(self) -> int:
        return self._font_px

    def key(self, name: str) -> QPushButton:
        """The key named ``name`` (see :func:`key_name`); KeyError if there is none."""
        return self._keys[name]

    def all_keys(self) -> list[QPushButton]:
        """Every key of both layers, including the ones hidden in the other layer."""
        return list(self._keys.values())

    def set_font_px(self, font_px: int) -> None:
        """Use a font ``font_px`` pixels high on the keys (key sizes do not change)."""
        if font_px < 1:
            raise ValueError(f"bad font size {font_px}")
        self._font_px = font_px
        font = QFont(self.font())
        font.setPixelSize(font_px)
        self.setFont(font)
        # Set on each key too: a key matched by a stylesheet rule does not inherit
        # its parent's font (a stylesheet font-size still wins; the theme should not
        # set one on keys).
        for key in self._keys.values():
            key.setFont(font)
        if self._keys:
            self._update_minimum_sizes()

    def required_width(self) -> int:
        """Width in pixels the widest row needs, gaps included, at the current font.

        A key needs the larger of its key-unit width and the width its label needs;
        this is also the keyboard's minimum width in a layout.
        """
        self.ensurePolished()
        self._size_keys()
        widest = 0
        for layer in (LETTERS, NUMBERS):
            for row in self._rows:
                keys = [self._keys[n] for n in row if self._layer_of[n] in (None, layer)]
                if not keys:
                    continue
                width = sum(k.minimumWidth() for k in keys)
                widest = max(widest, width + self._gap_px * (len(keys) - 1))
        margins = self.contentsMargins()
        layout_margins = self._box.contentsMargins()
        return (
            widest
            + margins.left()
            + margins.right()
            + layout_margins.left()
            + layout_margins.right()
        )

    def fits_in_width(self, width_px: int) -> bool:
        """True if every row fits in ``width_px`` with no key below ``key_px``."""
        return self.required_width() <= width_px

    # -- behaviour ---------------------------------------------------------------------

    def set_email(self, email: bool) -> None:
        """Show "@", ".fi" and ".com" on the letters layer while an e-mail address is
        typed (issue 14)."""
        self._email = email
        self._apply_layer()

    def _apply_layer(self) -> None:
        for name, key in self._keys.items():
            layer = self._layer_of[name]
            if layer == EMAIL:
                key.setHidden(not (getattr(self, "_email", False) and self._layer == LETTERS))
                continue
            key.setHidden(layer is not None and layer != self._layer)
        if not any(c.upper() != c for c in "".join(self._letter_rows)):
            self._keys["shift"].hide()  # Arabic letters have no capitals: Shift does nothing

    def _set_shifted(self, shifted: bool) -> None:
        self._keys["shift"].setChecked(shifted)
        if shifted == self._shifted:
            return
        self._shifted = shifted
        letters = [
            n for n, layer in self._layer_of.items() if layer == LETTERS and n in self._chars
        ]
        for name in letters:
            self._set_char_label(self._keys[name], self._char_for(name))
        self._update_minimum_sizes()

    def _char_for(self, name: str) -> str:
        char = self._chars[name]
        if self._shifted:
            upper = char.upper()
            if len(upper) == 1:
                return upper
        return char

    def _press(self, name: str) -> None:
        target = self.target()
        if target is None:
            # Keep a checkable key's look in step with the (unchanged) state.
            self._keys["shift"].setChecked(self._shifted)
            return
        if name in self._chars:
            if self._type(target, self._char_for(name)):
                self._set_shifted(False)
        elif name in EMAIL_KEYS:
            self._type(target, EMAIL_KEYS[name])
        elif name == "space":
            self._type(target, " ", SPACE)
        elif name == "backspace":
            self._backspace(target)
        elif name == "shift":
            self._set_shifted(not self._shifted)
            self.key_pressed.emit(SHIFT_ON if self._shifted else SHIFT_OFF)
        elif name in (NUMBERS, LETTERS):
            self.set_layer(name)
            self.key_pressed.emit(name)
        elif name == "done":
            self.key_pressed.emit(ENTER)
            self.done.emit()
        elif name == "latin":
            latin = self._letter_rows == self._layout.rows
            self._rebuild(LETTER_ROWS if latin else self._layout.rows)
            self.key_pressed.emit(LETTERS)

    def _type(
        self, target: QLineEdit | QPlainTextEdit, text: str, spoken: str | None = None
    ) -> bool:
        """Insert ``text`` at the cursor; emit ``key_pressed``; True if it was typed."""
        spoken = text if spoken is None else spoken
        if not target.isEnabled() or target.isReadOnly():
            self.key_pressed.emit(REJECTED)
            return False
        if isinstance(target, QLineEdit):
            if not target.inputMask():
                kept = _utf16_len(target.text()) - _utf16_len(target.selectedText())
                if kept + _utf16_len(text) > target.maxLength():
                    self.key_pressed.emit(FULL)
                    return False
            had_selection = target.hasSelectedText()
            before = (target.text(), target.cursorPosition())
            target.insert(text)  # validates, respects maxLength and input masks
            if not had_selection and (target.text(), target.cursorPosition()) == before:
                self.key_pressed.emit(REJECTED)
                return False
            if target.echoMode() != QLineEdit.EchoMode.Normal:
                spoken = SECRET
        else:
            target.insertPlainText(text)
            target.ensureCursorVisible()
        self.key_pressed.emit(spoken)
        return True

    def _backspace(self, target: QLineEdit | QPlainTextEdit) -> None:
        if not target.isEnabled() or target.isReadOnly():
            self.key_pressed.emit(REJECTED)
            return
        if isinstance(target, QLineEdit):
            target.backspace()  # the selection, else one character before the cursor
        else:
            cursor = target.textCursor()
            cursor.deletePreviousChar()
            target.setTextCursor(cursor)
            target.ensureCursorVisible()
        self.key_pressed.emit(BACKSPACE)
