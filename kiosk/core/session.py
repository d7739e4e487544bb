"""The resident's session: the only place personal data lives (DESIGN §7).

Everything a resident chooses or types is kept here and nowhere else. ``wipe()`` is
the one place that forgets it all and puts the display settings back to defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from kiosk.core.clock import Clock


@dataclass(frozen=True)
class Settings:
    """What the resident can change about how the kiosk looks and sounds."""

    language: str = "fi"
    text_size: int = 100
    theme: str = "standard"
    speech: bool = True
    volume: float = 0.8
    rate: int = 140
    #: Explore by touch (issue 18): a first tap says a control, a second tap uses it.
    #: Never a default: every visit starts with a single tap that acts.
    explore: bool = False


TEXT_SIZES: tuple[int, ...] = (100, 150, 200)


@dataclass
class Session:
    """One resident's visit. Create once; ``wipe()`` between residents."""

    defaults: Settings
    clock: Clock
    settings: Settings = field(init=False)
    answers: dict[str, dict[str, Any]] = field(init=False, default_factory=dict)
    # Text typed but not yet answered, so Help or a settings change never loses it.
    drafts: dict[str, dict[str, str]] = field(init=False, default_factory=dict)
    started_at: datetime | None = field(init=False, default=None)
    _started_mono: float = field(init=False, default=0.0)
    flow_id: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.settings = self.defaults

    @property
    def active(self) -> bool:
        return self.started_at is not None

    def start(self) -> None:
        """A resident has touched the attract screen."""
        self.wipe()
        self.started_at = self.clock.now()
        self._started_mono = self.clock.monotonic()

    def seconds_so_far(self) -> float:
        """How long this session has lasted (0 when none is on), by the monotonic clock."""
        if self.started_at is None:
            return 0.0
        return max(0.0, self.clock.monotonic() - self._started_mono)

    def answers_for(self, flow_id: str) -> dict[str, Any]:
        """The answers dict a flow engine writes into (kept across Back, A14)."""
        return self.answers.setdefault(flow_id, {})

    def drafts_for(self, flow_id: str) -> dict[str, str]:
        """Half-typed text of a flow's fields ("step.field" → text)."""
        return self.drafts.setdefault(flow_id, {})

    def change(self, **changes: Any) -> Settings:
        """Change one or more settings; returns the new settings."""
        self.settings = replace(self.settings, **changes)
        return self.settings

    def next_text_size(self) -> int:
        """Cycle 100 → 150 → 200 → 100 %."""
        index = (
            TEXT_SIZES.index(self.settings.text_size)
            if (self.settings.text_size in TEXT_SIZES)
            else -1
        )
        return TEXT_SIZES[(index + 1) % len(TEXT_SIZES)]

    def clear_answers(self) -> None:
        """Forget what the resident chose and typed; keep the visit and its settings."""
        for flow_answers in self.answers.values():
            flow_answers.clear()
        self.answers = {}
        for flow_drafts in self.drafts.values():
            flow_drafts.clear()
        self.drafts = {}
        self.flow_id = None

    def wipe(self) -> None:
        """Forget everything about the resident and restore default settings (A8)."""
        self.clear_answers()
        self.settings = self.defaults
        self.started_at = None
        self.flow_id = None
