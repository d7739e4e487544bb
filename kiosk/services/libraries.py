"""Library opening hours from the kirjastot.fi (Kirkanta) API v4.

Parsing is defensive: a missing or odd field never crashes the kiosk. The rule is
"rather unknown than wrong": a day whose opening times cannot be read is left out
(the kiosk then says it does not know the hours for that day) instead of being
guessed. A payload that is not a library record at all raises `ServiceDataError`,
which names the source and what is wrong.

Schedules (``data.schedules[]``) look like ``{date, info, closed, times: [{from, to,
status}]}``; ``status`` 0 = temporarily closed, 1 = open with staff, 2 = self-service.
Times are "HH:MM" in Helsinki local time; "24:00" means the end of the day.

No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from kiosk.core.city_text import tidy
from kiosk.core.clock import HELSINKI
from kiosk.core.text import FALLBACK_ORDER
from kiosk.services.http import ServiceDataError, strip_html

#: Attribution shown with every result (CITY_APIS §d).
KIRKANTA_LICENCE = "CC BY 4.0"
KIRKANTA_SOURCE_NAME = "kirjastot.fi / Kirkanta"

#: ``time.max`` stands for "24:00", the end of the day.
END_OF_DAY = time.max


class OpenStatus(StrEnum):
    """What a time range of a day means (Kirkanta ``status`` 1, 2, 0)."""

    STAFF = "staff"
    SELF_SERVICE = "self_service"
    TEMPORARILY_CLOSED = "temporarily_closed"


_STATUS_CODES: dict[int, OpenStatus] = {
    0: OpenStatus.TEMPORARILY_CLOSED,
    1: OpenStatus.STAFF,
    2: OpenStatus.SELF_SERVICE,
}

_OPEN = (OpenStatus.STAFF, OpenStatus.SELF_SERVICE)


class NowState(StrEnum):
    """The state of a library at one moment."""

    OPEN_STAFF = "open_staff"
    OPEN_SELF_SERVICE = "open_self_service"
    CLOSED = "closed"  # the library opens on this day, but not right now
    CLOSED_TODAY = "closed_today"  # no opening hours at all on this day
    UNKNOWN = "unknown"  # the data says nothing about this day


@dataclass(frozen=True)
class TimeRange:
    """``start`` ≤ t < ``end`` on one day. ``end`` is `END_OF_DAY` for "24:00"."""

    start: time
    end: time
    status: OpenStatus

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN

    def contains(self, moment: time) -> bool:
        return self.start <= moment < self.end or (self.end == END_OF_DAY and moment == END_OF_DAY)


@dataclass(frozen=True)
class DaySchedule:
    """One day. ``closed`` days have no ranges. ``info`` is plain text (HTML removed).
    ``known`` is False when the data gives no times and does not say closed: such a
    day is "no information", never "closed" (issue 15)."""

    date: date
    closed: bool
    ranges: tuple[TimeRange, ...] = ()
    info: str | None = None
    known: bool = True

    @property
    def open_ranges(self) -> tuple[TimeRange, ...]:
        return tuple(r for r in self.ranges if r.is_open)


@dataclass(frozen=True)
class Address:
    street: str = ""
    zipcode: str = ""
    city: str = ""


@dataclass(frozen=True)
class NowStatus:
    """``until``: when the current open state ends (None when closed or unknown).
    ``next_open``: the next time the library opens (staff or self-service), as far as
    the data reaches without a gap; None when not known."""

    state: NowState
    until: time | None = None
    next_open: datetime | None = None


@dataclass(frozen=True)
class LibraryRef:
    """A library in a list of search results."""

    id: int
    name: str
    street: str = ""
    short_name: str = ""
    #: The language the name and street are in; "" = the one asked for.
    text_lang: str = ""


@dataclass(frozen=True)
class LibraryWeek:
    """A library and the days of opening hours the data has for it."""

    library_id: int
    name: str
    address: Address = field(default_factory=Address)
    days: tuple[DaySchedule, ...] = ()
    source_date: date | None = None
    licence: str = KIRKANTA_LICENCE
    source_name: str = KIRKANTA_SOURCE_NAME
    short_name: str = ""
    #: The language the name and address are in (Kirkanta falls back to Finnish where
    #: a library has no translation; the snapshot is Finnish); "" = the one asked for.
    text_lang: str = ""

    def day(self, on: date) -> DaySchedule | None:
        for day in self.days:
            if day.date == on:
                return day
        return None

    def ref(self) -> LibraryRef:
        return LibraryRef(
            self.library_id, self.name, self.address.street, self.short_name, self.text_lang
        )

    def state_at(self, moment: datetime) -> NowStatus:
        """The state at ``moment`` (naive times are taken as Helsinki time)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=HELSINKI)
        else:
            moment = moment.astimezone(HELSINKI)
        today = self.day(moment.date())
        if today is None or not today.known:
            return NowStatus(NowState.UNKNOWN)
        now = moment.time().replace(tzinfo=None)
        next_open = self._next_open(today, now)
        if today.closed or not today.open_ranges:
            return NowStatus(NowState.CLOSED_TODAY, None, next_open)
        current = next((r for r in today.ranges if r.contains(now)), None)
        if current is None or not current.is_open:
            return NowStatus(NowState.CLOSED, None, next_open)
        state = (
            NowState.OPEN_STAFF
            if current.status is OpenStatus.STAFF
            else NowState.OPEN_SELF_SERVICE
        )
        return NowStatus(state, self._until(today, current), None)

    @staticmethod
    def _until(day: DaySchedule, current: TimeRange) -> time:
        """The end of ``current``, joined with ranges of the same status that follow."""
        end = current.end
        for other in sorted(day.ranges, key=lambda r: r.start):
            if other.status is current.status and other.start == end:
                end = other.end
        return end

    def _next_open(self, today: DaySchedule, now: time) -> datetime | None:
        """First open start after ``now``, walking day by day while the data has days."""
        day: DaySchedule | None = today
        first = True
        while day is not None:
            starts = sorted(r.start for r in day.open_ranges if not first or r.start > now)
            if not day.closed and starts:
                return datetime.combine(day.date, starts[0], tzinfo=HELSINKI)
            day = self.day(day.date + timedelta(days=1))
            first = False
        return None


