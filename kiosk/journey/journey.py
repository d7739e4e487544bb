"""One visit, from the first touch to the wipe (DESIGN §3, §7, §8).

:class:`Journey` owns what the window used to keep in strings and closures: which
screen is up and what lies under it, the flow engine, the city call that is awaited,
helper mode, the idle decisions and the one way a visit ends. It is pure: no Qt, no
threads, no I/O. Events go in (:mod:`kiosk.journey.events`), effects come out
(:mod:`kiosk.journey.effects`), and the window only draws and carries them out.

The rules that made the old window go wrong are written here once:

- an answer from the city updates the resident's place (the bottom of the stack) and
  is shown only if nothing lies over it: help, "End?", My data and the idle warning
  are never replaced by a late answer;
- only the latest request's answer counts; Back while waiting goes back at once;
- the help screen keeps the visit for ``help_wait_s``, then the idle warning comes;
  once a desk has claimed the request ("Help is coming") the kiosk waits
  ``claim_wait_s`` for the staff member, on whatever screen the resident is;
- staff screens leave the stack when helper mode ends, and staff actions need it on;
- every end (End, idle, staff, fault, Clear now, reset) goes through ``_forget``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from kiosk.core.idle import IdleState, IdleWatch
from kiosk.core.session import TEXT_SIZES, Session
from kiosk.flow import engine as flow
from kiosk.flow.spec import Flow, StepKind
from kiosk.journey import effects as fx
from kiosk.journey import events as ev
from kiosk.journey import practice
from kiosk.journey.levels import RATES, VOLUMES, level
from kiosk.journey.views import EndReason, Layer, Screen, View

#: Ends that count as a finished visit in the anonymous figures.
_COUNTED_ENDS = (EndReason.END, EndReason.BACK, EndReason.IDLE, EndReason.HELPER)
#: Screens where no visit is on, so the idle timer has nothing to end.
_RESTING = (Screen.ATTRACT, Screen.SORRY)
#: Events only a resident causes: each one is activity for the idle timer, however it
#: came (a touch, a keypad, or an assistive technology's "press" action, which clicks
#: a button without any touch or key event the window could see; issue 18).
_RESIDENT = (
    ev.OpenLanguages,
    ev.ChooseLanguage,
    ev.ChooseFlow,
    ev.FlowInput,
    ev.GoHome,
    ev.GoBack,
    ev.AskHelp,
    ev.Open,
    ev.AskEnd,
    ev.Print,
    ev.Setting,
    ev.Practice,
)


class HelpRoute(Protocol):
    """Decides how a help request goes: "send" it now, staff were "told" within the
    last minute, or no way to reach them: the resident goes to the "desk"."""

    def route(self, flow_id: str | None, step_id: str | None) -> str: ...


class Journey:
    """The visit's state machine. Create once per kiosk; it lives across visits."""

    def __init__(
        self,
        session: Session,
        flows: Mapping[str, Flow],
        idle: IdleWatch,
        *,
        languages: Sequence[str],
        help_wait_s: float,
        help_route: HelpRoute,
        pin_enabled: Callable[[str], bool],
        speech_ok: Callable[[], bool],
        claim_wait_s: float = 0.0,
    ) -> None:
        self.session = session
        self.flows = dict(flows)
        self.idle = idle
        self.languages = list(languages)
        self.help_wait_s = help_wait_s
        #: How long a claimed request ("Help is coming") keeps the visit (at least
        #: ``help_wait_s``): until the staff member arrives or the claim expires.
        self.claim_wait_s = max(help_wait_s, claim_wait_s)
        self._help_open = False  # a request went out and is not over yet
        self._claim: str | None = None  # the first name (or "") of who is coming
        self._help_route = help_route
        self._pin_enabled = pin_enabled
        self._speech_ok = speech_ok
        self.engine: flow.FlowEngine | None = None
        self.helper = False
        self._stack: list[View] = [View(Screen.ATTRACT)]
        self._requests = 0  # numbers city calls and printouts, so stale answers are known
        self._awaited: int | None = None  # the city call whose answer counts
        self._printing: int | None = None  # the printout whose result counts
        self._shown: View | None = None  # the view the window last drew
        self._out: list[fx.Effect] = []
        self._after: list[fx.Effect] = []  # said once the new screen is drawn
        #: While a headset is in: its volume, which each new session starts at.
        self.headset_volume: float | None = None
        self._loudspeaker_volume: float | None = None  # the volume before it was in
        #: The headset switched explore by touch on (not the resident): pulling it out
        #: switches it off again; a resident's own choice is never undone by a cable.
        self._explore_by_headset = False

    # ---- state ---------------------------------------------------------------------

    @property
    def top(self) -> View:
        """The view on the screen now."""
        return self._stack[-1]

    @property
    def place(self) -> View:
        """Where the resident is, under whatever lies over it."""
        return self._stack[0]

    @property
    def stack(self) -> tuple[View, ...]:
        return tuple(self._stack)

    @property
    def headset(self) -> bool:
        """A headset is in: private values may be said (EN 301 549 5.1.3.9)."""
        return self.headset_volume is not None

    @property
    def awaiting(self) -> bool:
        """A city call is out and its answer still counts."""
        return self._awaited is not None

    # ---- driving -------------------------------------------------------------------

    def handle(self, event: ev.Event) -> list[fx.Effect]:
        """Apply one event; return what the window must do, in order."""
        self._out, self._after = [], []
        if isinstance(event, _RESIDENT) and self.top.screen not in _RESTING:
            self.idle.activity()
        self._apply(event)
        if self.top is not self._shown:
            self._shown = self.top
            self._out.append(fx.Show(self.top))
        out = self._out + self._after
        self._out, self._after = [], []
        return out

    def _apply(self, event: ev.Event) -> None:  # noqa: C901 - one arm an event, flat
        match event:
            case ev.Touch():
                self.idle.activity()
                if self.top.screen is Screen.IDLE_WARNING:
                    self._stack.pop()  # one touch anywhere is enough to stay (A7)
            case ev.Tick():
                self._tick()
            case ev.Start():
                if self.top.screen is not Screen.ATTRACT:
                    return  # only the attract screen starts a visit: never wipe one on
                self.session.start()
                self._headset_volume_kept()
                self.idle.activity()
                self._emit(fx.Stat("session_started"))
                self._stack = [View(Screen.LANGUAGE, "start")]
            case ev.OpenLanguages():
                if self.top.screen not in (Screen.LANGUAGE, *_RESTING):
                    self._over(View(Screen.LANGUAGE, "menu"))
            case ev.ChooseLanguage(lang=lang):
                self._choose_language(lang)
            case ev.ChooseFlow(flow_id=flow_id):
                self._start_flow(flow_id)
            case ev.FlowInput(event=flow_event):
                self._flow_input(flow_event)
            case ev.GoHome():
                self._home()
            case ev.GoBack():
                self._back()
            case ev.AskHelp():
                self._ask_help()
            case ev.HelpAnswered(delivered=delivered):
                if self._claim is None:  # "coming" is news the answer must not hide
                    kind = "told" if delivered else "desk"
                    self._replace_where(Screen.HELP, View(Screen.HELP, kind))
            case ev.HelpClaimed(name=name):
                self._help_claimed(name)
            case ev.HelpReleased(why=why):
                self._help_released(why)
            case ev.Open(screen=screen):
                overs = (Screen.MY_DATA, Screen.STATEMENT, Screen.SPEECH_SETTINGS)
                if screen in overs and self.top.screen not in _RESTING:
                    self._over(View(screen))
            case ev.AskEnd():
                if self.top.screen not in _RESTING:
                    self._over(View(Screen.END_CONFIRM))
            case ev.EndVisit(reason=reason):
                self._end(reason)
            case ev.RecoverDone():
                if self.top.screen is Screen.SORRY:
                    self._end(EndReason.RESET)  # what the sorry screen said goes too
            case ev.ServiceAnswered():
                self._service_answered(event)
            case ev.WaitingDue(request=request):
                if request == self._awaited:
                    self._show_waiting()
            case ev.Print() if self.top.screen not in _RESTING:
                self._requests += 1
                self._printing = self._requests
                self._over(View(Screen.PRINT, "printing"))
                self._emit(fx.StartPrint(self._requests))
            case ev.Printed(request=request, ok=ok):
                if request == self._printing:
                    self._printing = None
                    kind = "printed" if ok else "failed"
                    self._replace_where(Screen.PRINT, View(Screen.PRINT, kind))
            case ev.Setting(name=name, step=step):
                self._setting(name, step)
            case ev.AskPin(role=role):
                self._ask_pin(role)
            case ev.PinEntered(digits=digits):
                if self.top.screen is Screen.PIN_PAD:
                    if self._pin_enabled(self.top.kind):
                        self._emit(fx.CheckPin(self.top.kind, digits))
                    else:
                        self._ask_pin(self.top.kind)
            case ev.PinChecked():
                self._pin_checked(event)
            case ev.HelperIdle():
                self._leave_helper()
            case ev.StaffAction(action=action):
                if self.helper:  # staff screens and actions need helper mode on
                    self._staff(action)
            case ev.Headset(plugged=plugged, volume=volume):
                self._headset(plugged, volume)
            case ev.Practice(action=action, value=value):
                if self.session.active and self.top.layer is not Layer.STAFF:
                    self._practice(action, value)
            case ev.ClearNow():
                if self.session.active:
                    self._forget(EndReason.CLEAR)
                    self._stack = [View(Screen.HOME)]
                    self._after.append(fx.Announce("cleared", always=True))

    def _emit(self, *effects: fx.Effect) -> None:
        self._out.extend(effects)

    # ---- the stack -----------------------------------------------------------------

    def _over(self, view: View) -> None:
        """Show a resident screen over the current one. One such screen at a time:
        from one to another, Back still returns to where the resident was."""
        if self.top.layer is Layer.OVER and view.layer is Layer.OVER:
            self._stack[-1] = view
        else:
            self._stack.append(view)

    def _put_place(self, view: View) -> None:
        """Change where the resident is; shown at once only if nothing lies over it."""
        self._stack[0] = view

    def _replace_where(self, screen: Screen, view: View) -> None:
        """Update a screen wherever it lies in the stack (it may be under another)."""
        for i, shown in enumerate(self._stack):
            if shown.screen is screen:
                self._stack[i] = view

    def _drop_screen(self, screen: Screen) -> None:
        """Take ``screen`` out of the stack wherever it lies (never the place)."""
        self._stack = [self._stack[0]] + [v for v in self._stack[1:] if v.screen is not screen]

    def _drop_layer(self, layer: Layer) -> None:
        self._stack = [self._stack[0]] + [v for v in self._stack[1:] if v.layer is not layer]

    def _redraw(self) -> None:
        """Draw the top view again (new language, size or colours)."""
        self._shown = None

    # ---- moving around -------------------------------------------------------------

    def _back(self) -> None:
        top = self.top
        if top.screen is Screen.IDLE_WARNING:
            self.idle.activity()
            self._stack.pop()
        elif top.screen is Screen.PIN_PAD:
            self._stack.pop()
        elif top.screen is Screen.STAFF_PANEL:
            self._drop_layer(Layer.STAFF)
        elif len(self._stack) > 1:
            self._stack.pop()
        elif top.screen in (Screen.STEP, Screen.WAITING):
            self._flow_back()
        elif top.screen is Screen.PRACTICE:
            self._practice("back", "")
        elif top.screen is Screen.HOME:
            self._stack = [View(Screen.LANGUAGE, "start")]
        elif top.screen is Screen.LANGUAGE and self._holds_anything():
            self._over(View(Screen.END_CONFIRM))  # Back must never wipe work unasked
        elif top.screen is Screen.LANGUAGE:
            self._end(EndReason.BACK)

    def _holds_anything(self) -> bool:
        """The resident has chosen or typed something that Back would wipe."""
        session = self.session
        return any(session.answers.values()) or any(
            any(text for text in drafts.values()) for drafts in session.drafts.values()
        )

    def _choose_language(self, lang: str) -> None:
        if lang not in self.languages:
            return
        self.session.change(language=lang)
        self._emit(fx.ApplySettings(), fx.Stat("language", {"value": lang}))
        if self.top.screen is Screen.LANGUAGE and self.top.kind == "menu":
            self._stack.pop()  # back where the resident was, now in their language
        elif self.top.screen is Screen.LANGUAGE:
            self._stack = [View(Screen.HOME)]
        self._redraw()

    def _home(self) -> None:
        self._cancel_call()
        self.engine = None
        self.session.flow_id = None
        self._put_place(View(Screen.HOME))

    def _start_flow(self, flow_id: str) -> None:
        chosen = self.flows.get(flow_id)
        if chosen is None or not self.session.active:
            return
        self._cancel_call()
        self.session.flow_id = flow_id
        self.engine = flow.FlowEngine(chosen, self.session.answers_for(flow_id))
        self._emit(fx.Stat("flow_started", {"flow": flow_id}))
        self._run_flow(self.engine.start())

    def _flow_input(self, event: flow.Answer | flow.Edit) -> None:
        if self.engine is None or self.top is not self.place:
            return
        if self._awaited is not None:
            # A tap on the screen being replaced: say now that the kiosk is working,
            # rather than drop the tap without a sign.
            self._show_waiting()
            return
        self._run_flow(self.engine.handle(event))

    def _flow_back(self) -> None:
        engine = self.engine
        if engine is None:
            self._home()
            return
        if engine.finished:
            self._home()  # Back from a done screen: to the service tiles
            return
        if engine.waiting and engine.current.kind is StepKind.SUBMIT:
            self._show_waiting()  # a send cannot be called back: say that it is going
            return
        if engine.waiting:
            self._cancel_call()
        self._run_flow(engine.handle(flow.Back()))

    def _run_flow(self, effects: list[flow.Effect]) -> None:
        engine = self.engine
        assert engine is not None
        for effect in effects:
            match effect:
                case flow.ShowStep():
                    self._awaited = None
                    self._put_place(View(Screen.STEP, step=effect, flow_id=engine.flow.id))
                case flow.CallService(name=name, params=params):
                    self._requests += 1
                    self._awaited = self._requests
                    self._emit(
                        fx.CallService(self._requests, name, dict(params)),
                        fx.WaitLater(self._requests),
                    )
                case flow.RequestHelp(flow_id=flow_id, step_id=step_id):
                    self._help(flow_id, step_id)
                case flow.Finished(flow_id=flow_id, step_id=step_id, outcome=outcome):
                    if outcome == "completed":
                        self._emit(fx.Stat("flow_completed", {"flow": flow_id}))
                    else:
                        self._emit(
                            fx.Stat(
                                "flow_abandoned",
                                {"flow": flow_id, "step": step_id, "value": outcome},
                            )
                        )
                    if outcome in ("back", "declined"):
                        self._home()

    def _show_waiting(self) -> None:
        engine = self.engine
        if engine is None or not engine.waiting:
            return
        sending = engine.current.kind is StepKind.SUBMIT
        self._put_place(
            View(
                Screen.WAITING,
                "sending" if sending else "fetching",
                flow_id=engine.flow.id,
                service=engine.current.service or "",
            )
        )

    def _service_answered(self, answer: ev.ServiceAnswered) -> None:
        if answer.request != self._awaited or self.engine is None:
            return  # a late answer to a question nobody is waiting for any more
        self._awaited = None
        if answer.ok:
            self._run_flow(self.engine.handle(flow.ServiceDone(answer.data)))
        else:
            self._run_flow(self.engine.handle(flow.ServiceFailed(answer.reason, answer.maybe_sent)))

    def _cancel_call(self) -> None:
        if self._awaited is not None:
            self._awaited = None
            self._emit(fx.CancelService())

    # ---- help ----------------------------------------------------------------------

    def _ask_help(self) -> None:
        if self.top.screen in _RESTING or self.top.layer is Layer.STAFF:
            return  # on the staff's own screens the staff are already here
        engine = self.engine
        if engine is not None and not engine.finished:
            self._run_flow(engine.handle(flow.Help()))
            return
        # Outside a flow, and on a done screen (the engine takes no events there).
        self._help(engine.flow.id if engine else "", engine.current.id if engine else "")

    def _help(self, flow_id: str, step_id: str) -> None:
        self._emit(fx.Stat("help_requested", {"flow": flow_id or None, "step": step_id or None}))
        if self._claim is not None:  # asked again while someone is on the way
            self._over(View(Screen.HELP, "coming", staff_name=self._claim))
            return
        route = self._help_route.route(flow_id or None, step_id or None)
        if route == "send":
            self._help_open = True
            self._over(View(Screen.HELP, "telling"))
            self._emit(fx.SendHelp(flow_id, step_id))
        else:
            self._over(View(Screen.HELP, "told" if route == "told" else "desk"))

    def _help_claimed(self, name: str) -> None:
        """A desk said "I'm coming": shown (and so said) wherever the resident is, and
        the visit is kept for the staff member (``claim_wait_s``)."""
        if not self._help_open or self.helper or not self.session.active:
            return  # the request is over (staff arrived, the resident left)
        self._claim = name
        self.idle.activity()
        self._drop_layer(Layer.IDLE)  # the wait starts again: no "still here?" over it
        coming = View(Screen.HELP, "coming", staff_name=name)
        if any(v.screen is Screen.HELP for v in self._stack):
            self._replace_where(Screen.HELP, coming)
            return
        # Over the resident's own screens, under a PIN pad staff may be typing on.
        at = next(
            (i for i, v in enumerate(self._stack) if v.layer is Layer.STAFF), len(self._stack)
        )
        if self._stack[at - 1].layer is Layer.OVER:
            self._stack[at - 1] = coming  # one resident screen over the place at a time
        else:
            self._stack.insert(at, coming)

    def _help_released(self, why: str) -> None:
        if why == "done":  # a desk closed it: the staff member has been and gone
            if self._help_open:
                self._help_open, self._claim = False, None
                self._drop_screen(Screen.HELP)
        elif self._claim is not None:  # nobody is coming now; every desk sees it again
            self._claim = None
            self._replace_where(Screen.HELP, View(Screen.HELP, "told"))

    def _help_over(self, why: str) -> None:
        """Staff arrived, or the visit ended: desks stop showing the request."""
        if self._help_open:
            self._emit(fx.CloseHelp(why))
        self._help_open, self._claim = False, None

    # ---- idle ----------------------------------------------------------------------

    def _tick(self) -> None:
        if self.top.screen in _RESTING:
            return
        # While the resident is at the desk the help screen keeps the visit longer, and
        # longer still once staff are on their way.
        wait = self.help_wait_s if self.top.screen is Screen.HELP else None
        if self._claim is not None:
            wait = self.claim_wait_s
        state = self.idle.tick(wait)
        if state is IdleState.EXPIRED:
            self._end(EndReason.IDLE)
        elif state is IdleState.WARNING:
            if self.top.screen is Screen.IDLE_WARNING:
                self._emit(fx.Countdown(self.idle.seconds_left()))
            else:
                self._emit(fx.Chime())  # heard first, in case nobody is looking (A7)
                self._stack.append(View(Screen.IDLE_WARNING))

    # ---- settings ------------------------------------------------------------------

    def _setting(self, name: str, step: int) -> None:
        s = self.session.settings
        if name == "text_size":
            index = TEXT_SIZES.index(s.text_size) if s.text_size in TEXT_SIZES else -1
            size = TEXT_SIZES[(index + 1) % len(TEXT_SIZES)]
            self.session.change(text_size=size)
            self._changed(
                fx.Stat("text_size", {"value": str(size)}), fx.Announce("text_size", (size,))
            )
        elif name == "contrast":
            high = s.theme != "high-contrast"
            self.session.change(theme="high-contrast" if high else "standard")
            self._changed(
                fx.Stat("theme", {"value": self.session.settings.theme}),
                fx.Announce("contrast_on" if high else "contrast_off"),
            )
        elif name == "speech":
            self.session.change(speech=not s.speech)
            self._emit(fx.ApplySettings())
            if self.top.screen is Screen.SPEECH_SETTINGS:
                self._redraw()
            # Turning speech off is still said once, so nobody is left guessing (A18).
            self._after.append(
                fx.Announce("speech_on" if not s.speech else "speech_off", always=True)
            )
        elif name == "explore":
            on = not s.explore
            self._explore_by_headset = False  # the resident's own choice from now on
            # Exploring is listening: it brings speech with it.
            self.session.change(explore=on, speech=s.speech or on)
            self._emit(fx.Stat("explore", {"value": "on" if on else "off"}), fx.ApplySettings())
            if self.top.screen is Screen.SPEECH_SETTINGS:
                self._redraw()
            self._after.append(fx.Announce("explore_on" if on else "explore_off", always=True))
        elif name in ("volume", "rate") and step in (-1, 1):
            self._voice_step(name, step)

    def _headset(self, plugged: bool, volume: float) -> None:
        """Private listening: a headset turns speech on at a volume safe for the ears,
        and the kiosk says that private values are now read aloud in it; unplugged,
        the loudspeaker's volume is back and private values are silent again."""
        if plugged == (self.headset_volume is not None):
            return
        said = "headset_on" if plugged else "headset_off"
        if plugged:
            self._loudspeaker_volume = self.session.settings.volume
            self.headset_volume = volume
            self.session.change(volume=volume, speech=True)
            if self.session.active and not self.session.settings.explore:
                # Whoever plugs a headset in mid-visit most likely listens rather than
                # looks (issue 18): the first touch says what is there.
                self._explore_by_headset = True
                self.session.change(explore=True)
                self._emit(fx.Stat("explore", {"value": "on"}))
                said += "+explore_on"
        else:
            self.headset_volume = None
            back = self._loudspeaker_volume
            self.session.change(volume=self.session.defaults.volume if back is None else back)
            if self._explore_by_headset and self.session.settings.explore:
                self.session.change(explore=False)
                self._emit(fx.Stat("explore", {"value": "off"}))
                said += "+explore_off"
            self._explore_by_headset = False
        self._emit(fx.ApplySettings())
        if self.top.screen is Screen.SPEECH_SETTINGS:
            self._redraw()
        # One announcement: a second one would cut the first off mid-sentence.
        self._after.append(fx.Announce(said, always=True))

    def _headset_volume_kept(self) -> None:
        """A new session's default volume is the loudspeaker's: not in a headset."""
        if self.headset_volume is not None:
            self._loudspeaker_volume = self.session.settings.volume
            self.session.change(volume=self.headset_volume)

    def _changed(self, stat: fx.Stat, announce: fx.Announce) -> None:
        self._emit(stat, fx.ApplySettings())
        self._redraw()
        self._after.append(announce)  # said once the screen is drawn in the new look

    def _voice_step(self, name: str, step: int) -> None:
        levels: tuple[float, ...] = VOLUMES if name == "volume" else RATES
        current = self.session.settings.volume if name == "volume" else self.session.settings.rate
        new = level(current, levels) + step
        if not 0 <= new < len(levels):
            edge = {
                ("volume", 1): "loudest",
                ("volume", -1): "quietest",
                ("rate", 1): "fastest",
                ("rate", -1): "slowest",
            }[(name, step)]
            words = fx.Announce(edge, always=True)
        else:
            if name == "volume":
                self.session.change(volume=VOLUMES[new])
            else:
                self.session.change(rate=RATES[new])
            self._emit(fx.ApplySettings())
            words = fx.Announce(name, (new + 1, len(levels)), always=True)
        if self.top.screen is Screen.SPEECH_SETTINGS:
            self._redraw()
        # Said even with screen speech off: the resident asked to hear the change.
        self._after.append(words)

    # ---- staff ---------------------------------------------------------------------

    def _ask_pin(self, role: str, note: str = "", count: int = 0) -> None:
        if not self._pin_enabled(role):
            note, count = "not-set-up", 0
        view = View(Screen.PIN_PAD, role, note=note, count=count)
        if self.top.screen is Screen.PIN_PAD:
            self._stack[-1] = view
        else:
            self._stack.append(view)

    def _pin_checked(self, result: ev.PinChecked) -> None:
        if self.top.screen is not Screen.PIN_PAD or self.top.kind != result.role:
            return  # the pad was left (Back, idle) before the check finished
        if result.ok and result.role == "admin":
            self._audit("admin_exit")
            self._emit(fx.CloseKiosk())
        elif result.ok:
            self._enter_helper()
        elif result.outcome == "locked":
            self._audit("pin_locked")
            self._ask_pin(result.role, "locked", max(1, round(result.locked_s / 60)))
        elif result.outcome == "disabled":
            self._ask_pin(result.role, "not-set-up")
        elif result.outcome == "error":
            self._ask_pin(result.role, "unchecked")
        else:
            self._audit("pin_wrong")
            self._ask_pin(result.role, "wrong", result.tries_left)

    def _enter_helper(self) -> None:
        self.helper = True
        self.idle.activity()  # someone has just typed the PIN: they are here
        self._emit(fx.Helper(True))
        self._audit("helper_entered")
        if self._help_open:  # the staff member has arrived
            self._help_over("arrived")
            self._drop_screen(Screen.HELP)
        if not self.session.active:
            self.session.start()
        self._show_staff_panel()
        # Shown and said, so the resident knows someone else is at the controls.
        self._after.append(fx.Announce("helper_on", always=True))

    def _leave_helper(self) -> None:
        if not self.helper:
            return
        self.helper = False
        self._emit(fx.Helper(False))
        if self.idle.paused:
            self.idle.pause(False)
            self._audit("idle_resumed")
        self._audit("helper_left")
        # Nothing of the staff side stays reachable without the PIN: not even as the
        # screen Back returns to from My data or the speech settings.
        self._drop_layer(Layer.STAFF)

    def _show_staff_panel(self) -> None:
        view = View(Screen.STAFF_PANEL)
        if self.top.screen in (Screen.PIN_PAD, Screen.STAFF_PANEL):
            self._stack[-1] = view
        else:
            self._drop_layer(Layer.STAFF)
            self._stack.append(view)

    def _staff(self, action: str) -> None:
        if action == "panel":
            self._show_staff_panel()
        elif action == "resume":
            self._drop_layer(Layer.STAFF)
        elif action == "back":
            self._audit("back")
            self._drop_layer(Layer.STAFF)
            self._back()
        elif action == "restart" and self.engine is not None:
            self._audit("restart_flow")
            flow_id = self.engine.flow.id
            self._stack = [self.place]
            self._start_flow(flow_id)
        elif action == "language":
            self._audit("language")
            lang = self.session.settings.language
            nxt = (
                self.languages[(self.languages.index(lang) + 1) % len(self.languages)]
                if lang in self.languages
                else self.languages[0]
            )
            self.session.change(language=nxt)
            self._emit(fx.ApplySettings())
            self._show_staff_panel()
        elif action in ("text_size", "contrast", "speech"):
            self._audit("theme" if action == "contrast" else action)
            self._setting(action, 0)
            self._show_staff_panel()
        elif action == "idle":
            paused = not self.idle.paused
            self.idle.pause(paused)
            self._audit("idle_paused" if paused else "idle_resumed")
            self._show_staff_panel()
        elif action == "end":
            self._audit("end_session")
            self._end(EndReason.HELPER)
        elif action == "leave":
            self._leave_helper()
        elif action == "close":
            self._ask_pin("admin")
        elif action == "practice":  # staff start a lesson with the resident
            self._audit("practice")
            self._drop_layer(Layer.STAFF)
            self._practice("open", "")

    def _practice(self, action: str, value: str) -> None:
        """Practice mode: the lessons' own rules are kiosk.journey.practice's."""
        top = self.top
        here = practice.Place(top.kind, top.count, top.service)
        if top.screen is not Screen.PRACTICE:
            if action != "open":
                return
            self._cancel_call()
            self.engine = None
            self.session.flow_id = None
            self._stack = [self._practice_view(practice.Place())]
            return
        moved: practice.Moved | None = None
        if action == "lesson":
            moved = practice.start(value)
        elif action == "answer":
            moved = practice.answer(here, value)
        elif action == "menu":
            moved = practice.Moved(practice.Place())
        elif action == "back":
            place = practice.back(here)
            moved = practice.Moved(place) if place is not None else None
            if place is None:
                self._home()
                return
        if moved is None or len(self._stack) > 1:
            return  # something lies over the lesson: it answers first
        if moved.counted:
            self._emit(fx.Stat(f"practice_{moved.counted}", {"value": moved.place.lesson}))
        self._stack = [self._practice_view(moved.place)]

    @staticmethod
    def _practice_view(place: practice.Place) -> View:
        return View(
            Screen.PRACTICE,
            place.lesson,
            count=place.step,
            note=place.step_name,
            service=place.wrong,
        )

    def _audit(self, action: str) -> None:
        engine = self.engine
        self._emit(
            fx.Audit(
                action, engine.flow.id if engine else None, engine.current.id if engine else None
            )
        )

    # ---- the end -------------------------------------------------------------------

    def _end(self, reason: EndReason) -> None:
        engine = self.engine
        if reason in _COUNTED_ENDS and self.session.active:
            if engine is not None and not engine.finished:
                self._emit(
                    fx.Stat(
                        "flow_abandoned",
                        {
                            "flow": engine.flow.id,
                            "step": engine.current.id,
                            "value": "timeout" if reason is EndReason.IDLE else "ended",
                        },
                    )
                )
                engine.handle(flow.End())
            if reason is EndReason.IDLE:
                self._emit(fx.Stat("idle_timeout"))
            if self.session.settings.speech and self._speech_ok():
                self._emit(fx.Stat("speech_used", {"value": self.session.settings.language}))
            self._emit(fx.Stat("session_ended", {"value": reason.counted_as}))
        self._leave_helper()
        self._forget(reason)
        if reason is EndReason.FAULT:
            self._stack = [View(Screen.SORRY)]
            self._emit(fx.ScheduleRecover())
        else:
            self._stack = [View(Screen.ATTRACT)]
        self._redraw()

    def _forget(self, reason: EndReason) -> None:
        """The one way a resident is forgotten. Clear now keeps the visit and its
        settings (the resident is still there and chose them); every other end wipes
        the whole session. The window then removes every trace outside it."""
        self._cancel_call()
        self._printing = None
        self.engine = None
        keep = reason is EndReason.CLEAR
        if keep:
            self.session.clear_answers()
        else:
            self._help_over("left")
            self.session.wipe()
            self._explore_by_headset = False  # the wipe put explore back to its default
            self._headset_volume_kept()
            self.idle.activity()
        self._emit(fx.Forget(reason, keep_settings=keep))
