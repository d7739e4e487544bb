"""One HTTP layer for every city API the kiosk reads (or, for feedback, writes).

`CityHttp` holds one shared `requests` session for the whole kiosk:

- **Timeouts** ``(connect, read)`` from ``[services]`` in the config (3 s / 10 s).
- **Retries** for GET only, with a short backoff: a refused or reset connection, an
  answer dropped before its headers, and 502/503/504. A *timeout* is never retried
  (it has already cost the whole budget) and a POST is never retried at all (the
  city must not get the same feedback twice).
- **User-Agent** ``HelsinkiLibraryKiosk/<version> (+<kiosk id>)`` so the city can see
  (and contact) the kiosks in its logs.
- **A response cache** (requests-cache) with a lifetime per kind of data: events
  10 min, units and accessibility 24 h, opening hours 1 h, feedback categories 24 h,
  OmaStadi 1 h. It lives in SQLite in the data folder (memory in tests). Anything a
  resident wrote never goes into it: feedback POSTs and status look-ups (which echo
  the resident's text back) are never cached. A broken answer (empty, not JSON, or
  one a client could not understand) is never cached either.

Every failure becomes one of two exceptions, each naming the service:

- `ServiceUnavailable`: the network is down, the service did not answer in time,
  the connection broke, or the service answered 5xx / 429.
- `ServiceDataError` (from `kiosk.services.libraries`): the answer cannot be used:
  empty, not JSON, or not the expected shape. `ServiceRejected` (a `ServiceDataError`)
  is a 4xx: the service understood and refused (bad API key, unknown id).

**Threads.** A call blocks for up to connect + read timeout (a few quick retries
on top), so it must never run on the GUI thread: the UI calls services from its
worker pool (``kiosk/ui/runner.py``). One `CityHttp` may be shared by those workers;
the session's connection pool and the SQLite cache are thread-safe.

The module also holds the small parsing helpers every client shares (languages,
HTML, numbers, times, distance and direction). No Qt here.
"""

from __future__ import annotations

