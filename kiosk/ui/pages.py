"""Pages shown between the bars: attract, language, home and plain messages.

Pages are rebuilt whenever the language, text size or theme changes, so each page
only needs to build itself once, in the current language, from current state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.city_text import has_rtl
from kiosk.core.languages import LANGUAGES, NO_VOICE, is_rtl, isolate
from kiosk.core.text import Text, picked, sentences
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.paging import Item, Pager, PageTurner, more_words
from kiosk.ui.theme import Metrics
from kiosk.ui.widgets import BigButton, wrapping_label

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate

#: Text read a page at a time is cut into sentences above this many characters: at
#: 200 % a page between the bars holds three or four lines of about 40 characters.
LONG_LINE = 120


class Page(QWidget):
    """A screen's content: a scrolling column, and an optional fixed area below it.

    ``speech`` holds (text, language) parts built from the same strings that are shown,
    so what is heard is what is seen (A1).

    Options marked with :meth:`add_item` come a screenful at a time (issue 14): what
    does not fit under the rest of the page goes behind a "More choices" button.

    Signals:
        paged(): the resident turned to another page of options (read it aloud)
    """

    paged = Signal()

    def __init__(self, metrics: Metrics, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.metrics = metrics
        self.lang = lang
        self.speech: list[tuple[str, str]] = []
        #: Where in ``speech`` a new spoken part begins (issue 13): the first part leads
        #: with what the screen is for; a listener can skip to the next.
        self.breaks: list[int] = []
        #: Lines of ``speech`` said only while a headset is in: private values (A5,
        #: EN 301 549 5.1.3.9).
        self.private: set[int] = set()
        self.first_focus: QWidget | None = None
        #: The page's heading, once added (said and not shown where nothing fits under
        #: it, see :meth:`finish`'s ``optional``).
        self.heading_label: QLabel | None = None
        #: Options shown a screenful at a time, once :meth:`finish` found any.
        self.pager: Pager | None = None
        self._items: list[Item] = []
        #: What is said with every option shown; ``speech`` holds the current page's.
        self._all_speech: tuple[list[tuple[str, str]], set[int], list[int]] | None = None
        #: Room the pager must leave over what it measured (see _overflowed).
        self._slack = 0
        #: The words of the control that turns the pages, as shown now (said with it).
        self._turn_words: Callable[[], str] = str
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(metrics.gap_px)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("scrollBody")
        # Wrapped text's minimum hint is measured at a narrow width, which makes it
        # tall and brings up a scroll bar for short pages; an explicit minimum lets the
        # scroll area use the height the text needs at the real width instead.
        body.setMinimumSize(1, 1)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(
            metrics.margin_px, metrics.gap_px, metrics.margin_px, metrics.gap_px
        )
        self.column.setSpacing(metrics.gap_px)
        self.scroll_area.setWidget(body)
        # Whenever the layout settles or grows, keep the focused control in view (A17).
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._keep_focus_visible)
        # And whenever focus moves to a control of this page (Tab, arrows, a keypad), so
        # the focused control below the fold is never out of sight (A17, WCAG 2.4.7).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        outer.addWidget(self.scroll_area, 1)
        self.footer = QVBoxLayout()
        self.footer.setContentsMargins(metrics.margin_px, 0, metrics.margin_px, metrics.gap_px)
        outer.addLayout(self.footer)
        #: The page's main action below the view (a review's Send), made by
        #: :meth:`add_footer_button`; "More" goes beside it.
        self.footer_row: QHBoxLayout | None = None
        self._main_action: BigButton | None = None

    # Building blocks ------------------------------------------------------------

    def add_heading(self, text: str, speak: bool = True) -> None:
        label = wrapping_label(text, "heading")
        self.heading_label = label
        label.setAccessibleName(text)
        self.name_after(text)
        self.column.addWidget(label)
        if speak:
            self.speech.append((text, self.lang))

    def add_text(
        self, text: str, object_name: str = "body", speak: bool = True, private: bool = False
    ) -> None:
        if not text:
            return
        label = wrapping_label(text, object_name)
        if is_rtl(self.lang) and not has_rtl(text):
            # A line with no Arabic letters ("Kallion kirjasto") would take its own,
            # left-to-right, side; on an Arabic page it lines up at the right too.
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.column.addWidget(label)
        if private:
            self.private.add(len(self.speech))
        if speak or private:
            self.speech.append((text, self.lang))

    def add_button(
        self, text: str, on_click: Callable[[], None], object_name: str = "", speak: bool = True
    ) -> BigButton:
        button = BigButton(text, object_name=object_name)
        # clicked(bool) would hand its "checked" flag to a callback with a default
        # argument (``lambda lang=lang: ...`` gets lang=False): call it with none.
        button.clicked.connect(lambda _checked=False: on_click())
        self.column.addWidget(button)
        if self.first_focus is None:
            self.first_focus = button
        if speak:
            self.speech.append((text, self.lang))
        return button

    def add_footer_button(
        self, text: str, on_click: Callable[[], None], object_name: str
    ) -> BigButton:
        """The page's main action, below the view in a row of its own: always on the
        screen whatever page of options shows, with "More" beside it (issue 14: the
        review's Send fits the screen at 200 %)."""
        button = BigButton(text, object_name=object_name)
        button.clicked.connect(lambda _checked=False: on_click())
        if self.footer_row is None:
            self.footer_row = QHBoxLayout()
            self.footer_row.setContentsMargins(0, 0, 0, 0)
            self.footer_row.setSpacing(self.metrics.gap_px)
            self.footer.insertLayout(0, self.footer_row)
        self.footer_row.addWidget(button, 1)
        self._main_action = button
        if self.first_focus is None:
            self.first_focus = button
        self.speech.append((text, self.lang))
        return button

    def row_of(self, widgets: Sequence[QWidget], stretches: Sequence[int] = ()) -> QWidget:
        """``widgets`` side by side in one row (taken out of the column if they were
        in it), the page's gap between them, each as wide as the others or by its
        ``stretches``; the row is a widget to place, or to mark as one option."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(self.metrics.gap_px)
        for index, widget in enumerate(widgets):
            self.column.removeWidget(widget)
            line.addWidget(widget, stretches[index] if stretches else 1)
        return row

    def put_in_footer_row(self, widgets: Sequence[QWidget]) -> None:
        """Move ``widgets`` from the column to one row below the view, where they stay
        whichever page of lines shows: at 200 % a page then holds a few lines."""
        if widgets:
            self.footer.addWidget(self.row_of(widgets))

    def add_aside(self, widget: QWidget) -> None:
        """A picture beside the scrolling column, always in view: under the text, a
        tall picture would push the answers below the fold at 200 %. On a mirrored
        (Arabic) screen it stands on the left."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        index = outer.indexOf(self.scroll_area)
        outer.removeWidget(self.scroll_area)
        row = QHBoxLayout()
        row.setSpacing(0)  # the column's own margin keeps the text off the picture
        row.setContentsMargins(0, self.metrics.gap_px, self.metrics.margin_px, 0)
        row.addWidget(self.scroll_area, 1)
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        outer.insertLayout(index, row, 1)

    def part_break(self) -> None:
        """What is said from here on is a new spoken part."""
        if self.speech and len(self.speech) not in self.breaks:
            self.breaks.append(len(self.speech))

    def last_widget(self) -> QWidget:
        """The widget added to the column last."""
        entry = self.column.itemAt(self.column.count() - 1)
        widget = entry.widget() if entry is not None else None
        assert widget is not None
        return widget

    def add_sentences(self, text: str, object_name: str = "body") -> None:
        """``text`` a sentence a line, each line an item read a page at a time (a page
        may hold only a few lines at 200 %)."""
        for sentence in sentences(text, LONG_LINE):
            start = len(self.speech)
            self.add_text(sentence, object_name)
            self.add_item([self.last_widget()], start, one=True)

    def add_item(self, widgets: list[QWidget], speech_from: int, one: bool = False) -> None:
        """Mark ``widgets`` (already in the column) as one option, said by the lines of
        ``speech`` from ``speech_from`` on (``one``: that line only): it may go on a
        next page (issue 14)."""
        end = speech_from + 1 if one else len(self.speech)
        self._items.append(Item(widgets, range(speech_from, end)))

    def finish(
        self,
        page_speech: bool = True,
        answers: bool = False,
        turner: bool = False,
        optional: Sequence[QWidget] = (),
    ) -> None:
        """Close the column; with options marked, set up their pages. ``page_speech``:
        what is said follows the shown page (not when the flow gives its own words);
        ``answers``: the items are a review's answers ("More answers"); ``turner``: the
        items are lines to read, turned with Previous and Next ("Page 1/3");
        ``optional``: what may be left off the screen (still said) when one item a page
        does not fit with it."""
        self.column.addStretch(1)
        if not self._items:
            return
        # Below the scrolling column, not in it: whatever the column must hold, the
        # way to the next options is never below a fold.
        control: QWidget
        if turner:
            pages = PageTurner(self._turn_page)
            control, show_turn = pages, pages.show_turn
            self._turn_words = pages.words
        else:
            more = BigButton(object_name="moreChoices")
            more.clicked.connect(lambda _=False: self._turn_page(1))

            def show_turn(index: int, count: int) -> None:
                more.set_text(more_words((index + 1) % count + 1, count, answers))

            control = more
            self._turn_words = more.text
        if self.footer_row is not None and not turner:
            # Beside the main action, wider: its words are longer ("More answers ▼
            # (2/6)"), and the row is no taller than the action alone.
            self.footer_row.insertWidget(0, control, 2)
        else:
            self.footer.insertWidget(0, control)
        self.pager = Pager(
            self.column,
            self._items,
            control,
            show_turn,
            self.paged.emit,
            optional=optional,
            beside=self._main_action if not turner else None,
        )
        control.hide()
        if page_speech:
            self._all_speech = (list(self.speech), set(self.private), list(self.breaks))
        self.scroll_area.installEventFilter(self)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._overflowed)

    def _turn_page(self, step: int) -> None:
        assert self.pager is not None
        self.pager.show_page(self.pager.index + step, announce=False)
        self._page_speech()
        first = self._first_control()
        if first is not None:
            self.first_focus = first
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif step and isinstance(self.pager.control, PageTurner):
            # Lines only: focus stays on the way on (Next, or Previous on the last page).
            turner = self.pager.control
            on = turner.next if turner.next.isVisible() else turner.previous
            self.first_focus = on
            on.setFocus(Qt.FocusReason.OtherFocusReason)
        self.paged.emit()

    def _first_control(self) -> QWidget | None:
        assert self.pager is not None
        for item in self.pager.shown_items():
            for widget in item.widgets:
                if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    return widget
                # An option may be a row of buttons (home tiles): its first button.
                inside = widget.findChildren(BigButton)
                if inside:
                    return inside[0]
        return None

    def _way_on(self) -> QWidget | None:
        """On a page of lines only (no control of its own), the control that turns to
        the next page: the keypad must land on something (A17)."""
        assert self.pager is not None
        control = self.pager.control
        if self.pager.count() < 2:
            return None
        if isinstance(control, PageTurner):
            return control.next if not control.next.isHidden() else control.previous
        return control

    def _overflowed(self, _low: int, high: int) -> None:
        """The laid-out page is taller than its view by ``high`` px although the pager
        measured it to fit (a height a widget only knows once laid out): split again
        for that much less room, so the last option is never below a fold."""
        pager = self.pager
        if pager is None or high <= 0 or not self.isVisible():
            return
        if pager.fitted_for() != self._fit_size():
            return  # not yet laid out for this split: the resize will split again
        self._slack += high
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Split the options for the scroll area's size less a scroll bar's width (the
        same whether or not a bar shows, so a bar coming or going cannot re-split
        them). Measured at the whole width, a line that just fitted wrapped once a bar
        came for another reason, and the page scrolled for good (issue 14)."""
        if self.pager is None:
            return
        focused = QApplication.focusWidget()
        keep = focused if focused is not None and self.isAncestorOf(focused) else None
        width, height = self._fit_size()
        if self.pager.fit(width, height, keep or self.first_focus):
            self._page_speech()
            if self.first_focus is None or self.first_focus.isHidden():
                self.first_focus = self._first_control() or self._way_on()
                if keep is not None and self.first_focus is not None:
                    self.first_focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_size(self) -> tuple[int, int]:
        """The room the options are split for (see :meth:`_fit_pages`)."""
        area = self.scroll_area.contentsRect()
        bar = self.scroll_area.verticalScrollBar()
        bar.ensurePolished()
        return area.width() - bar.sizeHint().width(), area.height() - self._slack

    def _page_speech(self) -> None:
        """Say what the current page shows: its options, then the "more" button's
        words with the count."""
        if self.pager is None or self._all_speech is None:
            return
        speech, private, breaks = self._all_speech
        shown = self.pager.shown_items()
        hidden = {i for item in self.pager.items if item not in shown for i in item.speech}
        keep = [i for i in range(len(speech)) if i not in hidden]
        if self.pager.count() > 1:
            said = self._turn_words()
            after = max(i for item in shown for i in item.speech or [-1]) + 1
            position = sum(1 for i in keep if i < after)
        else:
            said, position = "", len(keep)
        lines = [speech[i] for i in keep]
        if said:
            lines.insert(position, (said, self.lang))

        def moved(old: int) -> int:
            new = sum(1 for i in keep if i < old)
            return new + 1 if said and new >= position and old not in hidden else new

        self.speech = lines
        self.private = {moved(i) for i in private if i not in hidden}
        self.breaks = sorted({moved(b) for b in breaks})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._fit_pages()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        # Lay the page out now, so its options are split before the window focuses
        # and reads it (a posted layout request would come after).
        if self.pager is not None:
            self.activate_layouts()
            self._fit_pages()
        super().showEvent(event)

    def activate_layouts(self) -> None:
        """Give the page and its column their real sizes now, not at the next turn of
        the event loop."""
        parent = self.parentWidget()
        if isinstance(parent, QStackedWidget):
            # What the window's stack gives its pages. Not ``parent.layout().activate()``:
            # PySide made a new wrapper of the stack's layout for every visit and kept
            # the old ones for good (issue 19).
            self.setGeometry(parent.contentsRect())
        elif parent is not None and (outer := parent.layout()) is not None:
            outer.activate()
        own = self.layout()
        if own is not None:
            own.activate()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(self):
            self._scroll_to(new)

    def _keep_focus_visible(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None:
            self._scroll_to(focused)

    def _scroll_to(self, widget: QWidget) -> None:
        """Scroll so all of ``widget`` is in view (its top first if it is too tall).

        Not ``ensureWidgetVisible``: for a text field that only brings the text cursor
        into view, and leaves the rest of the field hidden under the keyboard (A17).
        """
        body = self.scroll_area.widget()
        if body is None or not shiboken6.isValid(widget) or not body.isAncestorOf(widget):
            return
        top = widget.mapTo(body, QPoint(0, 0)).y()
        margin = self.metrics.gap_px
        bar = self.scroll_area.verticalScrollBar()
        room = self.scroll_area.viewport().height()
        if top - margin < bar.value() or widget.height() + 2 * margin > room:
            bar.setValue(top - margin)
        elif top + widget.height() + margin > bar.value() + room:
            bar.setValue(top + widget.height() + margin - room)

    def name_after(self, heading: str) -> None:
        """Name the page, and its scrolling content (a Tab stop for keypad scrolling),
        after the screen's heading (A16)."""
        if not self.accessibleName():
            self.setAccessibleName(heading)
            self.scroll_area.setAccessibleName(heading)
            self.scroll_area.setAccessibleDescription(
                translate("pages", "Use the arrow keys to move up and down.")
            )

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll so ``widget`` is in view, once the layout has settled."""
        QTimer.singleShot(0, self, lambda: self._scroll_to(widget))


#: "Start" on the attract screen's button, in each language (shown in the first three
#: configured languages at once, so it is data here, not translated chrome).
START = {
    "fi": "Aloita",
    "fi-x-selko": "Aloita",
    "sv": "Börja",
    "en": "Start",
    "ru": "Начать",
    "et": "Alusta",
    "uk": "Почати",
    "so": "Bilow",
}


class AttractPage(QPushButton):
    """ "Touch the screen to start" in every language. Silent; any touch or key starts.

    The whole screen is one push button, so assistive technology sees something to
    press (role and action) as well as the resident seeing a screen to touch.

    Signals:
        started(bool): True when started with a key (the resident may not see the screen)
    """

    started = Signal(bool)

    # Shown in all languages at once, so it is data here, not translated chrome.
    PROMPTS = {code: lang.touch for code, lang in LANGUAGES.items()}
    TITLES = {code: lang.services for code, lang in LANGUAGES.items()}
    #: Up to this many languages, each has its own title line; with more (up to
    #: nine), one title in the first language and the prompts in two columns, so the
    #: screen still fits without scrolling.
    TITLED = 3

    def __init__(
        self, metrics: Metrics, languages: list[str], place: Text, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attractPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.clicked.connect(lambda _=False: self.started.emit(False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            metrics.margin_px, metrics.margin_px, metrics.margin_px, metrics.margin_px
        )
        layout.setSpacing(metrics.gap_px)
        layout.addStretch(1)
        self.labels: list[QLabel] = []

        def add(text: str, kind: str, lang: str) -> QLabel:
            label = wrapping_label(text, kind)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            # Each line in its own direction (Arabic right to left) whatever the UI's.
            label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
            )
            self.labels.append(label)
            return label

        if len(languages) <= self.TITLED:
            for lang in languages:
                for text, kind in (
                    (f"{self.TITLES[lang]} · {place.get(lang)}", "heading"),
                    (self.PROMPTS[lang], "body"),
                ):
                    layout.addWidget(add(text, kind, lang))
                layout.addSpacing(metrics.gap_px)
        else:
            first = languages[0]
            layout.addWidget(add(f"{self.TITLES[first]} · {place.get(first)}", "heading", first))
            layout.addSpacing(metrics.gap_px)
            grid = QGridLayout()
            grid.setSpacing(metrics.gap_px)
            # Nine (with Arabic) take three columns: five rows of two did not fit at 200 %.
            columns = 3 if len(languages) > 8 else 2
            for index, lang in enumerate(languages):
                # In the bars' text size: nine prompts at 200 % body size need four
                # lines each, more than the screen holds with the Start button.
                grid.addWidget(
                    add(self.PROMPTS[lang], "attractPrompt", lang),
                    index // columns,
                    index % columns,
                )
            layout.addLayout(grid)
        # One large button that says what to do (issue 14): a first-timer sees
        # something to press; a touch anywhere else still starts as well.
        words = list(dict.fromkeys(START.get(lang, START["en"]) for lang in languages))
        self.start_button = BigButton(" · ".join(words[:3]), object_name="startButton")
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page takes keys
        self.start_button.clicked.connect(lambda _=False: self.started.emit(False))
        layout.addSpacing(metrics.gap_px)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        name = " ".join(self.PROMPTS[lang] for lang in languages)
        self.setAccessibleName(name)
        self.setAccessibleDescription(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Any key, so a resident with a headset and a keypad never needs to find
        # a button (A10).
        if not event.isAutoRepeat():
            self.started.emit(True)
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.accept()  # the press already started; a released Space must not click too
        event.accept()


class LanguagePage(Page):
    """Each configured language by its own name, in its own script, in the configured
    order. When more languages are configured than fit on the screen at the current
    text size, they come in pages: a big full-width last button shows the names of
    the next page's languages (the last page's, the first's), so a resident finds
    their language by its name, never by scrolling.

    Signals:
        chosen(str)
        paged(): another page of languages is shown (read it aloud)
    """

    chosen = Signal(str)
    paged = Signal()
    QUESTIONS = {code: lang.choose for code, lang in LANGUAGES.items()}
    #: Languages on one page, by text size, in two columns: what fits a
    #: 1080-pixel-high screen with the bars, the heading and the "more" button (a test
    #: checks that nothing scrolls at each size).
    PER_PAGE = {100: 10, 150: 4, 200: 2}  # two columns; the bars took a line more

    def __init__(
        self,
        metrics: Metrics,
        languages: list[str],
        current: str,
        parent: QWidget | None = None,
        text_size: int = 100,
    ) -> None:
        super().__init__(metrics, current, parent)
        per_page = self.PER_PAGE.get(text_size, min(self.PER_PAGE.values()))
        self.pages = [languages[i : i + per_page] for i in range(0, len(languages), per_page)]
        self.columns = 2
        self.page_index = 0
        self.more: BigButton | None = None
        self.content = QWidget()
        self.column.addWidget(self.content)
        self.finish()
        self._build()

    def show_page(self, index: int) -> None:
        """Show page ``index`` (counted round), focus its first language, say it."""
        self.page_index = index % len(self.pages)
        old = self.content
        self.content = QWidget()
        self.column.replaceWidget(old, self.content)
        old.hide()
        old.deleteLater()
        self._build()
        self.content.show()
        if self.first_focus is not None:
            self.first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.paged.emit()

    def _build(self) -> None:
        shown = self.pages[self.page_index]
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self.metrics.gap_px)
        # Each in its own direction: an Arabic question keeps its full stop (bidi).
        questions = dict.fromkeys(
            isolate(self.QUESTIONS[lang]) if is_rtl(lang) else self.QUESTIONS[lang]
            for lang in shown
        )
        heading = " · ".join(questions)
        box.addWidget(wrapping_label(heading, "heading"))
        self.name_after(heading)
        self.speech = []
        said: set[str] = set()
        for lang in shown:
            if self.QUESTIONS[lang] not in said:
                said.add(self.QUESTIONS[lang])
                self.speech.append((self.QUESTIONS[lang], lang))
        grid = QGridLayout()
        grid.setSpacing(self.metrics.gap_px)
        self.first_focus = None
        for index, lang in enumerate(shown):
            name = LANGUAGE_NAMES[lang]
            # A language the kiosk cannot read aloud is marked ("text only").
            mark = NO_VOICE[lang][0] if lang in NO_VOICE else ""
            button = BigButton(f"{name}\n{mark}" if mark else name, object_name=f"language_{lang}")
            button.clicked.connect(partial(self._choose, lang))
            button.setAccessibleName(f"{name} {mark}" if mark else name)
            grid.addWidget(button, index // self.columns, index % self.columns)
            if self.first_focus is None:
                self.first_focus = button
            self.speech.append((LANGUAGE_NAMES[lang], lang))
            if mark:
                self.speech.append((mark, lang))
        box.addLayout(grid)
        self.more = None
        if len(self.pages) > 1:
            following = self.pages[(self.page_index + 1) % len(self.pages)]
            names = " · ".join(
                isolate(LANGUAGE_NAMES[lang]) if is_rtl(lang) else LANGUAGE_NAMES[lang]
                for lang in following
            )
            # The next page's names: each resident finds their own language's name,
            # whatever the screen's language is now.
            self.more = BigButton(names, object_name="moreLanguages")
            self.more.setAccessibleName(names)
            self.more.clicked.connect(lambda _=False: self.show_page(self.page_index + 1))
            box.addWidget(self.more)
            self.speech += [(LANGUAGE_NAMES[lang], lang) for lang in following]

    def _choose(self, lang: str, _checked: bool = False) -> None:
        self.chosen.emit(lang)


@dataclass(frozen=True)
class Tile:
    """One choice on the home page: a service (a flow) or practice mode."""

    object_name: str
    title: str
    description: str
    icon: Path | None
    on_click: Callable[[], None]


class HomePage(Page):
    """One large tile per enabled flow (and practice), in the configured order.

    Tiles are options like any other (issue 14): what does not fit goes behind "More
    choices", so at 200 % no service is ever below a fold. Each tile draws its flow's
    icon before its words.

    Signals:
        statement_requested()
    """

    statement_requested = Signal()

    def __init__(
        self,
        metrics: Metrics,
        lang: str,
        place: Text,
        tiles: list[Tile],
        columns: int,
        idle_minutes: int = 2,
        brief: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``brief`` (large text): tiles show their titles only, and the place and
        how to choose are said, not shown, so four services fit a screen at 200 %
        rather than one; each tile's longer words are still said, and are its
        accessible description."""
        super().__init__(metrics, lang, parent)
        self.add_heading(translate("pages", "What would you like to do?"))
        if lang in NO_VOICE:  # no voice for the language: say so (issue 17)
            self.add_text(NO_VOICE[lang][1], "note")
            self.speech.append((NO_VOICE[lang][2], "en"))
        here = picked(place, lang)
        choose = translate("pages", "Choose one. You can go back at any time.")
        if not brief:
            self.add_text(here, "placeName", speak=False)
            self.add_text(choose, speak=False)
        buttons = [self._tile(tile, brief) for tile in tiles]
        if buttons:
            self.first_focus = buttons[0]
        # The question and the services first (issue 13); how to choose, where the
        # kiosk is and what each service is for after a pause, one service a part.
        titles = len(self.speech)  # where the first tile's title is said
        self.speech += [(tile.title, lang) for tile in tiles]
        self.part_break()
        self.speech += [(choose, lang), (here, lang)] if here else [(choose, lang)]
        said: dict[int, int] = {}
        for index, tile in enumerate(tiles):
            self.part_break()
            said[index] = len(self.speech)
            self.speech.append(
                (f"{tile.title}. {tile.description}" if tile.description else tile.title, lang)
            )
        # A row of ``columns`` tiles is one option of the pages (its titles and its
        # longer words are what is said of it).
        for first in range(0, len(buttons), columns):
            row = buttons[first : first + columns]
            holder = self.row_of(row)
            for _ in range(columns - len(row)):
                # A last, short row keeps its tiles' width.
                cast(QHBoxLayout, holder.layout()).addStretch(1)
            self.column.addWidget(holder)
            indexes = range(first, first + len(row))
            self._items.append(
                Item([holder], [titles + i for i in indexes] + [said[i] for i in indexes])
            )
        # Say up front how long the kiosk waits, so nobody is surprised (A7). With the
        # statement, after the services: on the last page when they do not all fit.
        start = len(self.speech)
        self.add_text(
            self.tr(
                "If you do nothing for %n minutes, the kiosk asks if you are still here.",
                "",
                idle_minutes,
            )
        )
        self.add_item([self.last_widget()], start)
        start = len(self.speech)
        self.add_button(
            self.tr("Accessibility statement"), self.statement_requested.emit, "statementButton"
        )
        self.add_item([self.last_widget()], start)
        self.first_focus = buttons[0] if buttons else self.first_focus
        self.finish()

    def _tile(self, tile: Tile, brief: bool) -> BigButton:
        text = f"{tile.title}\n{tile.description}" if tile.description and not brief else tile.title
        button = BigButton(text, object_name=tile.object_name)
        button.setAccessibleName(tile.title)
        button.setAccessibleDescription(tile.description)
        button.set_icon(tile.icon)
        button.clicked.connect(lambda _=False: tile.on_click())
        return button


