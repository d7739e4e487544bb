"""The flow loader: a good file loads; every kind of bad file is one FlowError
naming the file and the step (docs/architecture.md, "Flows")."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from kiosk.core.text import Text
from kiosk.flow.loader import FlowError, lint_flow, load_flow, load_flows
from kiosk.flow.spec import ContactKind, StepKind
from kiosk.services.catalog import SERVICES

FIXTURES = Path(__file__).parent.parent / "fixtures" / "flows"
T = {"fi": "Hei", "sv": "Hej", "en": "Hello"}


def base() -> dict:
    """The smallest valid flow, as the dict a YAML file would hold."""
    return {
        "id": "t",
        "title": dict(T),
        "description": dict(T),
        "steps": [
            {"id": "start", "kind": "info", "heading": dict(T), "next": "end"},
            {"id": "end", "kind": "done", "heading": dict(T)},
        ],
    }


def with_steps(*steps: dict) -> dict:
    """``base()`` with these steps in front of its done step ``end``."""
    data = base()
    data["steps"] = [*steps, data["steps"][1]]
    return data


def step(step_id: str, kind: str, **keys: object) -> dict:
    return {"id": step_id, "kind": kind, "heading": dict(T), **keys}


def write(tmp_path: Path, data: object, name: str = "t") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def rejected(tmp_path: Path, data: object, step_id: str | None, name: str = "t") -> FlowError:
    """Load ``data``; assert it fails naming the file and ``step_id``; return the error."""
    with pytest.raises(FlowError) as info:
        load_flow(write(tmp_path, data, name), SERVICES)
    error = info.value
    assert f"{name}.yaml" in str(error)
    assert error.step == step_id
    if step_id is not None:
        assert f"step {step_id}:" in str(error)
    return error


# ---- good files ----------------------------------------------------------------------


def test_fixture_with_every_kind_loads() -> None:
    flow = load_flow(FIXTURES / "all-kinds.yaml", SERVICES)
    assert flow.id == "all-kinds"
    assert flow.icon == "clock"
    assert flow.source_file == FIXTURES / "all-kinds.yaml"
    assert flow.first.id == "welcome"
    assert {s.kind for s in flow.steps} == set(StepKind)
    assert [s.id for s in flow.steps][:3] == ["welcome", "topic", "name"]
    assert flow.step("topic").option("ask").next is None
    assert flow.step("name").min_length == 2 and flow.step("name").max_length == 60
    assert flow.step("question").private and not flow.step("name").private
    assert flow.step("contact").private  # contact details are always private
    assert [f.kind for f in flow.step("contact").fields] == [ContactKind.NAME, ContactKind.PHONE]
    assert flow.step("agree").decline_next == "declined"
    assert dict(flow.step("send").params) == {"name": "$question", "lang": "fi"}
    assert flow.step("send").service == "libraries.search"
    assert flow.step("handover").url == "https://www.helmet.fi/"
    assert flow.title.get("sv") == "Alla steg"
    with pytest.raises(TypeError):
        flow.step("send").params["x"] = 1  # type: ignore[index]
    with pytest.raises(KeyError):
        flow.step("nope")


def test_defaults_for_unused_keys(tmp_path: Path) -> None:
    flow = load_flow(write(tmp_path, base()), SERVICES)
    first = flow.first
    assert first.body is None and first.speech is None and first.options == ()
    assert first.source is None and dict(first.params) == {} and first.max_length == 500
    assert flow.icon is None


def test_flow_error_format() -> None:
    assert str(FlowError("a.yaml", "s1", "bad")) == "a.yaml: step s1: bad"
    assert str(FlowError("a.yaml", None, "bad")) == "a.yaml: bad"
    error = FlowError(Path("x/a.yaml"), "s", "why")
    assert (error.file, error.step, error.reason) == ("x/a.yaml", "s", "why")


# ---- one test per rejection ------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "put"),
    [
        ("heading", lambda s: s.update(heading={"fi": "a", "en": "c"})),
        ("body", lambda s: s.update(body={"fi": "a", "en": "c"})),
        ("speech", lambda s: s.update(speech={"fi": "a", "en": "c", "sv": " "})),
        ("staff_note", lambda s: s.update(staff_note={"fi": "a", "en": "c", "sv": None})),
    ],
)
def test_missing_language_in_step_text(tmp_path: Path, where: str, put) -> None:
    data = base()
    put(data["steps"][0])
    error = rejected(tmp_path, data, "start")
    assert "missing language 'sv'" in error.reason and where in error.reason


def test_missing_language_in_option_text(tmp_path: Path) -> None:
    options = [{"id": "a", "text": {"fi": "a", "sv": "b"}, "next": "end"}]
    error = rejected(tmp_path, with_steps(step("pick", "choice", options=options)), "pick")
    assert "missing language 'en'" in error.reason and "option 'a' text" in error.reason


def test_missing_language_in_label_and_recipient(tmp_path: Path) -> None:
    text = step("say", "text", label={"sv": "b", "en": "c"}, next="end")
    error = rejected(tmp_path, with_steps(text), "say")
    assert "missing language 'fi' in label" in error.reason
    consent = step("ok", "consent", recipient={"fi": "a", "sv": "b"}, next="end")
    error = rejected(tmp_path, with_steps(consent), "ok")
    assert "missing language 'en' in recipient" in error.reason
    fields = [{"id": "n", "kind": "name", "label": {"fi": "a", "en": "c"}}]
    error = rejected(tmp_path, with_steps(step("who", "contact", fields=fields, next="end")), "who")
    assert "missing language 'sv' in field 'n' label" in error.reason


@pytest.mark.parametrize("key", ["title", "description"])
def test_missing_language_in_flow_text(tmp_path: Path, key: str) -> None:
    data = base()
    data[key] = {"fi": "a", "sv": "b"}
    error = rejected(tmp_path, data, None)
    assert error.reason == f"missing language 'en' in {key}"


def test_unknown_step_kind_lists_known_kinds(tmp_path: Path) -> None:
    data = base()
    data["steps"][0]["kind"] = "quiz"
    error = rejected(tmp_path, data, "start")
    assert "unknown step kind 'quiz'" in error.reason
    assert all(kind in error.reason for kind in StepKind)


def test_next_to_missing_step(tmp_path: Path) -> None:
    data = base()
    data["steps"][0]["next"] = "nowhere"
    assert "next 'nowhere' is not a step" in rejected(tmp_path, data, "start").reason


def test_option_next_to_missing_step(tmp_path: Path) -> None:
    options = [{"id": "a", "text": T, "next": "nowhere"}]
    data = with_steps(step("pick", "choice", options=options, next="end"))
    assert "option 'a' next 'nowhere'" in rejected(tmp_path, data, "pick").reason


def test_decline_next_to_missing_step(tmp_path: Path) -> None:
    data = with_steps(step("ok", "consent", next="end", decline_next="nowhere"))
    assert "decline_next 'nowhere'" in rejected(tmp_path, data, "ok").reason


def test_unreachable_step(tmp_path: Path) -> None:
    data = base()
    data["steps"].append(step("lost", "info", next="end"))
    assert "cannot be reached" in rejected(tmp_path, data, "lost").reason


@pytest.mark.parametrize(
    ("key", "kind"), [("source", "results"), ("source", "detail"), ("action", "submit")]
)
def test_unknown_service(tmp_path: Path, key: str, kind: str) -> None:
    data = with_steps(step("look", kind, **{key: "weather.today", "next": "end"}))
    if kind == "submit":
        data = with_steps(step("check", "review", next="look"), data["steps"][0])
    error = rejected(tmp_path, data, "look")
    assert f"unknown service 'weather.today' in {key}" in error.reason
    assert "libraries.week" in error.reason


def test_custom_service_catalog(tmp_path: Path) -> None:
    data = with_steps(step("look", "detail", source="weather.today", next="end"))
    flow = load_flow(write(tmp_path, data), services=frozenset({"weather.today"}))
    assert flow.first.source == "weather.today"


def test_submit_not_after_review(tmp_path: Path) -> None:
    data = with_steps(
        step("ask", "text", next="send"),
        step("send", "submit", action="libraries.search", next="end"),
    )
    error = rejected(tmp_path, data, "send")
    assert "review" in error.reason and "'ask'" in error.reason


def test_submit_after_review_on_one_path_only(tmp_path: Path) -> None:
    options = [{"id": "a", "text": T, "next": "check"}, {"id": "b", "text": T, "next": "send"}]
    data = with_steps(
        step("pick", "choice", options=options),
        step("check", "review", next="send"),
        step("send", "submit", action="libraries.search", next="end"),
    )
    assert "'pick'" in rejected(tmp_path, data, "send").reason


def test_submit_as_first_step(tmp_path: Path) -> None:
    data = with_steps(step("send", "submit", action="libraries.search", next="end"))
    assert "first step" in rejected(tmp_path, data, "send").reason


def test_review_must_lead_to_submit_or_done(tmp_path: Path) -> None:
    data = with_steps(step("check", "review", next="more"), step("more", "info", next="end"))
    assert "submit or done" in rejected(tmp_path, data, "check").reason


def test_duplicate_step_id(tmp_path: Path) -> None:
    data = base()
    data["steps"].append(step("start", "done"))
    assert "duplicate step id 'start'" in rejected(tmp_path, data, "start").reason


def test_missing_step_id_names_position(tmp_path: Path) -> None:
    data = base()
    del data["steps"][1]["id"]
    assert rejected(tmp_path, data, "#2").reason == "missing required key 'id'"


@pytest.mark.parametrize(
    ("kind", "missing"),
    [
        ("info", "kind"),
        ("info", "heading"),
        ("choice", "options"),
        ("results", "source"),
        ("detail", "source"),
        ("submit", "action"),
        ("contact", "fields"),
    ],
)
def test_missing_required_step_key(tmp_path: Path, kind: str, missing: str) -> None:
    keys = {
        "options": [{"id": "a", "text": T}],
        "source": "libraries.week",
        "action": "libraries.search",
        "fields": [{"id": "n", "kind": "name", "label": T}],
    }
    raw = step("s", kind, next="end", **{k: v for k, v in keys.items() if k == missing})
    raw.pop(missing)
    data = (
        with_steps(step("check", "review", next="s"), raw) if kind == "submit" else with_steps(raw)
    )
    assert f"missing required key '{missing}'" in rejected(tmp_path, data, "s").reason


@pytest.mark.parametrize("missing", ["id", "title", "description", "steps"])
def test_missing_required_flow_key(tmp_path: Path, missing: str) -> None:
    data = base()
    del data[missing]
    error = rejected(tmp_path, data, None)
    assert f"missing required key '{missing}'" in error.reason


def test_option_missing_id_or_text(tmp_path: Path) -> None:
    data = with_steps(step("pick", "choice", options=[{"text": T}], next="end"))
    assert "option 1 is missing required key 'id'" in rejected(tmp_path, data, "pick").reason
    data = with_steps(step("pick", "choice", options=[{"id": "a"}], next="end"))
    assert "missing required key 'text'" in rejected(tmp_path, data, "pick").reason


def test_file_name_must_match_id(tmp_path: Path) -> None:
    error = rejected(tmp_path, base(), None, name="other")
    assert "'other.yaml'" in error.reason and "'t'" in error.reason


def test_malformed_yaml_names_line(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("id: t\ntitle: {fi: a, sv: b\nsteps: [\n", "utf-8")
    with pytest.raises(FlowError) as info:
        load_flow(path, SERVICES)
    assert info.value.step is None
    assert "t.yaml: malformed YAML at line " in str(info.value)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda s: s.update(next=3), "next must be non-empty text, not a whole number"),
        (lambda s: s.update(heading="Hei"), "heading must be a mapping of language"),
        (lambda s: s.update(heading={"fi": 1, "sv": "b", "en": "c"}), "heading.fi must be text"),
        (lambda s: s.update(id=["x"]), "id must be non-empty text, not a list"),
        (lambda s: s.update(kind="text", min_length="two"), "min_length must be a whole number"),
        (lambda s: s.update(kind="text", max_length=True), "max_length must be a whole number"),
        (lambda s: s.update(kind="text", min_length=9, max_length=3), "leave no valid answer"),
        (lambda s: s.update(kind="text", private="yes"), "private must be true or false"),
        (lambda s: s.update(kind="choice", options="a, b"), "options must be a non-empty list"),
        (lambda s: s.update(kind="choice", options=["a"]), "options item 1 must be a mapping"),
        (
            lambda s: s.update(kind="detail", source="libraries.week", params=["x"]),
            "params must be a mapping",
        ),
        (
            lambda s: s.update(kind="detail", source="libraries.week", params={"x": [1]}),
            "params x must be a single value",
        ),
    ],
)
def test_wrong_value_types(tmp_path: Path, change, words: str) -> None:
    data = base()
    change(data["steps"][0])
    step_id = "start" if isinstance(data["steps"][0]["id"], str) else "#1"
    assert words in rejected(tmp_path, data, step_id).reason


def test_yes_no_read_as_booleans_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    source = yaml.safe_dump(
        with_steps(step("pick", "choice", next="end", options=[{"id": "YESID", "text": T}]))
    )
    path.write_text(source.replace("YESID", "yes"), "utf-8")
    with pytest.raises(FlowError) as info:
        load_flow(path, SERVICES)
    assert info.value.step == "pick" and "put it in quotes" in info.value.reason


@pytest.mark.parametrize("document", ["[1, 2]", "just text", "", "steps: []\nid: t"])
def test_wrong_document_shape(tmp_path: Path, document: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(document, "utf-8")
    with pytest.raises(FlowError) as info:
        load_flow(path, SERVICES)
    assert "t.yaml" in str(info.value) and info.value.step is None


def test_step_that_is_not_a_mapping(tmp_path: Path) -> None:
    data = base()
    data["steps"].insert(1, "oops")
    assert "a step must be a mapping" in rejected(tmp_path, data, "#2").reason


def test_unknown_key_and_key_of_another_kind(tmp_path: Path) -> None:
    data = base()
    data["steps"][0]["nxet"] = "end"
    assert "unknown key 'nxet'" in rejected(tmp_path, data, "start").reason
    data = base()
    data["steps"][0]["source"] = "libraries.week"
    assert "unknown key 'source' for info steps" in rejected(tmp_path, data, "start").reason
    data = base()
    data["colour"] = "red"
    assert "unknown key 'colour' for a flow" in rejected(tmp_path, data, None).reason


def test_dead_end(tmp_path: Path) -> None:
    data = base()
    data["steps"].insert(1, step("stuck", "info"))
    data["steps"][0]["next"] = "stuck"
    assert "dead end" in rejected(tmp_path, data, "stuck").reason


def test_choice_option_dead_end(tmp_path: Path) -> None:
    options = [{"id": "a", "text": T, "next": "end"}, {"id": "b", "text": T}]
    data = with_steps(step("pick", "choice", options=options))
    assert "dead end: option 'b'" in rejected(tmp_path, data, "pick").reason


def test_flow_without_done_step(tmp_path: Path) -> None:
    data = base()
    data["steps"] = [step("a", "info", next="b"), step("b", "info", next="a")]
    assert "no done step" in rejected(tmp_path, data, None).reason


def test_param_refers_to_missing_step(tmp_path: Path) -> None:
    data = with_steps(
        step("look", "detail", source="libraries.week", params={"library": "$nowhere"}, next="end")
    )
    assert "'$nowhere'" in rejected(tmp_path, data, "look").reason


def test_contact_field_of_unknown_kind(tmp_path: Path) -> None:
    fields = [{"id": "p", "kind": "fax", "label": T}]
    data = with_steps(step("who", "contact", fields=fields, next="end"))
    assert "unknown kind 'fax'" in rejected(tmp_path, data, "who").reason


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FlowError) as info:
        load_flow(tmp_path / "t.yaml", SERVICES)
    assert "cannot be read" in str(info.value)
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00id")
    with pytest.raises(FlowError):
        load_flow(tmp_path / "bin.yaml", SERVICES)


def _paths(node: object, here: tuple = ()) -> list[tuple]:
    """Every key/index path inside a YAML document."""
    found = [here] if here else []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in items:
        found += _paths(child, (*here, key))
    return found


@pytest.mark.parametrize("odd", [None, 0, -1, True, "", "x", [], [None], {}, {"a": None}, 1.5])
def test_any_odd_value_gives_a_checked_flow_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, odd: object
) -> None:
    """Put ``odd`` at every place in a good flow: the checks themselves must catch it
    (the loader's last-resort "cannot be checked" error must not be needed)."""
    good = yaml.safe_load((FIXTURES / "all-kinds.yaml").read_text("utf-8"))
    file = tmp_path / "all-kinds.yaml"
    file.write_text("parsed below", "utf-8")
    for path in _paths(good):
        data = copy.deepcopy(good)
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = copy.deepcopy(odd)
        # Skip the YAML round trip (slow in pure Python); the loader sees the same dict.
        monkeypatch.setattr(yaml, "safe_load", lambda _source, data=data: data)
        try:
            load_flow(file, SERVICES)
        except FlowError as error:
            assert not error.reason.startswith("cannot be checked"), (path, error)


# ---- several flows --------------------------------------------------------------------


def test_load_flows_in_configured_order() -> None:
    flows = load_flows(FIXTURES, ["short", "all-kinds"], SERVICES)
    assert [f.id for f in flows] == ["short", "all-kinds"]
    assert load_flows(FIXTURES, [], SERVICES) == []


def test_load_flows_missing_enabled_flow() -> None:
    with pytest.raises(FlowError) as info:
        load_flows(FIXTURES, ["short", "ghost"], SERVICES)
    assert "ghost" in str(info.value) and info.value.step is None


def test_load_flows_enabled_twice() -> None:
    with pytest.raises(FlowError, match="enabled twice"):
        load_flows(FIXTURES, ["short", "short"], SERVICES)


def test_load_flows_passes_on_a_bad_flow(tmp_path: Path) -> None:
    data = base()
    data["steps"][0]["next"] = "nowhere"
    write(tmp_path, data)
    with pytest.raises(FlowError) as info:
        load_flows(tmp_path, ["t"], SERVICES)
    assert info.value.step == "start"


# ---- plain language -------------------------------------------------------------------


def test_lint_long_sentence() -> None:
    flow = load_flow(FIXTURES / "all-kinds.yaml", SERVICES)
    assert lint_flow(flow) == []
    long_body = Text({"fi": "Lyhyt lause. " + "sana " * 21, "sv": "Kort.", "en": "Short."})
    steps = (
        flow.steps[0].__class__(**{**flow.steps[0].__dict__, "body": long_body}),
        *flow.steps[1:],
    )
    warnings = lint_flow(
        flow.__class__(flow.id, flow.title, flow.description, flow.icon, steps, flow.source_file)
    )
    assert len(warnings) == 1
    assert "all-kinds.yaml" in warnings[0] and "step welcome" in warnings[0]
    assert "fi body" in warnings[0] and "21 words" in warnings[0]


def test_lint_twenty_words_is_fine(tmp_path: Path) -> None:
    data = base()
    data["description"] = {"fi": " ".join(["sana"] * 20) + ".", "sv": "a", "en": "b"}
    assert lint_flow(load_flow(write(tmp_path, data), SERVICES)) == []
    data["description"]["en"] = "One. " + " ".join(["word"] * 25)
    [warning] = lint_flow(load_flow(write(tmp_path, data), SERVICES))
    assert "en description" in warning and "25 words" in warning
