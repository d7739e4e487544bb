"""The practice screens (issue 18): the list of lessons and each lesson's steps, worded
and drawn; which step comes next is :mod:`kiosk.journey.practice`'s.

One thing a screen, said aloud like every page. The typing lesson's field is private
(its letters are said only in a headset) and lives only as long as its page: what is
typed there is never sent anywhere, not even to the journey.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kiosk.journey import events as ev
from kiosk.journey.practice import LESSONS
from kiosk.journey.views import View
from kiosk.ui.handoff import Printout, QrWidget
from kiosk.ui.pages import Page
from kiosk.ui.phone_picture import PhonePicture
from kiosk.ui.theme import Metrics, Palette
from kiosk.ui.widgets import BigButton

if TYPE_CHECKING:
    from kiosk.ui.keyboard import OnScreenKeyboard

translate = QCoreApplication.translate

#: The page the QR code of the link lesson opens: the city library's own.
PRACTICE_URL = "https://www.helmet.fi"
#: The scam lesson's three messages, in the order shown; "bank" is the fake one.
SCAM_CHOICES = ("library", "bank", "city")


def lesson_title(lesson: str) -> str:
    return {
        "tap": translate("practice", "Tap the screen"),
        "typing": translate("practice", "Write with the keyboard"),
        "link": translate("practice", "Links and QR codes"),
        "scroll": translate("practice", "Scroll a list on a phone"),
        "scam": translate("practice", "Spot a fake message"),
        "eid": translate("practice", "Identify yourself on a phone"),
    }[lesson]


def practice_title() -> str:
    return translate("practice", "Practise using the screen")


def summary(lesson: str) -> list[str]:
    """What a lesson taught, for its printed summary and its last screen."""
    return {
        "tap": [
            translate("practice", "Touch the screen lightly with one finger, then lift it."),
            translate("practice", "Two quick taps by accident count as one."),
        ],
        "typing": [
            translate("practice", "Tap the letters one at a time. Backspace deletes a letter."),
            translate("practice", "Tap Done when you are ready."),
        ],
        "link": [
            translate(
                "practice", "A link is a web address, or blue underlined text. It opens a page."
            ),
            translate("practice", "Point your phone's camera at a QR code to open its page."),
        ],
        "scroll": [
            translate("practice", "Move your finger up on a list to see more of it."),
            translate("practice", "To go back to the start of the list, move your finger down."),
        ],
        "scam": [
            translate("practice", "A fake message hurries you and asks for your bank codes."),
            translate("practice", "Your bank never asks for your codes in a message."),
        ],
        "eid": [
            translate("practice", "Check the name of the service before you confirm."),
            translate("practice", "Never give your codes to anyone, not even the staff."),
        ],
    }[lesson]


class BigTarget(BigButton):
    """The tap lesson's target: three buttons high, easy to hit. The style sheet sets a
    button's min-height whenever it polishes the widget, so the target sets its own
    after that."""

    def __init__(self, text: str, height_px: int, object_name: str) -> None:
        super().__init__(text, object_name=object_name)
        self._height_px = height_px
        self.setMinimumHeight(height_px)

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            self.setMinimumHeight(self._height_px)
        return done


#: Steps that tell rather than ask: their text comes first.
_READING_STEPS = frozenset({"intro", "guard", "qr", "after", "why", "confirm", "done"})
#: The scroll lesson's answers, in the order shown; "up" shows more of the list.
SCROLL_CHOICES = ("up", "down", "side")


class PracticePage(Page):
    """One practice screen. ``send`` takes a journey event; ``say(text, lang,
    instead)`` speaks (a private value with what to say without a headset);
    ``palette`` colours the drawn pictures; ``columns`` is how many lessons stand
    side by side on the list (one: a screenful at a time)."""

    def __init__(
        self,
        metrics: Metrics,
        palette: Palette,
        lang: str,
        view: View,
        send: Callable[[ev.Event], None],
        say: Callable[..., None],
        print_printout: Callable[[Printout], None] | None,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(metrics, lang, parent)
        self.setObjectName("practicePage")
        self._send, self._say, self._palette = send, say, palette
        self._columns = columns
        self.keyboard: OnScreenKeyboard | None = None
        self.field: QLineEdit | None = None
        #: A reading step's lines (label, its line of speech), and its Next button.
        self._lines: list[tuple[QWidget, int]] = []
        self._below: list[QWidget] = []
        lesson, step = view.kind, view.note
        if not lesson:
            self._lessons()
        elif step == "done":
            self._done(lesson, print_printout)
        else:
            getattr(self, f"_{lesson}_{step}")(view.service)
        reading = step in _READING_STEPS and step != "done" and bool(self._lines)
        if reading:
            # Read a screenful at a time (issue 14): the lines in pages with Previous
            # and Next page, Next below them on every page, so nothing scrolls at 200 %.
            for widget, said in self._lines:
                self.add_item([widget], said, one=True)
            self.put_in_footer_row(self._below)
        elif step in _READING_STEPS:
            # Start at the top with the text in focus, as on the statement: at 200 %
            # focusing the button below would scroll the heading out of sight. The
            # arrows read down the text, then go on to the buttons.
            self.first_focus = self.scroll_area
        # Where not even one line or choice a page fits under a long heading ("Well
        # done! …" in Russian at 200 %), the heading is said and not shown, as on a
        # result's page.
        title = self.heading_label
        heading: list[QWidget] = [title] if self._items and title is not None else []
        self.finish(turner=reading, optional=heading)

    # ---- building blocks -----------------------------------------------------------

    def _answer(self, value: str = "") -> Callable[[], None]:
        return lambda: self._send(ev.Practice("answer", value))

    def _lesson(self, lesson: str) -> Callable[[], None]:
        return lambda: self._send(ev.Practice("lesson", lesson))

    def _next(self) -> None:
        self._below.append(
            self.add_button(translate("practice", "Next"), self._answer(), "nextButton")
        )

    def _side_by_side(self, buttons: list[BigButton]) -> None:
        """Put ``buttons`` (the column's last) in one row, in reading order."""
        self.column.addWidget(self.row_of(buttons, [0] * len(buttons)))

    def _page(self, heading: str, *lines: str) -> None:
        self.add_heading(heading)
        for line in lines:
            said = len(self.speech)
            self.add_text(line)
            if line:
                self._lines.append((self.last_widget(), said))

    # ---- the list of lessons and the end of one --------------------------------------

    def _lessons(self) -> None:
        self._page(
            practice_title(),
            # Short: at 200 % the lessons come a page at a time under it.
            translate("practice", "Short lessons. Nothing you do here is saved."),
        )
        buttons = []
        for lesson in LESSONS:
            said_from = len(self.speech)
            button = self.add_button(lesson_title(lesson), self._lesson(lesson), f"lesson_{lesson}")
            buttons.append(button)
            if self._columns == 1:
                # Larger text: a screenful at a time, the rest behind "More choices",
                # never scrolled (the kiosk's way with a long list, issue 14).
                self.add_item([button], said_from)
        if self._columns > 1:  # side by side, as the home tiles: six fit at once
            grid = QGridLayout()
            grid.setSpacing(self.metrics.gap_px)
            for index, button in enumerate(buttons):
                self.column.removeWidget(button)
                grid.addWidget(button, index // self._columns, index % self._columns)
            self.column.addLayout(grid)

    def _done(self, lesson: str, print_printout: Callable[[Printout], None] | None) -> None:
        lines = summary(lesson)
        self._page(translate("practice", "You did it!"), *lines)
        buttons = []
        if print_printout is not None:
            printout = Printout(lesson_title(lesson), lines, None, practice_title(), self.lang)
            buttons.append(
                self.add_button(
                    translate("practice", "Print"), lambda: print_printout(printout), "printButton"
                )
            )
        # Side by side (short words, they fit a third of the width): one under the
        # other, the last was below the fold at 200 %.
        self._side_by_side(
            [
                *buttons,
                self.add_button(
                    translate("practice", "Another lesson"),
                    lambda: self._send(ev.Practice("menu")),
                    "lessonsButton",
                ),
                self.add_button(
                    translate("practice", "Back to the start"),
                    lambda: self._send(ev.GoHome()),
                    "homeButton",
                ),
            ]
        )

    # ---- tap -------------------------------------------------------------------------

    def _tap_intro(self, _wrong: str) -> None:
        self._page(
            lesson_title("tap"),
            translate("practice", "Touch the screen lightly with one finger, then lift it."),
            translate("practice", "That is a tap. Try it on the next screen."),
        )
        self._next()

    def _tap_target(self, _wrong: str) -> None:
        self._page(translate("practice", "Tap the big button."))
        target = BigTarget(translate("practice", "Tap me"), 3 * self.metrics.target_px, "tapTarget")
        target.clicked.connect(lambda _=False: self._send(ev.Practice("answer")))
        self.column.addWidget(target)
        self.speech.append((target.text(), self.lang))
        self.first_focus = target

    def _tap_guard(self, _wrong: str) -> None:
        self._page(
            translate("practice", "Well done! The button answered your tap."),
            translate("practice", "Two quick taps by accident count as one."),
            translate("practice", "So a shaking hand does not choose anything twice."),
        )
        self._next()

    # ---- typing ----------------------------------------------------------------------

    def _typing_intro(self, _wrong: str) -> None:
        self._page(
            lesson_title("typing"),
            translate("practice", "A keyboard comes on the screen when you need to write."),
            translate("practice", "Tap the letters one at a time. Backspace deletes a letter."),
            translate("practice", "Tap Done when you are ready."),
            translate("practice", "The kiosk does not save what you write here."),
        )
        self._next()

    def _typing_name(self, _wrong: str) -> None:
        label = translate("practice", "Write your first name.")
        self._page(label)  # one line: at 200 % the keyboard leaves room for little more
        field = QLineEdit()
        field.setObjectName("practiceName")
        field.setAccessibleName(label)
        field.setMaxLength(40)
        field.setProperty("private", True)  # its letters are said only in a headset
        field.setContextMenuPolicy(field.contextMenuPolicy().NoContextMenu)
        field.returnPressed.connect(self._answer())
        self.column.addWidget(field)
        self.field = self.first_focus = field
        m = self.metrics
        from kiosk.ui.keyboard import OnScreenKeyboard  # the typing lesson only, not at start
        from kiosk.ui.keyboard_layouts import layout_for

        # The letters of the resident's script, as in a flow's text step (issue 17).
        keyboard = OnScreenKeyboard(
            m.target_px, m.gap_px, m.chrome_px, layout=layout_for(self.lang)
        )
        keyboard.set_target(field)
        keyboard.done.connect(self._answer())
        keyboard.key_pressed.connect(self._echo)
        self.keyboard = keyboard
        self.footer.addWidget(keyboard)  # below the column: the field stays in view
        # Where the question and the field do not both fit above the keys (200 % in
        # Russian, whose bars are taller), the question is said and is the field's
        # name, but not shown: the field never scrolls out of view (as a flow's text
        # step does, kiosk.ui.steps).
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._fit_name)
        # No margin below the field: the keys' gap to it is the page's spacing (A13),
        # and the room is the question's (as in a flow's text step).
        margins = self.column.contentsMargins()
        margins.setBottom(0)
        self.column.setContentsMargins(margins)

    def _fit_name(self, _low: int, high: int) -> None:
        title = self.heading_label
        if high > 0 and title is not None and not title.isHidden():
            title.hide()

    def _echo(self, key: str) -> None:
        """Each key aloud; a letter of the name only in a headset ("character" else)."""
        words = {
            "space": translate("steps", "space"),
            "backspace": translate("steps", "deleted"),
            "full": translate("steps", "The field is full."),
        }
        if key in words:
            self._say(words[key], self.lang)
        elif len(key) == 1:
            self._say(key, self.lang, translate("steps", "character"))

    # ---- links and QR codes ----------------------------------------------------------

    def _link_intro(self, _wrong: str) -> None:
        self._page(
            lesson_title("link"),
            translate(
                "practice", "A link is a web address, or blue underlined text. It opens a page."
            ),
        )
        self._next()

    def _link_which(self, wrong: str) -> None:
        self._page(translate("practice", "Which one is a link?"))
        if wrong:
            self.add_text(
                translate("practice", "Not that one: it is ordinary text. Try again."), "error"
            )
        self.add_button(translate("practice", "Opening hours"), self._answer("text"), "choiceText")
        self.add_button("www.helmet.fi", self._answer("link"), "choiceLink")

    def _link_qr(self, _wrong: str) -> None:
        self._page(
            translate("practice", "Right! A web address is a link."),
            translate("practice", "A QR code is a square picture of a link."),
        )
        qr = QrWidget(PRACTICE_URL, self.metrics)
        self.add_aside(qr)  # beside the text: under it, Next was below the fold at 200 %
        self.speech.append((qr.description, self.lang))
        self._next()

    # ---- a scrolling list on a phone, in pictures --------------------------------------

    def _phone(self, scrolled: bool) -> None:
        """The phone picture beside the text, described aloud where it comes."""
        if scrolled:
            name = translate("practice", "Picture: the same phone after the finger moved up.")
            description = translate(
                "practice", "The list moved up with the finger. Now you see the end of the list."
            )
        else:
            name = translate("practice", "Picture: a phone with a list of the months of the year.")
            description = translate(
                "practice",
                "The list goes on below the screen. You see only the first months. "
                "A finger is on the list.",
            )
        picture = PhonePicture(self.lang, scrolled, self.metrics, self._palette, name, description)
        self.add_aside(picture)
        self.speech.append((f"{name} {description}", self.lang))

    def _scroll_intro(self, _wrong: str) -> None:
        self._page(
            lesson_title("scroll"),
            translate("practice", "On a phone, a list is often longer than the screen."),
            translate("practice", "You move the list with your finger. This is called scrolling."),
            translate("practice", "The kiosk does not scroll. Here you see pictures."),
        )
        self._next()

    def _scroll_which(self, wrong: str) -> None:
        self._page(translate("practice", "Which way do you move your finger to see more?"))
        self._phone(scrolled=False)
        if wrong:
            why = (
                translate(
                    "practice", "Not that one: sideways often shows the next picture. Try again."
                )
                if wrong == "side"
                else translate(
                    "practice", "Not that one: down shows the start of the list again. Try again."
                )
            )
            self.add_text(why, "error")
        choices = {
            "up": translate("practice", "Up"),
            "down": translate("practice", "Down"),
            "side": translate("practice", "Sideways"),
        }
        # One short word each: side by side they leave room for the picture's question.
        self._side_by_side(
            [
                self.add_button(choices[choice], self._answer(choice), f"choice_{choice}")
                for choice in SCROLL_CHOICES
            ]
        )

    def _scroll_after(self, _wrong: str) -> None:
        self._page(translate("practice", "Right! Move your finger up."))
        self._phone(scrolled=True)
        self.add_text(
            translate("practice", "To go back to the start of the list, move your finger down.")
        )
        self._next()

    # ---- a fake message --------------------------------------------------------------

    def _scam_intro(self, _wrong: str) -> None:
        self._page(
            lesson_title("scam"),
            translate("practice", "Criminals send messages that look real."),
            translate("practice", "Next you see three messages. One is fake. Choose it."),
        )
        self._next()

    def _scam_which(self, wrong: str) -> None:
        self._page(translate("practice", "Which message is fake?"))
        if wrong:
            self.add_text(
                translate(
                    "practice",
                    "Not that one: it asks for nothing and has no strange link. Try again.",
                ),
                "error",
            )
        messages = {
            "library": translate(
                "practice", "Library: the book you reserved is waiting for you at Kallio library."
            ),
            "bank": translate(
                "practice",
                "Your bank: your account is closed today! Open bit.ly/pankki-x and write "
                "your bank codes.",
            ),
            "city": translate(
                "practice", "City of Helsinki: your library card expires in May. Ask at a library."
            ),
        }
        for choice in SCAM_CHOICES:
            start = len(self.speech)
            button = self.add_button(messages[choice], self._answer(choice), f"choice_{choice}")
            self.add_item([button], start)  # "More choices" when they do not all fit

    def _scam_why(self, _wrong: str) -> None:
        self._page(
            translate("practice", "Right! The bank message is fake."),
            translate("practice", "It hurries you."),
            translate("practice", "It asks for your bank codes. Your bank never does that."),
            translate("practice", "Its link is short and strange."),
        )
        self._next()

    # ---- identifying yourself on a phone (words only, no credential field: A22) ------

    def _eid_intro(self, _wrong: str) -> None:
        self._page(
            lesson_title("eid"),
            translate("practice", "Many services ask you to identify yourself."),
            translate("practice", "You do it on your own phone. This is only practice."),
        )
        self._next()

    def _eid_way(self, _wrong: str) -> None:
        self._page(translate("practice", "The service asks: how do you identify yourself?"))
        self.add_button(translate("practice", "Bank codes"), self._answer("bank"), "wayBank")
        self.add_button(
            translate("practice", "Mobile certificate"), self._answer("mobile"), "wayMobile"
        )

    def _eid_confirm(self, _wrong: str) -> None:
        self._page(
            translate("practice", "Next your phone asks you to confirm."),
            translate("practice", "Check the name of the service before you confirm."),
            translate("practice", "Never give your codes to anyone, not even the staff."),
        )
        self._next()


def practice_tile_words() -> tuple[str, str]:
    """The "Practise" tile's title and what it offers (shown after the service tiles)."""
    return practice_title(), translate(
        "practice", "Short lessons: tap, write, links and fake messages."
    )