class MessagePage(Page):
    """A heading, a few sentences and buttons: help, confirmations, errors.

    ``paged`` (My data, issue 14): the sentences are read a screenful at a time with
    Previous and Next, and the buttons stay below them on every page; ``private``
    holds the indexes of ``lines`` said only in a headset (A5).

    ``options`` (the speech settings): all buttons but the last are options, shown a
    screenful at a time behind "More choices" like a question's; the buttons named in
    a pair of ``side_by_side`` share a row ("Louder", "Quieter"), and the last button
    (the way back) stays below them on every page. Seven buttons one under another
    did not fit the screen at 200 %."""

    def __init__(
        self,
        metrics: Metrics,
        lang: str,
        heading: str,
        lines: list[str],
        buttons: list[tuple[str, str, Callable[[], None]]],
        parent: QWidget | None = None,
        *,
        paged: bool = False,
        private: set[int] | frozenset[int] = frozenset(),
        options: bool = False,
        side_by_side: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(metrics, lang, parent)
        self.add_heading(heading)
        shown_lines: list[QWidget] = []
        for index, line in enumerate(lines):
            start = len(self.speech)
            self.add_text(line, private=index in private)
            if line:
                shown_lines.append(self.last_widget())
            if paged and line:
                self.add_item([self.last_widget()], start, one=True)
        # Where not even one option or line a page fits with them (Somali at 200 %),
        # the lines above the options, or the heading above the lines, are said and
        # not shown, as on a result's page.
        if options and buttons:
            *choices, way_back = buttons
            self._add_options(choices, dict(side_by_side))
            text, name, callback = way_back
            self.add_footer_button(text, callback, name)  # "More choices" beside it
            self.finish(optional=shown_lines)
            return
        added = [
            self.add_button(text, callback, object_name=name) for text, name, callback in buttons
        ]
        if paged:
            self.put_in_footer_row(added)
        title = self.heading_label
        self.finish(turner=paged, optional=[title] if paged and title is not None else [])

    def _add_options(
        self, buttons: list[tuple[str, str, Callable[[], None]]], pairs: dict[str, str]
    ) -> None:
        """Each button an option; a pair's two buttons one option, in one row."""
        seconds = set(pairs.values())
        by_name = {name: (text, callback) for text, name, callback in buttons}
        for text, name, callback in buttons:
            if name in seconds:
                continue  # in the row of the first of its pair
            start = len(self.speech)
            button = self.add_button(text, callback, object_name=name)
            partner = pairs.get(name)
            if partner in by_name:
                other_text, other_callback = by_name[partner]
                other = self.add_button(other_text, other_callback, object_name=partner)
                row = self.row_of([button, other])
                self.column.addWidget(row)
                self.add_item([row], start)
            else:
                self.add_item([button], start)


class TextPage(Page):
    """A short document written in plain Markdown (the accessibility statement):
    headings, paragraphs and "- " list items; everything shown is read aloud. It is
    read a screenful at a time, with Previous and Next (issue 14): nothing scrolls, and
    the way back stays below the text on every page."""

    def __init__(
        self,
        metrics: Metrics,
        lang: str,
        markdown: str,
        back_text: str,
        on_back: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(metrics, lang, parent)
        titled = False

        for block in markdown.split("\n\n"):
            lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
            if not lines:
                continue
            if lines[0].startswith("# ") and not titled:
                self.part_break()  # each section of the document: a part of its own
                start = len(self.speech)
                self.add_heading(lines[0][2:])
                # On the first page only: the later pages need the room for the text.
                self.add_item([self.last_widget()], start, one=True)
                titled = True
            elif lines[0].startswith("#"):
                self.part_break()
                self.add_sentences(lines[0].lstrip("#").strip(), "subheading")
            elif lines[0].startswith("- "):
                for item in lines:
                    self.add_sentences("• " + item.removeprefix("- "))
            else:
                self.add_sentences(" ".join(lines))
        back: QWidget = self.add_button(back_text, on_back, "resumeButton")
        self.put_in_footer_row([back])
        self.finish(turner=True)
