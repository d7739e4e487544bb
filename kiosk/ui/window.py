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
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.idle import IdleWatch
from kiosk.core.session import Session
from kiosk.flow import engine as flow
from kiosk.flow.spec import Flow
from kiosk.journey import effects as fx
from kiosk.journey import events as ev
from kiosk.journey.journey import Journey
from kiosk.journey.views import EndReason, Screen, View
from kiosk.speech.speaker import Speaker
from kiosk.ui.chime import Chime, SilentChime
from kiosk.ui.chrome import BottomBar, TopBar
from kiosk.ui.handoff import HandoffFiles, Printout, PrintResult, print_to
from kiosk.ui.i18n import Translations
from kiosk.ui.input_guard import InputActions, InputGuard
from kiosk.ui.pages import Page
from kiosk.ui.runner import ServiceRunner
from kiosk.ui.screens import BARLESS, UNSPOKEN, ScreenParts, announcement, build_page
from kiosk.ui.screens import countdown_text as countdown_text
from kiosk.ui.staff_desk import StaffDesk, StaffTools
from kiosk.ui.staff_pages import StaffBanner
from kiosk.ui.theme import Theme, make_theme

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: After a fault, the sorry screen stays this long before the start screen.
RECOVER_MS = 6000
#: A city call still out after this long gets the waiting screen (issue 11: ≤ 300 ms).
WAITING_MS = 250
#: The journey's "who ended it" in the ``session_ended`` signal (the old names).
_ENDS_SIGNALLED = (EndReason.END, EndReason.BACK, EndReason.IDLE, EndReason.HELPER)


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

    def __init__(self, config: Config, session: Session, flows: list[Flow],
                 runner: ServiceRunner, speaker: Speaker, clock: Clock,
                 translations: Translations, chime: Chime | None = None,
                 staff: StaffTools | None = None, statement_dir: Path | None = None,
                 handoff_files: HandoffFiles | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setWindowTitle("Helsinki kiosk")
        self.config, self.session, self.runner, self.speaker = config, session, runner, speaker
        self.clock, self.translations, self.handoff_files = clock, translations, handoff_files
        self.chime = chime or SilentChime()
        self.allow_close = False  # only the admin PIN lets the window close (issue 6)
        self.page: QWidget | None = None
        self._printout: Printout | None = None
        self._queue: list[ev.Event] = []
        self._dispatching = False
        self._applied: tuple[str, int] | None = None  # the theme and size in use
        self.desk = StaffDesk(staff or StaffTools(), runner, speaker,
                              config.timeouts.helper_idle_s, self.dispatch, self)
        self.staff = self.desk.tools
        self.idle = IdleWatch(clock, config.timeouts.idle_s, config.timeouts.warning_s)
        self.journey = Journey(
            session, {f.id: f for f in flows}, self.idle,
            languages=list(config.languages.enabled),
            help_wait_s=config.timeouts.help_wait_s, help_route=self.desk,
            pin_enabled=self.desk.pin_enabled, speech_ok=lambda: self.speaker.available)
        self.parts = ScreenParts(config, self.journey, self.journey.flows, speaker, clock,
                                 self.desk, statement_dir, self.dispatch, self._print)

        self.banner, self.top, self.bottom = StaffBanner(), TopBar(), BottomBar()
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.banner)  # under the top bar: no bar moves when staff step in
        layout.addWidget(self.stack, 1)
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

        self.recover_timer = self._timer(RECOVER_MS, lambda: self.dispatch(ev.RecoverDone()))
        self._waiting_for = 0
        self._waiting = self._timer(
            WAITING_MS, lambda: self.dispatch(ev.WaitingDue(self._waiting_for)))
        self._idle_timer = self._timer(1000, lambda: self.dispatch(ev.Tick()), single=False)
        self._idle_timer.start()
        self._focus_by_key = False
        self.guard = InputGuard(self, InputActions(
            touched=self._touched, back=self.go_back, volume=self.change_volume,
            staff_pin=lambda: self.request_pin("staff"), key_focus=self._mark_key_focus,
            resting=lambda: self.journey.top.screen is Screen.ATTRACT,
            may_close=lambda: self.allow_close,
        ), config.timeouts.double_tap_s, lambda: self.theme.metrics.target_px)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self.guard)
            app.focusChanged.connect(self._on_focus_changed)
        self.theme: Theme = self._make_theme()
        self.dispatch(ev.EndVisit(EndReason.RESET))  # applies the settings, draws attract

    def _timer(self, ms: int, call: object, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(call)
        return timer

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

    def dispatch(self, event: ev.Event) -> None:
        """Hand ``event`` to the journey and carry out its effects. Events raised
        while effects run (an answer that comes at once) wait their turn."""
        self._queue.append(event)
        if self._dispatching:
            return
        self._dispatching = True
        try:
            while self._queue:
                for effect in self.journey.handle(self._queue.pop(0)):
                    self._carry_out(effect)
        finally:
            self._dispatching = False
            self._queue.clear()

    def _carry_out(self, effect: fx.Effect) -> None:  # noqa: C901 - one arm an effect
        lang = self.session.settings.language
        match effect:
            case fx.Show(view=view, speak=speak):
                self._draw(view, speak)
            case fx.Countdown(seconds=seconds):
                labels = self.page.findChildren(QLabel, "body") if self.page else []
                if labels:
                    labels[-1].setText(countdown_text(seconds))
            case fx.Chime():
                self.chime.play()
            case fx.CallService(request=req, name=name, params=params):
                self.runner.run(
                    name, params, lang,
                    lambda data: self.dispatch(ev.ServiceAnswered(req, True, data)),
                    lambda why, maybe: self.dispatch(
                        ev.ServiceAnswered(req, False, None, why, maybe)))
            case fx.WaitLater(request=req):
                self._waiting_for = req
                self._waiting.start()
            case fx.CancelService():
                self.runner.cancel()
            case fx.SendHelp(flow_id=flow_id, step_id=step_id):
                self.desk.send_help(flow_id, step_id)
            case fx.StartPrint(request=req):
                self._start_print(req)
            case fx.CheckPin(role=role, digits=digits):
                self.desk.check_pin(role, digits)
            case fx.Helper(active=active):
                self.banner.setVisible(active)
                self.desk.helper(active)
                log.info("helper mode %s", "on" if active else "off")
            case fx.ApplySettings():
                self._apply_settings()
            case fx.Announce(what=what, args=args, always=always):
                if always or self.session.settings.speech:
                    self.speaker.say(announcement(what, args), lang)
            case fx.Forget(reason=reason, keep_settings=keep):
                self._forget(reason, keep)
            case fx.Stat(event=name, fields=fields):
                self.desk.stat(name, fields)
            case fx.Audit(action=action, flow_id=flow_id, step_id=step_id):
                self.desk.audit(action, flow_id, step_id)
            case fx.ScheduleRecover():
                self.recover_timer.start(RECOVER_MS)  # read now: tests shorten it
            case fx.CloseKiosk():
                log.info("kiosk closed with the admin PIN")
                self.allow_close = True
                app = QApplication.instance()
                if app is not None:
                    app.quit()

    def _forget(self, reason: EndReason, keep_settings: bool) -> None:
        """Every trace of the resident outside the session (which the journey wiped):
        the same for every end, so none can forget to forget something."""
        log.info("session ended: %s", reason.value)
        self.runner.cancel()
        self._printout = None
        if self.handoff_files is not None:
            self.handoff_files.wipe()  # printouts, QR codes, PDFs of this visit
        self.speaker.stop()
        self.speaker.forget()  # the Repeat buffer and speech history
        clipboard = QApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            # X11's PRIMARY: text selected by a drag, pasted by a middle click.
            clipboard.clear(QClipboard.Mode.Selection)
        if not keep_settings:
            self._apply_settings()
        if reason in _ENDS_SIGNALLED:
            self.session_ended.emit(reason.value)

    # ---- drawing -------------------------------------------------------------------

    def _draw(self, view: View, speak: bool = True) -> None:
        if view.screen is not Screen.SORRY:
            self.recover_timer.stop()  # the start screen came sooner (Start again)
        page = build_page(view, self.parts, self.theme)
        old, self.page = self.page, page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._show_top_state()
        bars = view.screen not in BARLESS
        self.top.setVisible(bars)
        self.bottom.setVisible(bars)
        if bars:  # measured while shown: a hidden bar's labels are not laid out yet
            self.top.fit_height()
            self.bottom.fit_height()
        if isinstance(page, Page):
            if page.first_focus is not None:
                page.first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if speak and view.screen not in UNSPOKEN:
                self.speak_page()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("screen %s", view.name)
        self.screen_shown.emit(view.name)

    def speak_page(self) -> None:
        page = self.page
        if not isinstance(page, Page) or not page.speech or not self.session.settings.speech:
            return
        langs = {lang for _, lang in page.speech}
        if len(langs) == 1:
            self.speaker.say(" ".join(_sentence(t) for t, _ in page.speech), langs.pop())
        else:
            self.speaker.say_many(page.speech)

    def _make_theme(self) -> Theme:
        s, d = self.session.settings, self.config.display
        return make_theme(s.theme, d.pixel_pitch_mm, d.viewing_distance_mm, s.text_size)

    def apply_theme(self) -> None:
        """Apply colours and sizes for the current settings to everything."""
        self.theme = self._make_theme()
        self._applied = (self.session.settings.theme, self.session.settings.text_size)
        m = self.theme.metrics
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(self.theme.font())
            app.setStyleSheet(self.theme.stylesheet())
        self.top.apply_metrics(m.gap_px, m.margin_px)
        self.bottom.apply_metrics(m.gap_px, m.margin_px)
        self._show_top_state()

    def _apply_settings(self) -> None:
        """Bring language, look and voice in line with the session's settings (only
        what changed: restyling the whole application is slow)."""
        s = self.session.settings
        if s.language != self.translations.language or self._applied is None:
            self.translations.switch(s.language)
            self.setAccessibleName(translate("window", "City services kiosk"))
            self.top.fit_height()
            self.bottom.fit_height()
        if (s.theme, s.text_size) != self._applied:
            self.apply_theme()
        self.speaker.set_volume(s.volume)
        self.speaker.set_rate(s.rate)
        self._show_top_state()

    def _show_top_state(self) -> None:
        s = self.session.settings
        self.top.show_state(s.text_size, s.theme == "high-contrast", s.speech,
                            self.speaker.available)

    def _on_speech_status(self) -> None:
        """The speech backend started, failed or recovered: show it (and log it)."""
        log.info("speech %s", "available" if self.speaker.available else "unavailable")
        self._show_top_state()
        if self.journey.top.screen in (Screen.SPEECH_SETTINGS, Screen.STAFF_PANEL):
            self._draw(self.journey.top)

    # ---- printing ------------------------------------------------------------------

    def _print(self, printout: Printout) -> None:
        self._printout = printout
        self.dispatch(ev.Print())

    def _start_print(self, request: int) -> None:
        printout, printer, now = self._printout, self.config.handoff.printer, self.clock.now()
        if printout is None:
            self.dispatch(ev.Printed(request, False))
            return
        self.runner.run_task(lambda: print_to(printout, printer, now), lambda result: (
            self.dispatch(ev.Printed(request, isinstance(result, PrintResult) and result.ok))))

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
        self.speak_page()

    def recover(self) -> None:
        """After an unexpected error: a friendly screen, then a clean start (no traceback)."""
        try:
            self.dispatch(ev.EndVisit(EndReason.FAULT))
        except Exception:  # noqa: BLE001 - the last line of defence must not raise
            log.exception("recovery screen failed; showing the start screen")
            self._draw(View(Screen.ATTRACT), speak=False)

    # ---- input ---------------------------------------------------------------------

    def _touched(self) -> bool:
        """Any touch or key: stop speech (A3), start the idle wait again. True when
        the touch was spent on the idle warning ("still here")."""
        warned = self.journey.top.screen is Screen.IDLE_WARNING
        self.speaker.stop()
        self.desk.activity()
        self.dispatch(ev.Touch())
        return warned

    def _mark_key_focus(self) -> None:
        """The next focus change comes from the keypad: say where focus lands (A17)."""
        self._focus_by_key = True
        QTimer.singleShot(0, self._clear_key_focus)

    def _clear_key_focus(self) -> None:
        self._focus_by_key = False

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._focus_by_key or new is None or not self.isAncestorOf(new):
            return
        self._focus_by_key = False
        if self.session.settings.speech:
            self.speaker.say(describe_for_speech(new), self.session.settings.language)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            # Resident mode: the window cannot be closed (Alt+F4, the compositor, a
            # stray quit). Only the admin PIN sets allow_close (issue 6, lockdown).
            log.warning("close request ignored in resident mode")
            event.ignore()
            return
        self.runner.cancel()
        self.runner.wait()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.WindowStateChange and not self.allow_close
                and self.windowState() & Qt.WindowState.WindowMinimized):
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


def describe_for_speech(widget: QWidget) -> str:
    """What a keypad user hears when focus lands on ``widget``: its name and kind.

    The value of a private field is never said aloud (A5)."""
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    if isinstance(widget, QAbstractButton):
        return name + ", " + translate("window", "button")
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        words = name + ", " + translate("window", "text field")
        value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if widget.property("private"):
            return words + ", " + translate("window", "private")
        return f"{words}, {value}" if value else words
    return name


def _sentence(text: str) -> str:
    """Make sure each spoken part ends like a sentence, so the voice pauses."""
    text = text.strip()
    return text if text[-1:] in ".?!:" else f"{text}."
