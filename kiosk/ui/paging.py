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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLayoutItem, QWidget

from kiosk.ui.widgets import BigButton

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


@dataclass
class Item:
    """One option: its widgets (in column order) and its lines of the page's speech."""

    widgets: list[QWidget]
    speech: range


def item_height(item: QLayoutItem | QWidget, width: int) -> int:
    """The height a widget or layout item takes at ``width`` (wrapped text wraps)."""
    if isinstance(item, QWidget):
        item.ensurePolished()
        hint = item.sizeHint().height()
        if item.hasHeightForWidth():
            hint = item.heightForWidth(width)
        return max(hint, item.minimumHeight())
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return item.sizeHint().height()


#: What the "more" button pages through: the words it says differ.
CHOICES, ANSWERS, TEXT = "choices", "answers", "text"


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
    """Which items show now, and the button that shows the next ones.

    ``more`` is the page's "More choices" button (in its column after the items, or
    below the view, where it takes room from the view while shown); ``announce`` is
    called after the resident turned a page (to read it); ``optional`` widgets of the
    column (the instructions) are hidden when an item a page does not fit with them;
    ``kind`` is what the items are (CHOICES, ANSWERS or TEXT), for the button's words;
    ``beside``: the button "more" sits beside below the view (a review's Send).
    """

    def __init__(
        self,
        column: QBoxLayout,
        items: list[Item],
        more: BigButton,
        set_more_text: Callable[[str], None],
        announce: Callable[[], None],
        kind: str = CHOICES,
        optional: Sequence[QWidget] = (),
        beside: QWidget | None = None,
    ) -> None:
        self.column, self.items, self.more = column, items, more
        self.beside = beside  # the button "more" shares its row with, if any
        self._set_more_text, self._announce = set_more_text, announce
        self._kind = kind
        self.optional = list(optional)
        self.pages: list[list[int]] = [list(range(len(items)))]
        self.index = 0
        self._fitted_for: tuple[int, int] | None = None

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
        heights = [
            sum(item_height(w, inner) for w in item.widgets) + spacing * (len(item.widgets) - 1)
            for item in self.items
        ]
        more_height = item_height(self.more, inner) + spacing
        if self.beside is not None:
            # In a row with the page's main action (2 : 1 of its width): only what the
            # button adds to the row's height is taken from the view.
            row = inner - spacing
            more_height = max(
                0, item_height(self.more, row * 2 // 3) - item_height(self.beside, row // 3)
            )
        if self.column.indexOf(self.more) < 0 and not self.more.isHidden():
            height += more_height  # the button below the view took this from it
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
        """The column's height without the items and the "more" button: its margins,
        what else it shows and the gaps between them (a box layout puts no gap before
        its closing stretch, which has no height)."""
        margins = self.column.contentsMargins()
        mine = {id(w) for item in self.items for w in item.widgets} | {id(self.more)}
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
        self.more.setVisible(many)
        if many:
            following = (self.index + 1) % len(self.pages) + 1
            self._set_more_text(more_words(following, len(self.pages), self._kind))
        if announce:
            self._announce()


def more_words(following: int, pages: int, kind: str = CHOICES) -> str:
    """The "more" button's words for going to page ``following`` of ``pages`` of
    ``kind`` (choices, a review's answers, or a text); said as shown ("(2/3)" is said
    "2 of 3" by the spoken form, kiosk.speech.spoken)."""
    first = following == 1
    if kind == ANSWERS:
        words = (
            translate("pages", "First answers ▲ (%1/%2)")
            if first
            else translate("pages", "More answers ▼ (%1/%2)")
        )
    elif kind == TEXT:
        words = (
            translate("pages", "Start of the text ▲ (%1/%2)")
            if first
            else translate("pages", "More text ▼ (%1/%2)")
        )
    elif first:
        words = translate("pages", "First choices ▲ (%1/%2)")
    else:
        words = translate("pages", "More choices ▼ (%1/%2)")
    return words.replace("%1", str(following)).replace("%2", str(pages))
