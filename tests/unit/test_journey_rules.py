"""The visit as a state machine: events in, effects out (kiosk/journey, issue 11 point 1).

No Qt: the journey is driven with its own events, a fixed clock moves time for the
idle decisions, and the flows are the real fixture files the flow engine tests walk.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.core.idle import IdleWatch
from kiosk.core.session import Session, Settings
from kiosk.flow.engine import Answer
from kiosk.flow.loader import load_flow
from kiosk.journey import effects as fx
from kiosk.journey import events as ev
from kiosk.journey.journey import Journey
from kiosk.journey.views import EndReason, Layer, Screen, View
from kiosk.services.catalog import SERVICES

FIXTURES = Path(__file__).parent.parent / "fixtures" / "flows"
FLOWS = {
    f.id: f
    for f in (load_flow(FIXTURES / name, SERVICES) for name in ("all-kinds.yaml", "short.yaml"))
}
IDLE_S, WARNING_S, HELP_WAIT_S = 120, 30, 600
DEFAULTS = Settings(language="fi")
CANARY = "CANARY-Kallio-040-123"


class Route:
    """The journey's HelpRoute: always answers ``answer``; remembers what it was asked."""

    def __init__(self, answer: str = "send") -> None:
        self.answer = answer
        self.asked: list[tuple[str | None, str | None]] = []

    def route(self, flow_id: str | None, step_id: str | None) -> str:
        self.asked.append((flow_id, step_id))
        return self.answer


class Kiosk:
    """A journey with its clock, session, idle watch and help route."""

    def __init__(self, route: str = "send", pins: tuple[str, ...] = ("staff", "admin")) -> None:
        self.clock = FixedClock(datetime(2026, 3, 1, 12, 0))
        self.session = Session(DEFAULTS, self.clock)
        self.idle = IdleWatch(self.clock, idle_s=IDLE_S, warning_s=WARNING_S)
        self.route = Route(route)
        self.journey = Journey(
            self.session,
            FLOWS,
            self.idle,
            languages=("fi", "sv", "en"),
            help_wait_s=HELP_WAIT_S,
            help_route=self.route,
            pin_enabled=lambda role: role in pins,
            speech_ok=lambda: True,
        )
        self.first = self(ev.Touch())  # the window's first event draws the attract screen

    def __call__(self, *events: ev.Event) -> list[fx.Effect]:
        """Send events in order; return the effects of the last one."""
        out: list[fx.Effect] = []
        for event in events:
            out = self.journey.handle(event)
        return out

    def answer(self, value: object = None) -> list[fx.Effect]:
        return self(ev.FlowInput(Answer(value)))

    def wait(self, seconds: float) -> list[fx.Effect]:
        """Let ``seconds`` pass, then one Tick."""
        self.clock.advance(seconds)
        return self(ev.Tick())


@pytest.fixture
def k() -> Kiosk:
    return Kiosk()


# ---- helpers ------------------------------------------------------------------------


def shows(effects: list[fx.Effect]) -> list[View]:
    return [e.view for e in effects if isinstance(e, fx.Show)]


def shown(effects: list[fx.Effect]) -> View:
    """Assert ``effects`` hold exactly one Show; return its view."""
    views = shows(effects)
    assert len(views) == 1, effects
    return views[0]


def of(effects: list[fx.Effect], kind: type) -> list:
    return [e for e in effects if isinstance(e, kind)]


def stats(effects: list[fx.Effect]) -> list[tuple[str, dict]]:
    return [(e.event, e.fields) for e in effects if isinstance(e, fx.Stat)]


def step_id(view: View) -> str | None:
    return view.step.step.id if view.step is not None else None


def screens(k: Kiosk) -> list[Screen]:
    return [v.screen for v in k.journey.stack]


def at_home(k: Kiosk) -> None:
    k(ev.Start(), ev.ChooseLanguage("fi"))
    assert k.journey.top.screen is Screen.HOME


def at_name(k: Kiosk) -> None:
    """all-kinds: welcome → topic → name (a text step before a service step)."""
    at_home(k)
    k(ev.ChooseFlow("all-kinds"))
    k.answer()
    k.answer("find")
    assert step_id(k.journey.top) == "name"


def waiting_for_found(k: Kiosk) -> int:
    """At name, answer: the results step's city call goes out. Returns its request."""
    at_name(k)
    calls = of(k.answer("Kallio"), fx.CallService)
    assert len(calls) == 1 and calls[0].name == "libraries.search"
    assert k.journey.awaiting
    return calls[0].request


def at_review(k: Kiosk) -> None:
    """all-kinds: welcome → topic(ask) → question → contact → agree → handover → check."""
    at_home(k)
    k(ev.ChooseFlow("all-kinds"))
    k.answer()
    k.answer("ask")
    k.answer(CANARY)
    k.answer({"name": "Aino", "phone": "040 123"})
    k.answer(True)
    k.answer()
    assert step_id(k.journey.top) == "check"


def sending(k: Kiosk) -> int:
    """From the review, send: the submit's call goes out. Returns its request."""
    at_review(k)
    calls = of(k.answer(), fx.CallService)
    assert len(calls) == 1
    return calls[0].request


def at_done(k: Kiosk) -> None:
    """The short flow: hello → bye (a done step)."""
    at_home(k)
    k(ev.ChooseFlow("short"))
    k.answer()
    assert step_id(k.journey.top) == "bye"
    assert k.journey.engine is not None and k.journey.engine.finished


def helper_on(k: Kiosk) -> list[fx.Effect]:
    k(ev.AskPin("staff"), ev.PinEntered("1234"))
    return k(ev.PinChecked("staff", ok=True))


# ---- moving around ------------------------------------------------------------------


def test_attract_is_where_a_kiosk_starts(k: Kiosk) -> None:
    assert k.first == [fx.Show(View(Screen.ATTRACT))]
    assert k.journey.stack == (View(Screen.ATTRACT),)
    assert not k.session.active


