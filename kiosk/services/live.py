"""`LiveServices`: the city services from the live APIs, the snapshot as fallback.

It is the `kiosk.services.registry.Services` the UI calls: ``call(name, params,
lang)`` (blocking; the UI runs it in a worker thread), and ``names``. The names and
their params are in `kiosk.services.catalog_live`.

**Falling back.** A read that fails with `ServiceUnavailable` (network down,
timeout, 5xx) or with an answer that cannot be used (`ServiceDataError`, not a
`ServiceRejected` 4xx, which is a real answer) is answered from the offline
snapshot when the snapshot has data for that exact question; the result then has
``source_date`` = the snapshot data's date and the snapshot's attribution. When the
snapshot has nothing for it, the original error is raised. Snapshot data never
stands in for a different question: units of other service nodes, another unit's
accessibility, events the live query would not have returned.

**Answers the cache kept.** An answer the HTTP cache gives past its lifetime (it does
so at once, for up to a day, while fetching a fresh one in the background: see
`kiosk.services.transport.STALE_FOR`) gets ``source_date`` = the day the city gave
it, so the screen says how old it is, as for the snapshot. It says nothing to staff:
nobody waited and nothing failed.

**Answering in time.** A resident should not wait for a dead network: when a read
has not answered within ``answer_within_s`` (3 s), the snapshot answers if it can,
and the live request goes on in the background (filling the cache for the next
time). Without snapshot data the call waits for the live answer. Writes
(``feedback.send``) and personal look-ups (``feedback.status``) always wait, and are
never answered from the snapshot.

**Demo data.** Snapshot sources marked ``demo_only`` (the OmaStadi documentation
example) are used only with ``allow_demo_data=True``.

**Telling staff.** ``problem`` is None while the city answers, and always in
``offline_only`` mode (answering from the snapshot is the design there). Once a live
call has failed (or the snapshot answered because it was too slow) it is one short
technical line for IT, per city API: since when (Helsinki time), the latest reason
and the date of the offline data residents see instead, e.g. ``"servicemap, events:
no answer since 14:05, the connection broke (ChunkedEncodingError); answers from
offline data of 22.6.2020"``. It names no resident data and no query text. An API's
entry goes away when a live call to it succeeds again; an answer the HTTP cache gave
without asking the city does not count, and neither does a refusal (4xx). No Qt here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, is_dataclass, replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from kiosk.core.clock import HELSINKI, Clock, SystemClock
from kiosk.core.timefmt import staff_date, staff_time
from kiosk.services.catalog_live import LIVE_SERVICES
from kiosk.services.events import (
    SENIORS_KEYWORD,
    WHERE,
    EventList,
    EventsClient,
    day_range,
    filter_events,
    parse_events,
)
from kiosk.services.feedback import (
    LOCALES,
    Contact,
    DemoFeedback,
    FeedbackClient,
    FeedbackReceipt,
    FeedbackServiceList,
    FeedbackStatus,
    parse_services,
)
from kiosk.services.http import (
    HttpClient,
    ServiceDataError,
    ServiceRedirected,
    ServiceRejected,
    ServiceUnavailable,
    as_int,
    distance_m,
)
from kiosk.services.libraries import LibraryRef, LibraryWeek, search_refs
from kiosk.services.libraries_live import LibrariesClient
from kiosk.services.omastadi import BudgetingSummary, OmaStadiClient, summarise
from kiosk.services.servicemap import (
    AccessibilityInfo,
    ServiceMapClient,
    UnitList,
    parse_accessibility,
    parse_shortages,
    parse_units,
    service_node_ids,
)
from kiosk.services.snapshot import CitySource, Snapshot

log = logging.getLogger(__name__)

T = TypeVar("T")

#: kirjastot.fi library id → Service Map / TPR unit id (TPR ``sources[kirkanta]``).
KNOWN_UNITS: Mapping[int, int] = {84860: 8215, 86476: 51342}

#: The city API each service asks, as the staff panel names it (``problem``).
API_OF: Mapping[str, str] = {
    "units.near": "servicemap",
    "units.accessibility": "servicemap accessibility (TPR)",
    "events.seniors": "events",
    "libraries.week": "kirjastot.fi",
    "libraries.search": "kirjastot.fi",
    "feedback.services": "feedback",
    "feedback.send": "feedback",
    "feedback.status": "feedback",
    "budgeting.current": "omastadi",
}

#: Per thread (a live call runs on one): did the current call get an answer from the
#: HTTP cache only? Set by a response hook on the shared session.
_answers = threading.local()


def _note_response(response: Any, *args: Any, **kwargs: Any) -> Any:
    """requests response hook: remember whether the city itself answered, and the day
    of the oldest answer the cache gave past its lifetime (stale-while-revalidate)."""
    if getattr(response, "from_cache", False):
        _answers.cached = True
        if getattr(response, "is_expired", False):
            day = _day_of(getattr(response, "created_at", None))
            before = getattr(_answers, "stale_on", None)
            if day is not None and (before is None or day < before):
                _answers.stale_on = day
    else:
        _answers.network = True
    return response


def _day_of(moment: object) -> date | None:
    """The Helsinki day of a requests-cache time (UTC, with or without its zone)."""
    if not isinstance(moment, datetime):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(HELSINKI).date()


def _dated(result: T, day: date | None) -> T:
    """``result`` with ``source_date`` = ``day``: an answer the HTTP cache gave past its
    lifetime shows the day it came from the city, as an offline answer does."""
    if day is None or not is_dataclass(result) or getattr(result, "source_date", 1) is not None:
        return result
    return replace(result, source_date=day)  # type: ignore[type-var]


@dataclass
class _Outage:
    """One city API failing: since when, why (latest), what residents got instead."""

    since: datetime
    reason: str
    offline_dates: set[date] = field(default_factory=set)
    without_offline: bool = False
    write: bool = False


def _describe(outages: list[tuple[str, _Outage]]) -> str:
    """The staff line: APIs failing the same way since the same minute together, then
    which offline data residents get instead, and what cannot be done at all."""
    failing: dict[str, list[str]] = {}
    for api, outage in outages:
        failing.setdefault(
            f"no answer since {staff_time(outage.since)}, {outage.reason}", []
        ).append(api)
    parts = [f"{', '.join(apis)}: {what}" for what, apis in failing.items()]
    dated = [(api, o) for api, o in outages if o.offline_dates]
    if dated:
        days = [(api, ", ".join(map(staff_date, sorted(o.offline_dates)))) for api, o in dated]
        parts.append(
            "answers from offline data of "
            + (
                days[0][1]
                if len(outages) == 1
                else ", ".join(f"{when} ({api})" for api, when in days)
            )
        )
    if missing := [
        f"some {api} questions" if o.offline_dates else api
        for api, o in outages
        if o.without_offline
    ]:
        parts.append(f"no offline data for {', '.join(missing)}")
    if unsent := [api for api, o in outages if o.write]:
        parts.append(f"{', '.join(unsent)}: nothing can be sent")
    return "; ".join(parts)


def _reason(error: Exception) -> str:
    """The failure in words safe for the staff panel: `ServiceUnavailable` problems
    are the HTTP layer's fixed phrases; a data error's message may quote the answer
    (or a resident's request id), so only its kind is given."""
    if isinstance(error, (ServiceUnavailable, ServiceRedirected)):
        return error.problem
    return "the answer could not be used"


class LibraryRefs(list[LibraryRef]):
    """``libraries.search`` result: a plain list of `LibraryRef` that also says where
    it came from (``source_date`` None = live)."""

    def __init__(
        self,
        refs: list[LibraryRef],
        source_date: date | None = None,
        source: str = "kirjastot.fi / Kirkanta, CC BY 4.0",
    ) -> None:
        super().__init__(refs)
        self.source_date = source_date
        self.source = source


def _bool(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1"):
        return True
    if value is None or (
        isinstance(value, str) and value.strip().lower() in ("false", "no", "0", "")
    ):
        return False
    raise ValueError(f"{name} must be true or false, got {value!r}")


def _bounded(
    params: Mapping[str, Any], key: str, default: int, lo: int, hi: int, service: str
) -> int:
    if params.get(key) is None:
        return default
    number = as_int(params[key])
    if number is None or not lo <= number <= hi:
        raise ValueError(
            f"{service}: '{key}' must be a whole number {lo}–{hi}, got {params[key]!r}"
        )
    return number


class LiveServices:
    """The live city services (see the module docstring).

    ``library_id``: the kiosk's kirjastot.fi id (``"here"`` for libraries);
    ``latitude``/``longitude``: where the kiosk stands; ``unit_id``: its Service Map /
    TPR unit id for "events here" (default: looked up in `KNOWN_UNITS`);
    ``open311_api_key``: the feedback key (None: sending is refused);
    ``on_fallback(name, error)``: told each time the snapshot answers instead.
    """

    def __init__(
        self,
        http: HttpClient,
        snapshot: Snapshot | None,
        *,
        library_id: int,
        latitude: float,
        longitude: float,
        unit_id: int | None = None,
        open311_api_key: str | None = None,
        clock: Clock | None = None,
        answer_within_s: float | None = 3.0,
        radius_m: int = 1500,
        events_radius_m: int = 2000,
        allow_demo_data: bool = False,
        on_fallback: Callable[[str, Exception], None] | None = None,
        offline_only: bool = False,
    ) -> None:
        self.http = http
        self.snapshot = snapshot
        self.library_id = library_id
        self.origin = (float(latitude), float(longitude))
        self.unit_id = unit_id if unit_id is not None else KNOWN_UNITS.get(library_id)
        self.clock = clock or SystemClock()
        self.answer_within_s = answer_within_s
        self.radius_m = radius_m
        self.events_radius_m = events_radius_m
        self.allow_demo_data = allow_demo_data
        self.on_fallback = on_fallback
        # Demo mode: answer from the dated offline snapshot only, never the network.
        self.offline_only = offline_only
        #: Where feedback goes instead of the city: always in demo mode, and whenever
        #: it is set (the screenshots command sets it for any config).
        self.demo_feedback: DemoFeedback | None = DemoFeedback() if offline_only else None
        # What staff are told (``problem``): live calls finish on other threads.
        self._lock = threading.Lock()
        self._outages: dict[str, _Outage] = {}
        self._calls = 0  # numbers live calls, so a late old failure cannot undo a success
        self._last_ok: dict[str, int] = {}
        add_hook = getattr(http, "add_response_hook", None)  # test doubles may have none
        if add_hook is not None:
            add_hook(_note_response)
        self.servicemap = ServiceMapClient(http, self.origin)
        here = f"tprek:{self.unit_id}" if self.unit_id else None
        self.events = EventsClient(http, self.origin, here, self.clock)
        self.libraries = LibrariesClient(http)
        self.feedback = FeedbackClient(http, open311_api_key)
        self.omastadi = OmaStadiClient(http, self.clock)
        self._handlers: dict[str, Callable[[Mapping[str, Any], str], object]] = {
            "units.near": self._units_near,
            "units.accessibility": self._units_accessibility,
            "events.seniors": self._events_seniors,
            "libraries.week": self._libraries_week,
            "libraries.search": self._libraries_search,
            "feedback.services": self._feedback_services,
            "feedback.send": self._feedback_send,
            "feedback.status": self._feedback_status,
            "budgeting.current": self._budgeting_current,
        }
        assert frozenset(self._handlers) == LIVE_SERVICES

    @classmethod
    def from_config(
        cls, config: Any, http: HttpClient, snapshot: Snapshot | None, **kwargs: Any
    ) -> LiveServices:
        """From a `kiosk.core.config.Config` (``[kiosk]`` library_id and coordinates)."""
        kiosk = config.kiosk
        return cls(
            http,
            snapshot,
            library_id=kiosk.library_id,
            latitude=kiosk.latitude,
            longitude=kiosk.longitude,
            **kwargs,
        )

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._handlers)

    @property
    def problem(self) -> str | None:
        """For the staff panel (see the module docstring): None while all is well."""
        if self.offline_only:
            return None
        with self._lock:
            outages = sorted(self._outages.items(), key=lambda item: (item[1].since, item[0]))
            return _describe(outages) if outages else None

    def call(self, name: str, params: Mapping[str, Any] | None, lang: str) -> object:
        """Run service ``name``. ValueError for an unknown name or bad params;
        `ServiceUnavailable` / `ServiceDataError` when neither the city nor the
        snapshot can answer."""
        handler = self._handlers.get(name)
        if handler is None:
            raise ValueError(f"unknown service {name!r}")
        return handler(params or {}, lang)

    # -- what staff are told -------------------------------------------------------------

    def _tracked(
        self, name: str, live: Callable[[], T], *, write: bool = False
    ) -> tuple[Callable[[], T], int]:
        """``live`` that notes its outcome for ``problem``, and its call number."""
        api = API_OF[name]
        with self._lock:
            self._calls += 1
            number = self._calls

        def run() -> T:
            _answers.cached = _answers.network = False
            _answers.stale_on = None
            try:
                result = live()
            except ServiceRejected:
                raise  # the city answered: a refusal says nothing about an outage
            except (ServiceUnavailable, ServiceDataError) as exc:
                self._failed(api, number, exc, write=write)
                raise
            # An answer the cache gave on its own does not show the city is back.
            if _answers.network or not _answers.cached:
                self._succeeded(api, number)
            return _dated(result, _answers.stale_on)

        return run, number

    def _failed(self, api: str, number: int, error: Exception, *, write: bool = False) -> None:
        with self._lock:
            if number <= self._last_ok.get(api, 0):
                return  # a later call has already reached the city
            outage = self._outages.get(api)
            if outage is None:
                outage = self._outages[api] = _Outage(
                    self.clock.now().astimezone(HELSINKI), _reason(error)
                )
            outage.reason = _reason(error)
            outage.write = outage.write or write

    def _succeeded(self, api: str, number: int) -> None:
        with self._lock:
            self._last_ok[api] = max(number, self._last_ok.get(api, 0))
            self._outages.pop(api, None)

    def _answered_offline(self, api: str, number: int, result: object | None) -> None:
        with self._lock:
            outage = self._outages.get(api)
            if outage is None or number <= self._last_ok.get(api, 0):
                return
            day = getattr(result, "source_date", None)
            if isinstance(day, date):
                outage.offline_dates.add(day)
            elif result is None:
                outage.without_offline = True

    # -- the fallback machinery ---------------------------------------------------------

    def _start(self, live: Callable[[], T]) -> Future[T]:
        """``live`` running: in a daemon thread when answers have a time budget (a
        late answer still fills the cache), else at once on this thread."""
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(live())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                future.set_exception(exc)

        if self.answer_within_s is None:
            run()
        else:
            threading.Thread(target=run, name="live-service", daemon=True).start()
        return future

    def _read(self, name: str, live: Callable[[], T], offline: Callable[[Snapshot], T | None]) -> T:
        if self.offline_only:
            demo = ServiceUnavailable(name, "demo mode: offline data only")
            result = self._offline(name, offline, demo)
            if result is None:
                raise demo
            return result
        tracked, number = self._tracked(name, live)
        api = API_OF[name]
        try:
            future = self._start(tracked)
            try:
                return future.result(timeout=self.answer_within_s)
            except FutureTimeout:
                slow = ServiceUnavailable(name, f"no answer within {self.answer_within_s:g} s")
                fallback = self._offline(name, offline, slow)
                if fallback is not None:
                    # Residents see the snapshot now: staff should know why. (A late
                    # live answer still clears this; see `_failed`.)
                    self._failed(api, number, slow)
                    self._answered_offline(api, number, fallback)
                    return fallback
                return future.result()
        except ServiceRejected:
            raise
        except (ServiceUnavailable, ServiceDataError) as exc:
            fallback = self._offline(name, offline, exc)
            self._answered_offline(api, number, fallback)
            if fallback is not None:
                return fallback
            raise

    def _offline(
        self, name: str, offline: Callable[[Snapshot], T | None], error: Exception
    ) -> T | None:
        if self.snapshot is None:
            return None
        try:
            result = offline(self.snapshot)
        except (ServiceDataError, ValueError) as exc:
            log.error("%s: the snapshot cannot answer either: %s", name, exc)
            return None
        if result is not None:
            # A demo kiosk answers every call so: a warning there says nothing new and
            # costs each step the time of writing it (issue 19).
            level = logging.DEBUG if self.offline_only else logging.WARNING
            log.log(level, "%s: answered from the offline snapshot (%s)", name, error)
            if self.on_fallback is not None:
                self.on_fallback(name, error)
        return result

    def _sources(self, snapshot: Snapshot, kind: str) -> tuple[CitySource, ...]:
        return tuple(
            s for s in snapshot.city_sources(kind) if self.allow_demo_data or not s.demo_only
        )

    # -- units ----------------------------------------------------------------------------

    def _units_near(self, params: Mapping[str, Any], lang: str) -> UnitList:
        if params.get("service_node") is None:
            raise ValueError("units.near: parameter 'service_node' is missing")
        try:
            nodes = service_node_ids(params["service_node"])
        except ValueError as exc:
            raise ValueError(f"units.near: {exc}") from None
        radius = _bounded(params, "radius", self.radius_m, 100, 10_000, "units.near")
        limit = _bounded(params, "limit", 10, 1, 50, "units.near")

        def offline(snapshot: Snapshot) -> UnitList | None:
            for source in self._sources(snapshot, "servicemap.units"):
                covered = source.params.get("service_node")
                try:
                    covered_ids = set(service_node_ids(covered)) if covered is not None else set()
                except ValueError:
                    continue
                if not set(nodes) <= covered_ids:
                    continue
                units = parse_units(
                    _of_nodes(snapshot.city_data(source), nodes),
                    origin=self.origin,
                    source=str(source.file),
                )
                near = tuple(
                    u for u in units if u.distance_m is not None and u.distance_m <= radius
                )[:limit]
                return UnitList(near, nodes, self.origin, radius, source.date, source.attribution)
            return None

        return self._read(
            "units.near",
            lambda: self.servicemap.units_near(nodes, radius_m=radius, limit=limit),
            offline,
        )

    def _units_accessibility(self, params: Mapping[str, Any], lang: str) -> AccessibilityInfo:
        unit_id = as_int(params.get("unit"))
        if unit_id is None or unit_id <= 0:
            raise ValueError(
                f"units.accessibility: 'unit' must be a unit id, got {params.get('unit')!r}"
            )

        def offline(snapshot: Snapshot) -> AccessibilityInfo | None:
            for source in self._sources(snapshot, "tpr.units"):
                data = snapshot.city_data(source)
                records = data if isinstance(data, list) else [data]
                for record in records:
                    if isinstance(record, Mapping) and as_int(record.get("id")) == unit_id:
                        info = parse_accessibility(
                            record, source=str(source.file), source_date=source.date
                        )
                        return _with_source(info, source.attribution)
            return None

        info = self._read(
            "units.accessibility", lambda: self.servicemap.accessibility(unit_id), offline
        )
        info = replace(
            info, shortcomings=self._shortcomings(unit_id, live=info.source_date is None)
        )
        need = params.get("need")
        if not need or need == "none":
            return info
        # The resident's own need first (wheelchair, rollator, low vision, hearing aid).
        return replace(
            info,
            need=str(need),
            viewpoints=tuple(sorted(info.viewpoints, key=lambda v: v.key != need)),
        )

    def _shortcomings(self, unit_id: int, *, live: bool) -> tuple[tuple[str, Any], ...]:
        """What is in the way, per user group: from the Service Map when the city
        answers, else from the offline data; () when neither knows."""
        if live and not self.offline_only:
            try:
                return self.servicemap.shortcomings(unit_id)
            except (ServiceUnavailable, ServiceDataError) as exc:
                log.warning("units.accessibility: no shortcomings from the city (%s)", exc)
        if self.snapshot is None:
            return ()
        for source in self._sources(self.snapshot, "tpr.shortages"):
            try:
                found = parse_shortages(self.snapshot.city_data(source), unit_id)
            except ServiceDataError as exc:
                log.error("units.accessibility: offline shortcomings unreadable: %s", exc)
                continue
            if found:
                return found
        return ()

    # -- events ---------------------------------------------------------------------------

    def _events_seniors(self, params: Mapping[str, Any], lang: str) -> EventList:
        when = str(params.get("when") or "week")
        where = str(params.get("where") or "nearby")
        if where not in WHERE:
            raise ValueError(f"events.seniors: 'where' must be here or nearby, got {where!r}")
        first, last = day_range(when, self.clock.now().date())  # ValueError for a bad 'when'
        if where == "here" and not self.unit_id:
            raise ValueError("events.seniors: this kiosk's Service Map unit id is not known")

        def offline(snapshot: Snapshot) -> EventList | None:
            for source in self._sources(snapshot, "linkedevents.events"):
                events = parse_events(snapshot.city_data(source), source=str(source.file))
                place = f"tprek:{self.unit_id}" if where == "here" else None
                chosen = filter_events(
                    events, keyword=SENIORS_KEYWORD, free_only=True, place_id=place
                )
                # The live query asks for these days only; the data may hold others.
                now = self.clock.now()
                chosen = tuple(
                    e
                    for e in chosen
                    if first <= e.start.date() <= last and (e.end or e.start) >= now
                )
                if where == "nearby":
                    chosen = tuple(
                        e
                        for e in chosen
                        if e.lat is not None
                        and e.lon is not None
                        and distance_m(*self.origin, e.lat, e.lon) <= self.events_radius_m
                    )
                # "No events" is an answer only from a page fetched with this query;
                # from any other page it would say nothing.
                asked = source.params.get("keyword") == SENIORS_KEYWORD and (
                    "location" in source.params
                    if where == "here"
                    else "dwithin_origin" in source.params
                )
                if chosen or asked:
                    return EventList(
                        chosen, when, where, first, last, source.date, source.attribution
                    )
            return None

        return self._read(
            "events.seniors",
            lambda: self.events.seniors(when=when, where=where, radius_m=self.events_radius_m),
            offline,
        )

    # -- libraries ------------------------------------------------------------------------

    def _library_id(self, value: Any) -> int:
        if isinstance(value, str) and value.strip().lower() == "here":
            return self.library_id
        number = as_int(value)
        if number is None or number <= 0:
            raise ValueError(f"libraries.week: 'library' must be an id or 'here', got {value!r}")
        return number

    def _libraries_week(self, params: Mapping[str, Any], lang: str) -> LibraryWeek:
        if "library" not in params:
            raise ValueError("libraries.week: parameter 'library' is missing")
        library_id = self._library_id(params["library"])

        def offline(snapshot: Snapshot) -> LibraryWeek | None:
            return snapshot.library(library_id, lang)

        return self._read("libraries.week", lambda: self.libraries.week(library_id, lang), offline)

    def _libraries_search(self, params: Mapping[str, Any], lang: str) -> LibraryRefs:
        name = params.get("name")
        if name is None:
            raise ValueError("libraries.search: parameter 'name' is missing")
        if not isinstance(name, str):
            raise ValueError(f"libraries.search: 'name' must be text, got {name!r}")

        def offline(snapshot: Snapshot) -> LibraryRefs | None:
            return LibraryRefs(search_refs(snapshot.libraries(lang), name), snapshot.date)

        return self._read(
            "libraries.search", lambda: LibraryRefs(self.libraries.search(name, lang)), offline
        )

    # -- feedback ---------------------------------------------------------------------------

    def _feedback_services(self, params: Mapping[str, Any], lang: str) -> FeedbackServiceList:
        def offline(snapshot: Snapshot) -> FeedbackServiceList | None:
            sources = sorted(
                self._sources(snapshot, "open311.services"),
                key=lambda s: s.params.get("locale") != LOCALES.get(lang),
            )
            for source in sources:
                services = parse_services(snapshot.city_data(source), source=str(source.file))
                return FeedbackServiceList(
                    services, str(source.params.get("locale", "")), source.date, source.attribution
                )
            return None

        return self._read("feedback.services", lambda: self.feedback.services(lang), offline)

    def _feedback_send(self, params: Mapping[str, Any], lang: str) -> FeedbackReceipt:
        for key in ("service_code", "description"):
            if not params.get(key):
                raise ValueError(f"feedback.send: parameter '{key}' is missing")
        if self.demo_feedback is not None:
            # A demo kiosk (and the screenshots): nothing goes to the city.
            return self.demo_feedback.send(params)
        consent = _bool(params.get("consent", False), "feedback.send: 'consent'")
        contact = Contact.from_answer(params.get("contact")) if consent else None
        lat = lon = None
        if params.get("location") is not None:
            if str(params["location"]).strip().lower() != "here":
                raise ValueError("feedback.send: 'location' can only be \"here\"")
            lat, lon = self.origin
        unit = as_int(params.get("unit")) if params.get("unit") is not None else None
        publish = params.get("can_be_published")
        send, _ = self._tracked(
            "feedback.send",
            lambda: self.feedback.send(
                str(params["service_code"]),
                str(params["description"]),
                consent=consent,
                contact=contact,
                lat=lat,
                lon=lon,
                service_object_id=unit,
                can_be_published=None if publish is None else _bool(publish, "can_be_published"),
            ),
            write=True,
        )
        try:
            return send()
        except (ServiceRejected, ServiceRedirected):
            raise  # refused (4xx), or redirected and not followed: it says itself
        except ServiceDataError as exc:
            # The city answered the send, but not so that it can be read: it may well
            # have stored the feedback, so the resident must not hear "not sent".
            exc.maybe_sent = True  # type: ignore[attr-defined]
            raise

    def _feedback_status(self, params: Mapping[str, Any], lang: str) -> FeedbackStatus:
        if self.offline_only:
            raise ServiceUnavailable("feedback.status", "demo mode: no connection to the city")
        request = params.get("request")
        if not isinstance(request, str) or not request.strip():
            raise ValueError("feedback.status: parameter 'request' is missing")
        status, _ = self._tracked("feedback.status", lambda: self.feedback.status(request))
        return status()

    # -- OmaStadi ---------------------------------------------------------------------------

    def _budgeting_current(self, params: Mapping[str, Any], lang: str) -> BudgetingSummary:
        def offline(snapshot: Snapshot) -> BudgetingSummary | None:
            for source in self._sources(snapshot, "omastadi.processes"):
                summary = summarise(
                    snapshot.city_data(source),
                    self.clock.now().date(),
                    site=self.omastadi.site,
                    source_date=source.date,
                )
                return _with_source(summary, source.attribution)
            return None

        return self._read("budgeting.current", self.omastadi.current, offline)


def _of_nodes(payload: Any, nodes: tuple[int, ...]) -> Any:
    """The unit records of ``payload`` (a TPR v4 unit list) that belong to one of the
    service ``nodes`` (``ontologytree_ids``); records that do not say are kept."""
    if not isinstance(payload, list):
        return payload
    wanted = set(nodes)

    def belongs(record: Any) -> bool:
        tree = record.get("ontologytree_ids") if isinstance(record, Mapping) else None
        return not isinstance(tree, list) or bool(wanted & {as_int(n) for n in tree})

    return [record for record in payload if belongs(record)]


def _with_source(result: T, source: str) -> T:
    return replace(result, source=source)  # type: ignore[type-var]
