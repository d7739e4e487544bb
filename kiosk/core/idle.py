"""When a resident walks away: warn, then end the session (A7, WCAG 2.2.1).

Pure logic on an injected clock, so tests move time instead of waiting. The UI calls
``activity()`` on every touch or key and ``tick()`` about once a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.clock import Clock


class IdleState(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # the "Are you still here?" screen with its countdown
    EXPIRED = "expired"  # the session must end now


@dataclass
class IdleWatch:
    """``idle_s`` of no input → WARNING; ``warning_s`` more → EXPIRED.

    ``warning_s`` is at least 30 s (checked by the config), and any input during the
    warning starts over, as often as the resident needs. The warning always lasts its
    full ``warning_s`` from when it is first seen by ``tick``: a session never ends
    unwarned, even if ticks were missed (a stalled event loop, a suspended machine).
    """

    clock: Clock
    idle_s: float
    warning_s: float
    paused: bool = False
    _last: float = field(init=False)  # monotonic seconds of the last input
    _state: IdleState = field(init=False, default=IdleState.ACTIVE)
    _warned: float | None = field(init=False, default=None)  # monotonic start of warning

    def __post_init__(self) -> None:
        self._last = self.clock.monotonic()

    @property
    def state(self) -> IdleState:
        return self._state

    def activity(self) -> None:
        """A touch or a key: start the wait again."""
        self._last = self.clock.monotonic()
        self._warned = None
        self._state = IdleState.ACTIVE

    def pause(self, paused: bool) -> None:
        """Staff may stop the timer while they help (helper mode)."""
        self.paused = paused
        self.activity()

    def seconds_left(self) -> int:
        """Seconds until the session ends (during the warning)."""
        now = self.clock.monotonic()
        if self._warned is not None:
            return max(0, round(self.warning_s - (now - self._warned)))
        return max(0, round(self.idle_s + self.warning_s - (now - self._last)))

    def tick(self, idle_s: float | None = None) -> IdleState:
        """Where we are now; the UI acts when the state changes. ``idle_s``: a longer
        wait for this moment (the help screen, while the resident is at the desk)."""
        if self.paused:
            self._state = IdleState.ACTIVE
            return self._state
        now = self.clock.monotonic()
        if now - self._last < (self.idle_s if idle_s is None else idle_s):
            self._warned = None
            self._state = IdleState.ACTIVE
        elif self._warned is None:
            self._warned = now
            self._state = IdleState.WARNING
        elif now - self._warned >= self.warning_s:
            self._state = IdleState.EXPIRED
        else:
            self._state = IdleState.WARNING
        return self._state
