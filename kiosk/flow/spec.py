"""What a flow is, once loaded: plain immutable values, no I/O and no Qt.

The loader (``loader.py``) builds these from YAML and guarantees the rules in
docs/architecture.md; the engine (``engine.py``) only reads them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from kiosk.core.text import Text


class StepKind(StrEnum):
    """The kinds of step a flow file may use (the table in docs/architecture.md)."""

    INFO = "info"
    CHOICE = "choice"
    TEXT = "text"
    CONTACT = "contact"
    CONSENT = "consent"
    RESULTS = "results"
    DETAIL = "detail"
    REVIEW = "review"
    SUBMIT = "submit"
    DONE = "done"
    HANDOFF = "handoff"


class ContactKind(StrEnum):
    """What a contact field asks for; the UI picks the keyboard from it."""

    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True)
class Option:
    """One answer of a ``choice`` step."""

    id: str
    text: Text
    next: str | None = None  # None: use the step's own ``next``


@dataclass(frozen=True)
class ContactField:
    """One field of a ``contact`` step."""

    id: str
    label: Text
    kind: ContactKind


def _no_params() -> Mapping[str, object]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Step:
    """One screen of a flow. Keys a kind does not use keep their defaults."""

    id: str
    kind: StepKind
    heading: Text
    body: Text | None = None
    speech: Text | None = None  # None: the UI speaks heading + body + options
    staff_note: Text | None = None
    #: For staff (helper mode): where to refer the resident next from this step.
    refer: Text | None = None
    next: str | None = None
    options: tuple[Option, ...] = ()
    min_length: int = 0
    max_length: int = 500
    private: bool = False  # contact steps are always private
    label: Text | None = None
    fields: tuple[ContactField, ...] = ()
    recipient: Text | None = None
    decline_next: str | None = None
    source: str | None = None
    action: str | None = None
    # Read-only mapping; left out of the hash because literal values need not hash.
    params: Mapping[str, object] = field(default_factory=_no_params, hash=False)
    url: str | None = None
    #: ``info`` steps: a card to print and take along (what to take to the bank): its
    #: first line is the card's title, each further line a line of the card.
    card: Text | None = None

    @property
    def service(self) -> str | None:
        """The service entering this step calls (``source`` or ``action``), if any."""
        return self.source or self.action

    def texts(self) -> Iterator[tuple[str, Text | None]]:
        """Every text of this step, named as a message about it names it: what its
        screen shows and what is said (``speech``)."""
        yield from (
            ("heading", self.heading),
            ("body", self.body),
            ("speech", self.speech),
            ("staff_note", self.staff_note),
            ("refer", self.refer),
            ("card", self.card),
            ("label", self.label),
            ("recipient", self.recipient),
        )
        yield from ((f"option '{o.id}' text", o.text) for o in self.options)
        yield from ((f"field '{f.id}' label", f.label) for f in self.fields)

    def option(self, option_id: str) -> Option | None:
        """The option with this id, or None."""
        return next((o for o in self.options if o.id == option_id), None)

    def links(self) -> tuple[str, ...]:
        """Every step id this step can lead to, in a stable order."""
        ids = [self.next, *(o.next for o in self.options), self.decline_next]
        return tuple(dict.fromkeys(i for i in ids if i))


@dataclass(frozen=True)
class Flow:
    """A whole guided flow: the home tile and its steps, in file order."""

    id: str
    title: Text
    description: Text
    icon: str | None
    steps: tuple[Step, ...]
    source_file: Path | None = field(default=None, compare=False)
    # Built once in __post_init__ so step() stays a dict lookup; the flow is immutable.
    _by_id: Mapping[str, Step] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({s.id: s for s in self.steps}))

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError if there is none."""
        return self._by_id[step_id]

    def has_step(self, step_id: str) -> bool:
        return step_id in self._by_id

    @property
    def first(self) -> Step:
        """Where the flow starts: the first step in the file."""
        return self.steps[0]