# --------------------------------------------------------------------------- parsing


def _text(value: Any, lang: str) -> str:
    """A text field: a plain string, or ``{lang: string}`` when the API sends several
    languages. Falls back fi → sv → en, then any language. HTML is removed."""
    if isinstance(value, Mapping):
        chosen = None
        for key in (lang, *FALLBACK_ORDER, *value.keys()):
            candidate = value.get(key)
            if isinstance(candidate, str) and candidate.strip():
                chosen = candidate
                break
        value = chosen
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ""
    return tidy(strip_html(value) if "<" in value or "&" in value else value)


def _text_lang(value: Any, lang: str) -> str:
    """The language `_text` takes from a ``{lang: string}`` field; "" for a plain one."""
    if not isinstance(value, Mapping):
        return ""
    for key in (lang, *FALLBACK_ORDER, *value.keys()):
        candidate = value.get(key)
        if isinstance(candidate, str) and candidate.strip():
            return str(key)
    return ""


_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$")


def _parse_time(value: Any) -> time | None:
    if not isinstance(value, str):
        return None
    match = _HHMM.match(value)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if (hour, minute) == (24, 0):
        return END_OF_DAY
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _parse_range(item: Any) -> TimeRange | None:
    if not isinstance(item, Mapping):
        return None
    start, end = _parse_time(item.get("from")), _parse_time(item.get("to"))
    status_code = item.get("status")
    if isinstance(status_code, str) and status_code.strip().isdigit():
        status_code = int(status_code)
    status = _STATUS_CODES.get(status_code) if isinstance(status_code, int) else None
    if start is None or end is None or status is None or start == END_OF_DAY:
        return None
    if end == time(0, 0):  # "00:00" as a closing time means midnight
        end = END_OF_DAY
    if end <= start:
        return None
    return TimeRange(start, end, status)