def test_start_shows_the_start_language_screen(k: Kiosk) -> None:
    effects = k(ev.Start())
    assert shown(effects) == View(Screen.LANGUAGE, "start")
    assert ("session_started", {}) in stats(effects)
    assert k.session.active
    assert k.journey.top.layer is Layer.PLACE


@pytest.mark.parametrize("where", ["language", "step"])
def test_start_during_a_visit_changes_nothing(k: Kiosk, where: str) -> None:
    """A second Start (a touch seen twice, a key on the way) must not wipe the visit
    behind the window's back, nor count it twice: only the attract screen starts one."""
    if where == "language":
        k(ev.Start())
    else:
        at_name(k)
    k.session.change(text_size=150)
    stack = k.journey.stack
    assert k(ev.Start()) == []
    assert k.journey.stack == stack
    assert k.session.settings.text_size == 150
    assert k.session.answers_for("all-kinds") == ({"topic": "find"} if where == "step" else {})


def test_choosing_the_language_goes_home(k: Kiosk) -> None:
    k(ev.Start())
    effects = k(ev.ChooseLanguage("sv"))
    assert shown(effects) == View(Screen.HOME)
    assert of(effects, fx.ApplySettings)
    assert k.session.settings.language == "sv"
    assert k.journey.stack == (View(Screen.HOME),)


def test_an_unknown_language_is_ignored(k: Kiosk) -> None:
    k(ev.Start())
    assert k(ev.ChooseLanguage("de")) == []
    assert k.journey.top == View(Screen.LANGUAGE, "start")


def test_choosing_a_flow_shows_its_first_step_and_answers_walk_it(k: Kiosk) -> None:
    at_home(k)
    effects = k(ev.ChooseFlow("all-kinds"))
    assert ("flow_started", {"flow": "all-kinds"}) in stats(effects)
    view = shown(effects)
    assert view.screen is Screen.STEP and view.flow_id == "all-kinds"
    assert view.name == "step:all-kinds:welcome"
    assert step_id(shown(k.answer())) == "topic"
    assert step_id(shown(k.answer("find"))) == "name"
    assert k.journey.place is k.journey.top and len(k.journey.stack) == 1


def test_back_to_the_first_screen_asks_before_it_wipes_answers(k: Kiosk) -> None:
    """Esc pressed again and again from a step never wipes the resident's work unasked:
    on the first language screen, with answers held, Back asks "End and clear?"."""
    at_name(k)
    for _ in range(4):  # name → topic → welcome → home → language
        k(ev.GoBack())
    assert k.journey.top == View(Screen.LANGUAGE, "start")
    effects = k(ev.GoBack())
    assert of(effects, fx.Forget) == []
    assert k.journey.top.screen is Screen.END_CONFIRM and k.session.active
    assert k.session.answers["all-kinds"] == {"topic": "find"}
    k(ev.GoBack())  # "No, go back"
    assert k.journey.top == View(Screen.LANGUAGE, "start")


def test_back_from_home_returns_to_the_start_language_screen(k: Kiosk) -> None:
    at_home(k)
    assert shown(k(ev.GoBack())) == View(Screen.LANGUAGE, "start")
    assert k.session.active


def test_back_from_the_start_language_screen_ends_the_visit(k: Kiosk) -> None:
    k(ev.Start())
    effects = k(ev.GoBack())
    assert of(effects, fx.Forget) == [fx.Forget(EndReason.BACK)]
    assert ("session_ended", {"value": "end"}) in stats(effects)
    assert shown(effects) == View(Screen.ATTRACT)
    assert not k.session.active


def test_back_from_the_first_step_goes_home(k: Kiosk) -> None:
    at_home(k)
    k(ev.ChooseFlow("all-kinds"))
    effects = k(ev.GoBack())
    assert shown(effects) == View(Screen.HOME)
    assert k.journey.engine is None


def test_back_from_a_done_step_goes_home(k: Kiosk) -> None:
    at_done(k)
    assert shown(k(ev.GoBack())) == View(Screen.HOME)


