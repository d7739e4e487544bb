"""Options a screenful at a time, so no answer is ever below a fold (issue 14).

A page marks its options (one option may be several widgets: a review answer and its
Change button) as *items*. When the page is laid out, the pager measures, at the
view's real width and height, how many items fit under what else the page shows,
and hides the rest behind one big "More choices ▼ (2/3)" button. Nothing is counted
by hand per text size: the same code fits 100 % and 200 %, any language.

When even one item a page does not fit under the rest (a long place at 200 %), the
page's instructions (the step's body text, *optional*) are left off the screen: they
are still said, and the heading and the choices are what a resident needs to see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayoutItem, QWidget

from kiosk.ui.big_text import BigTextLabel
from kiosk.ui.widgets import BigButton

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


@dataclass
class Item:
    """One option: its widgets (in column order) and its lines of the page's speech."""

    widgets: list[QWidget]
    speech: Sequence[int]


def item_height(item: QLayoutItem | QWidget, width: int) -> int:
    """The height a widget or layout item takes at ``width`` (wrapped text wraps)."""
    if isinstance(item, QWidget):
        item.ensurePolished()
        # Not the size hint as well where the height follows the width: a wrapping
        # label's hint lays its text out again, at a width of its own (issue 19).
        wraps = item.hasHeightForWidth()
        hint = item.heightForWidth(width) if wraps else item.sizeHint().height()
        return max(hint, item.minimumHeight())
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return item.sizeHint().height()


def split(heights: Sequence[int], first: int, room: int, spacing: int) -> list[list[int]]:
    """Indexes of ``heights`` in pages: all on one page if they fit in ``first`` px;
    else as many as fit in ``room`` px a page (each page at least one), in order."""
    if sum(heights) + spacing * len(heights) <= first:
        return [list(range(len(heights)))]
    pages: list[list[int]] = [[]]
    used = 0
    for index, height in enumerate(heights):
        cost = height + spacing
        if pages[-1] and used + cost > room:
            pages.append([])
            used = 0
        pages[-1].append(index)
        used += cost
    return pages


