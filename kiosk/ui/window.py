"""The kiosk window: the bars, the current page, and nothing that decides.

The visit is :class:`kiosk.journey.journey.Journey`'s (which screen is up, what lies
under it, where Back goes, when the kiosk forgets). The window turns Qt signals,
timers and input into journey events, and carries out the effects it gets back: it
draws a view (:mod:`kiosk.ui.screens`), calls a city service, speaks, forgets.
The staff side is :class:`kiosk.ui.staff_desk.StaffDesk`; input filtering is
:class:`kiosk.ui.input_guard.InputGuard`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.memory import release_freed_memory
from kiosk.core.session import Session
from kiosk.flow import engine as flow
from kiosk.flow.spec import Flow
from kiosk.journey import events as ev
from kiosk.journey.views import EndReason, Layer, Screen, View
from kiosk.speech.speaker import Speaker
from kiosk.ui.arrows import Steering
from kiosk.ui.big_text import GlyphCache
from kiosk.ui.chime import Chime, SilentChime
from kiosk.ui.chrome import BottomBar, TopBar, demo_badge
from kiosk.ui.explore import Explorer
from kiosk.ui.handoff import HandoffFiles
from kiosk.ui.i18n import Translations
from kiosk.ui.input_guard import InputActions, InputGuard
from kiosk.ui.keyboard_dock import KeyboardDock
from kiosk.ui.keypad import Keypad, KeypadMap, choices, heading, orientation
from kiosk.ui.look import Look
from kiosk.ui.pages import Page
from kiosk.ui.reader import ScreenReader, describe_for_speech
from kiosk.ui.runner import ServiceRunner
from kiosk.ui.screens import BARLESS, UNSPOKEN, ScreenParts, build_page
from kiosk.ui.screens import countdown_text as countdown_text
from kiosk.ui.staff_desk import StaffTools
from kiosk.ui.staff_pages import StaffBanner
from kiosk.ui.theme import Theme
from kiosk.ui.visit import Visit

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The journey's "who ended it" in the ``session_ended`` signal (the old names).
_ENDS_SIGNALLED = (EndReason.END, EndReason.BACK, EndReason.IDLE, EndReason.HELPER)


class _AfterPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after ``page`` is first
    painted (so after the whole frame); never if the page goes first."""

    def __init__(self, page: QWidget, context: QObject, then: Callable[[], None]) -> None:
        super().__init__(page)
        self._context, self._then = context, then
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._context, self._then)
            self.deleteLater()  # done: not kept with the page
        return False


