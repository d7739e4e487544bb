"""The flows we ship: they load cleanly, read plainly, and every path reaches the end.

Each walk drives the real FlowEngine and answers its service calls with the real live
services, over real HTTP to the fake city server (the city's real sample responses).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.core.languages import SELKO, SHIPPED
from kiosk.core.text import REQUIRED_LANGUAGES, Text
from kiosk.flow.engine import (
    Answer,
    CallService,
    Effect,
    Finished,
    FlowEngine,
    ServiceDone,
    ShowStep,
)
from kiosk.flow.loader import lint_flow, load_flow, load_flows
from kiosk.flow.spec import Flow, Step, StepKind
from kiosk.flow.walk import covering, item_ids, scripts, shown_steps
from kiosk.services.catalog import SERVICES
from kiosk.services.http import Endpoints
from kiosk.services.libraries import LibraryWeek
from kiosk.services.live import LiveServices
from kiosk.services.registry import Services
from kiosk.services.snapshot import Snapshot
from kiosk.services.transport import CityHttp

ROOT = Path(__file__).resolve().parents[2]
FLOWS = ROOT / "assets" / "flows"
SNAPSHOT = ROOT / "assets" / "snapshot"
FLOW_FILES = sorted(FLOWS.glob("*.yaml"))

#: What the resident types on each text step of the shipped flows.
TEXT_ANSWERS: dict[tuple[str, str], str] = {
    ("library-hours", "name"): "kallio",
    ("feedback", "text"): "Penkki on rikki kirjaston edessä.",
}
CONTACT = {"name": "Testi Asukas", "phone": "0401234567", "email": "testi@example.org"}


@pytest.fixture(scope="module")
def offline() -> Services:
    """The services as demo mode runs them: the shipped snapshot only."""
    return LiveServices(
        CityHttp(endpoints=Endpoints.local("http://127.0.0.1:9")),
        Snapshot(SNAPSHOT),
        library_id=84860,
        latitude=60.1837,
        longitude=24.9536,
        offline_only=True,
    )


@pytest.fixture(scope="module")
def services():
    from fakecity.server import API_KEY, FakeCity

    from kiosk.services.live import LiveServices
    from kiosk.services.transport import CityHttp

    with FakeCity() as city:
        http = CityHttp(endpoints=city.endpoints, backoff_s=0.01)
        yield LiveServices(
            http,
            Snapshot(SNAPSHOT),
            library_id=84860,
            latitude=60.1837,
            longitude=24.9536,
            answer_within_s=None,
            open311_api_key=API_KEY,
        )
        http.close()


def test_there_are_flows() -> None:
    assert {p.stem for p in FLOW_FILES} >= {"library-hours", "e-identification"}


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
def test_flow_loads_without_lint_warnings(path: Path) -> None:
    flow = load_flow(path, SERVICES)
    assert flow.id == path.stem
    assert lint_flow(flow) == []


def test_all_flows_load_together() -> None:
    ids = [p.stem for p in FLOW_FILES]
    assert [f.id for f in load_flows(FLOWS, ids, SERVICES)] == ids


#: Texts for the staff (coaching notes, where to refer): in the staff's languages.
STAFF_TEXTS = {"staff_note", "refer"}


def _resident_texts(flow: Flow) -> list[tuple[str, Text]]:
    """Every text a resident sees or hears: each `Text` field of each step (so a new
    kind of text is checked too), options and field labels; not the staff's."""
    found = [("title", flow.title), ("description", flow.description)]
    for step in flow.steps:
        for spec in dataclasses.fields(step):
            value = getattr(step, spec.name)
            if isinstance(value, Text) and spec.name not in STAFF_TEXTS:
                found.append((f"{step.id} {spec.name}", value))
        found += [(f"{step.id} option {o.id}", o.text) for o in step.options]
        found += [(f"{step.id} field {f.id}", f.label) for f in step.fields]
    return found


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
def test_every_resident_text_is_in_every_shipped_language(path: Path) -> None:
    """Issue 17: a language on the language screen has all of every flow; staff
    texts stay in fi, sv and en."""
    flow = load_flow(path, SERVICES)
    texts = _resident_texts(flow)
    assert len(texts) > 10
    missing = [f"{where}: {lang}" for where, text in texts for lang in text.missing(SHIPPED)]
    assert not missing, f"{path.name} lacks " + "; ".join(missing)


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
def test_selkokieli_is_short_sentences(path: Path) -> None:
    """Selkokieli: short sentences (at most 12 words), short headings, and not the
    standard Finnish copied over for a whole flow."""
    flow = load_flow(path, SERVICES)
    texts = _resident_texts(flow)
    for where, text in texts:
        easy = text.get(SELKO)
        for sentence in _sentences(easy.replace("\n", " ")):
            assert len(sentence.split()) <= 12, f"{where}: {sentence!r}"
        if where.endswith(" heading"):
            assert len(easy.split()) <= 8, f"{where}: {easy!r}"
    changed = [where for where, text in texts if text.get(SELKO) != text.get("fi")]
    assert len(changed) >= len(texts) // 4, "selkokieli is mostly the standard Finnish"


