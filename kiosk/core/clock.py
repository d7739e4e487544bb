"""Time, passed in so tests and screenshots can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

#: Every time a resident sees is Helsinki local time.
HELSINKI = ZoneInfo("Europe/Helsinki")


class Clock(Protocol):
    """Gives the current time as an aware datetime in Europe/Helsinki."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(HELSINKI)


@dataclass
class FixedClock:
    """A clock that stays where it is put; ``advance`` moves it on."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            self.at = self.at.replace(tzinfo=HELSINKI)

    def now(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at = self.at + timedelta(seconds=seconds)
