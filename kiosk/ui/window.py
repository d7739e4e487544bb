"""The kiosk window: the bars, the current page, and the resident's journey.

attract → language → home → flow steps → done → end (wipe) → attract (DESIGN §3).
The window carries out what the flow engine asks for (show a step, call a service,
finish); it never decides a flow's path itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
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
from kiosk.core.idle import IdleState, IdleWatch
from kiosk.core.session import Session
from kiosk.flow.engine import (
    Answer,
    Back,
    CallService,
    Edit,
    End,
    Finished,
    FlowEngine,
    Help,
    RequestHelp,
    ServiceDone,
    ServiceFailed,
    ShowStep,
)
from kiosk.flow.spec import Flow
from kiosk.speech.speaker import Speaker
from kiosk.ui.chime import Chime, SilentChime
from kiosk.ui.chrome import BottomBar, TopBar
from kiosk.ui.handoff import HandoffFiles, Printout, PrintResult, print_to, printer_not_working
from kiosk.ui.helper_mode import END_REASONS, OVERLAY_NAMES, HelperModeMixin, StaffTools
from kiosk.ui.i18n import Translations
from kiosk.ui.pages import AttractPage, HomePage, LanguagePage, MessagePage, Page, TextPage
from kiosk.ui.runner import ServiceRunner
from kiosk.ui.staff_pages import StaffBanner
from kiosk.ui.steps import StepPage
from kiosk.ui.tapguard import TapGuard
from kiosk.ui.theme import Theme, make_theme

log = logging.getLogger(__name__)

# Screens shown over a flow step; Back from them returns to the step.
OVERLAYS = OVERLAY_NAMES
# Volume and speed steps the resident can choose (A9); defaults come from the config.
VOLUMES: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
RATES: tuple[int, ...] = (100, 120, 140, 165, 190)

# After a fault, the sorry screen stays this long before the start screen.
RECOVER_MS = 6000
#: The events the window's application-wide filter acts on: touches, clicks and keys.
_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
})


# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


class KioskWindow(HelperModeMixin, QWidget):
    """The one top-level window.

    Signals:
        screen_shown(str): a name for the screen now shown ("attract", "language",
            "home", "step:<flow>:<step>", "help", "confirm-end", "sorry")
        help_requested(str, str): flow id and step id ("" outside a flow)
        session_ended(str): the reason ("end", "attract-timeout", "fault")
    """

    screen_shown = Signal(str)
    help_requested = Signal(str, str)
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
        handoff_files: HandoffFiles | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setWindowTitle("Helsinki kiosk")
        self.config, self.session, self.runner = config, session, runner
        self.flows = {flow.id: flow for flow in flows}
        self.flow_order = [flow.id for flow in flows]
        self.speaker, self.clock, self.translations = speaker, clock, translations
        self.engine: FlowEngine | None = None
        self.screen_name = ""
        self.page: QWidget | None = None
        self._render: Callable[[], None] = self._render_attract
        self._step_view: tuple[Any, object, str | None, bool] | None = None
        # Where Back returns to, by what was shown over it: "overlay" (help, settings,
        # …), "language" (the language menu), "idle" (the idle warning), "staff" (the
        # PIN pad, the staff panel). Each keeps its own, so one never overwrites
        # another's (the monkey tester found a resident stuck on "Are you still here?"
        # after help → language → idle).
        self._returns: dict[str, Callable[[], None]] = {}

        self.allow_close = False  # only the admin PIN lets the window close (issue 6)
        self.statement_dir = statement_dir
        self.handoff_files = handoff_files
        self.banner = StaffBanner()
        self.top = TopBar()
        self.bottom = BottomBar()
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        # Under the top bar, so neither bar moves when staff step in (A15).
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom)

        self.top.language_clicked.connect(self._on_language_button)
        self.top.text_size_clicked.connect(self._on_text_size)
        self.top.contrast_clicked.connect(self._on_contrast)
        self.top.speech_clicked.connect(self.show_speech_settings)
        self.top.privacy_clicked.connect(self.show_privacy)
        self.speech_status_changed.connect(self._on_speech_status)
        self.bottom.back_clicked.connect(self.go_back)
        self.bottom.repeat_clicked.connect(self.repeat)
        self.bottom.help_clicked.connect(self.ask_help)
        self.bottom.end_clicked.connect(self.confirm_end)

        self._recover_timer = QTimer(self)
        self._recover_timer.setSingleShot(True)
        self._recover_timer.timeout.connect(self.show_attract)
        self._init_helper_mode(staff)
        self._tap_guard = TapGuard(config.timeouts.double_tap_s)
        self.chime = chime or SilentChime()
        self.idle = IdleWatch(clock, config.timeouts.idle_s, config.timeouts.warning_s)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(1000)
        self._idle_timer.timeout.connect(self.idle_tick)
        self._idle_timer.start()
        self._focus_by_key = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.focusChanged.connect(self._on_focus_changed)
        self.theme: Theme = self._make_theme()
        self.apply_theme()
        self.show_attract()

    # Theme and settings ----------------------------------------------------------

    def _make_theme(self) -> Theme:
        s, d = self.session.settings, self.config.display
        return make_theme(s.theme, d.pixel_pitch_mm, d.viewing_distance_mm, s.text_size)

    def apply_theme(self) -> None:
        """Apply colours and sizes for the current settings to everything."""
        self.theme = self._make_theme()
        m = self.theme.metrics
        app = QApplication.instance()
        app.setFont(self.theme.font())
        app.setStyleSheet(self.theme.stylesheet())
        self.top.apply_metrics(m.gap_px, m.margin_px)
        self.bottom.apply_metrics(m.gap_px, m.margin_px)
        self._show_top_state()

    def _switch_language(self, lang: str) -> None:
        self.session.change(language=lang)
        self.translations.switch(lang)
        self.setAccessibleName(translate("window", "City services kiosk"))
        self.top.fit_height()
        self.bottom.fit_height()

    def _on_text_size(self) -> None:
        size = self.session.next_text_size()
        self.session.change(text_size=size)
        self.stat("text_size", value=str(size))
        self.apply_theme()
        self._rerender(
            announce=translate("window", "Text size %1 percent.").replace("%1", str(size))
        )

    def _on_contrast(self) -> None:
        high = self.session.settings.theme != "high-contrast"
        self.session.change(theme="high-contrast" if high else "standard")
        self.stat("theme", value=self.session.settings.theme)
        self.apply_theme()
        self._rerender(
            announce=translate("window", "High contrast on.")
            if high
            else translate("window", "High contrast off.")
        )

    def _show_top_state(self) -> None:
        s = self.session.settings
        self.top.show_state(
            s.text_size, s.theme == "high-contrast", s.speech, self.speaker.available
        )

    def _on_speech_status(self) -> None:
        """The speech backend started, failed or recovered: show it (and log it)."""
        log.info("speech %s", "available" if self.speaker.available else "unavailable")
        self._show_top_state()
        if self.screen_name in ("speech-settings", "staff-panel"):
            self._render()

    def _on_speech_toggle(self) -> None:
        on = not self.session.settings.speech
        self.session.change(speech=on)
        self._show_top_state()
        if self.screen_name == "speech-settings":
            self._render()
        # Turning speech off is still confirmed aloud once, so nobody is left guessing (A18).
        self.speaker.say(
            translate("window", "Speech on.") if on else translate("window", "Speech off."),
            self.session.settings.language,
        )

    def change_volume(self, step: int) -> None:
        """One step louder (+1) or quieter (-1), said at the new volume (A9)."""
        self._step_setting(step, "volume", VOLUMES, self.speaker.set_volume,
                           translate("window", "This is the loudest."),
                           translate("window", "This is the quietest."),
                           translate("window", "Volume %1 of %2."))

    def change_rate(self, step: int) -> None:
        """One step faster (+1) or slower (-1), said at the new speed."""
        self._step_setting(step, "rate", RATES, self.speaker.set_rate,
                           translate("window", "This is the fastest."),
                           translate("window", "This is the slowest."),
                           translate("window", "Speed %1 of %2."))

    def _step_setting(self, step: int, setting: str, levels: tuple, apply: Callable,
                      top: str, bottom: str, template: str) -> None:
        level = _level(getattr(self.session.settings, setting), levels) + step
        if not 0 <= level < len(levels):
            words = top if step > 0 else bottom
        else:
            self.session.change(**{setting: levels[level]})
            apply(levels[level])
            words = template.replace("%1", str(level + 1)).replace("%2", str(len(levels)))
        self._settings_changed(words)

    def _settings_changed(self, words: str) -> None:
        if self.screen_name == "speech-settings":
            self._render()
        # Said even with screen speech off: the resident asked to hear the change.
        self.speaker.say(words, self.session.settings.language)

    def _rerender(self, announce: str = "") -> None:
        """Build the current screen again in the current language, size and theme."""
        self._render()
        if announce and self.session.settings.speech:
            self.speaker.say(announce, self.session.settings.language)

    # Pages ------------------------------------------------------------------------

    def _set_page(self, page: QWidget, name: str, bars: bool = True, speak: bool = True) -> None:
        old = self.page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.page = page
        self._show_top_state()
        self.top.setVisible(bars)
        self.bottom.setVisible(bars)
        if bars:
            # Measured while shown: a hidden bar's labels are not laid out yet.
            self.top.fit_height()
            self.bottom.fit_height()
        self.screen_name = name
        if isinstance(page, Page):
            if page.first_focus is not None:
                page.first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(page, StepPage):
                # A lambda, not the speaker's bound method: PySide keeps a weak
                # reference for a plain object's method and never frees it (about
                # four a session, found by bench/sessions.py).
                page.speak_requested.connect(lambda text, lang: self.speaker.say(text, lang))
            if speak:
                self.speak_page()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("screen %s", name)
        self.screen_shown.emit(name)

    def speak_page(self) -> None:
        page = self.page
        if not isinstance(page, Page) or not page.speech or not self.session.settings.speech:
            return
        langs = {lang for _, lang in page.speech}
        if len(langs) == 1:
            self.speaker.say(" ".join(_sentence(t) for t, _ in page.speech), langs.pop())
        else:
            self.speaker.say_many(page.speech)

    def _render_attract(self) -> None:
        page = AttractPage(
            self.theme.metrics, list(self.config.languages.enabled), self.config.kiosk.place_name
        )
        page.started.connect(self.start_session)
        self._set_page(page, "attract", bars=False, speak=False)

    def show_attract(self) -> None:
        """Forget the resident and wait for the next one."""
        self._recover_timer.stop()
        self.runner.cancel()
        self.engine = None
        self._step_view = None
        self._returns.clear()
        self.session.wipe()
        if self.handoff_files is not None:
            self.handoff_files.wipe()
        self.speaker.stop()
        self.speaker.forget()
        self.speaker.set_volume(self.session.settings.volume)
        self.speaker.set_rate(self.session.settings.rate)
        QApplication.clipboard().clear()
        self.translations.switch(self.session.settings.language)
        self.apply_theme()
        self._show(self._render_attract)

    def _show(self, render: Callable[[], None]) -> None:
        self._render = render
        render()

    def start_session(self, by_key: bool = False) -> None:
        self.session.start()
        self.idle.activity()
        self.stat("session_started")
        log.info("session started (%s)", "key" if by_key else "touch")
        self.show_language()

    def show_language(self) -> None:
        def render() -> None:
            page = LanguagePage(
                self.theme.metrics,
                list(self.config.languages.enabled),
                self.session.settings.language,
            )
            page.chosen.connect(self._on_language_chosen)
            self._set_page(page, "language")

        self._show(render)

    def _on_language_button(self) -> None:
        # Remember where the resident was, to come back there in the new language.
        if self.screen_name not in ("language", "attract"):
            self._returns["language"] = self._render
        self.show_language()

    def _on_language_chosen(self, lang: str) -> None:
        self._switch_language(lang)
        self.stat("language", value=lang)
        self._return_from("language", otherwise=self.show_home)

    def show_home(self) -> None:
        self.runner.cancel()
        self.engine = None
        self.session.flow_id = None

        def render() -> None:
            s = self.session.settings
            page = HomePage(
                self.theme.metrics,
                s.language,
                self.config.kiosk.place_name,
                [self.flows[fid] for fid in self.flow_order],
                columns=2 if s.text_size == 100 else 1,
                idle_minutes=max(1, round(self.config.timeouts.idle_s / 60)),
            )
            page.flow_chosen.connect(self.start_flow)
            page.statement_requested.connect(self.show_statement)
            self._set_page(page, "home")

        self._show(render)

    # Flows ------------------------------------------------------------------------

    def start_flow(self, flow_id: str) -> None:
        flow = self.flows[flow_id]
        self.session.flow_id = flow_id
        self.engine = FlowEngine(flow, self.session.answers_for(flow_id))
        self.stat("flow_started", flow=flow_id)
        log.info("flow %s started", flow_id)
        self.carry_out(self.engine.start())

    def send(self, event: object) -> None:
        """Pass an event to the flow engine and carry out what it asks for."""
        if self.engine is not None:
            self.carry_out(self.engine.handle(event))

    def carry_out(self, effects: list[object]) -> None:
        for effect in effects:
            if isinstance(effect, ShowStep):
                self._step_view = (effect.step, effect.data, effect.error, effect.maybe_sent)
                self._show(self._render_step)
            elif isinstance(effect, CallService):
                self._call_service(effect)
            elif isinstance(effect, RequestHelp):
                self.help_requested.emit(effect.flow_id, effect.step_id)
                self.request_help(effect.flow_id, effect.step_id)
            elif isinstance(effect, Finished):
                log.info(
                    "flow %s finished at %s: %s", effect.flow_id, effect.step_id, effect.outcome
                )
                if effect.outcome == "completed":
                    self.stat("flow_completed", flow=effect.flow_id)
                else:
                    self.stat(
                        "flow_abandoned",
                        flow=effect.flow_id,
                        step=effect.step_id,
                        value=effect.outcome,
                    )
                if effect.outcome in ("back", "declined"):
                    self.show_home()
                elif effect.outcome in ("ended", "timeout"):
                    self.end_session(effect.outcome)
                # "completed": the done page stays until the resident chooses.

    def _call_service(self, effect: CallService) -> None:
        lang = self.session.settings.language
        self.runner.run(
            effect.name,
            dict(effect.params),
            lang,
            lambda data: self.send(ServiceDone(data)),
            lambda reason, maybe_sent: self.send(ServiceFailed(reason, maybe_sent)),
        )

    def _render_step(self) -> None:
        assert self.engine is not None and self._step_view is not None
        step, data, error, maybe_sent = self._step_view
        flow = self.engine.flow
        page = StepPage(
            self.theme.metrics,
            self.session.settings.language,
            flow,
            step,
            answers=self.session.answers_for(flow.id),
            data=data,
            error=error,
            maybe_sent=maybe_sent,
            now=self.clock.now(),
            path_answers=self.engine.answers_on_path(),
            drafts=self.session.drafts_for(flow.id),
            can_print=self.config.handoff.printing,
        )
        page.answered.connect(lambda value: self.send(Answer(value)))
        page.print_requested.connect(self.print_printout)
        page.edit_requested.connect(lambda step_id: self.send(Edit(step_id)))
        page.home_requested.connect(self.show_home)
        page.end_requested.connect(self.confirm_end)
        self._set_page(page, f"step:{flow.id}:{step.id}")

    # Bottom bar -------------------------------------------------------------------

    def go_back(self) -> None:
        name = self.screen_name
        if name == "idle-warning":
            self._still_here()
        elif name in OVERLAYS:
            self._return_from("overlay")
        elif name.startswith("step:"):
            if self.engine is not None and self.engine.finished:
                self.show_home()  # Back from a done screen: to the home tiles
            else:
                self.send(Back())
        elif name == "home":
            self.show_language()
        elif name == "language":
            self._return_from("language", otherwise=lambda: self.end_session("back"))

    def _return_from(self, over: str, otherwise: Callable[[], None] | None = None) -> None:
        """Show the screen that was under the ``over`` screen (see ``_returns``); with
        none known, ``otherwise`` (by default: where the resident was)."""
        back = self._returns.pop(over, None)
        if back is not None:
            self._show(back)
        else:
            (otherwise or self.show_where_the_resident_was)()

    def show_where_the_resident_was(self) -> None:
        """No return is known: the flow step, else the home tiles — never a dead end."""
        if self.engine is not None and not self.engine.finished and self._step_view:
            self._show(self._render_step)
        elif self.session.active:
            self.show_home()
        else:
            self.show_attract()

    def repeat(self) -> None:
        self.speak_page()

    def ask_help(self) -> None:
        if self.engine is not None and self.screen_name.startswith("step:"):
            self.send(Help())
        else:
            self.help_requested.emit("", "")
            self.request_help("", "")

    def _remember_return(self) -> None:
        """Before showing a screen over the current one (help, settings, …): remember
        where Back returns to, unless that is already such a screen."""
        if self.screen_name not in OVERLAYS:
            self._returns["overlay"] = self._render

    def show_help(self, kind: str = "desk") -> None:
        """The help screen: ``telling`` (on its way), ``told`` (staff know), or ``desk``
        (no way to reach staff from here: go to the desk)."""
        self._remember_return()
        lines = {
            "telling": [translate("window", "We are telling the library staff.")],
            "told": [
                translate("window", "A librarian has been told."),
                translate("window", "Please wait here."),
            ],
            "desk": [
                translate("window", "The library staff can help you."),
                translate("window", "Go to the service desk, or wave to a staff member."),
            ],
        }[kind]
        lines.append(translate("window", "Everything you did here stays until you come back."))

        def render() -> None:
            page = MessagePage(
                self.theme.metrics,
                self.session.settings.language,
                translate("window", "Help"),
                lines,
                [(translate("window", "Back to where I was"), "resumeButton", self.go_back)],
            )
            self._set_page(page, "help")

        self._show(render)

    def confirm_end(self) -> None:
        self._remember_return()

        def render() -> None:
            page = MessagePage(
                self.theme.metrics,
                self.session.settings.language,
                translate("window", "Do you want to end and clear?"),
                [
                    translate("window", "Everything you did here will be cleared."),
                    translate("window", "The next person cannot see it."),
                ],
                [
                    (
                        translate("window", "Yes, end and clear"),
                        "confirmEndButton",
                        lambda: self.end_session("end"),
                    ),
                    (translate("window", "No, go back"), "cancelEndButton", self.go_back),
                ],
            )
            self._set_page(page, "confirm-end")

        self._show(render)

    def print_printout(self, printout: Printout) -> None:
        """Send a result to the configured printer, off the GUI thread."""
        printer, now = self.config.handoff.printer, self.clock.now()
        self._show_print_status("printing")
        self.runner.run_task(lambda: print_to(printout, printer, now), self._on_printed)

    def _on_printed(self, result: object) -> None:
        if self.screen_name == "printing":  # else the resident has moved on
            ok = isinstance(result, PrintResult) and result.ok
            self._show_print_status("printed" if ok else "failed")

    def _show_print_status(self, kind: str) -> None:
        self._remember_return()
        heading, lines = {
            "printing": (
                translate("window", "Printing…"),
                [translate("window", "Please wait a moment.")],
            ),
            "printed": (
                translate("window", "Your printout is ready."),
                [translate("window", "Take the paper from the printer.")],
            ),
            "failed": (
                printer_not_working(),
                [translate("window", "Nothing was printed.")],
            ),
        }[kind]

        def render() -> None:
            page = MessagePage(
                self.theme.metrics,
                self.session.settings.language,
                heading,
                lines,
                [(translate("window", "Back to where I was"), "resumeButton", self.go_back)],
            )
            self._set_page(page, "printing" if kind == "printing" else f"print-{kind}")

        self._show(render)

    def show_statement(self) -> None:
        """The accessibility statement, in the current language (required for Finnish
        public digital services)."""
        self._remember_return()
        lang = self.session.settings.language
        try:
            text = (self.statement_dir / f"accessibility-{lang}.md").read_text(encoding="utf-8")
        except (OSError, TypeError) as exc:
            log.error("accessibility statement unavailable: %s", exc)
            text = (
                "# "
                + translate("window", "Accessibility statement")
                + "\n\n"
                + translate("window", "The statement cannot be shown now. Ask the library staff.")
            )

        def render() -> None:
            page = TextPage(
                self.theme.metrics,
                lang,
                text,
                translate("window", "Back to where I was"),
                self.go_back,
            )
            self._set_page(page, "statement")

        self._show(render)

    def show_speech_settings(self) -> None:
        self._remember_return()

        def render() -> None:
            s = self.session.settings
            if not self.speaker.available:
                state = translate("window", "Speech is not working now. The staff can help.")
            else:
                state = translate("window", "Volume %1 of %2. Speed %3 of %4.")
                for key, value in (
                    ("%1", _level(s.volume, VOLUMES) + 1),
                    ("%2", len(VOLUMES)),
                    ("%3", _level(s.rate, RATES) + 1),
                    ("%4", len(RATES)),
                ):
                    state = state.replace(key, str(value))
            toggle = (
                translate("window", "Turn speech off")
                if s.speech
                else translate("window", "Turn speech on")
            )
            page = MessagePage(
                self.theme.metrics,
                s.language,
                translate("window", "Speech and volume"),
                [state],
                [
                    (toggle, "speechToggleButton", self._on_speech_toggle),
                    (translate("window", "Louder"), "louderButton", lambda: self.change_volume(+1)),
                    (
                        translate("window", "Quieter"),
                        "quieterButton",
                        lambda: self.change_volume(-1),
                    ),
                    (translate("window", "Slower"), "slowerButton", lambda: self.change_rate(-1)),
                    (translate("window", "Faster"), "fasterButton", lambda: self.change_rate(+1)),
                    (translate("window", "Back to where I was"), "resumeButton", self.go_back),
                ],
            )
            self._set_page(page, "speech-settings")

        self._show(render)

    # Idle -------------------------------------------------------------------------

    def idle_tick(self) -> None:
        """Called every second: warn, count down, or end the session (A7)."""
        if self.screen_name in ("attract", "sorry"):
            return
        state = self.idle.tick()
        if state == IdleState.EXPIRED:
            self.end_session("idle")
        elif state == IdleState.WARNING:
            if self.screen_name != "idle-warning":
                self.show_idle_warning()
            else:
                self._update_countdown()

    def _countdown_text(self) -> str:
        seconds = self.idle.seconds_left()  # self.tr with a plain name: lupdate sees a plural
        return self.tr("The kiosk clears everything in %n seconds.", "", seconds)

    def show_idle_warning(self) -> None:
        if self.screen_name != "idle-warning":
            self._returns["idle"] = self._render  # exactly this screen, overlays too

        def render() -> None:
            page = MessagePage(
                self.theme.metrics,
                self.session.settings.language,
                translate("window", "Are you still here?"),
                [translate("window", "Touch the screen to go on."), self._countdown_text()],
                [(translate("window", "I am still here"), "stillHereButton", self._still_here)],
            )
            # Heard and seen, with a chime first, in case nobody is looking (A7, EAA).
            self.chime.play()
            self._set_page(page, "idle-warning")

        self._show(render)

    def _update_countdown(self) -> None:
        labels = self.page.findChildren(QLabel, "body") if self.page is not None else []
        if labels:
            labels[-1].setText(self._countdown_text())

    def _still_here(self) -> None:
        self.idle.activity()
        if self.screen_name == "idle-warning":
            self._return_from("idle")

    def end_session(self, reason: str) -> None:
        log.info("session ended: %s", reason)
        if self.engine is not None and not self.engine.finished:
            outcome = "timeout" if reason == "idle" else "ended"
            self.stat(
                "flow_abandoned",
                flow=self.engine.flow.id,
                step=self.engine.current.id,
                value=outcome,
            )
            self.engine.handle(End())
        if reason == "idle":
            self.stat("idle_timeout")
        if self.session.settings.speech and self.speaker.available:
            self.stat("speech_used", value=self.session.settings.language)
        self.stat("session_ended", value=END_REASONS.get(reason, "end"))
        self.leave_helper("session ended")
        self.session_ended.emit(reason)
        self.show_attract()

    # Faults -----------------------------------------------------------------------

    def recover(self) -> None:
        """After an unexpected error: a friendly screen, then a clean start (no traceback)."""
        try:
            self.runner.cancel()
            self.engine = None
            self.session.wipe()
            if self.handoff_files is not None:
                self.handoff_files.wipe()
            self.speaker.stop()
            self.translations.switch(self.session.settings.language)
            self.apply_theme()
            lang = self.session.settings.language

            def render() -> None:
                page = MessagePage(
                    self.theme.metrics,
                    lang,
                    translate("window", "Sorry, something went wrong."),
                    [
                        translate("window", "The kiosk starts again in a moment."),
                        translate("window", "What you did here has been cleared."),
                    ],
                    [(translate("window", "Start again"), "startAgainButton", self.show_attract)],
                )
                self._set_page(page, "sorry")

            self._show(render)
            self._recover_timer.start(RECOVER_MS)
        except Exception:  # noqa: BLE001 - the last line of defence must not raise
            log.exception("recovery screen failed; showing the start screen")
            self.show_attract()

    # Input ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            # Hundreds of paint, layout and timer events pass here on every screen
            # change; returning at once keeps this Python filter off the step time.
            return False
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            self.corner_press(event.globalPosition().toPoint())
        if (
            kind == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
            and self.corner_release()
        ):
            return True  # the long press opened the PIN pad; this release is not a tap
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            # Any touch or key stops current speech (A3) and restarts the idle wait.
            self.speaker.stop()
            self.idle.activity()
            self.helper_activity()
            if self.screen_name == "idle-warning":
                # One touch anywhere is enough to stay (A7); it must not also press
                # whatever lies under the finger on the screen that comes back.
                self._still_here()
                return True
        if isinstance(watched, (QAbstractButton, AttractPage)) and self._tap_guard.filter(
            watched, event
        ):
            return True
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            return self._navigation_key(watched, event)
        return False

    def _navigation_key(self, watched: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if self._locked_key(event):
            return True
        if key == Qt.Key.Key_H and (event.modifiers() & both) == both:
            self.request_pin("staff")  # the staff keyboard shortcut (DESIGN §8)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._mark_key_focus()
            return False
        if key == Qt.Key.Key_Escape and self.screen_name != "attract":
            self.go_back()
            return True
        typing = isinstance(watched, (QLineEdit, QPlainTextEdit))
        if self.screen_name != "attract" and (
            key == Qt.Key.Key_VolumeUp or (key == Qt.Key.Key_Plus and not typing)
        ):
            self.change_volume(+1)
            return True
        if self.screen_name != "attract" and (
            key == Qt.Key.Key_VolumeDown or (key == Qt.Key.Key_Minus and not typing)
        ):
            self.change_volume(-1)
            return True
        if isinstance(watched, QAbstractButton) and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Left,
        ):
            # Arrow keys on a keypad move between controls like Tab (A17).
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            self._mark_key_focus()
            self.focusNextPrevChild(forward)
            return True
        return False

    def _locked_key(self, event: QKeyEvent) -> bool:
        """Keys that would close, hide or leave the kiosk do nothing (lockdown)."""
        if self.allow_close:
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if (
            alt
            and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Space)
            or ctrl
            and key
            in (
                Qt.Key.Key_Q,
                Qt.Key.Key_W,
                Qt.Key.Key_N,
                Qt.Key.Key_O,
                Qt.Key.Key_P,
                Qt.Key.Key_S,
                Qt.Key.Key_Escape,
            )
            or key
            in (
                Qt.Key.Key_Meta,
                Qt.Key.Key_Super_L,
                Qt.Key.Key_Super_R,
                Qt.Key.Key_F11,
                Qt.Key.Key_Close,
                Qt.Key.Key_Exit,
                Qt.Key.Key_Sleep,
                Qt.Key.Key_PowerOff,
            )
        ):
            log.info("lockdown: ignored a key that would leave the kiosk")
            return True
        return False

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
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self.allow_close
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            # Never left minimised: put it back as it was.
            QTimer.singleShot(0, self._restore_window)
        super().changeEvent(event)

    def _restore_window(self) -> None:
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state)
        if state & Qt.WindowState.WindowFullScreen:
            self.showFullScreen()
        else:
            self.showNormal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.top.fit_height()
        self.bottom.fit_height()


def _level(value: float, levels: tuple[float, ...]) -> int:
    """Index of the level nearest to ``value``."""
    return min(range(len(levels)), key=lambda i: abs(levels[i] - value))


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
