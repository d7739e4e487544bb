"""Events for seniors from Linked Events (``api.hel.fi/linkedevents/v1/event/``).

The query: keyword ``yso:p2433`` (ikääntyneet / elderly; Linked Events matches it
against both keywords and audience), free only, types General and Course (the API's
default is General alone, which misses senior courses), super events hidden, the
place expanded (``include=location``), sorted by start time. "Here" is the kiosk's
own place (``location=tprek:<unit id>``); "nearby" a circle around the kiosk
(``dwithin_origin=<lon>,<lat>`` — note the order — and ``dwithin_metres``).
"Today" is today in Helsinki; "week" is today and the six days after it.

Times come in UTC (``…Z``) and become aware Europe/Helsinki datetimes. Place
``position.coordinates`` is GeoJSON [lon, lat]. Text fields hold only the languages
that exist: `Text` falls back fi → sv → en. Descriptions are HTML: stripped here.
An event without a readable start time, or marked deleted, is left out. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.text import Text
from kiosk.services.http import (
    LINKED_EVENTS,
    HttpClient,
    ServiceDataError,
    helsinki_time,
    identifier,
    text_of,
    valid_lat_lon,
)

#: Attribution shown with events (CITY_APIS §b).
LINKED_EVENTS_SOURCE = "City of Helsinki Linked Events, CC BY 4.0"
#: YSO "ikääntyneet" (elderly people).
SENIORS_KEYWORD = "yso:p2433"
EVENT_TYPES = "General,Course"

WHEN = ("today", "week")
WHERE = ("here", "nearby")

_STATUS = {
    "EventScheduled": "scheduled",
    "EventCancelled": "cancelled",
    "EventPostponed": "postponed",
    "EventRescheduled": "rescheduled",
}


@dataclass(frozen=True)
class Event:
    """One event. ``start``/``end`` are Europe/Helsinki. ``status`` is "scheduled",
    "cancelled", "postponed" or "rescheduled". ``lat``/``lon`` are the place's (from
    GeoJSON [lon, lat]); ``keywords`` holds keyword and audience ids."""

    id: str
    name: Text
    start: datetime
    end: datetime | None = None
    place_name: Text = field(default_factory=Text)
    street: Text = field(default_factory=Text)
    short_description: Text = field(default_factory=Text)
    free: bool = False
    info_url: Text = field(default_factory=Text)
    place_id: str = ""
    price: Text = field(default_factory=Text)
    status: str = "scheduled"
    lat: float | None = None
    lon: float | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventList:
    """Events in start order, for ``when`` ("today"/"week") and ``where``
    ("here"/"nearby"), between ``first_day`` and ``last_day`` (Helsinki dates)."""

    events: tuple[Event, ...]
    when: str = "week"
    where: str = "nearby"
    first_day: date | None = None
    last_day: date | None = None
    source_date: date | None = None
    source: str = LINKED_EVENTS_SOURCE

    def __iter__(self) -> Any:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)


# --------------------------------------------------------------------------- parsing


def _ref_id(item: Any) -> str:
    """``"yso:p2433"`` from ``{"id": …}`` or ``{"@id": ".../keyword/yso:p2433/"}``."""
    if isinstance(item, str):
        return item.rstrip("/").rsplit("/", 1)[-1]
    if not isinstance(item, Mapping):
        return ""
    ident = item.get("id")
    if isinstance(ident, str) and ident.strip():
        return ident.strip()
    ref = item.get("@id")
    return ref.rstrip("/").rsplit("/", 1)[-1] if isinstance(ref, str) else ""


def _offers(value: Any) -> tuple[bool, Text, Text]:
    """(free, price, info url) from ``offers``."""
    free, price, url = False, Text(), Text()
    if not isinstance(value, list):
        return free, price, url
    for offer in value:
        if not isinstance(offer, Mapping):
            continue
        if offer.get("is_free") is True:
            free = True
        price = price or text_of(offer.get("price"))
        url = url or text_of(offer.get("info_url"))
    return free, price, url


def _event(item: Any) -> Event | None:
    if not isinstance(item, Mapping) or item.get("deleted") is True:
        return None
    event_id = identifier(item.get("id"))
    start = helsinki_time(item.get("start_time"))
    if not event_id or start is None:
        return None
    end = helsinki_time(item.get("end_time"))
    if end is not None and end < start:
        end = None
    location = item.get("location")
    place = location if isinstance(location, Mapping) else {}
    position = place.get("position")
    coordinates = position.get("coordinates") if isinstance(position, Mapping) else None
    lat_lon = (
        valid_lat_lon(coordinates[1], coordinates[0])
        if isinstance(coordinates, list) and len(coordinates) >= 2
        else None
    )
    free, price, offer_url = _offers(item.get("offers"))
    keywords = [_ref_id(k) for k in (item.get("keywords") or []) if _ref_id(k)]
    keywords += [_ref_id(k) for k in (item.get("audience") or []) if _ref_id(k)]
    short = text_of(item.get("short_description"))
    return Event(
        id=event_id,
        name=text_of(item.get("name")),
        start=start,
        end=end,
        place_name=text_of(place.get("name")),
        street=text_of(place.get("street_address")),
        short_description=short,
        free=free,
        info_url=text_of(item.get("info_url")) or offer_url,
        place_id=_ref_id(place),
        price=price,
        status=_STATUS.get(str(item.get("event_status")), "scheduled"),
        lat=lat_lon[0] if lat_lon else None,
        lon=lat_lon[1] if lat_lon else None,
        keywords=tuple(dict.fromkeys(keywords)),
    )


def parse_events(payload: Any, *, source: str = LINKED_EVENTS) -> tuple[Event, ...]:
    """Events in start order from ``{meta, data: […]}``, a bare list, or one event."""
    if isinstance(payload, Mapping) and "data" in payload:
        items = payload["data"]
        if not isinstance(items, list):
            raise ServiceDataError(source, "'data' is not a list of events")
    elif isinstance(payload, list):
        items = payload
    elif isinstance(payload, Mapping) and "id" in payload:
        items = [payload]
    else:
        raise ServiceDataError(source, "no event list ('data') in the answer")
    events: dict[str, Event] = {}
    for item in items:
        event = _event(item)
        if event is not None and event.id not in events:
            events[event.id] = event
    return tuple(sorted(events.values(), key=lambda e: (e.start, e.id)))


def filter_events(
    events: Iterable[Event],
    *,
    keyword: str | None = SENIORS_KEYWORD,
    free_only: bool = True,
    place_id: str | None = None,
) -> tuple[Event, ...]:
    """The events a live query would have returned, as far as the data shows (for
    snapshot data, which may have been recorded with a wider query)."""
    return tuple(
        e
        for e in events
        if (keyword is None or keyword in e.keywords)
        and (not free_only or e.free)
        and (place_id is None or e.place_id == place_id)
    )


def day_range(when: str, today: date) -> tuple[date, date]:
    if when not in WHEN:
        raise ValueError(f"'when' must be one of {', '.join(WHEN)}, got {when!r}")
    return today, today if when == "today" else today + timedelta(days=6)


# --------------------------------------------------------------------------- client


class EventsClient:
    """Linked Events for seniors. ``here_place`` is the kiosk's Linked Events place
    id (``"tprek:<Service Map unit id>"``), None when not known. Blocking."""

    def __init__(
        self,
        http: HttpClient,
        origin: tuple[float, float],
        here_place: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.http = http
        self.origin = origin
        self.here_place = here_place
        self.clock = clock or SystemClock()

    def seniors(
        self, *, when: str = "week", where: str = "nearby", radius_m: int = 2000, limit: int = 20
    ) -> EventList:
        if where not in WHERE:
            raise ValueError(f"'where' must be one of {', '.join(WHERE)}, got {where!r}")
        first, last = day_range(when, self.clock.now().date())
        params: dict[str, str] = {
            "keyword": SENIORS_KEYWORD,
            "start": first.isoformat(),
            "end": last.isoformat(),
            "is_free": "true",
            "event_type": EVENT_TYPES,
            "hide_super_event": "true",
            "include": "location",
            "sort": "start_time",
            "page_size": str(max(1, min(int(limit), 100))),
        }
        if where == "here":
            if not self.here_place:
                raise ValueError("events here: the kiosk's place id is not known")
            params["location"] = self.here_place
        else:
            lat, lon = self.origin
            params["dwithin_origin"] = f"{lon:.6f},{lat:.6f}"  # lon first
            params["dwithin_metres"] = str(int(radius_m))
        events = self.http.get_json(
            LINKED_EVENTS, self.http.endpoints.linkedevents + "event/", params, parse=parse_events
        )
        return EventList(
            events=events[:limit], when=when, where=where, first_day=first, last_day=last
        )
