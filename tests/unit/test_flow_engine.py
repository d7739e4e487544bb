"""The flow engine: events in, effects out (docs/architecture.md, "Engine")."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.text import Text
from kiosk.flow.engine import (
    SEND_KEY,
    Answer,
    Back,
    CallService,
    Edit,
    End,
    Finished,
    FlowEngine,
    FlowEngineError,
    Help,
    RequestHelp,
    ServiceDone,
    ServiceFailed,
    ShowStep,
    Timeout,
)
from kiosk.flow.loader import load_flow
from kiosk.flow.spec import Flow, Step, StepKind
from kiosk.services.catalog import SERVICES

FIXTURES = Path(__file__).parent.parent / "fixtures" / "flows"
T = Text({"fi": "a", "sv": "b", "en": "c"})


@pytest.fixture
def flow() -> Flow:
    return load_flow(FIXTURES / "all-kinds.yaml", SERVICES)


def hand_built(*steps: Step) -> Flow:
    """A flow the loader would refuse, to reach the engine's own guards."""
    return Flow("hand", T, T, None, steps)


def shown(effects: list, step_id: str) -> ShowStep:
    """Assert ``effects`` is exactly one ShowStep of ``step_id``; return it."""
    assert len(effects) == 1 and isinstance(effects[0], ShowStep), effects
    assert effects[0].step.id == step_id
    return effects[0]


def walk_to_review(engine: FlowEngine) -> None:
    """welcome → topic(ask) → question → contact → agree → handover → check."""
    engine.start()
    engine.handle(Answer())
    engine.handle(Answer("ask"))
    engine.handle(Answer("Where are the large-print books?"))
    engine.handle(Answer({"name": "Aino", "phone": "040 123"}))
    engine.handle(Answer(True))
    shown(engine.handle(Answer()), "check")


def test_walk_through_every_kind(flow: Flow) -> None:
    answers: dict = {}
    engine = FlowEngine(flow, answers)
    assert engine.current.id == "welcome" and engine.history == ()
    assert shown(engine.start(), "welcome").can_go_back  # Back here goes home
    shown(engine.handle(Answer()), "topic")
    shown(engine.handle(Answer("find")), "name")
    assert engine.handle(Answer("Kallio")) == [CallService("libraries.search", {"name": "Kallio"})]
    assert engine.waiting and engine.current.id == "found"
    step = shown(engine.handle(ServiceDone(["kallio", "kannelmaki"])), "found")
    assert step.data == ["kallio", "kannelmaki"] and step.error is None
    assert not engine.waiting
    assert engine.handle(Answer("kallio")) == [CallService("libraries.week", {"library": "kallio"})]
    assert shown(engine.handle(ServiceDone({"mon": "9-20"})), "library").data == {"mon": "9-20"}
    shown(engine.handle(Answer()), "question")
    shown(engine.handle(Answer("Large print?")), "contact")
    shown(engine.handle(Answer({"name": "Aino", "phone": "040 123"})), "agree")
    shown(engine.handle(Answer(True)), "handover")
    shown(engine.handle(Answer()), "check")
    assert engine.handle(Answer()) == [
        CallService("libraries.search", {"name": "Large print?", "lang": "fi"})
    ]
    assert not shown(engine.handle(ServiceDone("sent")), "send").can_go_back  # sent once
    effects = engine.handle(Answer())
    assert effects == [
        ShowStep(flow.step("thanks"), can_go_back=False),
        Finished("all-kinds", "thanks", "completed"),
    ]
    assert engine.finished
    assert engine.handle(Answer()) == []  # Answer on a done step is ignored
    assert answers.pop(SEND_KEY)["state"] == "sent"  # the send, remembered
    assert answers == {
        "topic": "find",
        "name": "Kallio",
        "found": "kallio",
        "question": "Large print?",
        "contact": {"name": "Aino", "phone": "040 123"},
        "agree": True,
    }
    assert engine.history == (
        "welcome",
        "topic",
        "name",
        "found",
        "library",
        "question",
        "contact",
        "agree",
        "handover",
        "check",
        "send",
        "thanks",
    )


