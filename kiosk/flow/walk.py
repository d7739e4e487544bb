"""Find answer scripts that walk every step and every option of a flow.

Used by tests (every shipped flow reaches its end) and by the ``screenshots``
command (every screen rendered). Pure: services are called through ``call``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.flow.engine import (
    Answer,
    CallService,
    Finished,
    FlowEngine,
    ServiceDone,
    ServiceFailed,
    ShowStep,
)
from kiosk.flow.spec import Flow, Step, StepKind

Call = Callable[[str, dict[str, Any]], object]

#: What a script types into free-text and contact steps.
DEFAULT_TEXT = "Kallio"
DEFAULT_CONTACT = {"name": "Test Resident", "phone": "0401234567", "email": "test@example.org"}


def _settle(engine: FlowEngine, effects: list[Any], call: Call) -> list[Any]:
    """Answer service calls at once, as the UI would after its worker finishes."""
    seen: list[Any] = []
    while effects:
        effect = effects.pop(0)
        seen.append(effect)
        if isinstance(effect, CallService):
            try:
                result = engine.handle(ServiceDone(call(effect.name, dict(effect.params))))
            except Exception as exc:  # noqa: BLE001 - a failing service is a path too
                result = engine.handle(ServiceFailed(str(exc)))
            effects.extend(result)
    return seen


def item_ids(data: object) -> list[object]:
    """Answer values a results step offers: the ids of the listed items (a list, or a
    result holding them: ``UnitList.units``, ``EventList.events``)."""
    for name in ("units", "events"):
        held = getattr(data, name, None)
        if isinstance(held, (list, tuple)):
            data = held
            break
    if isinstance(data, (list, tuple)):
        return [getattr(item, "id", None) for item in data if getattr(item, "id", None)]
    return []


def _answers_for(step: Step, data: object, text: dict[str, str]) -> list[object]:
    match step.kind:
        case StepKind.CHOICE:
            return [o.id for o in step.options]
        case StepKind.TEXT:
            typed = text.get(step.id, DEFAULT_TEXT)
            # Long enough for the step, or the engine would (rightly) not move on.
            return [typed.ljust(step.min_length, ".")]
        case StepKind.CONTACT:
            return [{f.id: DEFAULT_CONTACT.get(f.kind.value, "x") for f in step.fields}]
        case StepKind.CONSENT:
            return [True, False]
        case StepKind.RESULTS:
            return item_ids(data)[:1]
        case _:
            return [None]


def replay(
    flow: Flow, script: list[object], call: Call, answers: dict[str, Any] | None = None
) -> tuple[FlowEngine, list[Any]]:
    """Run ``script`` on a fresh engine; returns it and every effect seen, in order."""
    engine = FlowEngine(flow, {} if answers is None else answers)
    seen = _settle(engine, engine.start(), call)
    for value in script:
        seen += _settle(engine, engine.handle(Answer(value)), call)
    return engine, seen


def scripts(
    flow: Flow, call: Call, text: dict[str, str] | None = None, limit: int = 500
) -> list[tuple[list[object], str]]:
    """Every answer script to an end, with its outcome ("completed", "declined", or
    "stuck: <step>" when a step offers nothing to answer, e.g. an empty result list)."""
    text = text or {}
    found: list[tuple[list[object], str]] = []
    pending: list[list[object]] = [[]]
    while pending and len(found) < limit:
        script = pending.pop()
        if len(script) > 2 * len(flow.steps) + 2:
            found.append((script, "stuck: no way forward"))  # answers that go nowhere
            continue
        engine, seen = replay(flow, script, call)
        finished = [e for e in seen if isinstance(e, Finished)]
        if finished:
            found.append((script, finished[-1].outcome))
            continue
        shown = [e for e in seen if isinstance(e, ShowStep)]
        if not shown or shown[-1].error is not None:
            found.append((script, f"stuck: {engine.current.id}"))
            continue
        options = _answers_for(engine.current, shown[-1].data, text)
        if not options:
            found.append((script, f"stuck: {engine.current.id}"))
        for value in reversed(options):
            pending.append([*script, value])
    return found


def shown_steps(flow: Flow, script: list[object], call: Call) -> list[str]:
    """The step on screen before each answer of ``script``, and after the last."""
    engine = FlowEngine(flow, {})
    _settle(engine, engine.start(), call)
    shown = [engine.current.id]
    for value in script:
        _settle(engine, engine.handle(Answer(value)), call)
        shown.append(engine.current.id)
    return shown


def covering(flow: Flow, call: Call, text: dict[str, str] | None = None) -> list[list[object]]:
    """The scripts of :func:`scripts` that show a step no earlier one showed, each cut
    after its answer to the last such step: every step shown in the same order as by
    all the scripts, with far fewer screens drawn (the feedback flow has 30 scripts of
    about 7 answers; a few of them show all its steps)."""
    seen: set[str] = set()
    kept: list[list[object]] = []
    for script, _outcome in scripts(flow, call, text):
        steps = shown_steps(flow, script, call)
        new = [index for index, step_id in enumerate(steps) if step_id not in seen]
        if not new:
            continue
        cut = script[: new[-1] + 1]
        kept.append(cut)
        seen.update(steps[: len(cut) + 1])
    return kept
