"""Run one flow: events in, effects out.

The engine is pure (no I/O, no threads, no clock) so every path through a flow can be
tested without Qt. The UI turns taps and timers into events and carries out the
effects it gets back: show a screen, call a service, ask for help, go home.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Literal

from kiosk.flow.spec import Flow, Step, StepKind

# ---- events (UI → engine) ----------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """The resident answered or tapped Next; ``value`` depends on the step kind."""

    value: object = None


@dataclass(frozen=True)
class Back:
    pass


@dataclass(frozen=True)
class Help:
    pass


@dataclass(frozen=True)
class Timeout:
    pass


@dataclass(frozen=True)
class End:
    pass


@dataclass(frozen=True)
class Edit:
    """From a review screen: change the answer of an earlier step."""

    step_id: str


@dataclass(frozen=True)
class ServiceDone:
    data: object


@dataclass(frozen=True)
class ServiceFailed:
    reason: str
    #: A send whose answer was lost after it went out: the city may have it after all.
    maybe_sent: bool = False


Event = Answer | Back | Help | Timeout | End | Edit | ServiceDone | ServiceFailed

# ---- effects (engine → UI) ---------------------------------------------------------

Outcome = Literal["completed", "ended", "timeout", "back", "declined"]


@dataclass(frozen=True)
class ShowStep:
    step: Step
    data: object = None  # what the step's service returned
    error: str | None = None  # why the step's service failed
    can_go_back: bool = True
    maybe_sent: bool = False  # the failed send may have reached the city (see ServiceFailed)


@dataclass(frozen=True)
class CallService:
    """Run ``name`` off the GUI thread, then send ServiceDone or ServiceFailed."""

    name: str
    params: dict[str, object]


@dataclass(frozen=True)
class RequestHelp:
    flow_id: str
    step_id: str


@dataclass(frozen=True)
class Finished:
    flow_id: str
    step_id: str
    outcome: Outcome


Effect = ShowStep | CallService | RequestHelp | Finished


#: Where a flow's answers remember its send for the rest of the session (not a step
#: id, so the review and "My data" never list it): ``{"id", "state", "reason"}``.
SEND_KEY = "#send"
#: The failure reason of a send whose answer never came back to this flow.
NO_ANSWER = "ServiceUnavailable: the answer to the send never came"


def _new_request_id() -> str:
    # Imported at a flow's first send, not at start: ~2 ms (it imports platform) that
    # the first frame does not need (issue 19).
    import uuid

    return uuid.uuid4().hex


class FlowEngineError(RuntimeError):
    """The flow breaks a rule the loader enforces; only hand-built flows get here."""


class FlowEngine:
    """Walks one flow for one resident. ``answers`` is the session's dict for this flow."""

    def __init__(
        self,
        flow: Flow,
        answers: MutableMapping[str, object],
        new_request_id: Callable[[], str] = _new_request_id,
    ) -> None:
        self.flow = flow
        self.answers = answers
        self._new_request_id = new_request_id
        self._history: list[str] = []  # the path taken; Back pops it
        self._waiting = False  # a CallService is out and its result not yet in
        self._failed = False  # the current step's last service call failed
        self._locked = 0  # history entries Back may not return to (a sent submit)
        self._edit_tail: list[str] | None = None  # steps after the one being edited
        self._finished = False

    # ---- state ---------------------------------------------------------------------

    @property
    def current(self) -> Step:
        return self.flow.step(self._history[-1]) if self._history else self.flow.first

    @property
    def history(self) -> tuple[str, ...]:
        return tuple(self._history)

    @property
    def waiting(self) -> bool:
        return self._waiting

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def request(self) -> dict[str, str] | None:
        """This flow's send in this session: its request id, and whether it is still
        "out", "uncertain" (it went out and its answer was lost) or "sent"."""
        record = self.answers.get(SEND_KEY)
        return record if isinstance(record, dict) else None

    def answers_on_path(self) -> dict[str, object]:
        """Answers of the steps on the path taken, in order (what a review shows).

        ``answers`` also keeps answers of branches the resident backed out of, so that
        going forward again pre-fills them; those must not be reviewed or sent.
        """
        return {i: self.answers[i] for i in self._history if i in self.answers}

    # ---- driving -------------------------------------------------------------------

    def start(self) -> list[Effect]:
        """Begin (or begin again) at the first step."""
        self._history, self._edit_tail = [], None
        self._waiting = self._failed = self._finished = False
        self._locked = 0
        if self.request is not None and self.request["state"] == "sent":
            self.answers.pop(SEND_KEY)  # done: a new visit of the flow is a new send
        return self._enter(self.flow.first.id, came_from=None)

    def handle(self, event: Event) -> list[Effect]:
        """Apply one event. Events that don't fit the moment are ignored ([])."""
        if self._finished or not self._history:
            return []
        match event:
            case Help():
                return [RequestHelp(self.flow.id, self.current.id)]
            case End():
                return self._finish("ended")
            case Timeout():
                return self._finish("timeout")
            case ServiceDone(data=data) if self._waiting:
                return self._service_done(data)
            case ServiceFailed(reason=reason, maybe_sent=maybe_sent) if self._waiting:
                self._waiting, self._failed = False, True
                if self.current.kind is StepKind.SUBMIT:
                    self._note_send("uncertain" if maybe_sent else "not sent", reason)
                return [self._show(error=reason, maybe_sent=maybe_sent)]
            case Back() if self._waiting and self.current.kind is not StepKind.SUBMIT:
                # The resident need not wait for a slow city: the answer, if it still
                # comes, is dropped by whoever ran the call (it is no longer awaited).
                self._waiting = False
                return self._back()
            case _ if self._waiting:
                # A send cannot be called back once it is out, and other taps belong
                # to the screen that is being replaced: the UI shows that it waits.
                return []
            case Back():
                return self._back()
            case Edit(step_id=step_id):
                return self._edit(step_id)
            case Answer(value=value):
                return self._answer(value)
        return []

    # ---- moving --------------------------------------------------------------------

    def _enter(self, step_id: str, came_from: Step | None) -> list[Effect]:
        step = self.flow.step(step_id)
        if step.kind is StepKind.SUBMIT and (
            came_from is None or came_from.kind is not StepKind.REVIEW
        ):
            where = f"step '{came_from.id}' ({came_from.kind})" if came_from else "the start"
            raise FlowEngineError(
                f"flow {self.flow.id}: submit step '{step.id}' entered from "
                f"{where}; a submit must come straight after a review"
            )
        self._history.append(step_id)
        return self._arrive()

    def _arrive(self) -> list[Effect]:
        """Show the current step, or first call its service (also after Back: fresh data)."""
        step = self.current
        self._failed = False
        if step.kind is StepKind.SUBMIT:
            return self._send(step)
        if step.service is not None:
            self._waiting = True
            return [CallService(step.service, self._resolve(step))]
        effects: list[Effect] = [self._show()]
        if step.kind is StepKind.DONE:
            effects += self._finish("completed")
        return effects

    def _go(self, next_id: str | None) -> list[Effect]:
        if next_id is None:
            return []  # a dead end; the loader refuses these, so only hand-built flows
        tail, self._edit_tail = self._edit_tail, None
        if tail is not None and tail[0] == next_id:
            # The edit kept the path: back to the review, nothing asked twice.
            self._history += tail
            return self._arrive()
        # No edit, or the edit chose another branch: walk it (old answers pre-fill).
        return self._enter(next_id, came_from=self.current)

    def _back(self) -> list[Effect]:
        if self._edit_tail is not None:  # changed their mind: return to the review
            self._history += self._edit_tail
            self._edit_tail = None
            return self._arrive()
        if not self._can_go_back():
            return []
        if len(self._history) == 1:
            return self._finish("back")
        self._history.pop()
        return self._arrive()

    def _edit(self, step_id: str) -> list[Effect]:
        earlier = self._history[self._locked : -1]
        if self.current.kind is not StepKind.REVIEW or step_id not in earlier:
            return []
        # The latest visit, in case a flow loops back over the same step.
        cut = len(self._history) - 1 - self._history[-2::-1].index(step_id)
        self._history, self._edit_tail = self._history[:cut], self._history[cut:]
        return self._arrive()

    def _answer(self, value: object) -> list[Effect]:
        step = self.current
        if step.service is not None and self._failed:
            return self._arrive()  # after a failure, Answer means "try again"
        match step.kind:
            case StepKind.DONE:
                return []
            case StepKind.CHOICE:
                option = step.option(value) if isinstance(value, str) else None
                if option is None:
                    return []
                self.answers[step.id] = value
                return self._go(option.next or step.next)
            case StepKind.CONSENT:
                if not isinstance(value, bool):
                    return []
                self.answers[step.id] = value
                if value or step.decline_next:
                    return self._go(step.next if value else step.decline_next)
                return self._finish("declined")
            case StepKind.TEXT | StepKind.CONTACT | StepKind.RESULTS:
                if not self._valid(step, value):
                    return []
                self.answers[step.id] = dict(value) if isinstance(value, dict) else value
        return self._go(step.next)

    @staticmethod
    def _valid(step: Step, value: object) -> bool:
        if step.kind is StepKind.TEXT:
            return (
                isinstance(value, str)
                and len(value) <= step.max_length
                and len(value.strip()) >= step.min_length
            )
        if step.kind is StepKind.CONTACT:
            ids = {f.id for f in step.fields}
            return isinstance(value, dict) and all(
                k in ids and isinstance(v, str) for k, v in value.items()
            )
        return value is not None  # results: the chosen item's id

    def _send(self, step: Step) -> list[Effect]:
        """Send, unless this flow's send may already be with the city.

        One request id a flow a session: a send whose answer was lost ("uncertain")
        is never sent again, not by "Try again", nor by Back and Send again, nor by
        another branch's send or a new visit of the flow; the resident is shown the
        uncertain outcome again and asks the staff to check.
        """
        record = self.request
        if record is not None and record["state"] in ("out", "uncertain"):
            self._failed = True
            return [self._show(error=record["reason"], maybe_sent=True)]
        if record is None or record["state"] == "sent":
            record = {"id": self._new_request_id(), "state": "out", "reason": ""}
        # Until its answer comes, the send counts as uncertain (an abandoned wait too).
        self.answers[SEND_KEY] = {**record, "state": "out", "reason": NO_ANSWER}
        self._waiting = True
        return [CallService(step.service or "", self._resolve(step))]

    def _note_send(self, state: str, reason: str = "") -> None:
        record = self.request
        if record is not None:
            self.answers[SEND_KEY] = {**record, "state": state, "reason": reason}

    def _service_done(self, data: object) -> list[Effect]:
        self._waiting = False
        if self.current.kind is StepKind.SUBMIT:
            self._locked = len(self._history)  # sent: Back must never send it twice
            self._note_send("sent")
        return [self._show(data=data)]

    def _finish(self, outcome: Outcome) -> list[Effect]:
        self._finished, self._waiting = True, False
        return [Finished(self.flow.id, self.current.id, outcome)]

    # ---- helpers -------------------------------------------------------------------

    def _show(
        self, data: object = None, error: str | None = None, maybe_sent: bool = False
    ) -> ShowStep:
        return ShowStep(
            self.current,
            data=data,
            error=error,
            can_go_back=self._can_go_back(),
            maybe_sent=maybe_sent,
        )

    def _can_go_back(self) -> bool:
        if self.current.kind is StepKind.DONE:
            return False
        if self._edit_tail is not None:
            return True
        if len(self._history) == 1:
            return self._locked == 0  # Back on the first step goes home
        return len(self._history) - 2 >= self._locked

    def _resolve(self, step: Step) -> dict[str, object]:
        """Literal params as they are; "$step" is that step's answer on the path taken."""
        on_path = self.answers_on_path()
        return {
            name: on_path.get(value[1:])
            if isinstance(value, str) and value.startswith("$")
            else value
            for name, value in step.params.items()
        }
