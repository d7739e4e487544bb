"""Time, passed in so tests and screenshots can fix it.

Two kinds of time. ``now()`` is the wall clock: what a resident sees, what goes on a
printout, which day the usage figures count. ``monotonic()`` only ever moves forward:
every "how long since" (the idle wait, "once a minute" for help, retry pauses) is
measured with it, so a wall clock that jumps — set back by NTP after a boot with a
wrong hardware clock, a daylight-saving change, a new time zone — neither ends a
resident's session early nor keeps it open for an hour.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

#: Every time a resident sees is Helsinki local time.
HELSINKI = ZoneInfo("Europe/Helsinki")


class Clock(Protocol):
    """The current time as an aware datetime in Europe/Helsinki, and a monotonic
    count of seconds for measuring how long something took."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(HELSINKI)

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass
class FixedClock:
    """A clock that stays where it is put. ``advance`` lets time pass (both clocks
    move); assigning ``at`` sets the wall clock only, as an administrator or NTP would."""

    at: datetime
    mono: float = 1000.0

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            self.at = self.at.replace(tzinfo=HELSINKI)

    def now(self) -> datetime:
        return self.at

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.at = self.at + timedelta(seconds=seconds)
        self.mono += seconds