def test_option_without_next_uses_step_next(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    engine.handle(Answer())
    shown(engine.handle(Answer("ask")), "question")


def test_consent_declined_goes_to_decline_next(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    walk_to_review(engine)
    engine.handle(Back())
    shown(engine.handle(Back()), "agree")
    effects = engine.handle(Answer(False))
    assert effects[0].step.id == "declined"
    assert effects[1] == Finished("all-kinds", "declined", "completed")


def test_consent_declined_without_decline_next_ends_flow() -> None:
    flow = hand_built(Step("ok", StepKind.CONSENT, T, next="end"), Step("end", StepKind.DONE, T))
    engine = FlowEngine(flow, {})
    engine.start()
    assert engine.handle(Answer(False)) == [Finished("hand", "ok", "declined")]


def test_back_keeps_answers(flow: Flow) -> None:
    answers: dict = {}
    engine = FlowEngine(flow, answers)
    engine.start()
    engine.handle(Answer())
    engine.handle(Answer("find"))
    engine.handle(Answer("Kallio"))  # → found, waiting for its service
    engine.handle(ServiceDone([]))
    shown(engine.handle(Back()), "name")
    shown(engine.handle(Back()), "topic")
    assert answers == {"topic": "find", "name": "Kallio"}
    assert engine.history == ("welcome", "topic")


def test_back_onto_a_service_step_calls_it_again(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    engine.handle(Answer())
    engine.handle(Answer("find"))
    engine.handle(Answer("Kallio"))
    engine.handle(ServiceDone(["kallio"]))
    engine.handle(Answer("kallio"))
    engine.handle(ServiceDone({}))
    assert engine.handle(Back()) == [CallService("libraries.search", {"name": "Kallio"})]
    assert engine.waiting


def test_back_while_waiting_cancels_the_wait_and_goes_back(flow: Flow) -> None:
    """A slow city never holds the resident: Back leaves the waiting step at once."""
    engine = FlowEngine(flow, {})
    engine.start()
    engine.handle(Answer())
    engine.handle(Answer("find"))
    engine.handle(Answer("Kallio"))  # → found, waiting for its service
    assert engine.waiting
    shown(engine.handle(Back()), "name")
    assert not engine.waiting
    # The answer that comes late is no longer awaited: ignored.
    assert engine.handle(ServiceDone(["kallio"])) == []
    assert engine.current.id == "name"


def test_back_while_a_send_is_out_is_ignored(flow: Flow) -> None:
    """A send cannot be called back: Back must not offer to send it a second time."""
    engine = FlowEngine(flow, {})
    walk_to_review(engine)
    effects = engine.handle(Answer())  # review → send
    assert isinstance(effects[0], CallService) and engine.waiting
    assert engine.handle(Back()) == []
    assert engine.waiting


def test_back_on_first_step_goes_home(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    assert engine.handle(Back()) == [Finished("all-kinds", "welcome", "back")]
    assert engine.finished


def test_edit_from_review_returns_to_review(flow: Flow) -> None:
    answers: dict = {}
    engine = FlowEngine(flow, answers)
    walk_to_review(engine)
    before = engine.history
    assert shown(engine.handle(Edit("question")), "question").can_go_back
    shown(engine.handle(Answer("Audio books?")), "check")  # straight back, nothing re-asked
    assert answers["question"] == "Audio books?"
    assert engine.history == before


def test_edit_then_back_returns_to_review(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    walk_to_review(engine)
    before = engine.history
    shown(engine.handle(Edit("topic")), "topic")
    shown(engine.handle(Back()), "check")
    assert engine.history == before


def test_edit_that_changes_branch_walks_the_new_branch(flow: Flow) -> None:
    answers: dict = {}
    engine = FlowEngine(flow, answers)
    walk_to_review(engine)
    shown(engine.handle(Edit("topic")), "topic")
    shown(engine.handle(Answer("find")), "name")  # a step never answered: ask it
    assert engine.history == ("welcome", "topic", "name")
    assert answers["question"]  # kept, to pre-fill when the path comes back to it
    assert "question" not in engine.answers_on_path()


def test_edit_only_from_review_and_only_backwards(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    engine.handle(Answer())
    assert engine.handle(Edit("welcome")) == []  # topic is not a review step
    walk_to_review(engine)
    assert engine.handle(Edit("send")) == []  # not earlier in the history
    assert engine.handle(Edit("check")) == []  # the review itself
    assert engine.current.id == "check"


def test_submit_only_from_review() -> None:
    flow = hand_built(
        Step("ask", StepKind.INFO, T, next="send"),
        Step("send", StepKind.SUBMIT, T, action="libraries.search", next="end"),
        Step("end", StepKind.DONE, T),
    )
    engine = FlowEngine(flow, {})
    engine.start()
    with pytest.raises(FlowEngineError, match="'send'.*review"):
        engine.handle(Answer())
    with pytest.raises(FlowEngineError):
        FlowEngine(hand_built(*flow.steps[1:]), {}).start()


def test_service_failure_shows_error_and_answer_retries(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    walk_to_review(engine)
    call = engine.handle(Answer())
    step = shown(engine.handle(ServiceFailed("offline")), "send")
    assert step.error == "offline" and step.data is None and step.can_go_back
    assert not engine.waiting
    assert engine.handle(Answer()) == call  # "Try again" sends once more
    assert engine.handle(ServiceFailed("offline"))
    shown(engine.handle(Back()), "check")  # failed, so nothing was sent: may go back


def test_an_uncertain_send_is_never_sent_again(flow: Flow) -> None:
    """The answer to a send was lost: "Try again", Back and Send, and a new visit of
    the flow in the same session all show the uncertain outcome and send nothing."""
    answers: dict[str, object] = {}
    engine = FlowEngine(flow, answers, new_request_id=lambda: "req-1")
    walk_to_review(engine)
    assert isinstance(engine.handle(Answer())[0], CallService)
    assert engine.request == {"id": "req-1", "state": "out", "reason": engine.request["reason"]}
    step = shown(engine.handle(ServiceFailed("timed out", maybe_sent=True)), "send")
    assert step.maybe_sent and step.error == "timed out"
    assert engine.request == {"id": "req-1", "state": "uncertain", "reason": "timed out"}

    again = engine.handle(Answer())  # "Try again" (if anything still sent it)
    assert not any(isinstance(e, CallService) for e in again)
    assert shown(again, "send").maybe_sent and not engine.waiting
    shown(engine.handle(Back()), "check")
    resend = engine.handle(Answer())  # Back → Send
    assert not any(isinstance(e, CallService) for e in resend)
    assert shown(resend, "send").error == "timed out"

    fresh = FlowEngine(flow, answers, new_request_id=lambda: "req-2")  # flow again
    walk_to_review(fresh)
    assert not any(isinstance(e, CallService) for e in fresh.handle(Answer()))
    assert fresh.request is not None and fresh.request["id"] == "req-1"


def test_a_send_abandoned_while_out_counts_as_uncertain(flow: Flow) -> None:
    answers: dict[str, object] = {}
    engine = FlowEngine(flow, answers)
    walk_to_review(engine)
    engine.handle(Answer())
    engine.handle(Timeout())  # the visit moved on before the answer came
    again = FlowEngine(flow, answers)
    walk_to_review(again)
    effects = again.handle(Answer())
    assert not any(isinstance(e, CallService) for e in effects)
    assert shown(effects, "send").maybe_sent


def test_a_send_that_surely_failed_keeps_its_request_id(flow: Flow) -> None:
    ids = iter(["req-1", "req-2"])
    engine = FlowEngine(flow, {}, new_request_id=lambda: next(ids))
    walk_to_review(engine)
    engine.handle(Answer())
    engine.handle(ServiceFailed("refused before sending"))
    assert engine.request is not None and engine.request["state"] == "not sent"
    assert isinstance(engine.handle(Answer())[0], CallService)  # may try again
    engine.handle(ServiceDone("ok"))
    assert engine.request == {"id": "req-1", "state": "sent", "reason": ""}
    engine.start()  # a new feedback in the same visit is a new request
    walk_to_review(engine)
    assert isinstance(engine.handle(Answer())[0], CallService)
    assert engine.request is not None and engine.request["id"] == "req-2"


def test_nothing_goes_back_past_a_sent_submit(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    walk_to_review(engine)
    engine.handle(Answer())
    engine.handle(ServiceDone("ok"))
    assert engine.handle(Back()) == []
    assert engine.current.id == "send"


def test_missing_param_answer_is_none() -> None:
    flow = hand_built(
        Step(
            "look",
            StepKind.DETAIL,
            T,
            source="libraries.week",
            params={"library": "$nobody", "lang": "fi"},
            next="end",
        ),
        Step("end", StepKind.DONE, T),
    )
    assert FlowEngine(flow, {"nobody": "stale"}).start() == [
        CallService("libraries.week", {"library": None, "lang": "fi"})
    ]


def test_help_changes_nothing(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    engine.handle(Answer())
    assert engine.handle(Help()) == [RequestHelp("all-kinds", "topic")]
    assert engine.current.id == "topic" and engine.history == ("welcome", "topic")
    assert not engine.finished


def test_help_end_timeout_while_waiting(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    walk_to_review(engine)
    engine.handle(Answer())
    assert engine.handle(Help()) == [RequestHelp("all-kinds", "send")]
    assert engine.waiting
    assert engine.handle(Timeout()) == [Finished("all-kinds", "send", "timeout")]
    assert engine.handle(ServiceDone("late")) == []  # the resident has gone home


def test_end(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    assert engine.handle(End()) == [Finished("all-kinds", "welcome", "ended")]
    assert engine.handle(Help()) == []


def test_timeout(flow: Flow) -> None:
    engine = FlowEngine(flow, {})
    engine.start()
    engine.handle(Answer())
    assert engine.handle(Timeout()) == [Finished("all-kinds", "topic", "timeout")]


@pytest.mark.parametrize(
    ("to_step", "event"),
    [
        ([], Answer("x")),  # not started
        (["x"], Answer("nope")),  # not an option of topic
        (["x"], Answer(None)),
        (["x", "find"], Answer("K")),  # under min_length 2
        (["x", "find"], Answer("K" * 61)),  # over max_length 60
        (["x", "find"], Answer(42)),
        (["x", "find", "Kallio"], Answer("kallio")),  # waiting for the service
        (["x", "find", "Kallio"], Edit("topic")),
        (["x"], ServiceDone("unasked")),
        (["x"], ServiceFailed("unasked")),
        (["x", "ask", "Q?"], Answer({"fax": "1"})),  # contact: unknown field
        (["x", "ask", "Q?"], Answer("Aino")),
        (["x", "ask", "Q?", {}], Answer("yes")),  # consent needs True/False
        (["x", "ask", "Q?", {}], object()),  # not an event at all
    ],
)
def test_events_out_of_place_are_ignored(flow: Flow, to_step: list, event: object) -> None:
    engine = FlowEngine(flow, {})
    if to_step:
        engine.start()
        for value in to_step:
            engine.handle(Answer(value))
    where, history = engine.current, engine.history
    assert engine.handle(event) == []  # type: ignore[arg-type]
    assert engine.current == where and engine.history == history


def test_start_again_resets(flow: Flow) -> None:
    engine = FlowEngine(flow, {"topic": "find"})
    engine.start()
    engine.handle(End())
    shown(engine.start(), "welcome")
    assert engine.history == ("welcome",) and not engine.finished