def test_the_language_menu_lies_over_the_place_and_returns_to_it(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    assert shown(k(ev.OpenLanguages())) == View(Screen.LANGUAGE, "menu")
    assert k.journey.top.layer is Layer.MENU and k.journey.place is place
    effects = k(ev.ChooseLanguage("en"))
    assert shown(effects) is place  # drawn again, now in English
    assert k.journey.stack == (place,)
    assert k.session.settings.language == "en"


def test_the_language_menu_over_help_returns_to_help(k: Kiosk) -> None:
    """Found by the monkey tester on the old window: help → language → back to help."""
    at_name(k)
    k(ev.AskHelp())
    help_view = k.journey.top
    k(ev.OpenLanguages())
    assert screens(k) == [Screen.STEP, Screen.HELP, Screen.LANGUAGE]
    assert shown(k(ev.ChooseLanguage("sv"))) is help_view
    assert screens(k) == [Screen.STEP, Screen.HELP]


def test_one_resident_screen_over_the_place_at_a_time(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    k(ev.Open(Screen.MY_DATA))
    k(ev.Open(Screen.STATEMENT))
    assert screens(k) == [Screen.STEP, Screen.STATEMENT]
    assert shown(k(ev.GoBack())) is place


# ---- service answers ----------------------------------------------------------------


def test_a_service_answer_shows_its_step(k: Kiosk) -> None:
    request = waiting_for_found(k)
    view = shown(k(ev.ServiceAnswered(request, ok=True, data=["kallio"])))
    assert step_id(view) == "found" and view.step is not None
    assert view.step.data == ["kallio"]
    assert not k.journey.awaiting


def test_a_failed_service_answer_shows_the_step_with_its_error(k: Kiosk) -> None:
    request = waiting_for_found(k)
    view = shown(k(ev.ServiceAnswered(request, ok=False, reason="offline")))
    assert step_id(view) == "found" and view.step is not None
    assert view.step.error == "offline"


def test_an_answer_after_back_is_dropped(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.GoBack())
    stack = k.journey.stack
    assert k(ev.ServiceAnswered(request, ok=True, data=["kallio"])) == []
    assert k.journey.stack == stack
    assert step_id(k.journey.top) == "name"


def test_only_the_latest_request_counts(k: Kiosk) -> None:
    old = waiting_for_found(k)
    k(ev.GoBack())
    new = of(k.answer("Kannelmäki"), fx.CallService)[0].request
    assert new != old
    assert k(ev.ServiceAnswered(old, ok=True, data=["stale"])) == []
    view = shown(k(ev.ServiceAnswered(new, ok=True, data=["kannelmaki"])))
    assert view.step is not None and view.step.data == ["kannelmaki"]


def test_an_answer_after_the_visit_ended_is_dropped(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.AskEnd(), ev.EndVisit(EndReason.END))
    assert k(ev.ServiceAnswered(request, ok=True, data=["kallio"])) == []
    assert k.journey.stack == (View(Screen.ATTRACT),)
    assert k.journey.engine is None


def test_an_answer_after_the_next_visit_started_is_dropped(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.AskEnd(), ev.EndVisit(EndReason.END))
    at_home(k)
    assert k(ev.ServiceAnswered(request, ok=True, data=["kallio"])) == []
    assert k.journey.stack == (View(Screen.HOME),)


@pytest.mark.parametrize(
    "over",
    [ev.AskHelp(), ev.AskEnd(), ev.Open(Screen.MY_DATA)],
    ids=["help", "end-confirm", "my-data"],
)
def test_an_answer_never_replaces_a_resident_screen(k: Kiosk, over: ev.Event) -> None:
    request = waiting_for_found(k)
    k(over)
    screen = k.journey.top
    assert screen.layer is Layer.OVER
    effects = k(ev.ServiceAnswered(request, ok=True, data=["kallio"]))
    assert shows(effects) == []
    assert k.journey.top is screen
    assert step_id(k.journey.place) == "found"  # waiting under it
    assert step_id(shown(k(ev.GoBack()))) == "found"


def test_an_answer_never_replaces_the_idle_warning(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k.wait(IDLE_S)
    warning = k.journey.top
    assert warning.screen is Screen.IDLE_WARNING
    effects = k(ev.ServiceAnswered(request, ok=True, data=["kallio"]))
    assert shows(effects) == []
    assert k.journey.top is warning
    assert step_id(k.journey.place) == "found"
    assert step_id(shown(k(ev.GoBack()))) == "found"


def test_an_answer_under_the_waiting_screen_replaces_it(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.WaitingDue(request))
    assert k.journey.top.screen is Screen.WAITING
    assert step_id(shown(k(ev.ServiceAnswered(request, ok=True, data=[])))) == "found"


# ---- waiting ------------------------------------------------------------------------


def test_a_city_call_asks_to_be_told_when_waiting_is_due(k: Kiosk) -> None:
    at_name(k)
    effects = k.answer("Kallio")
    call = of(effects, fx.CallService)[0]
    assert call.params == {"name": "Kallio"}
    assert of(effects, fx.WaitLater) == [fx.WaitLater(call.request)]
    assert shows(effects) == []  # nothing drawn until the answer or WaitingDue


def test_waiting_due_shows_the_waiting_screen(k: Kiosk) -> None:
    request = waiting_for_found(k)
    view = shown(k(ev.WaitingDue(request)))
    assert view.screen is Screen.WAITING and view.kind == "fetching"
    assert view.service == "libraries.search" and view.flow_id == "all-kinds"


def test_waiting_due_for_an_old_request_does_nothing(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.ServiceAnswered(request, ok=True, data=[]))
    assert k(ev.WaitingDue(request)) == []
    assert step_id(k.journey.top) == "found"


def test_waiting_due_after_back_does_nothing(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.GoBack())
    assert k(ev.WaitingDue(request)) == []
    assert step_id(k.journey.top) == "name"


def test_waiting_due_for_an_old_request_while_a_new_one_is_out_does_nothing(k: Kiosk) -> None:
    old = waiting_for_found(k)
    k(ev.GoBack())
    new = of(k.answer("Kannelmäki"), fx.CallService)[0].request
    assert k(ev.WaitingDue(old)) == []
    assert step_id(k.journey.top) == "name"
    assert shown(k(ev.WaitingDue(new))).screen is Screen.WAITING


def test_back_while_waiting_cancels_the_call_and_goes_back(k: Kiosk) -> None:
    request = waiting_for_found(k)
    k(ev.WaitingDue(request))
    effects = k(ev.GoBack())
    assert of(effects, fx.CancelService) == [fx.CancelService()]
    assert step_id(shown(effects)) == "name"
    assert not k.journey.awaiting


def test_back_while_a_send_is_out_says_it_is_sending(k: Kiosk) -> None:
    request = sending(k)
    effects = k(ev.GoBack())
    view = shown(effects)
    assert view.screen is Screen.WAITING and view.kind == "sending"
    assert of(effects, fx.CancelService) == []
    assert k.journey.awaiting
    # The send's answer still counts.
    assert step_id(shown(k(ev.ServiceAnswered(request, ok=True, data="sent")))) == "send"


def test_a_tap_while_waiting_shows_the_waiting_screen_at_once(k: Kiosk) -> None:
    waiting_for_found(k)
    effects = k.answer("Kallio again")
    view = shown(effects)
    assert view.screen is Screen.WAITING and view.kind == "fetching"
    assert of(effects, fx.CallService) == []  # no second call
    assert k.session.answers_for("all-kinds")["name"] == "Kallio"


def test_flow_input_under_a_resident_screen_is_ignored(k: Kiosk) -> None:
    at_name(k)
    k(ev.Open(Screen.MY_DATA))
    assert k.answer("Kallio") == []
    assert "name" not in k.session.answers_for("all-kinds")


# ---- idle ---------------------------------------------------------------------------


def test_no_warning_before_the_idle_time(k: Kiosk) -> None:
    at_home(k)
    assert k.wait(IDLE_S - 1) == []
    assert k.journey.top == View(Screen.HOME)


@pytest.mark.parametrize(
    "event",
    [ev.ChooseFlow("all-kinds"), ev.Setting("text_size"), ev.AskHelp(), ev.Open(Screen.MY_DATA)],
    ids=["flow", "setting", "help", "open"],
)
def test_a_pressed_control_counts_as_activity_without_a_touch(k: Kiosk, event: ev.Event) -> None:
    """An assistive technology presses a button with no touch or key the window sees
    (AT-SPI "press"): what it asked for still starts the idle wait again (issue 18)."""
    at_home(k)
    k.clock.advance(IDLE_S - 5)
    k(event)
    k.wait(10)
    assert Screen.IDLE_WARNING not in screens(k)


def test_idle_time_chimes_then_shows_the_warning(k: Kiosk) -> None:
    at_home(k)
    effects = k.wait(IDLE_S)
    assert effects[0] == fx.Chime()
    assert shown(effects) == View(Screen.IDLE_WARNING)
    assert screens(k) == [Screen.HOME, Screen.IDLE_WARNING]


def test_the_warning_counts_down(k: Kiosk) -> None:
    at_home(k)
    k.wait(IDLE_S)
    warning = k.journey.top
    effects = k.wait(10)
    assert effects == [fx.Countdown(WARNING_S - 10)]
    assert k.journey.top is warning


def test_nobody_answering_the_warning_ends_the_visit(k: Kiosk) -> None:
    at_name(k)
    k.wait(IDLE_S)
    k.wait(WARNING_S - 1)
    effects = k.wait(1)
    assert of(effects, fx.Forget) == [fx.Forget(EndReason.IDLE)]
    got = stats(effects)
    assert ("idle_timeout", {}) in got
    assert ("session_ended", {"value": "idle"}) in got
    assert ("flow_abandoned", {"flow": "all-kinds", "step": "name", "value": "timeout"}) in got
    assert shown(effects) == View(Screen.ATTRACT)
    assert not k.session.active


def test_a_touch_on_the_warning_keeps_the_visit(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    k.wait(IDLE_S)
    assert shown(k(ev.Touch())) is place
    assert k.journey.stack == (place,)
    assert k.wait(IDLE_S - 1) == []  # the wait starts over


def test_back_on_the_warning_keeps_the_visit(k: Kiosk) -> None:
    at_home(k)
    k.wait(IDLE_S)
    assert shown(k(ev.GoBack())) == View(Screen.HOME)
    assert k.session.active
    assert k.wait(IDLE_S - 1) == []


def test_the_help_screen_keeps_the_visit_longer(k: Kiosk) -> None:
    at_name(k)
    k(ev.AskHelp())
    help_view = k.journey.top
    assert help_view.screen is Screen.HELP
    assert k.wait(IDLE_S) == []
    assert k.wait(HELP_WAIT_S - IDLE_S - 1) == []
    assert k.journey.top is help_view


def test_the_idle_warning_still_comes_after_the_help_wait(k: Kiosk) -> None:
    at_name(k)
    k(ev.AskHelp())
    k.wait(HELP_WAIT_S - 1)
    effects = k.wait(1)
    assert fx.Chime() in effects
    assert shown(effects) == View(Screen.IDLE_WARNING)
    k.wait(WARNING_S - 1)
    assert of(k.wait(1), fx.Forget) == [fx.Forget(EndReason.IDLE)]


@pytest.mark.parametrize("rest", ["attract", "sorry"])
def test_attract_and_sorry_never_tick(k: Kiosk, rest: str) -> None:
    if rest == "sorry":
        at_home(k)
        k(ev.EndVisit(EndReason.FAULT))
    stack = k.journey.stack
    for _ in range(3):
        assert k.wait(IDLE_S + WARNING_S) == []
    assert k.journey.stack == stack


def test_the_start_language_screen_times_out_too(k: Kiosk) -> None:
    k(ev.Start())
    k.wait(IDLE_S)
    assert of(k.wait(WARNING_S), fx.Forget) == [fx.Forget(EndReason.IDLE)]


# ---- help ---------------------------------------------------------------------------


def test_help_on_a_step_sends_a_request(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    effects = k(ev.AskHelp())
    assert of(effects, fx.SendHelp) == [fx.SendHelp("all-kinds", "name")]
    assert shown(effects) == View(Screen.HELP, "telling")
    assert ("help_requested", {"flow": "all-kinds", "step": "name"}) in stats(effects)
    assert k.journey.place is place
    assert shown(k(ev.GoBack())) is place


@pytest.mark.parametrize(
    # Not on the staff panel: help is for residents, and staff screens turn it off
    # (issue 16: Repeat and Ask for help are inactive there).
    "where",
    ["start-language", "home", "step", "waiting", "done", "my-data"],
)
def test_help_works_on_every_screen(k: Kiosk, where: str) -> None:
    if where == "start-language":
        k(ev.Start())
    elif where == "home":
        at_home(k)
    elif where == "step":
        at_name(k)
    elif where == "waiting":
        k(ev.WaitingDue(waiting_for_found(k)))
    elif where == "done":
        at_done(k)
    elif where == "my-data":
        at_home(k)
        k(ev.Open(Screen.MY_DATA))
    elif where == "staff-panel":
        at_home(k)
        helper_on(k)
    effects = k(ev.AskHelp())
    assert shown(effects) == View(Screen.HELP, "telling")
    assert len(of(effects, fx.SendHelp)) == 1
    assert k.route.asked


def test_help_on_a_done_step_names_it(k: Kiosk) -> None:
    at_done(k)
    effects = k(ev.AskHelp())
    assert of(effects, fx.SendHelp) == [fx.SendHelp("short", "bye")]
    assert k.route.asked == [("short", "bye")]


def test_help_outside_a_flow_names_no_step(k: Kiosk) -> None:
    at_home(k)
    effects = k(ev.AskHelp())
    assert of(effects, fx.SendHelp) == [fx.SendHelp("", "")]
    assert k.route.asked == [(None, None)]
    assert ("help_requested", {"flow": None, "step": None}) in stats(effects)


@pytest.mark.parametrize("route", ["told", "desk"])
def test_help_not_sent_says_so(route: str) -> None:
    k = Kiosk(route=route)
    at_name(k)
    effects = k(ev.AskHelp())
    assert of(effects, fx.SendHelp) == []
    assert shown(effects) == View(Screen.HELP, route)


def test_help_on_attract_does_nothing(k: Kiosk) -> None:
    assert k(ev.AskHelp()) == []
    assert k.route.asked == []


@pytest.mark.parametrize(("delivered", "kind"), [(True, "told"), (False, "desk")])
def test_help_answered_updates_the_help_screen(k: Kiosk, delivered: bool, kind: str) -> None:
    at_name(k)
    k(ev.AskHelp())
    assert shown(k(ev.HelpAnswered(delivered))) == View(Screen.HELP, kind)


def test_help_answered_under_the_idle_warning(k: Kiosk) -> None:
    at_name(k)
    k(ev.AskHelp())
    k.wait(HELP_WAIT_S)
    warning = k.journey.top
    assert warning.screen is Screen.IDLE_WARNING
    effects = k(ev.HelpAnswered(True))
    assert shows(effects) == []
    assert k.journey.top is warning
    assert View(Screen.HELP, "told") in k.journey.stack
    assert shown(k(ev.Touch())) == View(Screen.HELP, "told")


# ---- helper mode --------------------------------------------------------------------


def test_ask_pin_shows_the_pin_pad(k: Kiosk) -> None:
    at_home(k)
    assert shown(k(ev.AskPin())) == View(Screen.PIN_PAD, "staff")
    assert k.journey.top.layer is Layer.STAFF


def test_a_pin_entered_is_checked(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin())
    assert k(ev.PinEntered("1234")) == [fx.CheckPin("staff", "1234")]


def test_the_right_pin_turns_helper_mode_on(k: Kiosk) -> None:
    at_name(k)
    effects = helper_on(k)
    assert fx.Helper(True) in effects
    assert shown(effects) == View(Screen.STAFF_PANEL)
    assert effects.index(fx.Announce("helper_on", always=True)) > effects.index(
        fx.Show(View(Screen.STAFF_PANEL))
    )
    assert fx.Audit("helper_entered", "all-kinds", "name") in effects
    assert k.journey.helper
    assert screens(k) == [Screen.STEP, Screen.STAFF_PANEL]


def test_helper_mode_on_attract_starts_a_session(k: Kiosk) -> None:
    helper_on(k)
    assert k.journey.helper and k.session.active
    assert k.journey.top == View(Screen.STAFF_PANEL)


def test_helper_idle_leaves_no_staff_screen_behind(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    helper_on(k)
    k(ev.Open(Screen.MY_DATA))  # staff open My data from the panel
    assert screens(k) == [Screen.STEP, Screen.STAFF_PANEL, Screen.MY_DATA]
    effects = k(ev.HelperIdle())
    assert fx.Helper(False) in effects
    assert not k.journey.helper
    assert all(v.layer is not Layer.STAFF for v in k.journey.stack)
    assert k.journey.top.screen is Screen.MY_DATA
    assert shown(k(ev.GoBack())) is place  # not the panel


def test_helper_idle_on_the_panel_shows_the_resident_place(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    helper_on(k)
    assert shown(k(ev.HelperIdle())) is place
    assert k.journey.stack == (place,)


def test_helper_idle_resumes_a_paused_idle_timer(k: Kiosk) -> None:
    at_home(k)
    helper_on(k)
    k(ev.StaffAction("idle"))
    assert k.idle.paused
    effects = k(ev.HelperIdle())
    assert not k.idle.paused
    assert fx.Audit("idle_resumed") in effects


def test_helper_idle_without_helper_mode_does_nothing(k: Kiosk) -> None:
    at_home(k)
    assert k(ev.HelperIdle()) == []


@pytest.mark.parametrize(
    "action",
    [
        "resume",
        "back",
        "restart",
        "language",
        "text_size",
        "contrast",
        "speech",
        "idle",
        "end",
        "leave",
        "close",
        "panel",
    ],
)
def test_staff_actions_need_helper_mode(k: Kiosk, action: str) -> None:
    at_name(k)
    helper_on(k)
    k(ev.HelperIdle())
    stack, settings = k.journey.stack, k.session.settings
    assert k(ev.StaffAction(action)) == []
    assert k.journey.stack == stack
    assert k.session.settings == settings
    assert not k.idle.paused and k.session.active and not k.journey.helper


def test_staff_actions_never_worked_without_the_pin(k: Kiosk) -> None:
    at_home(k)
    assert k(ev.StaffAction("idle")) == []
    assert not k.idle.paused
    assert k(ev.StaffAction("panel")) == []
    assert k.journey.stack == (View(Screen.HOME),)


def test_staff_pause_the_idle_timer(k: Kiosk) -> None:
    at_home(k)
    helper_on(k)
    effects = k(ev.StaffAction("idle"))
    assert k.idle.paused and fx.Audit("idle_paused") in effects
    assert k.wait(IDLE_S * 10) == []


def test_staff_leave_drops_the_panel(k: Kiosk) -> None:
    at_home(k)
    helper_on(k)
    effects = k(ev.StaffAction("leave"))
    assert fx.Helper(False) in effects
    assert shown(effects) == View(Screen.HOME)


def test_a_wrong_pin_says_how_many_tries_are_left(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin(), ev.PinEntered("0000"))
    effects = k(ev.PinChecked("staff", ok=False, outcome="wrong", tries_left=2))
    assert shown(effects) == View(Screen.PIN_PAD, "staff", note="wrong", count=2)
    assert fx.Audit("pin_wrong") in effects
    assert not k.journey.helper


def test_a_locked_pin_pad_says_for_how_many_minutes(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin(), ev.PinEntered("0000"))
    effects = k(ev.PinChecked("staff", ok=False, outcome="locked", locked_s=300))
    assert shown(effects) == View(Screen.PIN_PAD, "staff", note="locked", count=5)
    assert fx.Audit("pin_locked") in effects


def test_a_lock_under_a_minute_says_one_minute(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin(), ev.PinEntered("0000"))
    view = shown(k(ev.PinChecked("staff", ok=False, outcome="locked", locked_s=10)))
    assert view.count == 1


@pytest.mark.parametrize(("outcome", "note"), [("disabled", "not-set-up"), ("error", "unchecked")])
def test_a_pin_that_could_not_be_checked(k: Kiosk, outcome: str, note: str) -> None:
    at_home(k)
    k(ev.AskPin(), ev.PinEntered("1234"))
    view = shown(k(ev.PinChecked("staff", ok=False, outcome=outcome)))
    assert view == View(Screen.PIN_PAD, "staff", note=note)
    assert not k.journey.helper


def test_a_pin_not_set_up_is_never_checked() -> None:
    k = Kiosk(pins=())
    at_home(k)
    assert shown(k(ev.AskPin())) == View(Screen.PIN_PAD, "staff", note="not-set-up")
    effects = k(ev.PinEntered("1234"))
    assert of(effects, fx.CheckPin) == []
    assert k.journey.top == View(Screen.PIN_PAD, "staff", note="not-set-up")


def test_a_pin_check_after_the_pad_was_left_is_dropped(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin(), ev.PinEntered("1234"), ev.GoBack())
    assert k.journey.stack == (View(Screen.HOME),)
    assert k(ev.PinChecked("staff", ok=True)) == []
    assert not k.journey.helper


def test_a_pin_check_for_another_role_is_dropped(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin("admin"), ev.PinEntered("1234"))
    assert k(ev.PinChecked("staff", ok=True)) == []
    assert not k.journey.helper


def test_the_admin_pin_closes_the_kiosk(k: Kiosk) -> None:
    at_home(k)
    k(ev.AskPin("admin"), ev.PinEntered("9999"))
    effects = k(ev.PinChecked("admin", ok=True))
    assert fx.CloseKiosk() in effects
    assert fx.Audit("admin_exit") in effects
    assert not k.journey.helper


def test_staff_close_asks_for_the_admin_pin(k: Kiosk) -> None:
    at_home(k)
    helper_on(k)
    assert shown(k(ev.StaffAction("close"))) == View(Screen.PIN_PAD, "admin")
    k(ev.PinEntered("9999"))
    assert fx.CloseKiosk() in k(ev.PinChecked("admin", ok=True))


# ---- the end: one forget path ------------------------------------------------------


def plant(k: Kiosk) -> None:
    """A resident mid-flow with answers, a draft and a changed look."""
    at_review(k)  # the question answered with CANARY
    k.session.drafts_for("all-kinds")["question.text"] = CANARY
    k.session.answers_for("short")["hello"] = CANARY
    k(ev.Setting("text_size"), ev.Setting("contrast"))
    assert k.session.settings != DEFAULTS
    assert CANARY in repr(vars(k.journey))


def end_by(k: Kiosk, reason: EndReason) -> list[fx.Effect]:
    """End the visit for ``reason`` the way the resident, staff or program would."""
    if reason is EndReason.END:
        k(ev.AskEnd())
        return k(ev.EndVisit(EndReason.END))
    if reason is EndReason.IDLE:
        k.wait(IDLE_S)
        return k.wait(WARNING_S)
    if reason is EndReason.HELPER:
        helper_on(k)
        return k(ev.StaffAction("end"))
    if reason is EndReason.CLEAR:
        k(ev.Open(Screen.MY_DATA))
        return k(ev.ClearNow())
    if reason is EndReason.BACK:
        k(ev.GoHome(), ev.GoBack())
        assert k.journey.top == View(Screen.LANGUAGE, "start")
        return k(ev.GoBack())
    return k(ev.EndVisit(reason))


ENDS = list(EndReason)  # end, back, idle, helper, fault, clear, reset
#: With answers held, Back on the first screen asks first (then it is an END), so the
#: tests that plant answers cover every other end; BACK is tested on its own above.
ENDS_WITH_DATA = [r for r in ENDS if r is not EndReason.BACK]


@pytest.mark.parametrize("reason", ENDS_WITH_DATA)
def test_every_end_forgets_once(k: Kiosk, reason: EndReason) -> None:
    plant(k)
    effects = end_by(k, reason)
    assert of(effects, fx.Forget) == [fx.Forget(reason, keep_settings=reason is EndReason.CLEAR)]


@pytest.mark.parametrize("reason", ENDS_WITH_DATA)
def test_every_end_leaves_no_answer_or_draft(k: Kiosk, reason: EndReason) -> None:
    plant(k)
    engine_answers = k.session.answers_for("all-kinds")  # the engine's own reference
    end_by(k, reason)
    assert k.session.answers == {} and k.session.drafts == {}
    assert engine_answers == {}
    assert k.journey.engine is None
    assert CANARY not in repr(vars(k.journey))


@pytest.mark.parametrize("reason", [r for r in ENDS_WITH_DATA if r is not EndReason.CLEAR])
def test_every_end_but_clear_restores_the_default_settings(k: Kiosk, reason: EndReason) -> None:
    plant(k)
    end_by(k, reason)
    assert k.session.settings == DEFAULTS
    assert not k.session.active
    assert not k.journey.helper


@pytest.mark.parametrize("reason", ENDS)
def test_every_end_cancels_the_call_that_is_out(k: Kiosk, reason: EndReason) -> None:
    request = waiting_for_found(k)
    effects = end_by(k, reason)
    if reason is not EndReason.BACK:  # BACK: GoHome on the way cancelled it already
        assert fx.CancelService() in effects
    assert not k.journey.awaiting
    assert k(ev.ServiceAnswered(request, ok=True, data=["kallio"])) == []


def test_clear_now_keeps_the_visit_and_its_settings(k: Kiosk) -> None:
    plant(k)
    settings = k.session.settings
    effects = end_by(k, EndReason.CLEAR)
    assert k.session.settings == settings
    assert k.session.active
    assert shown(effects) == View(Screen.HOME)
    assert k.journey.stack == (View(Screen.HOME),)
    assert effects[-1] == fx.Announce("cleared", always=True)
    assert not [s for s in stats(effects) if s[0] == "session_ended"]


def test_end_confirmed_counts_the_visit(k: Kiosk) -> None:
    at_name(k)
    effects = end_by(k, EndReason.END)
    got = stats(effects)
    assert ("session_ended", {"value": "end"}) in got
    assert ("flow_abandoned", {"flow": "all-kinds", "step": "name", "value": "ended"}) in got
    assert ("speech_used", {"value": "fi"}) in got
    assert shown(effects) == View(Screen.ATTRACT)


def test_staff_end_counts_as_helper(k: Kiosk) -> None:
    at_name(k)
    effects = end_by(k, EndReason.HELPER)
    assert ("session_ended", {"value": "helper"}) in stats(effects)
    assert fx.Audit("end_session", "all-kinds", "name") in effects
    assert fx.Helper(False) in effects
    assert k.journey.stack == (View(Screen.ATTRACT),)


def test_a_fault_shows_sorry_then_recovers(k: Kiosk) -> None:
    at_name(k)
    effects = k(ev.EndVisit(EndReason.FAULT))
    assert shown(effects) == View(Screen.SORRY)
    assert fx.ScheduleRecover() in effects
    assert shown(k(ev.RecoverDone())) == View(Screen.ATTRACT)


def test_recover_done_only_leaves_the_sorry_screen(k: Kiosk) -> None:
    at_home(k)
    assert k(ev.RecoverDone()) == []
    assert k.journey.top == View(Screen.HOME)


def test_end_confirm_lies_over_the_place_and_back_returns(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    assert shown(k(ev.AskEnd())) == View(Screen.END_CONFIRM)
    assert shown(k(ev.GoBack())) is place
    assert k.session.active


def test_a_new_visit_starts_clean(k: Kiosk) -> None:
    plant(k)
    end_by(k, EndReason.END)
    at_home(k)
    k(ev.ChooseFlow("all-kinds"))
    assert k.session.answers == {"all-kinds": {}}
    assert k.session.settings == DEFAULTS


# ---- settings -----------------------------------------------------------------------


def test_text_size_cycles_and_redraws_then_announces(k: Kiosk) -> None:
    at_name(k)
    place = k.journey.place
    for size in (150, 200, 100):
        effects = k(ev.Setting("text_size"))
        assert k.session.settings.text_size == size
        assert fx.ApplySettings() in effects
        assert shown(effects) is place  # the same screen, drawn again
        show = effects.index(fx.Show(place))
        assert effects.index(fx.ApplySettings()) < show
        assert effects[show + 1 :] == [fx.Announce("text_size", (size,))]
        assert ("text_size", {"value": str(size)}) in stats(effects)


def test_contrast_toggles(k: Kiosk) -> None:
    at_home(k)
    effects = k(ev.Setting("contrast"))
    assert k.session.settings.theme == "high-contrast"
    assert effects[-1] == fx.Announce("contrast_on")
    assert shown(effects) == View(Screen.HOME)
    assert k(ev.Setting("contrast"))[-1] == fx.Announce("contrast_off")
    assert k.session.settings.theme == "standard"


def test_speech_off_is_still_said(k: Kiosk) -> None:
    at_home(k)
    k(ev.Open(Screen.SPEECH_SETTINGS))
    effects = k(ev.Setting("speech"))
    assert not k.session.settings.speech
    assert effects[-1] == fx.Announce("speech_off", always=True)
    assert shown(effects) == View(Screen.SPEECH_SETTINGS)
    assert k(ev.Setting("speech"))[-1] == fx.Announce("speech_on", always=True)


def test_volume_steps_up_to_the_loudest(k: Kiosk) -> None:
    at_home(k)
    k(ev.Open(Screen.SPEECH_SETTINGS))  # default volume 0.8: level 7 of 9
    effects = k(ev.Setting("volume", 1))
    assert k.session.settings.volume == 0.9
    assert fx.ApplySettings() in effects
    assert effects[-1] == fx.Announce("volume", (8, 9), always=True)
    assert shown(effects) == View(Screen.SPEECH_SETTINGS)
    assert k(ev.Setting("volume", 1))[-1] == fx.Announce("volume", (9, 9), always=True)
    effects = k(ev.Setting("volume", 1))
    assert effects[-1] == fx.Announce("loudest", always=True)
    assert fx.ApplySettings() not in effects
    assert k.session.settings.volume == 1.0


def test_volume_down_to_the_quietest(k: Kiosk) -> None:
    at_home(k)
    k.session.change(volume=0.2)
    effects = k(ev.Setting("volume", -1))
    assert effects == [fx.Announce("quietest", always=True)]
    assert k.session.settings.volume == 0.2


def test_rate_steps_down_to_the_slowest(k: Kiosk) -> None:
    at_home(k)  # default rate 140: level 3 of 5
    assert k(ev.Setting("rate", -1))[-1] == fx.Announce("rate", (2, 5), always=True)
    assert k(ev.Setting("rate", -1))[-1] == fx.Announce("rate", (1, 5), always=True)
    assert k(ev.Setting("rate", -1)) == [fx.Announce("slowest", always=True)]
    assert k.session.settings.rate == 100


def test_rate_up_to_the_fastest(k: Kiosk) -> None:
    at_home(k)
    k.session.change(rate=190)
    assert k(ev.Setting("rate", 1)) == [fx.Announce("fastest", always=True)]
    assert k.session.settings.rate == 190


def test_a_voice_step_other_than_one_is_ignored(k: Kiosk) -> None:
    at_home(k)
    assert k(ev.Setting("volume", 3)) == []
    assert k.session.settings == DEFAULTS


# ---- printing -----------------------------------------------------------------------


def test_a_late_print_result_for_an_old_printout_is_dropped(k: Kiosk) -> None:
    at_done(k)
    first = of(k(ev.Print()), fx.StartPrint)[0].request
    k(ev.GoBack())
    second = of(k(ev.Print()), fx.StartPrint)[0].request
    assert k(ev.Printed(first, ok=False)) == []
    assert shown(k(ev.Printed(second, ok=True))) == View(Screen.PRINT, "printed")


# ---- practice mode (issue 18) --------------------------------------------------------


def practice_stats(effects: list[fx.Effect]) -> list[tuple[str, dict]]:
    return [(e.event, e.fields) for e in effects if isinstance(e, fx.Stat)]


def test_practice_lessons_walk_to_done_and_count_start_and_finish(k: Kiosk) -> None:
    from kiosk.journey.practice import LESSONS, script

    at_home(k)
    k(ev.Practice("open"))
    assert k.journey.top == View(Screen.PRACTICE)
    for lesson in LESSONS:
        got = practice_stats(k(ev.Practice("lesson", lesson)))
        assert got == [("practice_started", {"value": lesson})]
        for value in script(lesson):
            got = practice_stats(k(ev.Practice("answer", value)))
        assert got == [("practice_finished", {"value": lesson})]
        assert k.journey.top.note == "done" and k.journey.top.name == f"practice:{lesson}:done"
        k(ev.Practice("menu"))


def test_a_wrong_practice_answer_stays_on_the_step_and_names_itself(k: Kiosk) -> None:
    at_home(k)
    k(ev.Practice("open"), ev.Practice("lesson", "scam"), ev.Practice("answer"))
    assert practice_stats(k(ev.Practice("answer", "library"))) == []
    top = k.journey.top
    assert (top.kind, top.note, top.service) == ("scam", "which", "library")
    k(ev.Practice("answer", "bank"))
    assert (k.journey.top.note, k.journey.top.service) == ("why", "")


def test_back_in_practice_goes_a_step_then_to_the_lessons_then_home(k: Kiosk) -> None:
    at_home(k)
    k(ev.Practice("open"), ev.Practice("lesson", "tap"), ev.Practice("answer"))
    k(ev.GoBack())
    assert k.journey.top == View(Screen.PRACTICE, "tap", count=0, note="intro")
    k(ev.GoBack())
    assert k.journey.top == View(Screen.PRACTICE)
    k(ev.GoBack())
    assert k.journey.top == View(Screen.HOME)


def test_practice_needs_a_visit_and_ends_with_it(k: Kiosk) -> None:
    k(ev.Practice("open"))
    assert k.journey.top.screen is Screen.ATTRACT
    at_home(k)
    k(ev.Practice("open"), ev.Practice("lesson", "typing"))
    k(ev.EndVisit(EndReason.END))
    assert screens(k) == [Screen.ATTRACT]
    k(ev.Practice("answer"))
    assert screens(k) == [Screen.ATTRACT]


# ---- a headset switches explore by touch on (issue 18) ---------------------------------


def announced(effects: list[fx.Effect]) -> list[str]:
    return [e.what for e in of(effects, fx.Announce)]


def test_a_headset_plugged_in_mid_visit_turns_explore_on_and_out_again(k: Kiosk) -> None:
    at_home(k)
    plugged = k(ev.Headset(True, 0.4))
    assert k.session.settings.explore and k.session.settings.speech
    # Said as one utterance, so the second part does not cut the first off.
    assert announced(plugged) == ["headset_on+explore_on"]
    assert ("explore", {"value": "on"}) in stats(plugged)
    unplugged = k(ev.Headset(False))
    assert not k.session.settings.explore
    assert announced(unplugged) == ["headset_off+explore_off"]


def test_a_headset_never_undoes_the_residents_own_explore_choice(k: Kiosk) -> None:
    at_home(k)
    k(ev.Setting("explore"))  # on by hand first
    assert announced(k(ev.Headset(True, 0.4))) == ["headset_on"]
    assert announced(k(ev.Headset(False))) == ["headset_off"]
    assert k.session.settings.explore, "the resident switched it on; the cable did not"
    k(ev.Setting("explore"))  # off by hand
    k(ev.Headset(True, 0.4))
    k(ev.Setting("explore"))  # the headset switched it on, the resident off again
    k(ev.Setting("explore"))  # ... and on: now it is the resident's own choice
    k(ev.Headset(False))
    assert k.session.settings.explore


def test_explore_from_a_headset_ends_with_the_visit(k: Kiosk) -> None:
    at_home(k)
    k(ev.Headset(True, 0.4))
    k(ev.EndVisit(EndReason.END))
    assert not k.session.settings.explore
    at_home(k)  # the headset is still in: the next resident starts as everyone does
    assert not k.session.settings.explore
    assert announced(k(ev.Headset(False))) == ["headset_off"]
    assert not k.session.settings.explore


def test_a_headset_plugged_in_between_visits_switches_nothing_on(k: Kiosk) -> None:
    k(ev.Headset(True, 0.4))  # on the attract screen: nobody is there yet
    at_home(k)
    assert not k.session.settings.explore
