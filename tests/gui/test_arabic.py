"""Issue 17: Arabic is written right to left. While it is on, the window is mirrored
(the bars, Back, the keyboard's rows), and numbers, times and Latin names inside an
Arabic line keep their own order (bidi isolates).

Geometry only, cheap: widget positions, and where Qt's text layout (what QLabel
paints with) puts each piece of a line.
"""

from __future__ import annotations

import re

import pytest
from helpers import find, settle, tap, tap_name, to_home
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.results_places import distance_words
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

RTL = Qt.LayoutDirection.RightToLeft


def left(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def bar_order(window) -> tuple[list[str], list[str]]:
    """The top and the bottom bar's buttons, left to right on the screen."""

    def order(buttons: dict[str, QWidget]) -> list[str]:
        return sorted(buttons, key=lambda name: left(buttons[name], window))

    return order(window.top.buttons), order(window.bottom.buttons)


def piece_x(text: str, piece: str, label: QLabel, at: int | None = None) -> int:
    """Where ``piece`` of ``text`` (its first, or the one at index ``at``) starts on
    the screen, from the left, when laid out on one line in the label's font and
    direction."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    runs = layout.glyphRuns(text.index(piece) if at is None else at, len(piece))
    return round(min(run.boundingRect().left() for run in runs))


def plain(text: str) -> str:
    """``text`` without its bidi isolates."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_arabic_mirrors_the_bars_and_the_keyboard(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    to_home(kiosk, "fi")
    top_ltr, bottom_ltr = bar_order(window)
    back = window.bottom.buttons["back"]
    back_left = left(back, window)

    window.top.language_clicked.emit()
    window.choose_language("ar")
    settle()
    assert QApplication.layoutDirection() == RTL
    top_rtl, bottom_rtl = bar_order(window)
    assert top_rtl == top_ltr[::-1]
    assert bottom_rtl == bottom_ltr[::-1]
    # Back, first in reading order, is now at the right edge: the mirror image.
    assert left(back, window) + back.width() == pytest.approx(window.width() - back_left, abs=2)

    tap_name(qtbot, window, "flow_library-hours")
    tap_name(qtbot, window, "option_other")
    assert window.screen_name == "step:library-hours:name"
    keyboard = window.page.keyboard
    names = ("ض", "ج", "د", "backspace", "numbers", "space", "done")
    keys = {name: left(keyboard.key(name), window) for name in names}
    # Each row runs right to left: its first key at the right (ج, first in reading
    # order, at the right end; ض at the left, where Arabic keyboards have it).
    assert keys["ج"] > keys["ض"]
    assert keys["د"] > keys["backspace"]
    assert keys["numbers"] > keys["space"] > keys["done"]
    # Arabic letters have no capitals: no Shift key.
    assert not keyboard.key("shift").isVisible()

    # And back: Finnish lays out left to right again.
    window.top.language_clicked.emit()
    window.choose_language("fi")
    settle()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert bar_order(window) == (top_ltr, bottom_ltr)


def hours_line(window) -> QLabel:
    """The first line of the week that has opening times (a time range)."""
    for label in window.page.findChildren(QLabel):
        if label.isVisible() and "–" in label.text() and ":00" in label.text():
            return label
    raise AssertionError("no line with opening times on the hours screen")


def test_numbers_and_latin_names_keep_their_order_in_arabic(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(lang="ar")
    window = kiosk.window
    to_home(kiosk, "ar")
    tap_name(qtbot, window, "flow_library-hours")
    tap(qtbot, find(window, BigButton, "option_here"))
    assert window.screen_name == "step:library-hours:hours_here"

    # "الاثنين 22/6: 10:00–20:00 …": the range reads 10:00–20:00 left to right, and
    # the date 22/6; the weekday (Arabic) stays at the right.
    label = hours_line(window)
    assert label.layoutDirection() == RTL
    text = label.text().split("\n")[0]
    start, end = re.findall(r"\d{1,2}:\d\d", text)[:2]
    assert piece_x(text, start, label) < piece_x(text, end, label), text
    day, date = plain(text).replace(":", " ").split()[:2]
    assert piece_x(text, date, label) < piece_x(text, day, label), text
    # Without the isolates the same line would show the range backwards: the check
    # sees what the isolates do.
    bare = plain(text)
    assert piece_x(bare, start, label) > piece_x(bare, end, label), bare

    # A Latin name in an Arabic sentence: "… مثلًا Kallio." with Kallio to the left
    # of "مثلًا" (before it in reading order) and its full stop to the left of it.
    window.bottom.buttons["back"].click()
    tap(qtbot, find(window, BigButton, "option_other"))
    body = next(
        label
        for label in window.page.findChildren(QLabel)
        if label.isVisible() and "Kallio" in label.text()
    )
    text = body.text()
    assert piece_x(text, "Kallio", body) < piece_x(text, "مثلًا", body), text
    stop = text.rindex(".")
    assert stop > text.index("Kallio")
    assert piece_x(text, ".", body, at=stop) < piece_x(text, "Kallio", body), text


def test_distances_in_their_own_script() -> None:
    """Arabic: the number before its unit (isolated), metres and kilometres in Arabic,
    a decimal point; Russian and Ukrainian write м and км."""
    assert distance_words(1400, "ar") == "\u20681.4 كم\u2069"
    assert distance_words(350, "ar") == "\u2068350 م\u2069"
    assert distance_words(1400, "ru") == "1,4 км"
    assert distance_words(1400, "fi") == "1,4 km"
    assert distance_words(1400, "en") == "1.4 km"


def test_a_latin_line_on_an_arabic_page_lines_up_at_the_right(make_kiosk, qtbot) -> None:
    """The library's name (Latin letters only) is drawn at the right edge like the
    Arabic lines around it, not at the left where its own direction would put it."""
    kiosk = make_kiosk(lang="ar")
    to_home(kiosk, "ar")
    window = kiosk.window
    label = next(
        w
        for w in window.page.findChildren(QLabel)
        if w.isVisibleTo(window) and w.text() == "Kallion kirjasto"
    )
    # Where the words really are: the label's own pixels (the style's alignment
    # flags alone would say "right" either way).
    top_left = label.mapTo(window, QPoint(0, 0))
    whole = window.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    image = whole.copy(top_left.x(), top_left.y(), label.width(), label.height())
    ground = image.pixelColor(image.width() // 2, 0).lightness()  # above the letters
    inked = [
        x
        for x in range(image.width())
        if any(
            abs(image.pixelColor(x, y).lightness() - ground) > 96
            for y in range(0, image.height(), 2)
        )
    ]
    assert inked, "the label draws nothing"
    assert min(inked) > image.width() // 2, (min(inked), max(inked), image.width())
