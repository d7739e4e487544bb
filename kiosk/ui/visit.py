"""Carries out what the journey asks for: city calls, printing, help requests, PIN
checks, speech announcements, figures, and the one way a resident is forgotten.

:class:`Visit` is the bridge between the Qt-free :class:`~kiosk.journey.journey.Journey`
and the world: it feeds events in (taps come from the window, answers from threads,
ticks from its timers) and turns each effect into an action. Drawing is left to a
:class:`Surface` (the window), so nothing here knows about widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.idle import IdleWatch
from kiosk.core.session import Session
from kiosk.flow.spec import Flow
from kiosk.journey import effects as fx
from kiosk.journey import events as ev
from kiosk.journey.journey import Journey
from kiosk.journey.views import EndReason, View
from kiosk.speech.headset import AudioRoute, HeadsetWatch, JackSource
from kiosk.speech.speaker import Speaker
from kiosk.ui.chime import Chime
from kiosk.ui.handoff import HandoffFiles, Printout, PrintResult
from kiosk.ui.runner import ServiceRunner
from kiosk.ui.screens import announcement
from kiosk.ui.staff_desk import StaffDesk, StaffTools

if TYPE_CHECKING:
    from kiosk.fleet.messages import KioskStatus
    from kiosk.ui.fleet_link import FleetLink

log = logging.getLogger(__name__)

#: After a fault, the sorry screen stays this long before the start screen.
RECOVER_MS = 6000
#: A city call still out after this long gets the waiting screen (issue 11: ≤ 300 ms).
WAITING_MS = 250


def print_to(printout: Printout, printer: str | None, now: datetime) -> PrintResult:
    """Print ``printout`` on ``printer`` (None: the default one), on a worker thread:
    :func:`kiosk.ui.printout.print_to`. The one place a visit prints, so a test can
    put a PDF in the printer's place."""
    # Imported on the first print: the page, PDF and text layout types cost a few ms
    # and the start screen needs none of them (issue 19).
    from kiosk.ui.printout import print_to as send

    return send(printout, printer, now)


class Surface(Protocol):
    """What a visit needs drawn (the window)."""

    def draw(self, view: View, speak: bool = True) -> None: ...
    def show_countdown(self, seconds: int) -> None: ...
    def say(self, text: str, lang: str) -> None: ...
    def show_helper(self, active: bool) -> None: ...
    def apply_settings(self) -> None: ...
    def visit_ended(self, reason: EndReason) -> None: ...
    def close_kiosk(self) -> None: ...