class KioskWindow(QWidget):
    """The one top-level window.

    Signals:
        screen_shown(str): the name of the screen now drawn ("attract", "home",
            "step:<flow>:<step>", "help", "waiting", … see ``View.name``)
        session_ended(str): the reason ("end", "back", "idle", "helper")
    """

    screen_shown = Signal(str)
    session_ended = Signal(str)
    speech_status_changed = Signal()

    def __init__(
        self,
        config: Config,
        session: Session,
        flows: list[Flow],
        runner: ServiceRunner,
        speaker: Speaker,
        clock: Clock,
        translations: Translations,
        chime: Chime | None = None,
        staff: StaffTools | None = None,
        statement_dir: Path | None = None,
        icons_dir: Path | None = None,
        handoff_files: HandoffFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        # Named in the session's language (kiosk.ui.look) before it is first drawn.
        self.config, self.session, self.speaker, self.clock = config, session, speaker, clock
        self.runner, self.translations = runner, translations
        self.allow_close = False  # only the admin PIN lets the window close (issue 6)
        self.page: QWidget | None = None
        #: The start screen after a session carries its own copy of the new look's
        #: sheet; the application gets it once that screen is painted (draw()).
        self._restyle_after_paint = False
        self.chime, self.handoff_files = chime or SilentChime(), handoff_files
        self.reader = ScreenReader(self, speaker, session)
        self.visit = Visit(
            self,
            config,
            session,
            flows,
            runner,
            speaker,
            clock,
            self.chime,
            staff,
            handoff_files,
            self,
        )
        self.journey, self.desk, self.idle = self.visit.journey, self.visit.desk, self.visit.idle
        self.staff, self.dispatch = self.desk.tools, self.visit.dispatch
        self.recover_timer = self.visit.recover_timer
        self.reader.private = lambda: self.journey.headset  # private values: headset only
        # Text steps' keyboards, kept between pages and drawn below them (issue 19).
        self.keyboards = KeyboardDock()
        #: Pictures of large letters, for the labels' own drawing (kiosk.ui.big_text):
        #: found by the labels through their window, emptied after each visit.
        self.glyphs = GlyphCache()
        self.parts = ScreenParts(
            config,
            self.journey,
            self.journey.flows,
            speaker,
            clock,
            self.desk,
            statement_dir,
            self.dispatch,
            self.visit.print_printout,
            self.reader.say,
            icons_dir,
            self.keyboards,
        )

        self.banner, self.top, self.bottom = StaffBanner(), TopBar(), BottomBar()
        self.look = Look(self, session, config, translations, speaker, self.top, self.bottom)
        self.reader.attach(self.top, self.bottom)  # hold Repeat: the next spoken part
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.banner)  # under the top bar: no bar moves when staff step in
        self.badge = demo_badge(config.kiosk.demo)  # shown on a demo kiosk only
        layout.addWidget(self.badge)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboards)
        layout.addWidget(self.bottom)
        for signal, event in (
            (self.top.language_clicked, ev.OpenLanguages()),
            (self.top.text_size_clicked, ev.Setting("text_size")),
            (self.top.contrast_clicked, ev.Setting("contrast")),
            (self.top.speech_clicked, ev.Open(Screen.SPEECH_SETTINGS)),
            (self.top.privacy_clicked, ev.Open(Screen.MY_DATA)),
            (self.bottom.back_clicked, ev.GoBack()),
            (self.bottom.help_clicked, ev.AskHelp()),
            (self.bottom.end_clicked, ev.AskEnd()),
            (self.banner.panel_clicked, ev.StaffAction("panel")),
        ):
            signal.connect(lambda _=None, e=event: self.dispatch(e))
        self.bottom.repeat_clicked.connect(self.repeat)
        self.speech_status_changed.connect(self._on_speech_status)
        self.steering = Steering(
            lambda: getattr(self.page, "keyboard", None),
            self._move_focus,
            self._say_now,
            lambda widget: self._say_now(describe_for_speech(widget, self.journey.headset)),
        )
        self.explorer = Explorer(
            self,
            clock,
            self._exploring,
            self._say_now,
            lambda: self.dispatch(ev.Setting("explore")),
            lambda: self.journey.headset,
            self.top.buttons["speech"],
        )
        self.keypad = Keypad(
            KeypadMap(config.keypad),
            self.steering.arrow,
            self.steering.select,
            self.go_back,
            self.change_volume,
            self._orient,
            lambda text: self.reader.say(text, self.session.settings.language),
        )
        self.guard = InputGuard(
            self,
            InputActions(
                touched=self._touched,
                back=self.go_back,
                volume=self.change_volume,
                staff_pin=lambda: self.request_pin("staff"),
                key_focus=self.reader.mark_key_focus,
                resting=lambda: self.journey.top.screen is Screen.ATTRACT,
                may_close=lambda: self.allow_close,
                skip=self.reader.skip,
                steer=self.steering.arrow,
                select=self.steering.select,
                explore=self.explorer.filter,
                keypad=self.keypad.key,
            ),
            config.timeouts.double_tap_s,
            lambda: self.theme.metrics.target_px,
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.guard.install(app)
            app.focusChanged.connect(self.reader.focus_changed)
            app.focusChanged.connect(self.steering.focus_changed)
        self.dispatch(ev.EndVisit(EndReason.RESET))  # applies the settings, draws attract

    # ---- the journey ---------------------------------------------------------------

    @property
    def screen_name(self) -> str:
        return self.journey.top.name

    @property
    def engine(self) -> flow.FlowEngine | None:
        return self.journey.engine

    @property
    def helper_active(self) -> bool:
        return self.journey.helper

    # ---- the surface a visit draws on (kiosk.ui.visit.Surface) --------------------

    def show_countdown(self, seconds: int) -> None:
        labels = self.page.findChildren(QLabel, "body") if self.page else []
        if labels:
            labels[-1].setText(countdown_text(seconds))

    def say(self, text: str, lang: str) -> None:
        self.reader.say(text, lang)

    def show_helper(self, active: bool) -> None:
        self.banner.setVisible(active)

    def visit_ended(self, reason: EndReason) -> None:
        self.keypad.reset()
        if reason in _ENDS_SIGNALLED:
            self.session_ended.emit(reason.value)

    def close_kiosk(self) -> None:
        self.allow_close = True
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # ---- drawing -------------------------------------------------------------------

    def draw(self, view: View, speak: bool = True) -> None:
        with self.guard.aside():  # no input can arrive while a screen is built
            self._draw(view, speak)

    def _draw(self, view: View, speak: bool) -> None:
        # A new look (text size, contrast, a session's end) reaches the application's
        # style sheet here, before the page is built, so the new page is polished once.
        # Not at a session's end: restyling then, with the bars and every widget of the
        # last page alive, took 30-150 ms before the start screen showed (issue 19).
        # The start screen gets the new look's sheet as its own (a widget's own sheet
        # wins over the application's) and is drawn at once; the application is
        # restyled on the event loop's turn after that frame, while nobody waits.
        after_paint = (
            self.look.restyle_pending and view.screen is Screen.ATTRACT and self.page is not None
        )
        if not after_paint:
            self._restyle()
        # The focused control goes away with the last page (or its keyboard). Left to
        # Qt, the focus would pass to the top bar's first button on the way: lit, then
        # unlit, relaid and repainted on every step (issue 19). The new page's first
        # control takes the focus below.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        # The last page's keyboard goes first: the next page is fitted to the room
        # it will have (a text step's page then shows the keyboard it borrowed).
        self.keyboards.take_back()
        # Built inside the stack (hidden until shown there): styled once, where it
        # will stay.
        page = build_page(view, self.parts, self.theme, self.stack)
        if after_paint:
            sheet = self.theme.stylesheet()
            page.setStyleSheet(sheet)
            self.badge.setStyleSheet(sheet)  # the demo strip, shown on the start screen
            self._restyle_after_paint = True
        if view.screen is Screen.ATTRACT and self.page is not None:
            _AfterPaint(page, self, self._after_visit)
        self.explorer.reset()
        old, self.page = self.page, page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.keyboards.show_for(page)
        self.look.show_top_state()
        bars = view.screen not in BARLESS
        self.bottom.staff_screen(view.layer is Layer.STAFF)  # no Repeat, no help there
        self.top.setVisible(bars)
        self.bottom.setVisible(bars)
        if bars:  # measured while shown: a hidden bar's labels are not laid out yet
            self.top.fit_height()
            self.bottom.fit_height()
        if isinstance(page, Page):
            if page.first_focus is not None:
                page.first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.focusWidget() is None:
                self.focusNextPrevChild(True)  # a keypad still has somewhere to start
            if speak and view.screen not in UNSPOKEN:
                self.speak_page()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("screen %s", view.name)
        self.screen_shown.emit(view.name)

    def speak_page(self) -> None:
        self.reader.read(self.page, self.journey.top)

    @property
    def theme(self) -> Theme:
        return self.look.theme

    def apply_theme(self) -> None:
        self.look.apply_theme()

    def apply_settings(self) -> None:
        # The style sheet waits for draw(), which always follows a new look; should
        # none follow, the event loop's next turn applies it.
        self.look.apply_settings(restyle=False)
        if self.look.restyle_pending:
            QTimer.singleShot(0, self, self._restyle_unless_waiting)

    def _restyle(self) -> None:
        """The application's style sheet for the current look, if it is not yet."""
        if self._restyle_after_paint:
            self._restyle_after_paint = False
            self.badge.setStyleSheet("")  # the application's sheet styles it again
        self.look.restyle()

    def _after_visit(self) -> None:
        """Once the start screen after a visit is painted, while nobody waits: the
        application's new look, and the memory the visit's pages freed back to the
        system (without it RSS crept up over 1000 sessions)."""
        with self.guard.aside():  # thousands of style events, no input among them
            self._restyle()
        self.glyphs.clear()  # the visit's letters: the next may need others
        release_freed_memory()

    def _restyle_unless_waiting(self) -> None:
        if not self._restyle_after_paint:
            self._restyle()

    def _on_speech_status(self) -> None:
        """The speech backend started, failed or recovered: show it (and log it)."""
        log.info("speech %s", "available" if self.speaker.available else "unavailable")
        self.look.show_top_state()
        if self.journey.top.screen in (Screen.SPEECH_SETTINGS, Screen.STAFF_PANEL):
            self.draw(self.journey.top)

    # ---- what a person (or a test, or the screenshot walk) does --------------------

    def start_session(self, by_key: bool = False) -> None:
        self.dispatch(ev.Start(by_key))

    def choose_language(self, lang: str) -> None:
        self.dispatch(ev.ChooseLanguage(lang))

    def start_flow(self, flow_id: str) -> None:
        self.dispatch(ev.ChooseFlow(flow_id))

    def send(self, event: flow.Event) -> None:
        """A flow step's input, as the step page sends it."""
        if isinstance(event, (flow.Answer, flow.Edit)):
            self.dispatch(ev.FlowInput(event))
        elif isinstance(event, flow.Back):
            self.dispatch(ev.GoBack())
        elif isinstance(event, flow.Help):
            self.dispatch(ev.AskHelp())

    def go_back(self) -> None:
        self.dispatch(ev.GoBack())

    def show_home(self) -> None:
        self.dispatch(ev.GoHome())

    def ask_help(self) -> None:
        self.dispatch(ev.AskHelp())

    def confirm_end(self) -> None:
        self.dispatch(ev.AskEnd())

    def end_session(self, reason: str) -> None:
        self.dispatch(ev.EndVisit(EndReason(reason)))

    def show_attract(self) -> None:
        """Forget the resident and wait for the next one."""
        self.dispatch(ev.EndVisit(EndReason.RESET))

    def show_speech_settings(self) -> None:
        self.dispatch(ev.Open(Screen.SPEECH_SETTINGS))

    def show_privacy(self) -> None:
        self.dispatch(ev.Open(Screen.MY_DATA))

    def show_statement(self) -> None:
        self.dispatch(ev.Open(Screen.STATEMENT))

    def change_volume(self, step: int) -> None:
        self.dispatch(ev.Setting("volume", step))

    def change_rate(self, step: int) -> None:
        self.dispatch(ev.Setting("rate", step))

    def idle_tick(self) -> None:
        self.dispatch(ev.Tick())

    def request_pin(self, role: str = "staff") -> None:
        self.dispatch(ev.AskPin(role))

    def leave_helper(self) -> None:
        self.dispatch(ev.StaffAction("leave"))

    def repeat(self) -> None:
        if self.journey.top.layer is not Layer.STAFF:  # never staff notes to the room
            self.speak_page()

    def recover(self) -> None:
        """After an unexpected error: a friendly screen, then a clean start (no traceback)."""
        try:
            self.dispatch(ev.EndVisit(EndReason.FAULT))
        except Exception:  # noqa: BLE001 - the last line of defence must not raise
            log.exception("recovery screen failed; showing the start screen")
            self.draw(View(Screen.ATTRACT), speak=False)

    # ---- input ---------------------------------------------------------------------

    def _touched(self) -> bool:
        """Any touch or key: stop speech (A3), start the idle wait again. True when
        the touch was spent on the idle warning ("still here")."""
        warned = self.journey.top.screen is Screen.IDLE_WARNING
        self.speaker.stop()
        self.desk.activity()
        self.dispatch(ev.Touch())
        return warned

    def _move_focus(self, forward: bool) -> None:
        """An arrow key: on to the next control (or back), said aloud like Tab's (A17)."""
        self.reader.mark_key_focus()
        self.focusNextPrevChild(forward)

    def _exploring(self) -> bool:
        """Explore by touch is on, for a resident's screen (staff tap as always)."""
        top = self.journey.top
        return (
            self.session.settings.explore
            and top.screen is not Screen.ATTRACT
            and top.layer is not Layer.STAFF
        )

    def _orient(self) -> None:
        """The keypad's Help: where you are, how many choices, how to go on."""
        page = self.page
        if page is not None:
            text = orientation(heading(page), choices(page))
            self.reader.say(text, self.session.settings.language)

    def _say_now(self, text: str) -> None:
        """A walked key or a control, said if speech is on (as focus moves are)."""
        if self.session.settings.speech:
            self.reader.say(text, self.session.settings.language)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            # Resident mode: the window cannot be closed (Alt+F4, the compositor, a
            # stray quit). Only the admin PIN sets allow_close (issue 6, lockdown).
            log.warning("close request ignored in resident mode")
            event.ignore()
            return
        self.visit.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self.allow_close
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self._restore_window)  # never left minimised
        super().changeEvent(event)

    def _restore_window(self) -> None:
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state)
        if state & Qt.WindowState.WindowFullScreen:
            self.showFullScreen()
        else:
            self.showNormal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.top.fit_height()
        self.bottom.fit_height()