def _sentences(value: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", value.strip()) if s]


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
def test_every_step_has_a_staff_note_and_short_texts(path: Path) -> None:
    flow = load_flow(path, SERVICES)
    for step in flow.steps:
        assert step.staff_note is not None, f"{step.id}: no staff_note"
        assert step.staff_note.missing(REQUIRED_LANGUAGES) == [], step.id
        for lang in REQUIRED_LANGUAGES:
            heading = step.heading.get(lang)
            assert len(heading.split()) <= 10, f"{step.id} {lang}: heading too long"
            if step.body is not None:
                assert len(_sentences(step.body.get(lang))) <= 3, f"{step.id} {lang}: body"


# ---- walking every path -------------------------------------------------------------


@dataclass
class Walk:
    picks: tuple[str, ...]
    steps: list[str] = field(default_factory=list)
    calls: list[CallService] = field(default_factory=list)
    finished: Finished | None = None
    branch_at: Step | None = None  # a choice the picks did not cover yet


def _answer(flow: Flow, step: Step, data: object, walk: Walk, pick: int) -> Answer | None:
    """The scripted answer for ``step``; None when a new branch starts here."""
    match step.kind:
        case StepKind.CHOICE | StepKind.CONSENT:
            if pick >= len(walk.picks):
                walk.branch_at = step
                return None
            return Answer(walk.picks[pick])
        case StepKind.CONTACT:
            return Answer({f.id: CONTACT[f.kind.value] for f in step.fields})
        case StepKind.TEXT:
            return Answer(TEXT_ANSWERS[(flow.id, step.id)])
        case StepKind.RESULTS:
            ids = item_ids(data)
            assert ids, f"{step.id}: no results to choose from"
            return Answer(ids[0])
        case StepKind.DETAIL | StepKind.SUBMIT:
            assert data is not None, f"{step.id}: the detail has no data"
            return Answer()
        case StepKind.INFO | StepKind.HANDOFF | StepKind.REVIEW:
            return Answer()
    raise AssertionError(f"{flow.id}: no scripted answer for a {step.kind} step ({step.id})")


def _run(flow: Flow, services: Services, picks: tuple[str, ...], lang: str) -> Walk:
    walk = Walk(picks)
    engine = FlowEngine(flow, {})
    pending: list[Effect] = engine.start()
    pick = 0
    for _ in range(200):  # a guard against a loop in a flow
        if not pending:
            raise AssertionError(f"{flow.id}: the engine stopped at {walk.steps[-1:]}")
        effect, pending = pending[0], pending[1:]
        match effect:
            case CallService(name=name, params=params):
                walk.calls.append(effect)
                pending += engine.handle(ServiceDone(services.call(name, params, lang)))
            case Finished():
                walk.finished = effect
                return walk
            case ShowStep(step=step, data=data, error=error):
                assert error is None, f"{flow.id}: {step.id}: {error}"
                walk.steps.append(step.id)
                if step.kind is StepKind.DONE:
                    continue  # Finished follows
                answer = _answer(flow, step, data, walk, pick)
                if answer is None:
                    return walk
                if step.kind in (StepKind.CHOICE, StepKind.CONSENT):
                    pick += 1
                pending += engine.handle(answer)
    raise AssertionError(f"{flow.id}: the walk did not end: {walk.steps}")


def walk_all(flow: Flow, services: Services, lang: str) -> list[Walk]:
    """Every path from the first step, branching at each choice option."""
    done, todo = [], [()]
    while todo:
        walk = _run(flow, services, todo.pop(), lang)
        if walk.branch_at is not None:
            choices = (
                [option.id for option in walk.branch_at.options]
                if walk.branch_at.kind is StepKind.CHOICE
                else [True, False]
            )
            todo += [(*walk.picks, choice) for choice in choices]
        else:
            done.append(walk)
    return done


@pytest.mark.parametrize("lang", SHIPPED)
@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
def test_every_path_reaches_done(path: Path, lang: str, services: Services) -> None:
    flow = load_flow(path, SERVICES)
    walks = walk_all(flow, services, lang)
    assert walks
    for walk in walks:
        assert walk.finished is not None, walk.steps
        assert walk.finished.outcome == "completed", walk.steps
        assert flow.step(walk.steps[-1]).kind is StepKind.DONE
    visited = {step for walk in walks for step in walk.steps}
    assert visited == {s.id for s in flow.steps}, "some steps are never shown"


def test_library_hours_paths(services: Services) -> None:
    flow = load_flow(FLOWS / "library-hours.yaml", SERVICES)
    walks = {w.picks: w for w in walk_all(flow, services, "fi")}
    assert walks[("here",)].steps == ["which", "hours_here", "done"]
    assert walks[("here",)].calls == [CallService("libraries.week", {"library": "here"})]
    other = walks[("other",)]
    assert other.steps == ["which", "name", "pick", "hours_other", "done"]
    assert other.calls == [
        CallService("libraries.search", {"name": "kallio"}),
        CallService("libraries.week", {"library": 84860}),
    ]


def test_library_hours_detail_shows_a_dated_week(offline: Services) -> None:
    flow = load_flow(FLOWS / "library-hours.yaml", SERVICES)
    engine = FlowEngine(flow, {})
    engine.start()
    (call,) = engine.handle(Answer("here"))
    assert isinstance(call, CallService)
    (show,) = engine.handle(ServiceDone(offline.call(call.name, call.params, "fi")))
    assert isinstance(show.data, LibraryWeek)
    assert show.data.source_date is not None  # the UI says how old the data is


# ---- e-identification (A22) -----------------------------------------------------------

#: Words for typing or entering something, and for this kiosk or its screen.
_TYPING = re.compile(
    r"kirjoit|syöt|näppäil|skriv|mata in|knappa|\btyp|\benter|\bwrite"
    r"|\bkey in",
    re.IGNORECASE,
)
_KIOSK = re.compile(r"kiosk|näytö|näyttö|tähän|skärm|\bhär\b|screen|\bhere\b", re.IGNORECASE)


def test_e_identification_has_no_input_steps() -> None:
    flow = load_flow(FLOWS / "e-identification.yaml", SERVICES)
    kinds = {step.kind for step in flow.steps}
    assert kinds <= {StepKind.INFO, StepKind.CHOICE, StepKind.DONE}
    assert StepKind.TEXT not in kinds and StepKind.CONTACT not in kinds
    assert all(step.service is None for step in flow.steps)


def test_e_identification_never_asks_to_type_codes_into_the_kiosk() -> None:
    flow = load_flow(FLOWS / "e-identification.yaml", SERVICES)
    texts = [("title", flow.title), ("description", flow.description)]
    texts += [
        (f"{step.id} {where}", text)
        for step in flow.steps
        for where, text in step.texts()
        if text is not None
    ]
    checked = 0
    for where, text in texts:
        for lang, value in text.values.items():
            for sentence in _sentences(value):
                checked += 1
                assert not (_TYPING.search(sentence) and _KIOSK.search(sentence)), (
                    f"{where} ({lang}) mentions typing into the kiosk: {sentence!r}"
                )
    assert checked > 50


def test_e_identification_says_the_kiosk_never_asks_for_codes() -> None:
    flow = load_flow(FLOWS / "e-identification.yaml", SERVICES)
    body = flow.step("practise").body
    assert body is not None
    for lang in REQUIRED_LANGUAGES:
        assert re.search(r"kiosk", body.get(lang), re.IGNORECASE), lang


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.stem)
def test_covering_scripts_show_the_same_steps_in_the_same_order(
    path: Path, offline: Services
) -> None:
    """The walks that draw every screen use the covering scripts: each step first
    shown in the same order as by every script, with no more answers (and for the
    branching flows far fewer)."""
    flow = load_flow(path, SERVICES)

    def call(name: str, params: dict) -> object:
        return offline.call(name, params, "fi")

    def first_visits(scripts_: list[list[object]]) -> list[str]:
        order: list[str] = []
        for script in scripts_:
            order += [s for s in shown_steps(flow, script, call) if s not in order]
        return order

    every = [script for script, _outcome in scripts(flow, call)]
    kept = covering(flow, call)
    assert first_visits(kept) == first_visits(every)
    assert sum(map(len, kept)) <= sum(map(len, every))