import json
import logging
import math
import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import requests
from requests.adapters import HTTPAdapter
from requests_cache import DO_NOT_CACHE, CachedSession
from urllib3.exceptions import (
    ConnectTimeoutError,
    NameResolutionError,
    NewConnectionError,
    ReadTimeoutError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError
from urllib3.util.retry import Retry

from kiosk import __version__
from kiosk.core.clock import HELSINKI
from kiosk.core.text import FALLBACK_ORDER, Text
from kiosk.services.libraries import ServiceDataError, strip_html

log = logging.getLogger(__name__)

T = TypeVar("T")

# Service names used in error messages and logs.
KIRJASTOT = "kirjastot.fi"
SERVICEMAP = "Service Map"
TPR = "Service Map accessibility (palvelukarttaws)"
LINKED_EVENTS = "Linked Events"
OPEN311 = "feedback (Open311)"
OMASTADI = "OmaStadi"


# --------------------------------------------------------------------------- errors


class ServiceUnavailable(Exception):  # noqa: N818 - the name the architecture uses
    """The service could not be reached or did not answer usefully in time
    (network down, timeout, broken connection, 5xx, 429). ``str()`` is
    ``"SERVICE: PROBLEM"``; ``status`` is the HTTP status when there was one."""

    def __init__(self, service: str, problem: str, *, status: int | None = None) -> None:
        super().__init__(f"{service}: {problem}")
        self.service = service
        self.problem = problem
        self.status = status

    @property
    def source(self) -> str:
        """Same as ``service``, for symmetry with `ServiceDataError`."""
        return self.service


class ServiceRejected(ServiceDataError):  # noqa: N818 - pairs with ServiceUnavailable
    """The service answered 4xx (or an Open311 error list): it refused the request,
    e.g. an invalid API key or an unknown id. Retrying will not help."""

    def __init__(self, service: str, problem: str, *, status: int | None = None) -> None:
        super().__init__(service, problem)
        self.status = status

    @property
    def service(self) -> str:
        return self.source


#: What a client call can raise besides ValueError for bad parameters.
SERVICE_ERRORS = (ServiceUnavailable, ServiceDataError)


# --------------------------------------------------------------------------- endpoints

DEFAULT_TPR_URL = "https://www.hel.fi/palvelukarttaws/rest/v4/"


def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the city APIs (``[services]`` in the config, plus TPR v4)."""

    kirjastot: str = "https://api.kirjastot.fi/v4/"
    servicemap: str = "https://api.hel.fi/servicemap/v2/"
    tpr: str = DEFAULT_TPR_URL
    linkedevents: str = "https://api.hel.fi/linkedevents/v1/"
    open311: str = "https://asiointi.hel.fi/palautews/rest/v1/"
    omastadi: str = "https://omastadi.hel.fi/api"

    def __post_init__(self) -> None:
        for name in ("kirjastot", "servicemap", "tpr", "linkedevents", "open311"):
            object.__setattr__(self, name, _slash(getattr(self, name)))

    @classmethod
    def from_config(cls, services: Any, tpr_url: str = DEFAULT_TPR_URL) -> Endpoints:
        """From a `kiosk.core.config.ServicesConfig` (which has no TPR key yet)."""
        return cls(kirjastot=services.kirjastot_url, servicemap=services.servicemap_url,
                   tpr=tpr_url, linkedevents=services.linkedevents_url,
                   open311=services.open311_url, omastadi=services.omastadi_url)

    @classmethod
    def local(cls, base: str) -> Endpoints:
        """Every API under one server at the real paths (the fake city server)."""
        base = base.rstrip("/")
        return cls(kirjastot=f"{base}/v4/", servicemap=f"{base}/servicemap/v2/",
                   tpr=f"{base}/palvelukarttaws/rest/v4/",
                   linkedevents=f"{base}/linkedevents/v1/",
                   open311=f"{base}/palautews/rest/v1/", omastadi=f"{base}/api")


#: Cache lifetime per kind of data (CITY_APIS, cross-cutting notes).
DEFAULT_LIFETIMES: Mapping[str, timedelta] = {
    "events": timedelta(minutes=10),
    "units": timedelta(hours=24),
    "accessibility": timedelta(hours=24),
    "hours": timedelta(hours=1),
    "feedback_services": timedelta(hours=24),
    "budgeting": timedelta(hours=1),
}


def cache_patterns(endpoints: Endpoints,
                   lifetimes: Mapping[str, timedelta] = DEFAULT_LIFETIMES,
                   ) -> dict[str, timedelta | int]:
    """requests-cache ``urls_expire_after``: URL prefix → lifetime, first match wins.
    Anything not listed is not cached."""
    life = {**DEFAULT_LIFETIMES, **lifetimes}
    return {
        endpoints.open311 + "requests": DO_NOT_CACHE,  # residents' own text: never kept
        endpoints.open311 + "services": life["feedback_services"],
        endpoints.linkedevents + "event": life["events"],
        endpoints.servicemap + "unit": life["units"],
        endpoints.tpr + "unit": life["accessibility"],
        endpoints.kirjastot + "library": life["hours"],
        endpoints.omastadi: life["budgeting"],
    }


# --------------------------------------------------------------------------- retries


def _is_timeout(error: object) -> bool:
    # urllib3's NewConnectionError (refused, no route, no DNS) subclasses
    # ConnectTimeoutError for old callers; it is not a timeout.
    return isinstance(error, Urllib3TimeoutError) and not isinstance(error, NewConnectionError)


class _QuickRetry(Retry):
    """urllib3 Retry that retries only quick failures of the allowed methods: never a
    timeout, never another method (not even a refused connection of a POST)."""

    def increment(self, method: str | None = None, url: str | None = None,
                  response: Any = None, error: Exception | None = None,
                  _pool: Any = None, _stacktrace: Any = None) -> Retry:
        allowed = self.allowed_methods or ()
        if method is None or method.upper() not in allowed or _is_timeout(error):
            final = self.new(total=0)
            return Retry.increment(final, method, url, response, error, _pool, _stacktrace)
        return super().increment(method, url, response, error, _pool, _stacktrace)


def _retry(retries: int, backoff_s: float) -> Retry:
    return _QuickRetry(
        total=retries, connect=retries, read=retries, status=retries, other=0,
        redirect=3, allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=(502, 503, 504), backoff_factor=backoff_s, backoff_max=1.0,
        raise_on_status=False, respect_retry_after_header=False,
    )


# --------------------------------------------------------------------------- the client


def _is_json_answer(response: requests.Response) -> bool:
    """Cache filter: only a 200 with a JSON body is worth keeping."""
    if response.status_code != 200 or not response.content.strip():
        return False
    try:
        json.loads(response.content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True


def _timed_out(exc: BaseException) -> bool:
    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, NewConnectionError):
            return False
        if isinstance(item, (requests.Timeout, ConnectTimeoutError, ReadTimeoutError)):
            return True
        if isinstance(item, BaseException):
            stack.extend([item.__cause__, item.__context__, getattr(item, "reason", None),
                          *[a for a in item.args if isinstance(a, BaseException)]])
    return False


def _never_connected(exc: BaseException) -> bool:
    """True when the connection was never made (refused, no route, no DNS)."""
    item: Any = exc
    for _ in range(6):
        if isinstance(item, (NewConnectionError, NameResolutionError)):
            return True
        item = getattr(item, "reason", None) or (item.args[0] if getattr(item, "args", None)
                                                 and isinstance(item.args[0], BaseException)
                                                 else None)
        if item is None:
            return False
    return False


def _error_detail(content: bytes) -> str:
    """A short reason from an error body: Open311 ``[{code, description}]``, DRF
    ``{"detail": …}``, or nothing."""
    try:
        body = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return ""
    if isinstance(body, list) and body and isinstance(body[0], Mapping):
        body = body[0]
    if isinstance(body, Mapping):
        for key in ("description", "detail", "message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:200]
    return ""


class CityHttp:
    """The shared HTTP session for the city APIs (see the module docstring).

    ``cache_path``: the SQLite file of the response cache (its folder is created);
    None keeps the cache in memory (tests, bench). ``cache=False`` turns it off.
    """

    def __init__(self, *, endpoints: Endpoints | None = None,
                 connect_timeout_s: float = 3.0, read_timeout_s: float = 10.0,
                 retries: int = 2, backoff_s: float = 0.2, kiosk_id: str = "demo-kiosk",
                 user_agent: str | None = None, cache_path: Path | None = None,
                 cache: bool = True,
                 lifetimes: Mapping[str, timedelta] = DEFAULT_LIFETIMES) -> None:
        self.endpoints = endpoints or Endpoints()
        self.timeout = (float(connect_timeout_s), float(read_timeout_s))
        self.user_agent = user_agent or f"HelsinkiLibraryKiosk/{__version__} (+{kiosk_id})"
        self.cache_path = cache_path
        patterns = cache_patterns(self.endpoints, lifetimes) if cache else {}
        settings: dict[str, Any] = {
            "expire_after": DO_NOT_CACHE,  # only what cache_patterns lists
            "urls_expire_after": patterns,
            "allowable_methods": ("GET", "HEAD", "POST"),  # POST: OmaStadi's GraphQL only
            "allowable_codes": (200,),
            "filter_fn": _is_json_answer,
            "cache_control": False,
        }
        self.session = CachedSession(backend="memory", **settings)
        if cache_path is not None and cache:
            on_disk: CachedSession | None = None
            try:
                cache_path.parent.mkdir(parents=True, exist_ok=True)
                on_disk = CachedSession(cache_name=str(cache_path), backend="sqlite",
                                        wal=True, **settings)
                on_disk.cache.delete(expired=True)  # also proves the file is usable
            except (OSError, sqlite3.Error) as exc:
                log.warning("HTTP cache %s unusable (%s): keeping answers in memory",
                            cache_path, exc)
                if on_disk is not None:
                    on_disk.close()
            else:
                self.session.close()
                self.session = on_disk
        # Without the cache: the way out when the cache file itself fails.
        self._plain = requests.Session()
        for session in (self.session, self._plain):
            adapter = HTTPAdapter(max_retries=_retry(retries, backoff_s))
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers["User-Agent"] = self.user_agent
            session.headers["Accept"] = "application/json"

    @classmethod
    def from_config(cls, config: Any, *, cache_path: Path | None = None,
                    tpr_url: str = DEFAULT_TPR_URL) -> CityHttp:
        """From a `kiosk.core.config.Config`; ``cache_path`` e.g.
        ``paths.data / "cache" / "http-cache.sqlite"``."""
        services = config.services
        return cls(endpoints=Endpoints.from_config(services, tpr_url),
                   connect_timeout_s=services.connect_timeout_s,
                   read_timeout_s=services.read_timeout_s,
                   kiosk_id=config.kiosk.id, cache_path=cache_path)

    def close(self) -> None:
        self.session.close()
        self._plain.close()

    def __enter__(self) -> CityHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear_cache(self) -> None:
        self.session.cache.clear()

    # -- requests ---------------------------------------------------------------------

    def _send(self, service: str, method: str, url: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        try:
            try:
                return self.session.request(method, url, **kwargs)
            except sqlite3.Error as exc:
                log.warning("HTTP cache failed (%s); asking %s without it", exc, service)
                return self._plain.request(method, url, **kwargs)
        except requests.RequestException as exc:
            if _never_connected(exc):
                raise ServiceUnavailable(
                    service, "cannot be reached (network down or service off)") from exc
            if _timed_out(exc):
                raise ServiceUnavailable(service, "did not answer in time") from exc
            raise ServiceUnavailable(
                service, f"the connection broke ({type(exc).__name__})") from exc

    def _evict(self, response: requests.Response) -> None:
        try:
            self.session.cache.delete(requests=[response.request])
        except (sqlite3.Error, AttributeError, TypeError) as exc:  # pragma: no cover
            log.warning("HTTP cache: cannot drop a bad answer: %s", exc)

    def _decode(self, service: str, response: requests.Response) -> Any:
        status = response.status_code
        if status >= 500 or status == 429:
            raise ServiceUnavailable(service, f"answered with error {status}", status=status)
        if status >= 400:
            detail = _error_detail(response.content)
            raise ServiceRejected(
                service, f"refused the request ({status}{': ' + detail if detail else ''})",
                status=status)
        if status not in (200, 201):
            raise ServiceDataError(service, f"unexpected answer {status}")
        content = response.content
        if not content.strip():
            raise ServiceDataError(service, "the answer was empty")
        try:
            return json.loads(content.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise ServiceDataError(service, "the answer is not UTF-8 text") from None
        except ValueError as exc:
            raise ServiceDataError(service, f"the answer is not JSON ({exc})") from None

    def _answer(self, service: str, response: requests.Response,
                parse: Callable[[Any], T] | None) -> Any:
        try:
            payload = self._decode(service, response)
            return parse(payload) if parse is not None else payload
        except ServiceDataError:
            self._evict(response)
            raise

    def get_json(self, service: str, url: str, params: Mapping[str, Any] | None = None,
                 *, parse: Callable[[Any], T] | None = None) -> Any:
        """GET ``url`` and return its JSON (or ``parse(json)``). A `ServiceDataError`
        from ``parse`` also drops the answer from the cache."""
        response = self._send(service, "GET", url, params=dict(params or {}))
        return self._answer(service, response, parse)

    def post_form(self, service: str, url: str, data: Mapping[str, Any],
                  *, parse: Callable[[Any], T] | None = None) -> Any:
        """POST a form (never retried, never cached unless the URL's data is)."""
        response = self._send(service, "POST", url, data=dict(data))
        return self._answer(service, response, parse)

    def post_json(self, service: str, url: str, body: Any,
                  *, parse: Callable[[Any], T] | None = None) -> Any:
        """POST a JSON body (GraphQL). Never retried."""
        response = self._send(service, "POST", url, json=body,
                              headers={"Content-Type": "application/json"})
        return self._answer(service, response, parse)


# --------------------------------------------------------------------------- parsing helpers


def plain(value: Any) -> str:
    """A string without HTML and with tidy spaces; '' for anything else."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ""
    if "<" in value or "&" in value:
        return strip_html(value)
    return re.sub(r"[ \t]+", " ", value).strip()


def identifier(value: Any) -> str:
    """An id or code as sent (a string or a whole number), trimmed; '' otherwise.
    Unlike `plain`, nothing that looks like HTML is removed."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def text_of(value: Any, *, lang: str | None = None) -> Text:
    """`Text` from ``{"fi": …, "sv": …}`` (missing or empty languages left out; HTML
    removed), or from a plain string (stored under ``lang``, else fi)."""
    if isinstance(value, Mapping):
        values = {}
        for key, item in value.items():
            text = plain(item)
            if isinstance(key, str) and text:
                values[key] = text
        return Text(values)
    text = plain(value)
    return Text({lang or FALLBACK_ORDER[0]: text}) if text else Text({})


def suffixed_text(record: Mapping[str, Any], stem: str) -> Text:
    """`Text` from TPR v4 style fields ``<stem>_fi``, ``<stem>_sv``, ``<stem>_en``."""
    values = {}
    for lang in ("fi", "sv", "en"):
        text = plain(record.get(f"{stem}_{lang}"))
        if text:
            values[lang] = text
    return Text(values)


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def valid_lat_lon(lat: Any, lon: Any) -> tuple[float, float] | None:
    """(lat, lon) as floats when both are numbers in range, else None."""
    la, lo = as_float(lat), as_float(lon)
    if la is None or lo is None or not (-90 <= la <= 90) or not (-180 <= lo <= 180):
        return None
    return la, lo


def helsinki_time(value: Any) -> datetime | None:
    """An aware Europe/Helsinki datetime from an ISO 8601 string. ``…Z`` and offsets
    are converted; a time without an offset is taken as UTC (Linked Events); a date
    alone is the start of that day in Helsinki. None when it cannot be read."""
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    if len(raw) == 10:
        try:
            return datetime.combine(date.fromisoformat(raw), datetime.min.time(),
                                    tzinfo=HELSINKI)
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(HELSINKI)


def as_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


EARTH_RADIUS_M = 6_371_008.8

#: 8-point compass keys, clockwise from north (the UI translates them).
COMPASS_KEYS: tuple[str, ...] = ("north", "north-east", "east", "south-east",
                                 "south", "south-west", "west", "north-west")


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north, [0, 360)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def compass_key(bearing: float) -> str:
    """The 8-point compass key for a bearing: 0 → "north", 45 → "north-east", …"""
    return COMPASS_KEYS[int(((bearing % 360.0) + 22.5) // 45) % 8]
