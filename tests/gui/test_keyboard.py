"""The on-screen keyboard: typing, layers, focus, sizes, signals, translation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.ui.keyboard import (
    EMAIL_KEYS,
    FULL,
    LETTER_ROWS,
    NUMBER_ROWS,
    REJECTED,
    SECRET,
    OnScreenKeyboard,
    key_name,
)

pytestmark = pytest.mark.gui

KEY_PX = 60
GAP_PX = 16
FONT_PX = 24


class Page(QWidget):
    """A field with the keyboard below it in a layout, as a page would place it."""

    def __init__(self, field: QLineEdit | QPlainTextEdit) -> None:
        super().__init__()
        self.field = field
        self.keyboard = OnScreenKeyboard(KEY_PX, GAP_PX, FONT_PX)
        layout = QVBoxLayout(self)
        layout.addWidget(field)
        layout.addWidget(self.keyboard)
        self.keyboard.set_target(field)


def _show(qtbot, field: QLineEdit | QPlainTextEdit | None = None) -> Page:
    page = Page(field if field is not None else QLineEdit())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.field.setFocus()
    qtbot.waitUntil(page.field.hasFocus)
    return page


@pytest.fixture
def page(qtbot) -> Page:
    return _show(qtbot)


def tap(qtbot, kb: OnScreenKeyboard, name: str) -> None:
    key = kb.key(name)
    assert key.isVisible(), f"key_{name} is not on screen"
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def tap_char(qtbot, kb: OnScreenKeyboard, char: str) -> None:
    tap(qtbot, kb, key_name(char))


@pytest.mark.parametrize("char", ["å", "ä", "ö"])
def test_types_nordic_letters(qtbot, page, char):
    tap_char(qtbot, page.keyboard, char)
    assert page.field.text() == char


def test_types_every_letter_key(qtbot, page):
    for row in LETTER_ROWS:
        for char in row:
            tap_char(qtbot, page.keyboard, char)
    assert page.field.text() == "".join(LETTER_ROWS)


def test_types_every_number_layer_key(qtbot, page):
    tap(qtbot, page.keyboard, "numbers")
    for row in NUMBER_ROWS:
        for char in row:
            tap_char(qtbot, page.keyboard, char)
    assert page.field.text() == "".join(NUMBER_ROWS)


def test_ampersand_label_is_not_a_mnemonic(page):
    key = page.keyboard.key("ampersand")
    assert key.text() == "&&"  # shows a single "&"
    assert key.accessibleName() == "&"


def test_inserts_at_cursor(qtbot, page):
    page.field.setText("kisa")
    page.field.setCursorPosition(1)
    tap_char(qtbot, page.keyboard, "ä")
    assert page.field.text() == "käisa"
    assert page.field.cursorPosition() == 2


def test_shift_types_one_capital_then_lower(qtbot, page):
    kb = page.keyboard
    tap(qtbot, kb, "shift")
    assert kb.shifted
    assert kb.key("shift").isChecked()
    assert kb.key("aring").text() == "Å"
    assert kb.key("aring").accessibleName() == "Å"
    tap_char(qtbot, kb, "å")
    assert not kb.shifted
    assert not kb.key("shift").isChecked()
    assert kb.key("aring").text() == "å"
    tap_char(qtbot, kb, "s")
    assert page.field.text() == "Ås"


def test_shift_toggles_off(qtbot, page):
    kb = page.keyboard
    tap(qtbot, kb, "shift")
    tap(qtbot, kb, "shift")
    assert not kb.shifted
    assert not kb.key("shift").isChecked()
    tap_char(qtbot, kb, "a")
    assert page.field.text() == "a"


def test_shift_leaves_punctuation_alone(qtbot, page):
    tap(qtbot, page.keyboard, "shift")
    tap_char(qtbot, page.keyboard, ",")
    assert page.field.text() == ","


def test_numbers_layer_and_back(qtbot, page):
    kb = page.keyboard
    assert kb.layer == "letters"
    assert kb.key("q").isVisible()
    assert not kb.key("1").isVisible()
    assert not kb.key("letters").isVisible()
    tap(qtbot, kb, "numbers")
    assert kb.layer == "numbers"
    assert not kb.key("q").isVisible()
    assert not kb.key("shift").isVisible()
    assert kb.key("backspace").isVisible()
    assert kb.key("space").isVisible()
    assert kb.key("done").isVisible()
    tap_char(qtbot, kb, "1")
    tap_char(qtbot, kb, "€")
    tap(qtbot, kb, "letters")
    assert kb.layer == "letters"
    assert kb.key("q").isVisible()
    tap_char(qtbot, kb, "q")
    assert page.field.text() == "1€q"


def test_backspace_deletes_one_char_before_cursor(qtbot, page):
    page.field.setText("abc")
    page.field.setCursorPosition(2)
    tap(qtbot, page.keyboard, "backspace")
    assert page.field.text() == "ac"
    assert page.field.cursorPosition() == 1
    tap(qtbot, page.keyboard, "backspace")
    tap(qtbot, page.keyboard, "backspace")  # nothing left before the cursor
    assert page.field.text() == "c"


def test_space(qtbot, page):
    tap_char(qtbot, page.keyboard, "a")
    tap(qtbot, page.keyboard, "space")
    tap_char(qtbot, page.keyboard, "b")
    assert page.field.text() == "a b"


def test_max_length_respected(qtbot, page):
    page.field.setMaxLength(3)
    received: list[str] = []
    page.keyboard.key_pressed.connect(received.append)
    for char in "abcd":
        tap_char(qtbot, page.keyboard, char)
    tap(qtbot, page.keyboard, "space")
    assert page.field.text() == "abc"
    assert received == ["a", "b", "c", FULL, FULL]


def test_selection_is_replaced_even_when_full(qtbot, page):
    page.field.setMaxLength(3)
    page.field.setText("abc")
    page.field.setSelection(1, 1)
    tap_char(qtbot, page.keyboard, "x")
    assert page.field.text() == "axc"


def test_validator_refusal_is_reported(qtbot, page):
    page.field.setInputMask("9999")
    page.field.setCursorPosition(0)
    received = []
    page.keyboard.key_pressed.connect(received.append)
    tap_char(qtbot, page.keyboard, "a")
    assert received == [REJECTED]


def test_read_only_target_is_not_changed(qtbot, page):
    page.field.setText("abc")
    page.field.setReadOnly(True)
    tap_char(qtbot, page.keyboard, "x")
    tap(qtbot, page.keyboard, "backspace")
    assert page.field.text() == "abc"


def test_password_characters_are_not_spoken(qtbot, page):
    page.field.setEchoMode(QLineEdit.EchoMode.Password)
    with qtbot.waitSignal(page.keyboard.key_pressed) as blocker:
        tap_char(qtbot, page.keyboard, "k")
    assert blocker.args == [SECRET]
    assert page.field.text() == "k"


def test_no_key_auto_repeats(page):
    keys = page.keyboard.all_keys()
    assert len(keys) == sum(map(len, LETTER_ROWS + NUMBER_ROWS)) + 6 + len(EMAIL_KEYS)
    assert not any(key.autoRepeat() for key in keys)


def test_holding_a_key_types_once(qtbot, page):
    key = page.keyboard.key("a")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.wait(key.autoRepeatDelay() + 4 * key.autoRepeatInterval() + 100)
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert page.field.text() == "a"


def test_keys_never_take_focus(qtbot, page):
    assert page.field.hasFocus()
    for key in page.keyboard.all_keys():
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus, key.objectName()
        assert not key.autoDefault()
    for name in ("a", "shift", "b", "space", "backspace", "numbers", "1", "letters", "done"):
        tap(qtbot, page.keyboard, name)
        assert page.field.hasFocus(), f"focus lost after key_{name}"
    assert page.field.text() == "aB1"


def test_key_sizes_and_names(page):
    kb = page.keyboard
    assert kb.objectName() == "onScreenKeyboard"
    names = [key.objectName() for key in kb.all_keys()]
    assert len(set(names)) == len(names)
    for key in kb.all_keys():
        assert key.objectName().startswith("key_")
        assert key.minimumWidth() >= KEY_PX, key.objectName()
        assert key.minimumHeight() >= KEY_PX, key.objectName()
        assert key.accessibleName().strip(), key.objectName()
    assert kb.key("space").minimumWidth() > 2 * KEY_PX
    assert kb.key("aring").accessibleName() == "å"
    assert kb.key("space").accessibleName() == "Space"
    assert kb.key("numbers").text() == "123"
    assert kb.key("numbers").accessibleName() == "Numbers"
    assert kb.key("letters").text() == "ABC"
    assert kb.key("letters").accessibleName() == "Letters"


def test_shown_keys_are_at_least_key_px_and_gap_apart(qtbot, page):
    for layer in ("letters", "numbers"):
        page.keyboard.set_layer(layer)
        qtbot.wait(0)
        shown = [k for k in page.keyboard.all_keys() if k.isVisible()]
        for key in shown:
            assert key.width() >= KEY_PX and key.height() >= KEY_PX, key.objectName()
        for a in shown:
            for b in shown:
                if a is not b:
                    ra = a.geometry().adjusted(-GAP_PX + 1, -GAP_PX + 1, GAP_PX - 1, GAP_PX - 1)
                    assert not ra.intersects(b.geometry()), (a.objectName(), b.objectName())


def test_font_px(page):
    assert page.keyboard.key("q").font().pixelSize() == FONT_PX
    page.keyboard.set_font_px(18)
    assert page.keyboard.key("q").font().pixelSize() == 18


def test_fits_in_width(qtbot):
    kb = OnScreenKeyboard(KEY_PX, GAP_PX, 12)
    qtbot.addWidget(kb)
    # Widest row (letters, third): shift 1.5 + 10 letters + backspace 1.5 key units.
    at_least = 13 * KEY_PX + 11 * GAP_PX
    assert kb.required_width() >= at_least
    assert kb.fits_in_width(kb.required_width())
    assert not kb.fits_in_width(kb.required_width() - 1)
    assert not kb.fits_in_width(at_least - 1)
    # The layout never squeezes a row below what fits_in_width promised.
    assert kb.minimumSizeHint().width() == kb.required_width()


def test_fits_in_width_depends_on_font(qtbot):
    kb = OnScreenKeyboard(KEY_PX, GAP_PX, 12)
    qtbot.addWidget(kb)
    small = kb.required_width()
    kb.set_font_px(90)
    assert kb.required_width() > small
    assert not kb.fits_in_width(small)


def test_labels_are_never_clipped(qtbot):
    page = _show(qtbot)
    kb = page.keyboard
    kb.set_font_px(70)  # "Backspace" at 70 px is wider than 1.5 keys
    # The window's layout grows it to the keyboard's new minimum width.
    qtbot.waitUntil(lambda: kb.width() >= kb.required_width())
    assert kb.minimumSizeHint().width() == kb.required_width()
    for key in kb.all_keys():
        if key.isVisible():
            needed = key.fontMetrics().horizontalAdvance(key.text().replace("&&", "&"))
            assert key.width() > needed, key.objectName()
            assert key.height() >= key.fontMetrics().height(), key.objectName()
            assert key.width() >= KEY_PX and key.height() >= KEY_PX, key.objectName()


def test_a_keyboard_hidden_through_a_change_fits_its_labels_as_it_shows(qtbot):
    """A kept keyboard waits hidden while the text size changes (issue 19) and sizes
    its keys as it shows, before its layout places them: the first frame already
    has room for every label at the new size (no row laid out for the old one)."""
    page = _show(qtbot)
    kb = page.keyboard
    kb.hide()
    kb.set_font_px(70)  # "Backspace" at 70 px is wider than 1.5 keys
    kb.show()  # no event processed in between: this is the layout's first look
    laid_out = kb.minimumSizeHint().width()
    assert laid_out >= kb.required_width()
    for key in kb.all_keys():
        if key.isVisible():
            needed = key.fontMetrics().horizontalAdvance(key.text().replace("&&", "&"))
            assert key.minimumWidth() > needed, key.objectName()
            assert key.minimumHeight() >= key.fontMetrics().height(), key.objectName()


def test_font_and_sizes_survive_a_stylesheet(qtbot):
    page = Page(QLineEdit())
    qtbot.addWidget(page)
    page.setStyleSheet("#onScreenKeyboard QPushButton { padding: 2px 40px; }")
    page.show()
    qtbot.waitExposed(page)
    kb = page.keyboard
    assert kb.key("q").font().pixelSize() == FONT_PX
    assert kb.key("q").minimumWidth() >= KEY_PX
    # 40 px padding each side: a one-letter key now needs more than key_px.
    assert kb.key("q").minimumWidth() >= 80
    assert kb.minimumSizeHint().width() == kb.required_width()
    assert kb.width() >= kb.required_width()


def test_done_signal(qtbot, page):
    with qtbot.waitSignal(page.keyboard.done, timeout=1000):
        tap(qtbot, page.keyboard, "done")


def test_key_pressed_descriptions(qtbot, page):
    received: list[str] = []
    page.keyboard.key_pressed.connect(received.append)
    for name in ("a", "shift", "shift", "space", "backspace", "numbers", "1", "letters", "done"):
        tap(qtbot, page.keyboard, name)
    assert received == [
        "a",
        "shift_on",
        "shift_off",
        "space",
        "backspace",
        "numbers",
        "1",
        "letters",
        "enter",
    ]


def test_retranslate(qtbot, page):
    kb = page.keyboard
    kb.retranslate()
    assert kb.key("backspace").text() == "Backspace"

    class Finnish(QTranslator):
        words = {"Space": "Välilyönti", "Done": "Valmis", "Numbers": "Numerot"}

        def translate(self, context, source, disambiguation=None, n=-1):
            # None (a null QString): not translated here, Qt falls back to the source.
            return self.words.get(source) if context == "OnScreenKeyboard" else None

        def isEmpty(self):
            return False

    translator = Finnish()
    QCoreApplication.installTranslator(translator)
    try:
        # QApplication posts LanguageChange to the windows; wait for it to arrive.
        qtbot.waitUntil(lambda: kb.key("space").text() == "Välilyönti")
        assert kb.key("space").text() == "Välilyönti"
        assert kb.key("space").accessibleName() == "Välilyönti"
        assert kb.key("done").text() == "Valmis"
        assert kb.key("numbers").accessibleName() == "Numerot"
        assert kb.key("numbers").text() == "123"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: kb.key("space").text() == "Space")
    kb.key("done").setText("?")
    QCoreApplication.sendEvent(kb, QEvent(QEvent.Type.LanguageChange))
    assert kb.key("done").text() == "Done"


def test_no_target_keys_do_nothing(qtbot, page):
    kb = page.keyboard
    kb.set_target(None)
    assert kb.target() is None
    received: list[str] = []
    kb.key_pressed.connect(received.append)
    kb.done.connect(lambda: received.append("DONE"))
    for name in ("a", "space", "backspace", "shift", "done"):
        tap(qtbot, kb, name)
    assert page.field.text() == ""
    assert received == []
    assert not kb.shifted
    assert not kb.key("shift").isChecked()


def test_deleted_target_is_forgotten(qtbot):
    kb = OnScreenKeyboard(KEY_PX, GAP_PX, FONT_PX)
    qtbot.addWidget(kb)
    field = QLineEdit(kb)
    kb.set_target(field)
    field.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kb.key("a").click()  # must not raise
    assert kb.target() is None


def test_bad_target_type(qtbot):
    kb = OnScreenKeyboard(KEY_PX, GAP_PX, FONT_PX)
    qtbot.addWidget(kb)
    with pytest.raises(TypeError):
        kb.set_target(QWidget())


def test_plain_text_edit_target(qtbot):
    page = _show(qtbot, QPlainTextEdit())
    kb = page.keyboard
    for name in ("shift", "h", "aring", "space", "x", "backspace", "ouml"):
        tap(qtbot, kb, name)
    assert page.field.toPlainText() == "Hå ö"
    cursor = page.field.textCursor()
    cursor.setPosition(1)
    page.field.setTextCursor(cursor)
    tap(qtbot, kb, "backspace")
    tap_char(qtbot, kb, "ä")
    assert page.field.toPlainText() == "äå ö"
    assert page.field.hasFocus()
