"""One page per step kind. A step page shows one thing and reports one answer.

Pages never decide where to go next: they emit ``answered`` (or ``edit_requested``)
and the window passes that to the flow engine as an event.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from kiosk.core.text import join, sentences
from kiosk.flow.spec import ContactKind, Flow, Step, StepKind
from kiosk.ui import results_places
from kiosk.ui.deeplinks import fill_url
from kiosk.ui.failures import can_retry, failure_sentence
from kiosk.ui.handoff import Printout, QrWidget
from kiosk.ui.keyboard import LETTERS, NUMBERS, OnScreenKeyboard
from kiosk.ui.keyboard_dock import KeyboardDock
from kiosk.ui.keyboard_layouts import layout_for
from kiosk.ui.pages import LONG_LINE, Page
from kiosk.ui.paging import item_height
from kiosk.ui.results import detail_lines, item_list, lead_lines, no_items_text
from kiosk.ui.theme import Metrics
from kiosk.ui.widgets import BigButton, wrapping_label

# Text answers longer than this get a multi-line box.
MULTILINE_FROM = 120
#: Lines a multi-line box shows when the screen has room (StepPage._fit_typing gives
#: it fewer at large text).
TEXT_BOX_LINES = 3
#: A review shows this many characters of a long text answer (issue 14: the review
#: fits the screen; Change shows the whole text).
REVIEW_CHARS = 60


# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


class TextBox(QPlainTextEdit):
    """A multi-line field as high as ``lines`` whole lines of its text, with its frame
    (the style sheet's border and padding) and the document's margins around them.

    Not the height of its (kiosk-size) scroll bar, which Qt counts even when it is
    switched off; and never less than one whole line: a box as high as the text's
    pixel size showed the tops of the letters at 200 % (Estonian, Russian)."""

    def __init__(self, text: str = "", lines: int = TEXT_BOX_LINES) -> None:
        super().__init__(text)
        self._lines = lines

    def set_lines(self, lines: int) -> None:
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def lines_height(self) -> int:
        """The height that shows ``lines`` whole lines (font and frame as polished)."""
        self.ensurePolished()
        margins = 2 * math.ceil(self.document().documentMargin()) + 2 * self.frameWidth()
        return self._lines * self.fontMetrics().lineSpacing() + margins

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.lines_height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.lines_height())


#: Steps whose text is read a screenful at a time, with their buttons below it on
#: every page (Previous and Next when it does not fit one screen).
READ_IN_PAGES = (StepKind.INFO, StepKind.HANDOFF, StepKind.DONE)
#: How many sentences of a result's answer come before the step's instructions.
LEAD_SENTENCES = 2


class StepPage(Page):
    """Shows one flow step.

    Signals:
        answered(object): the resident's answer (None for steps without one)
        edit_requested(str): from a review page, the step to change
        home_requested(): from a done page, back to the home tiles
        help_requested(): from an uncertain send, ask the staff to check it
        end_requested(): from a done page, end and clear
    """

    answered = Signal(object)
    speak_requested = Signal(str, str)
    #: A private value (text, what to say instead without a headset, language).
    speak_private_requested = Signal(str, str, str)
    edit_requested = Signal(str)
    home_requested = Signal()
    end_requested = Signal()
    help_requested = Signal()
    print_requested = Signal(object)

    def __init__(
        self,
        metrics: Metrics,
        lang: str,
        flow: Flow,
        step: Step,
        *,
        answers: dict[str, Any],
        data: object = None,
        error: str | None = None,
        maybe_sent: bool = False,
        now: datetime,
        path_answers: dict[str, Any] | None = None,
        drafts: dict[str, str] | None = None,
        can_print: bool = True,
        keyboards: KeyboardDock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(metrics, lang, parent)
        self.can_print = can_print
        #: The window's kept keyboards (issue 19); None: the page builds its own.
        self._keyboards = keyboards
        self.flow, self.step, self.answers = flow, step, answers
        # What a review lists: only answers on the path taken, not abandoned branches.
        self.path_answers = answers if path_answers is None else path_answers
        self.drafts = {} if drafts is None else drafts
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error_label: QLabel | None = None
        self.keyboard: OnScreenKeyboard | None = None
        self._captions: dict[str, QLabel] = {}
        self._field_index = 0
        #: The step's instructions (its body text); its question is ``heading_label``.
        self.instructions: QLabel | None = None
        if error is not None:
            self._build_failure(step, error, maybe_sent)
        else:
            self.add_heading(step.heading.get(lang))
            if step.body and step.kind in READ_IN_PAGES:
                # Sentences read a screenful at a time, the buttons below them on
                # every page: at 200 % (Russian, Somali) the text pushed "End and
                # clear" or the heading out of view.
                self.add_sentences(step.body.get(lang))
            elif step.body and step.kind != StepKind.CONSENT:  # consent pages its own
                self.add_text(step.body.get(lang))
                self.instructions = cast(QLabel, self.last_widget())
            builder = getattr(self, f"_build_{step.kind.value}")
            builder(data=data, now=now)
        # Choices and answers matter more than how to choose: at 200 % a long place
        # and the instructions do not fit one screen, and the instructions are said.
        chooses = step.kind in (StepKind.CHOICE, StepKind.RESULTS, StepKind.REVIEW)
        optional = [self.instructions] if chooses and self.instructions and not error else []
        if (
            step.kind in (StepKind.DETAIL, StepKind.SUBMIT, *READ_IN_PAGES)
            and self.heading_label
            and not error
        ):
            # A long result's lines matter more than its title where one sentence and
            # the buttons below fill the view (Russian at 200 %): the title is said.
            optional = [self.heading_label]
        self.finish(
            page_speech=not step.speech,
            answers=step.kind == StepKind.REVIEW,
            turner=step.kind in (StepKind.DETAIL, StepKind.SUBMIT, StepKind.CONSENT, *READ_IN_PAGES)
            and error is None,
            optional=optional,
        )
        if step.speech:
            # The flow file may give a better spoken version of the whole screen.
            self.speech = [(step.speech.get(lang), lang)]

    # Kinds --------------------------------------------------------------------

    def _build_failure(self, step: Step, reason: str, maybe_sent: bool = False) -> None:
        """The city's service did not answer. The step's own text may promise a result
        ("Your feedback has been sent"), so it is not shown; nothing typed is lost.
        ``maybe_sent``: the send went out and its answer was lost, so the kiosk cannot
        know; the resident is told so rather than "not sent", and is offered the staff's
        check, never "Try again" (the engine would not send it twice anyway). Each kind
        of failure has its own sentence, and "Try again" is offered only where it can
        help (kiosk/ui/failures.py)."""
        what = failure_sentence(reason)
        retry = can_retry(reason) and not (step.kind == StepKind.SUBMIT and maybe_sent)
        if step.kind == StepKind.SUBMIT and maybe_sent:
            self.add_heading(translate("steps", "We do not know if it was sent"))
            self.add_text(what, "error")
            self.add_text(
                translate(
                    "steps",
                    "The city may have got it. Nothing is lost here. Do not send it "
                    "again: ask the library staff to check it.",
                ),
                "error",
            )
            self.add_button(
                translate("steps", "Ask staff to check"), self.help_requested.emit, "checkButton"
            )
        elif step.kind == StepKind.SUBMIT:
            self.add_heading(translate("steps", "It was not sent"))
            self.add_text(what, "error")
            self.add_text(
                translate(
                    "steps",
                    "Sorry, it was not sent. Nothing is lost. You can "
                    "try again, or ask the library staff.",
                )
                if retry
                else translate(
                    "steps",
                    "Sorry, it was not sent. Nothing is lost. Please ask the library staff.",
                ),
                "error",
            )
        else:
            self.add_heading(step.heading.get(self.lang))
            self.add_text(
                translate(
                    "steps",
                    "Sorry, this information cannot be shown now. Please ask the library staff.",
                ),
                "error",
            )
        if retry:
            # After a failure the engine takes an answer as "call the service again".
            self.add_button(
                translate("steps", "Try again"), lambda: self.answered.emit(None), "retryButton"
            )
        self.add_button(
            translate("steps", "Back to the start"), self.home_requested.emit, "homeButton"
        )

    def _next_button(
        self, text: str | None = None, on_click: Callable[[], None] | None = None
    ) -> BigButton:
        return self.add_button(
            text or translate("steps", "Next"),
            on_click or (lambda: self.answered.emit(None)),
            "nextButton",
        )

    def _build_info(self, **_: object) -> None:
        if self.step.card is not None:
            # A card to take along (what to take to the bank): a title, then its lines.
            lines = [line.strip() for line in self.step.card.get(self.lang).splitlines()]
            title, *rest = [line for line in lines if line] or [""]
            self._print_button(
                Printout(title, rest, None, self.flow.title.get(self.lang), self.lang),
                translate("steps", "Print: %1").replace("%1", title),
            )
        self._next_button()
        self._actions_in_a_row()

    def _print_button(self, printout: Printout, label: str = "") -> None:
        """Printing is how a resident without a smartphone takes a result away."""
        if self.can_print:
            self.add_button(
                label or translate("steps", "Print"),
                lambda: self.print_requested.emit(printout),
                "printButton",
            )

    def _build_handoff(self, **_: object) -> None:
        if self.step.url:
            # The chosen place's or event's own page, in the resident's language.
            url = fill_url(self.step.url, self.path_answers, self.lang)
            qr = QrWidget(url, self.metrics)
            # The code beside the words, always in view; the address under the words.
            # At 200 % the words, the address and the buttons below did not fit one
            # screen, and the heading scrolled away (issue 14).
            box = qr.layout()
            if box is not None:
                box.removeWidget(qr.code)
            self.add_aside(qr.code)
            self.column.addWidget(qr)
            self.add_item([qr], len(self.speech), one=True)
            self.speech.append((qr.description, self.lang))
            body = [self.step.body.get(self.lang)] if self.step.body else []
            self._print_button(
                Printout(
                    self.step.heading.get(self.lang),
                    body,
                    url,
                    self.flow.title.get(self.lang),
                    self.lang,
                )
            )
        self._next_button()
        self._actions_in_a_row()

    def _build_choice(self, **_: object) -> None:
        chosen = self.answers.get(self.step.id)
        for option in self.step.options:
            text = option.text.get(self.lang)
            shown = f"✓ {text}" if option.id == chosen else text
            start = len(self.speech)
            button = self.add_button(
                shown,
                partial(self.answered.emit, option.id),
                f"option_{option.id}",
                speak=False,
            )
            button.setAccessibleName(text)
            self.speech.append((text, self.lang))
            self.add_item([button], start)
            if option.id == chosen:
                button.mark_chosen()
                self.first_focus = button

    def _add_field(
        self,
        field_id: str,
        label: str,
        value: str,
        max_length: int,
        private: bool,
        kind: ContactKind | None = None,
    ) -> None:
        draft_key = f"{self.step.id}.{field_id}"
        value = self.drafts.get(draft_key, value)
        if kind is not None and len(self.step.fields) > 1:
            count = len(self._captions) + 1
            label = f"{label} ({count}/{len(self.step.fields)})"
        caption = wrapping_label(label, "fieldLabel")
        self._captions[field_id] = caption
        self.column.addWidget(caption)
        self.speech.append((label, self.lang))
        editor: QLineEdit | QPlainTextEdit
        if max_length > MULTILINE_FROM:
            # Three lines: room to see what was written, and the question stays in view
            # (fewer at large text, _fit_typing).
            editor = TextBox(value, TEXT_BOX_LINES)
            editor.setTabChangesFocus(True)
            # No scroll bar of its own: at kiosk size its arrows alone would make the box
            # taller than the screen allows; the text follows the cursor instead.
            editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            editor = QLineEdit(value)
            editor.setMaxLength(max_length)
        editor.textChanged.connect(
            lambda *_: self.drafts.__setitem__(draft_key, self.field_text(field_id))
        )
        editor.setObjectName(f"field_{field_id}")
        editor.setProperty("kind", kind.value if kind is not None else "")
        if kind == ContactKind.PHONE:
            editor.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        elif kind == ContactKind.EMAIL:
            editor.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        editor.setAccessibleName(label)
        # Private values are entered by the resident alone; the kiosk never copies them.
        editor.setContextMenuPolicy(editor.contextMenuPolicy().NoContextMenu)
        editor.setProperty("private", private)
        caption.setBuddy(editor)
        self.column.addWidget(editor)
        self.fields[field_id] = editor
        if self.first_focus is None:
            self.first_focus = editor

    def _add_keyboard(self, next_button: BigButton) -> None:
        """The keyboard below the column, with the page's Continue as its Enter key
        (one button, one word, issue 14)."""
        m = self.metrics
        # Keys carry one letter each, so the bars' size is large enough and keeps the
        # field and the question on screen at 200 %.
        # Letters of the session language's script, with a key to Latin (issue 17).
        if self._keyboards is not None:
            # Kept by the window and drawn below this page (building one was a third
            # of a text step's time, issue 19).
            keyboard = self._keyboards.lend(m, self.lang, self, self._on_key_pressed)
        else:
            keyboard = OnScreenKeyboard(
                m.target_px, m.gap_px, m.chrome_px, layout=layout_for(self.lang)
            )
            keyboard.key_pressed.connect(self._on_key_pressed)
        keyboard.setObjectName("onScreenKeyboard")
        self.column.removeWidget(next_button)
        keyboard.adopt_done(next_button)
        first = next(iter(self.fields.values()))
        keyboard.set_target(first)
        for editor in self.fields.values():
            editor.installEventFilter(self)
        self.keyboard = keyboard
        # The column may shrink below its scroll bar's own minimum (three kiosk-size
        # parts) rather than squeeze the keys together (A13): it keeps the field in
        # view by scrolling (A17).
        self.scroll_area.setMinimumHeight(m.target_px)
        # Below the scrolling column, never over it: the field stays visible (A17).
        if self._keyboards is None:
            self.footer.addWidget(keyboard)
        else:  # the window's dock below has the gaps: the empty footer takes no room
            self.footer.setContentsMargins(0, 0, 0, 0)
        # The field's gap to the keys is the page's spacing and the view's border
        # (more than 4 mm, A13): no margin below the field as well, its room is the
        # question's at 200 %.
        margins = self.column.contentsMargins()
        margins.setBottom(0)
        self.column.setContentsMargins(margins)
        self.scroll_area.installEventFilter(self)

    def _fit_typing(self) -> None:
        """Fit the question, the field and the keyboard on one screen (issue 14).

        The keyboard's keys keep their size (A13), so at 150 and 200 % the view above
        them has room for the field and a line or two: the field (and its error) is
        always shown; then, while they fit, what says what to type: the question (the
        heading) for a text step, the field's caption for a contact field (the heading
        is the same for all its fields), then the other of the two, then the
        instructions. A three-line box gets fewer lines rather than hide the question.
        What is not shown is still said: the page's speech is unchanged.
        """
        if self.keyboard is None or not self.fields:
            return
        field_id, editor = list(self.fields.items())[self._field_index]
        caption, heading = self._captions[field_id], self.heading_label
        order = [heading, caption] if self.step.kind == StepKind.TEXT else [caption, heading]
        wanted = [w for w in (*order, self.instructions) if w is not None]
        margins = self.column.contentsMargins()
        area = self.scroll_area.contentsRect()
        width = area.width() - margins.left() - margins.right()
        room = area.height() - margins.top() - margins.bottom()
        if width <= 0 or room <= 0:
            return
        spacing = max(0, self.column.spacing())
        required: list[QWidget] = [editor]
        if self.error_label is not None and not self.error_label.isHidden():
            required.append(self.error_label)

        def need(widgets: list[QWidget]) -> int:
            return sum(item_height(w, width) + spacing for w in widgets) - spacing

        if isinstance(editor, TextBox):

            def most_lines(fits: Callable[[], bool]) -> bool:
                """Give the box the most whole lines with which ``fits()``."""
                for lines in (TEXT_BOX_LINES, 2, 1):
                    editor.set_lines(lines)
                    if fits():
                        return True
                return False

            # As many lines as fit with what says what to type; if not even one does
            # (it is said), as many as fit in the room alone.
            if not most_lines(lambda: any(need([*required, w]) <= room for w in wanted[:2])):
                most_lines(lambda: need(required) <= room)
        shown = list(required)
        for widget in wanted:
            if need([*shown, widget]) <= room:
                shown.append(widget)
        for widget in wanted:
            widget.setVisible(widget in shown)

    def _on_key_pressed(self, key: str) -> None:
        """Echo each on-screen key aloud, so a resident hears what was typed; a private
        field's characters are never said (A5)."""
        target = self.keyboard.target() if self.keyboard is not None else None
        private = bool(target is not None and target.property("private"))
        words = {
            "space": translate("steps", "space"),
            "backspace": translate("steps", "deleted"),
            "shift_on": translate("steps", "capital letter"),
            "numbers": translate("steps", "numbers"),
            "letters": translate("steps", "letters"),
            "full": translate("steps", "The field is full."),
        }
        if key in words:
            self.speak_requested.emit(words[key], self.lang)
        elif private and len(key) == 1:
            # The key itself only in a headset (EN 301 549 5.1.3.9); "character" aloud.
            self.speak_private_requested.emit(key, translate("steps", "character"), self.lang)
        elif len(key) == 1 or key == "secret":
            self.speak_requested.emit(
                translate("steps", "character") if key == "secret" else key, self.lang
            )

    def showEvent(self, event: QShowEvent) -> None:
        if self.keyboard is not None:
            # Fitted before the window focuses the field and reads the page.
            self.activate_layouts()
            self._fit_typing()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._fit_typing()
        if (
            event.type() == QEvent.Type.FocusIn
            and self.keyboard is not None
            and isinstance(watched, QLineEdit | QPlainTextEdit)
        ):
            self.keyboard.set_target(watched)
            self._keyboard_layer(watched)
            self.ensure_visible(watched)
        return super().eventFilter(watched, event)

    def _add_error_label(self) -> None:
        self.error_label = label = wrapping_label("", "error")
        label.hide()
        self.column.addWidget(label)

    def _build_text(self, **_: object) -> None:
        label = (self.step.label or self.step.heading).get(self.lang)
        value = self.answers.get(self.step.id) or ""
        self._add_field(self.step.id, label, str(value), self.step.max_length, self.step.private)
        self._add_error_label()
        self._add_keyboard(self._next_button(on_click=self._submit_fields))

    def _build_contact(self, **_: object) -> None:
        values = self.answers.get(self.step.id) or {}
        for field in self.step.fields:
            self._add_field(
                field.id,
                field.label.get(self.lang),
                values.get(field.id, ""),
                120,
                True,
                field.kind,
            )
        self._add_error_label()
        self._add_keyboard(self._next_button(on_click=self._next_field))
        self._show_field(0)

    def _show_field(self, index: int) -> None:
        """One question, one field (issue 14): only field ``index`` of the contact step
        shows, with its count; the keyboard types into it, in its layer."""
        self._field_index = index
        for number, (field_id, editor) in enumerate(self.fields.items()):
            editor.setVisible(number == index)
            self._captions[field_id].setVisible(number == index)
        editor = list(self.fields.values())[index]
        if self.first_focus is not None and self.first_focus is not editor:
            self.first_focus = editor
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.keyboard is not None:
            self.keyboard.set_target(editor)
            self._keyboard_layer(editor)
            self._fit_typing()

    def _keyboard_layer(self, editor: QWidget) -> None:
        """A phone number is typed on the digits; anything else on the letters."""
        if self.keyboard is not None:
            kind = editor.property("kind")
            if not kind:
                return  # a text step keeps the layer the resident chose
            phone = kind == ContactKind.PHONE.value
            self.keyboard.set_layer(NUMBERS if phone else LETTERS)
            self.keyboard.set_email(kind == ContactKind.EMAIL.value)

    def _next_field(self) -> None:
        """Continue: the contact step's next field, or, after the last, its answer."""
        if self._field_index + 1 >= len(self.fields):
            self._submit_fields()
            return
        self._show_field(self._field_index + 1)
        caption = list(self._captions.values())[self._field_index]
        self.speak_requested.emit(caption.text(), self.lang)

    def field_text(self, field_id: str) -> str:
        editor = self.fields[field_id]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def _submit_fields(self) -> None:
        if self.step.kind == StepKind.CONTACT:
            self.answered.emit({fid: self.field_text(fid).strip() for fid in self.fields})
            return
        value = self.field_text(self.step.id).strip()
        if len(value) < self.step.min_length:
            # self.tr: lupdate reads a plural only from a call whose count is a name.
            count = self.step.min_length
            message = self.tr("Please write at least %n characters.", "", count)
            self.show_error(self.step.id, message)
            return
        self.answered.emit(value)

    def show_error(self, field_id: str, message: str) -> None:
        """Show the error beside the field and move focus there (A6)."""
        assert self.error_label is not None
        label = (self.step.label or self.step.heading).get(self.lang)
        self.error_label.setText(message)
        self.error_label.show()
        # The field's description too: a screen reader on the field says what to fix.
        self.fields[field_id].setAccessibleDescription(message)
        self._fit_typing()  # the error is shown with the field; the rest as fits
        self.fields[field_id].setFocus()
        self.ensure_visible(self.error_label)
        # Spoken with the field's name, so it is clear what to fix (A6).
        self.speak_requested.emit(f"{label}: {message}", self.lang)

    def _build_consent(self, **_: object) -> None:
        """What is agreed to, then the two answers. At 200 % the text and the answers
        are taller than the view: the text is read a page at a time with Previous and
        Next ("Page 1/3", said), its sentences as lines, the answers after the last,
        so what is agreed to is read before the answer (issue 14)."""
        if self.step.body:
            self.add_sentences(self.step.body.get(self.lang))
        if self.step.recipient:
            start = len(self.speech)
            self.add_text(
                translate("steps", "Who gets it: %1").replace(
                    "%1", self.step.recipient.get(self.lang)
                )
            )
            self.add_item([self.last_widget()], start)
        start = len(self.speech)
        agree = self.add_button(
            translate("steps", "Yes, I agree"), lambda: self.answered.emit(True), "agreeButton"
        )
        decline = self.add_button(
            translate("steps", "No, I do not agree"),
            lambda: self.answered.emit(False),
            "declineButton",
        )
        # Side by side: one row less, so a two-line heading, the answers and "More
        # text" fit the view at 200 % in every language.
        answers = self.row_of([agree, decline])
        self.column.addWidget(answers)
        self.add_item([answers], start)
        # The text is read from its start: the first page's first control (or Next)
        # has focus, not the answer on the last page.
        self.first_focus = None

    def _build_results(self, data: object, **_: object) -> None:
        items = item_list(data, self.lang)
        if not items:
            self.add_text(no_items_text())
        chosen = self.answers.get(self.step.id)
        for value, text in items:
            # Coming Back to the list, the earlier choice is marked and focused (A14).
            shown = join("", ["✓ ", text]) if value == chosen else text
            start = len(self.speech)
            button = self.add_button(shown, partial(self.answered.emit, value), f"item_{value}")
            self.add_item([button], start)
            if value == chosen:
                # Named by the item alone: the checked state says it is chosen.
                button.setAccessibleName(text)
                button.mark_chosen()
                self.first_focus = button
        note = results_places.list_note(data, self.lang)
        if note:  # how old the list is (offline snapshot) and where it comes from
            start = len(self.speech)
            self.add_text(note, "detail")
            # After the last item, on the last page if it does not fit on the first.
            self.add_item([self.last_widget()], start)

    def _build_detail(self, data: object, now: datetime, **_: object) -> None:
        lines = [line for line in detail_lines(data, now, self.lang) if line]
        lead_count = lead_lines(data, self.lang)
        said: list[tuple[QWidget, int]] = []  # each shown sentence, its place in speech
        lead = 0  # how many sentences the lead lines ("Open now until 20.00") became
        for number, line in enumerate(lines):
            for sentence in sentences(line, LONG_LINE):  # a page may hold only a few lines
                index = len(self.speech)
                self.add_text(sentence, "detail")
                said.append((self.last_widget(), index))
                lead += number < lead_count
        # The instructions follow the answer's first two sentences (the place, and
        # whether it is open or how to reach it): on the first page even at 200 %.
        lead = min(lead, LEAD_SENTENCES)
        body_label = self.column.itemAt(1)
        body = body_label.widget() if self.step.body and said and body_label else None
        if said:
            # Answer first (issue 13): the heading, then what was asked ("Kallion
            # kirjasto. Open now until 20.00."), then the step's instructions and the
            # details, after a pause a listener can skip.
            if body is not None:
                self.speech.insert(1 + lead, self.speech.pop(1))
                # The sentences said before the instructions moved up one place.
                said = [(w, i - 1 if 1 < i <= 1 + lead else i) for w, i in said]
                # Shown as said, so the first page answers the question (issue 14).
                self.column.removeWidget(body)
                self.column.insertWidget(1 + lead, body)
                said.insert(lead, (body, 1 + lead))
            self.breaks.append(1 + lead)
        # Each sentence is read a screenful at a time, with Previous and Next (issue 14).
        for widget, index in said:
            self.add_item([widget], index, one=True)
        if lines:  # the last line names the source and its licence
            *facts, source = lines
            self._print_button(
                Printout(self.step.heading.get(self.lang), facts, None, source, self.lang)
            )
        self._next_button()
        if said:
            self._actions_in_a_row()

    def _actions_in_a_row(self) -> None:
        """Print and Next side by side below the lines, where they stay on every page:
        at 200 % a page then holds a few lines, not one."""
        names = ("printButton", "nextButton")
        self.put_in_footer_row(
            [b for n in names if (b := self.findChild(BigButton, n)) is not None]
        )

    _build_submit = _build_detail

    def _build_review(self, **_: object) -> None:
        """Each answer on one row with the button that changes it, named after what it
        changes (the step's short label), so six buttons are not six "Change"s."""
        for step in self.flow.steps:
            if step.id not in self.path_answers or step.kind in (StepKind.REVIEW, StepKind.SUBMIT):
                continue
            full = self._answer_words(step, self.path_answers[step.id])
            # Contact details on one line, not one line each: the review fits.
            full = ", ".join(line for line in full.splitlines() if line.strip())
            shown = full
            if step.kind == StepKind.TEXT and len(full) > REVIEW_CHARS:
                # A long text in full would not fit one screen: its start, and its
                # Change button shows all of it.
                shown = full[:REVIEW_CHARS].rsplit(" ", 1)[0] + " …"
            private = step.private or step.kind == StepKind.CONTACT
            name = (step.label or step.heading).get(self.lang)
            one_line = step.label is not None and "\n" not in full
            answer = f"{name}: {shown}" if one_line else f"{name}\n{shown}"
            start = len(self.speech)
            label = wrapping_label(answer, "answer")
            if private:
                self.private.add(len(self.speech))  # said in a headset only
            self.speech.append((f"{name}: {full}" if one_line else f"{name}\n{full}", self.lang))
            if private and step.kind == StepKind.TEXT:
                # The room hears that the text is there, not what it says.
                words = translate("steps", "Your text: %n words.", "", len(full.split()))
                self.speech.append((f"{step.heading.get(self.lang)}. {words}", self.lang))
            change_text = translate("steps", "Change: %1").replace("%1", name)
            change = BigButton(change_text, object_name=f"edit_{step.id}")
            change.clicked.connect(partial(self._edit, step.id))
            self.speech.append((change_text, self.lang))
            if self.first_focus is None:
                self.first_focus = change
            row_widget = self.row_of([label, change], (3, 2))
            self.column.addWidget(row_widget)
            self.add_item([row_widget], start)
        # Below the answers' view: on the screen whichever answers show (issue 14).
        self.add_footer_button(
            translate("steps", "Send"), lambda: self.answered.emit(None), "nextButton"
        )

    def _edit(self, step_id: str, _checked: bool = False) -> None:
        self.edit_requested.emit(step_id)

    def _answer_words(self, step: Step, value: Any) -> str:
        return answer_words(step, value, self.lang)

    def _build_done(self, **_: object) -> None:
        home = self.add_button(
            translate("steps", "Do something else"), self.home_requested.emit, "homeButton"
        )
        end = self.add_button(
            translate("steps", "End and clear"), self.end_requested.emit, "doneEndButton"
        )
        self.put_in_footer_row([home, end])


def answer_words(step: Step, value: Any, lang: str) -> str:
    """An answer as the resident would say it: the option's text, the typed text."""
    if step.kind == StepKind.CHOICE:
        option = step.option(str(value))
        return option.text.get(lang) if option else ""
    if isinstance(value, dict):
        return "\n".join(v for v in value.values() if v)
    if isinstance(value, bool):
        return translate("steps", "Yes") if value else translate("steps", "No")
    return "" if value is None else str(value)
