"""Read flow files (YAML) into ``Flow`` values, refusing anything the engine can't run.

Flows are written by library staff, so every mistake must surface at start-up (and in
``kiosk check-config``) as one ``FlowError`` that names the file and the step, never as
a crash in front of a resident half-way through a flow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Literal, NoReturn, overload

from kiosk.core.languages import KNOWN
from kiosk.core.text import REQUIRED_LANGUAGES, Text
from kiosk.flow.parsed_cache import ParsedCache
from kiosk.flow.spec import ContactField, ContactKind, Flow, Option, Step, StepKind

# Keys every step may have, and the extra keys each kind may have (architecture.md).
_COMMON_KEYS = ("id", "kind", "heading", "body", "speech", "staff_note", "refer")
_KIND_KEYS: dict[StepKind, tuple[str, ...]] = {
    StepKind.INFO: ("next", "card"),
    StepKind.CHOICE: ("options", "next", "label"),
    StepKind.TEXT: ("next", "min_length", "max_length", "private", "label"),
    StepKind.CONTACT: ("next", "fields", "label"),
    StepKind.CONSENT: ("next", "recipient", "decline_next", "label"),
    StepKind.RESULTS: ("source", "params", "next"),
    StepKind.DETAIL: ("source", "params", "next"),
    StepKind.REVIEW: ("next",),
    StepKind.SUBMIT: ("action", "params", "next"),
    StepKind.DONE: (),
    StepKind.HANDOFF: ("next", "url"),
}
_REQUIRED_KEYS: dict[StepKind, tuple[str, ...]] = {
    StepKind.CHOICE: ("options",),
    StepKind.CONTACT: ("fields",),
    StepKind.RESULTS: ("source",),
    StepKind.DETAIL: ("source",),
    StepKind.SUBMIT: ("action",),
}
_FLOW_KEYS = ("id", "title", "description", "icon", "steps")

#: Plain language (A21): a sentence a resident hears or reads has at most this many words.
MAX_SENTENCE_WORDS = 20


class FlowError(Exception):
    """A flow file that cannot be used. ``step`` is None for flow-level problems."""

    def __init__(self, file: str | Path, step: str | None, reason: str) -> None:
        self.file = str(file)
        self.step = step
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.step is None:
            return f"{self.file}: {self.reason}"
        return f"{self.file}: step {self.step}: {self.reason}"


def _kind_of(value: object) -> str:
    """How a YAML value is described to a flow author."""
    names = {
        bool: "true/false",
        int: "a whole number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a mapping",
        type(None): "empty",
    }
    return names.get(type(value), type(value).__name__)


def _bool_hint(value: object) -> str:
    # YAML 1.1 (PyYAML) reads yes/no/on/off as booleans: the most likely surprise.
    if isinstance(value, bool):
        return " (YAML reads yes/no/on/off/true/false as true/false: put it in quotes)"
    return ""


class _Reader:
    """Type-checked access to one YAML mapping, with errors naming file and step."""

    def __init__(self, file: str, step: str | None, raw: Mapping[object, object]) -> None:
        self.file, self.step, self.raw = file, step, raw

    def fail(self, reason: str) -> NoReturn:
        raise FlowError(self.file, self.step, reason)

    def check_keys(self, allowed: Iterable[str], what: str) -> None:
        allowed = tuple(allowed)
        for key in self.raw:
            if not isinstance(key, str):
                self.fail(f"key {key!r} must be text{_bool_hint(key)}")
            if key not in allowed:
                known = ", ".join(allowed) or "none"
                self.fail(f"unknown key '{key}' for {what} (allowed: {known})")

    def require(self, key: str) -> object:
        if self.raw.get(key) is None:
            self.fail(f"missing required key '{key}'")
        return self.raw[key]

    @overload
    def string(self, key: str, *, required: Literal[True]) -> str: ...
    @overload
    def string(self, key: str, *, required: bool = False) -> str | None: ...
    def string(self, key: str, *, required: bool = False) -> str | None:
        value = self.require(key) if required else self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{key} must be non-empty text, not {_kind_of(value)}{_bool_hint(value)}")
        return value

    def integer(self, key: str, default: int) -> int:
        value = self.raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(f"{key} must be a whole number of 0 or more, not {_kind_of(value)}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{key} must be true or false, not {_kind_of(value)}")
        return value

    @overload
    def text(self, key: str, *, required: Literal[True], where: str | None = None) -> Text: ...
    @overload
    def text(
        self, key: str, *, required: bool = False, where: str | None = None
    ) -> Text | None: ...
    def text(self, key: str, *, required: bool = False, where: str | None = None) -> Text | None:
        value = self.require(key) if required else self.raw.get(key)
        if value is None:
            return None
        return _text(self, value, where or key)

    def mapping_list(self, key: str) -> list[Mapping[object, object]]:
        value = self.require(key)
        if not isinstance(value, list) or not value:
            self.fail(f"{key} must be a non-empty list, not {_kind_of(value)}")
        for i, item in enumerate(value, 1):
            if not isinstance(item, dict):
                self.fail(f"{key} item {i} must be a mapping, not {_kind_of(item)}")
        return value


def _text(reader: _Reader, value: object, where: str) -> Text:
    """A Text in every required language; ``where`` names the field in the error."""
    if not isinstance(value, dict):
        reader.fail(
            f"{where} must be a mapping of language to text, like "
            f"{{fi: ..., sv: ..., en: ...}}, not {_kind_of(value)}"
        )
    for lang, string in value.items():
        if not isinstance(lang, str):
            reader.fail(f"{where} has a language key {lang!r} that is not text{_bool_hint(lang)}")
        if lang not in KNOWN:
            reader.fail(f"{where} has an unknown language '{lang}' (known: {', '.join(KNOWN)})")
        if string is not None and not isinstance(string, str):
            reader.fail(f"{where}.{lang} must be text, not {_kind_of(string)}{_bool_hint(string)}")
    text = Text({k: v for k, v in value.items() if v is not None})
    for lang in text.missing(REQUIRED_LANGUAGES):
        reader.fail(f"missing language '{lang}' in {where}")
    return text


def _params(reader: _Reader) -> Mapping[str, object]:
    value = reader.raw.get("params")
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, dict):
        reader.fail(f"params must be a mapping of name to value, not {_kind_of(value)}")
    for name, literal in value.items():
        if not isinstance(name, str):
            reader.fail(f"params key {name!r} must be text{_bool_hint(name)}")
        if literal is not None and not isinstance(literal, str | int | float | bool):
            reader.fail(f"params {name} must be a single value or '$step', not {_kind_of(literal)}")
    return MappingProxyType(dict(value))


def _service(reader: _Reader, key: str, services: frozenset[str]) -> str | None:
    name = reader.string(key)
    if name is not None and name not in services:
        reader.fail(f"unknown service '{name}' in {key} (known: {', '.join(sorted(services))})")
    return name


def _options(reader: _Reader) -> tuple[Option, ...]:
    options: list[Option] = []
    for i, raw in enumerate(reader.mapping_list("options"), 1):
        item = _Reader(reader.file, reader.step, raw)
        item.check_keys(("id", "text", "next"), f"option {i}")
        option_id = _nested_string(item, "id", f"option {i}")
        if any(o.id == option_id for o in options):
            reader.fail(f"duplicate option id '{option_id}'")
        text = item.text("text", where=f"option '{option_id}' text")
        if text is None:
            reader.fail(f"option '{option_id}' is missing required key 'text'")
        options.append(Option(option_id, text, _nested_string(item, "next", None)))
    return tuple(options)


def _fields(reader: _Reader) -> tuple[ContactField, ...]:
    fields: list[ContactField] = []
    kinds = ", ".join(ContactKind)
    for i, raw in enumerate(reader.mapping_list("fields"), 1):
        item = _Reader(reader.file, reader.step, raw)
        item.check_keys(("id", "label", "kind"), f"field {i}")
        field_id = _nested_string(item, "id", f"field {i}")
        if any(f.id == field_id for f in fields):
            reader.fail(f"duplicate field id '{field_id}'")
        label = item.text("label", where=f"field '{field_id}' label")
        kind = _nested_string(item, "kind", f"field '{field_id}'")
        if label is None:
            reader.fail(f"field '{field_id}' is missing required key 'label'")
        if kind not in set(ContactKind):
            reader.fail(f"field '{field_id}' has unknown kind '{kind}' (known: {kinds})")
        fields.append(ContactField(field_id, label, ContactKind(kind)))
    return tuple(fields)


@overload
def _nested_string(item: _Reader, key: str, owner: str) -> str: ...
@overload
def _nested_string(item: _Reader, key: str, owner: None) -> str | None: ...
def _nested_string(item: _Reader, key: str, owner: str | None) -> str | None:
    """A string key of an option or field; required when ``owner`` names the item."""
    value = item.raw.get(key)
    if value is None and owner is not None:
        item.fail(f"{owner} is missing required key '{key}'")
    if value is not None and (not isinstance(value, str) or not value.strip()):
        item.fail(f"{key} must be non-empty text, not {_kind_of(value)}{_bool_hint(value)}")
    return value


def _step(file: str, index: int, raw: object, services: frozenset[str]) -> Step:
    label = f"#{index}"  # until the id is known, name the step by its position
    if not isinstance(raw, dict):
        raise FlowError(file, label, f"a step must be a mapping, not {_kind_of(raw)}")
    reader = _Reader(file, label, raw)
    step_id = reader.string("id", required=True)
    reader.step = step_id
    kind_name = reader.string("kind", required=True)
    if kind_name not in set(StepKind):
        reader.fail(f"unknown step kind '{kind_name}' (known: {', '.join(StepKind)})")
    kind = StepKind(kind_name)
    reader.check_keys(_COMMON_KEYS + _KIND_KEYS[kind], f"{kind} steps")
    for key in _REQUIRED_KEYS.get(kind, ()):
        reader.require(key)
    max_length = reader.integer("max_length", 500)
    min_length = reader.integer("min_length", 0)
    if min_length > max_length or max_length == 0:
        reader.fail(f"min_length {min_length} and max_length {max_length} leave no valid answer")
    return Step(
        id=step_id,
        kind=kind,
        heading=reader.text("heading", required=True),
        body=reader.text("body"),
        speech=reader.text("speech"),
        staff_note=reader.text("staff_note"),
        refer=reader.text("refer"),
        next=reader.string("next"),
        options=_options(reader) if kind is StepKind.CHOICE else (),
        min_length=min_length,
        max_length=max_length,
        # Contact details are always personal data: never shown in speech or stats.
        private=kind is StepKind.CONTACT or reader.boolean("private", False),
        label=reader.text("label"),
        fields=_fields(reader) if kind is StepKind.CONTACT else (),
        recipient=reader.text("recipient"),
        decline_next=reader.string("decline_next"),
        source=_service(reader, "source", services),
        action=_service(reader, "action", services),
        params=_params(reader),
        url=reader.string("url"),
        card=reader.text("card"),
    )


def _yaml(file: str, source: str) -> object:
    """The file's YAML, parsed by libyaml where PyYAML has it (~6× faster)."""
    import yaml  # only on a cache miss: the import alone is ~12 ms

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(source, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise FlowError(file, None, f"malformed YAML{where}: {problem}") from exc


def _parse(path: Path, services: frozenset[str], cache: ParsedCache | None) -> Flow:
    file = str(path)
    try:
        data = path.read_bytes()
        source = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FlowError(file, None, f"cannot be read: {exc}") from exc
    raw = cache.get(data) if cache is not None else None
    if raw is None:
        raw = _yaml(file, source)
        if cache is not None:
            cache.put(data, raw)
    if not isinstance(raw, dict):
        raise FlowError(file, None, f"a flow file must be a mapping, not {_kind_of(raw)}")
    reader = _Reader(file, None, raw)
    reader.check_keys(_FLOW_KEYS, "a flow")
    flow_id = reader.string("id", required=True)
    if path.stem != flow_id or path.suffix != ".yaml":
        reader.fail(
            f"the file name '{path.name}' does not match the flow id '{flow_id}' "
            f"(it must be '{flow_id}.yaml')"
        )
    title = reader.text("title", required=True)
    description = reader.text("description", required=True)
    icon = reader.string("icon")
    raw_steps = reader.require("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        reader.fail(f"steps must be a non-empty list, not {_kind_of(raw_steps)}")
    steps: list[Step] = []
    for index, raw_step in enumerate(raw_steps, 1):
        step = _step(file, index, raw_step, services)
        if any(s.id == step.id for s in steps):
            raise FlowError(file, step.id, f"duplicate step id '{step.id}'")
        steps.append(step)
    return Flow(flow_id, title, description, icon, tuple(steps), source_file=path)


def _check_links(flow: Flow, file: str) -> None:
    for step in flow.steps:
        links = [("next", step.next), ("decline_next", step.decline_next)]
        links += [(f"option '{o.id}' next", o.next) for o in step.options]
        for what, target in links:
            if target is not None and not flow.has_step(target):
                raise FlowError(file, step.id, f"{what} '{target}' is not a step in this flow")
        for name, value in step.params.items():
            if isinstance(value, str) and value.startswith("$") and not flow.has_step(value[1:]):
                raise FlowError(
                    file,
                    step.id,
                    f"params {name} refers to '{value}', which is not a step in this flow",
                )


def _check_ends(flow: Flow, file: str) -> None:
    # Only a done step may end a flow; anything else would strand the resident.
    if not any(s.kind is StepKind.DONE for s in flow.steps):
        raise FlowError(file, None, "the flow has no done step; every flow must end in one")
    for step in flow.steps:
        if step.kind is StepKind.DONE:
            continue
        stranded = [o.id for o in step.options if not (o.next or step.next)]
        if stranded:
            raise FlowError(
                file,
                step.id,
                f"dead end: option '{stranded[0]}' has no next and the step has no next",
            )
        if not step.options and step.next is None:
            raise FlowError(
                file, step.id, "dead end: the step has no next (only a done step may end a flow)"
            )


def _check_reachable(flow: Flow, file: str) -> None:
    seen, todo = {flow.first.id}, [flow.first.id]
    while todo:
        for target in flow.step(todo.pop()).links():
            if target not in seen:
                seen.add(target)
                todo.append(target)
    for step in flow.steps:
        if step.id not in seen:
            raise FlowError(
                file, step.id, f"cannot be reached from the first step '{flow.first.id}'"
            )


def _check_review_submit(flow: Flow, file: str) -> None:
    # Nothing is sent before the resident has seen and confirmed it (the review step).
    if flow.first.kind is StepKind.SUBMIT:
        raise FlowError(
            file,
            flow.first.id,
            "a submit step cannot be the first step; it must come straight after a review step",
        )
    for step in flow.steps:
        for target in map(flow.step, step.links()):
            if target.kind is StepKind.SUBMIT and step.kind is not StepKind.REVIEW:
                raise FlowError(
                    file,
                    target.id,
                    f"a submit step must come straight after a "
                    f"review step, but '{step.id}' ({step.kind}) "
                    "leads to it",
                )
        if step.kind is StepKind.REVIEW:
            target = flow.step(step.next)  # type: ignore[arg-type]  # _check_ends ran
            if target.kind not in (StepKind.SUBMIT, StepKind.DONE):
                raise FlowError(
                    file,
                    step.id,
                    f"a review step must lead to a submit or done "
                    f"step, not '{target.id}' ({target.kind})",
                )


def load_flow(path: str | Path, services: frozenset[str], cache: ParsedCache | None = None) -> Flow:
    """Read and check one flow file; raise ``FlowError`` for the first problem found.

    ``services``: the names a ``source`` or ``action`` may give (the kiosk passes
    ``kiosk.services.catalog.SERVICES``; flow sits below services and cannot know them).
    ``cache``: the parsed YAML of files seen before (`kiosk.flow.parsed_cache`); the
    flow is checked in full either way.
    """
    path = Path(path)
    try:
        flow = _parse(path, services, cache)
        for check in (_check_links, _check_ends, _check_reachable, _check_review_submit):
            check(flow, str(path))
    except FlowError:
        raise
    except Exception as exc:  # the promise: a bad file only ever gives FlowError
        raise FlowError(path, None, f"cannot be checked ({type(exc).__name__}: {exc})") from exc
    return flow


def load_flows(
    directory: str | Path, enabled_ids: Iterable[str], services: frozenset[str]
) -> list[Flow]:
    """Load ``<directory>/<id>.yaml`` for each enabled id, in the configured order;
    ``services`` as for :func:`load_flow`."""
    directory = Path(directory)
    flows: list[Flow] = []
    for flow_id in enabled_ids:
        path = directory / f"{flow_id}.yaml"
        if any(f.id == flow_id for f in flows):
            raise FlowError(path, None, f"flow '{flow_id}' is enabled twice")
        if not path.is_file():
            raise FlowError(path, None, f"enabled flow '{flow_id}' has no file in {directory}")
        flows.append(load_flow(path, services))
    return flows


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def _long_sentences(prefix: str, where: str, text: Text | None) -> Iterable[str]:
    for lang, value in sorted((text.values if text else {}).items()):
        for sentence in _SENTENCE_END.split(value):
            words = sentence.split()
            if len(words) > MAX_SENTENCE_WORDS:
                start = " ".join(words[:6])
                yield (
                    f"{prefix}{lang} {where}: a sentence has {len(words)} words; plain "
                    f'language (A21) means at most {MAX_SENTENCE_WORDS}: "{start} …"'
                )


def lint_flow(flow: Flow) -> list[str]:
    """Plain-language warnings (A21); a flow with warnings still loads and runs."""
    file = str(flow.source_file or flow.id)
    warnings = [
        *_long_sentences(f"{file}: ", "title", flow.title),
        *_long_sentences(f"{file}: ", "description", flow.description),
    ]
    for step in flow.steps:
        for where, text in step.texts():
            warnings += _long_sentences(f"{file}: step {step.id}: ", where, text)
    return warnings