def _parse_day(item: Any, lang: str) -> DaySchedule | None:
    """One schedule entry, or None when it cannot be read without guessing."""
    if not isinstance(item, Mapping):
        return None
    try:
        on = date.fromisoformat(str(item.get("date", "")).strip()[:10])
    except ValueError:
        return None
    info = _text(item.get("info"), lang) or None
    closed_flag = item.get("closed")
    if closed_flag is True:
        return DaySchedule(on, True, (), info)
    times = item.get("times")
    if times is None:
        times = []
    if not isinstance(times, list):
        return None
    ranges = [_parse_range(t) for t in times]
    if any(r is None for r in ranges):
        return None  # rather unknown than wrong
    ordered = tuple(sorted((r for r in ranges if r is not None), key=lambda r: r.start))
    if not ordered:
        # Neither times nor "closed": not known, so never shown as closed.
        return DaySchedule(on, False, (), info, known=False)
    return DaySchedule(on, False, ordered, info)


def _record(payload: Any, source: str) -> Mapping[str, Any]:
    """The library record inside a single-record or list envelope, or a bare record."""
    if not isinstance(payload, Mapping):
        raise ServiceDataError(source, f"expected a JSON object, got {type(payload).__name__}")
    if "data" in payload:
        record = payload["data"]
        if not isinstance(record, Mapping):
            raise ServiceDataError(source, "'data' is not a library record")
        return record
    if "items" in payload:
        items = payload["items"]
        if not isinstance(items, list):
            raise ServiceDataError(source, "'items' is not a list")
        if len(items) != 1:
            raise ServiceDataError(source, f"expected one library in 'items', found {len(items)}")
        if not isinstance(items[0], Mapping):
            raise ServiceDataError(source, "'items[0]' is not a library record")
        return items[0]
    if "id" in payload:
        return payload  # an item of a list envelope
    raise ServiceDataError(source, "no library record: neither 'data' nor 'items' nor 'id'")


def _library_id(record: Mapping[str, Any], source: str) -> int:
    raw = record.get("id")
    if isinstance(raw, bool):
        raw = None
    if isinstance(raw, str) and raw.strip().isdigit():
        raw = int(raw)
    if not isinstance(raw, int):
        raise ServiceDataError(source, f"library 'id' is missing or not a number: {raw!r}")
    return raw


def parse_library(
    payload: Any,
    *,
    lang: str = "fi",
    source: str = "kirjastot.fi response",
    source_date: date | None = None,
    text_lang: str = "",
) -> LibraryWeek:
    """A `LibraryWeek` from a Kirkanta v4 response.

    Accepts the single-record envelope ``{type, total, refs, data}``, a list envelope
    with exactly one item, or one item of a list envelope. ``lang`` picks the language
    when text fields carry several. ``text_lang`` is the language of plain text fields
    ("" = ``lang``). Raises `ServiceDataError` naming ``source``.
    """
    record = _record(payload, source)
    library_id = _library_id(record, source)
    address_raw = record.get("address")
    if not isinstance(address_raw, Mapping):
        address_raw = {}
    address = Address(
        street=_text(address_raw.get("street"), lang),
        zipcode=_text(address_raw.get("zipcode"), lang),
        city=_text(address_raw.get("city"), lang),
    )
    schedules = record.get("schedules")
    if schedules is None:
        schedules = []
    if not isinstance(schedules, list):
        raise ServiceDataError(source, "'schedules' is not a list")
    days: dict[date, DaySchedule] = {}
    for item in schedules:
        day = _parse_day(item, lang)
        if day is not None and day.date not in days:
            days[day.date] = day
    return LibraryWeek(
        library_id=library_id,
        name=_text(record.get("name"), lang),
        address=address,
        days=tuple(sorted(days.values(), key=lambda d: d.date)),
        source_date=source_date,
        short_name=_text(record.get("shortName"), lang),
        text_lang=_text_lang(record.get("name"), lang) or text_lang,
    )


def search_refs(refs: list[LibraryRef], query: str) -> list[LibraryRef]:
    """Refs whose name or short name contains ``query`` (case-insensitive, trimmed)."""
    needle = " ".join(query.split()).casefold() if isinstance(query, str) else ""
    if not needle:
        return []
    return [
        ref for ref in refs if needle in ref.name.casefold() or needle in ref.short_name.casefold()
    ]