class Pager:
    """Which items show now, and the control that turns the pages.

    ``control`` is the page's "More choices" button or its Previous/Next row (in its
    column after the items, or below the view, where it takes room from the view while
    shown); ``show_turn(index, count)`` words it for page ``index`` of ``count``;
    ``announce`` is called after the resident turned a page (to read it);
    ``optional`` widgets of the column (the instructions) are hidden when an item a
    page does not fit with them; ``beside``: the button the control sits beside below
    the view (a review's Send), in one row.
    """

    def __init__(
        self,
        column: QBoxLayout,
        items: list[Item],
        control: QWidget,
        show_turn: Callable[[int, int], None],
        announce: Callable[[], None],
        optional: Sequence[QWidget] = (),
        beside: QWidget | None = None,
    ) -> None:
        self.column, self.items, self.control = column, items, control
        self._show_turn, self._announce = show_turn, announce
        self.optional = list(optional)
        self.beside = beside
        self.pages: list[list[int]] = [list(range(len(items)))]
        self.index = 0
        self._fitted_for: tuple[int, int] | None = None
        #: The items' heights by the width they were measured at. A page is fitted
        #: some three times as it shows, each time for a new height only (the turner
        #: and the bars take their room): measuring every item each time was some
        #: 2 ms of an accessibility page's step, profiled (issue 19). The items'
        #: words never change on a page.
        self._heights: dict[int, list[int]] = {}

    def fitted_for(self) -> tuple[int, int] | None:
        """The view size the pages were last split for."""
        return self._fitted_for

    def count(self) -> int:
        return len(self.pages)

    def shown_items(self) -> list[Item]:
        return [self.items[i] for i in self.pages[self.index]]

    def page_of(self, widget: QWidget | None) -> int:
        for number, page in enumerate(self.pages):
            if any(widget in self.items[i].widgets for i in page):
                return number
        return 0

    def fit(self, width: int, height: int, keep: QWidget | None = None) -> bool:
        """Split the items into pages for a view of ``width`` x ``height`` px; the page
        holding ``keep`` (the chosen option) is shown. True if the split changed."""
        if (width, height) == self._fitted_for or width <= 0 or height <= 0:
            return False
        self._fitted_for = (width, height)
        margins = self.column.contentsMargins()
        inner = width - margins.left() - margins.right()
        spacing = max(0, self.column.spacing())
        heights = self._heights.get(inner)
        if heights is None:
            heights = self._heights[inner] = [
                sum(item_height(w, inner) for w in item.widgets) + spacing * (len(item.widgets) - 1)
                for item in self.items
            ]
        more_height = item_height(self.control, inner) + spacing
        if self.beside is not None:
            # In a row with the page's main action (2 : 1 of its width): only what the
            # control adds to the row's height is taken from the view. That includes
            # the action's own words wrapping onto more lines in its third of the row
            # ("Back to where I was" on two lines at 200 %).
            row = inner - spacing
            together = max(
                item_height(self.control, row * 2 // 3), item_height(self.beside, row // 3)
            )
            more_height = max(0, together - item_height(self.beside, inner))
        if self.column.indexOf(self.control) < 0 and not self.control.isHidden():
            height += more_height  # the control below the view took this from it
        for widget in self.optional:
            widget.show()
        fixed = self._fixed_height(inner, spacing)
        pages = split(heights, height - fixed, height - fixed - more_height, spacing)
        if self.optional and len(pages) > 1:
            largest = max(sum(heights[i] + spacing for i in page) for page in pages)
            if fixed + largest + more_height > height:
                # Not even one item a page fits with the instructions: they are said,
                # not shown (module docstring).
                for widget in self.optional:
                    widget.hide()
                fixed = self._fixed_height(inner, spacing)
                pages = split(heights, height - fixed, height - fixed - more_height, spacing)
        changed = pages != self.pages
        self.pages = pages
        self.show_page(self.page_of(keep), announce=False)
        return changed

    def _fixed_height(self, inner: int, spacing: int) -> int:
        """The column's height without the items and the control: its margins, what
        else it shows and the gaps between them (a box layout puts no gap before its
        closing stretch, which has no height)."""
        margins = self.column.contentsMargins()
        mine = {id(w) for item in self.items for w in item.widgets} | {id(self.control)}
        fixed = margins.top() + margins.bottom() - spacing
        for index in range(self.column.count()):
            entry = self.column.itemAt(index)
            if entry is None or entry.spacerItem() is not None:
                continue
            widget = entry.widget()
            if widget is not None and (id(widget) in mine or widget.isHidden()):
                continue
            part: QWidget | QLayoutItem = widget if widget is not None else entry
            fixed += item_height(part, inner) + spacing
        return fixed

    def show_page(self, index: int, announce: bool = True) -> None:
        """Show page ``index`` (counted round) and nothing of the others."""
        self.index = index % len(self.pages)
        shown = set(self.pages[self.index])
        for number, item in enumerate(self.items):
            for widget in item.widgets:
                widget.setVisible(number in shown)
        many = len(self.pages) > 1
        self.control.setVisible(many)
        if many:
            self._show_turn(self.index, len(self.pages))
        if announce:
            self._announce()


def more_words(following: int, pages: int, answers: bool = False) -> str:
    """The "more" button's words for going to page ``following`` of ``pages`` (of a
    review's ``answers``, or of choices); said as shown ("(2/3)" is said "2 of 3" by
    the spoken form, kiosk.speech.spoken)."""
    if answers:
        words = (
            translate("pages", "First answers ▲ (%1/%2)")
            if following == 1
            else translate("pages", "More answers ▼ (%1/%2)")
        )
    elif following == 1:
        words = translate("pages", "First choices ▲ (%1/%2)")
    else:
        words = translate("pages", "More choices ▼ (%1/%2)")
    return words.replace("%1", str(following)).replace("%2", str(pages))


class PageTurner(QWidget):
    """Previous and Next, with "Page 1/3" between them, for long results read a
    screenful at a time (issue 14). The buttons keep their places when one of them
    is not needed (first and last page), so nothing moves under a finger."""

    def __init__(self, turn: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTurner")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous = BigButton(translate("pages", "◀ Previous page"), object_name="previousPage")
        self.next = BigButton(translate("pages", "Next page ▶"), object_name="nextPage")
        self.where = BigTextLabel()
        self.where.setObjectName("pageNumber")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous, self.next):
            keep = button.sizePolicy()
            keep.setRetainSizeWhenHidden(True)
            button.setSizePolicy(keep)
        self.previous.clicked.connect(lambda _=False: turn(-1))
        self.next.clicked.connect(lambda _=False: turn(1))
        # The page number in the bars' text size, so the two buttons keep the width
        # for their words on one line at 200 %.
        row.addWidget(self.previous, 1)
        row.addWidget(self.where, 0)
        row.addWidget(self.next, 1)

    def words(self) -> str:
        """What is said of it: the page number, then the buttons shown ("Page 2/3.
        ◀ Previous page. Next page ▶"), as seen (A1)."""
        shown = [b.text() for b in (self.previous, self.next) if not b.isHidden()]
        return ". ".join([self.where.text(), *shown])

    def show_turn(self, index: int, count: int) -> None:
        self.where.setText(page_words(index + 1, count))
        self.previous.setVisible(index > 0)
        self.next.setVisible(index < count - 1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else self.sizeHint().height()


def page_words(number: int, count: int) -> str:
    """ "Page 2/3": said "page 2 of 3" by the spoken form (kiosk.speech.spoken)."""
    return translate("pages", "Page %1/%2").replace("%1", str(number)).replace("%2", str(count))