class Visit(QObject):
    """One kiosk's journey and everything its effects need."""

    #: A headset went in (True) or out, from the headset watch's thread.
    jack_changed = Signal(bool)

    def __init__(
        self,
        surface: Surface,
        config: Config,
        session: Session,
        flows: list[Flow],
        runner: ServiceRunner,
        speaker: Speaker,
        clock: Clock,
        chime: Chime,
        staff: StaffTools | None,
        handoff_files: HandoffFiles | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._surface, self._config, self.session = surface, config, session
        self._runner, self._speaker, self._clock, self._chime = runner, speaker, clock, chime
        self._handoff_files = handoff_files
        self._queue: list[ev.Event] = []
        self._dispatching = False
        self._printout: Printout | None = None
        t = config.timeouts
        tools = staff or StaffTools()
        self.desk = StaffDesk(
            tools, runner, speaker, t.helper_idle_s, self.dispatch, self, config.staff.language
        )
        #: The printer as the fleet status tells it: "ok", "failed" (the last printout
        #: failed) or "off".
        self.printer = "ok" if config.handoff.printing else "off"
        # With [fleet], help goes to the desks over MQTT; else to the webhook.
        self.fleet: FleetLink | None = None
        if tools.fleet is not None:
            # Imported only with [fleet]: the MQTT client's modules cost a few ms before
            # the first frame, and a kiosk without a fleet never needs them (issue 19).
            from kiosk.ui.fleet_link import FleetLink

            self.fleet = FleetLink(tools.fleet, self.dispatch, self._fleet_status, self)
        self.idle = IdleWatch(clock, t.idle_s, t.warning_s)
        self.journey = Journey(
            session,
            {f.id: f for f in flows},
            self.idle,
            languages=list(config.languages.enabled),
            help_wait_s=t.help_wait_s,
            help_route=self.fleet or self.desk,
            pin_enabled=self.desk.pin_enabled,
            speech_ok=lambda: speaker.available,
            claim_wait_s=config.help.claim_expire_s,
        )
        self.recover_timer = self._timer(lambda: self.dispatch(ev.RecoverDone()))
        self.headset_watch: HeadsetWatch | None = None
        self._route = AudioRoute(config.headset.alsa_card, config.headset.mute_control)
        self.jack_changed.connect(self._headset)
        self._waiting_for = 0
        self._waiting = self._timer(lambda: self.dispatch(ev.WaitingDue(self._waiting_for)))
        self._ticks = self._timer(lambda: self.dispatch(ev.Tick()), single=False)
        self._ticks.start(1000)

    def _timer(self, call: Callable[[], None], single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.timeout.connect(call)
        return timer

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
        lang, surface = self.session.settings.language, self._surface
        match effect:
            case fx.Show(view=view, speak=speak):
                if view.screen.value != "sorry":
                    self.recover_timer.stop()  # the start screen came sooner (Start again)
                surface.draw(view, speak)
                if self.fleet is not None:
                    self.fleet.refresh()
            case fx.Countdown(seconds=seconds):
                surface.show_countdown(seconds)
            case fx.Chime():
                self._chime.play()
            case fx.CallService(request=req, name=name, params=params):
                self._runner.run(
                    name,
                    params,
                    lang,
                    lambda data: self.dispatch(ev.ServiceAnswered(req, True, data)),
                    lambda why, maybe: self.dispatch(
                        ev.ServiceAnswered(req, False, None, why, maybe)
                    ),
                )
            case fx.WaitLater(request=req):
                self._waiting_for = req
                self._waiting.start(WAITING_MS)
            case fx.CancelService():
                self._runner.cancel()
            case fx.SendHelp(flow_id=flow_id, step_id=step_id):
                if self.fleet is not None:
                    self.fleet.send_help(flow_id, step_id, self.session.settings)
                else:
                    self.desk.send_help(flow_id, step_id)
            case fx.CloseHelp(why=why):
                if self.fleet is not None:
                    self.fleet.close_help(why)
            case fx.StartPrint(request=req):
                self._start_print(req)
            case fx.CheckPin(role=role, digits=digits):
                self.desk.check_pin(role, digits)
            case fx.Helper(active=active):
                surface.show_helper(active)
                self.desk.helper(active)
                if self.fleet is not None:
                    self.fleet.refresh()
                log.info("helper mode %s", "on" if active else "off")
            case fx.ApplySettings():
                surface.apply_settings()
            case fx.Announce(what=what, args=args, always=always):
                if always or self.session.settings.speech:
                    surface.say(announcement(what, args), lang)
            case fx.Forget(reason=reason, keep_settings=keep):
                self._forget(reason, keep)
            case fx.Stat(event=name, fields=fields):
                self.desk.stat(name, fields)
            case fx.Audit(action=action, flow_id=flow_id, step_id=step_id):
                self.desk.audit(action, flow_id, step_id)
            case fx.ScheduleRecover():
                self.recover_timer.start(RECOVER_MS)
            case fx.CloseKiosk():
                log.info("kiosk closed with the admin PIN")
                surface.close_kiosk()

    def _forget(self, reason: EndReason, keep_settings: bool) -> None:
        """Every trace of the resident outside the session (which the journey wiped):
        the same for every end, so none can forget to forget something."""
        log.info("session ended: %s", reason.value)
        self._runner.cancel()
        self._printout = None
        if self._handoff_files is not None:
            self._handoff_files.wipe()  # printouts, QR codes, PDFs of this visit
        self._speaker.stop()
        self._speaker.forget()  # the Repeat buffer and speech history
        clipboard = QApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            # X11's PRIMARY: text selected by a drag, pasted by a middle click.
            clipboard.clear(QClipboard.Mode.Selection)
        if not keep_settings:
            self._surface.apply_settings()
        self._surface.visit_ended(reason)

    # ---- printing ------------------------------------------------------------------

    def print_printout(self, printout: Printout) -> None:
        """A step page's Print: the journey shows "Printing…", then we print."""
        self._printout = printout
        self.dispatch(ev.Print())

    def _start_print(self, request: int) -> None:
        printout, printer, now = self._printout, self._config.handoff.printer, self._clock.now()
        if printout is None:
            self.dispatch(ev.Printed(request, False))
            return
        self._runner.run_task(
            lambda: print_to(printout, printer, now), lambda result: self._printed(request, result)
        )

    def _printed(self, request: int, result: object) -> None:
        ok = isinstance(result, PrintResult) and result.ok
        self.printer = "ok" if ok else "failed"
        self.dispatch(ev.Printed(request, ok))

    def _fleet_status(self) -> KioskStatus:
        """What the desks and IT see of this kiosk now (ids and states only)."""
        from kiosk.ui.fleet_link import status_of  # with [fleet] only (see __init__)

        c, tools = self._config, self.desk.tools
        city = tools.sources.get("city")
        return status_of(
            self.journey,
            c.kiosk.id,
            c.fleet.place,
            c.kiosk.place_name.get(c.staff.language),
            speech=self._speaker.available,
            printer=self.printer,
            network=getattr(city, "problem", None) is None,
            snapshot=tools.snapshot_date,
            today=self._clock.now().date(),
        )

    # ---- private listening (EN 301 549 5.1.3.9) -------------------------------------

    def watch_headset(self, source: JackSource, start: bool = True) -> HeadsetWatch:
        """Speech follows the headset ``source`` reports (kiosk.speech.headset): a
        thread polls it; a test calls ``poll()`` itself (``start=False``)."""
        poll_s = self._config.headset.poll_s
        self.headset_watch = HeadsetWatch(source, self.jack_changed.emit, poll_s)
        if start:
            self.headset_watch.start()
        return self.headset_watch

    def _headset(self, plugged: bool) -> None:
        """Speech to the headset, the loudspeaker muted, or back; the journey says so."""
        headset = self._config.headset
        device = headset.headset_device if plugged else headset.speaker_device
        self._speaker.stop()
        self._speaker.set_output(device or None)
        self._route.headset(plugged)
        self.dispatch(ev.Headset(plugged, headset.volume))

    def stop(self) -> None:
        """The window closes: no answer is awaited any more; off the bus."""
        if self.headset_watch is not None:
            self.headset_watch.stop()
        self._runner.cancel()
        self._runner.wait()
        if self.fleet is not None:
            self.fleet.stop()
