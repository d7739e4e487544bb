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
  OmaStadi 1 h. It lives in SQLite in the data folder (memory in tests). A broken
  answer (empty, not JSON, or one a client could not understand) is never cached.
  An answer past its lifetime answers at once for up to a day more while a fresh
  one is fetched in the background (stale-while-revalidate, `transport.STALE_FOR`);
  `kiosk.services.live` gives it the day it came, which the screen shows.
- **Resident text never reaches the disk.** A request whose address or body carries
  something a resident typed (``private=True``: a library name search, a feedback
  send, a feedback status look-up) goes past the cache altogether, on a session
  without one: neither its address, its body nor its answer is written to the cache
  file or its WAL. (Caching such a look-up under a key without the text would still
  store the request and the answer, which quote it.) The ``DO_NOT_CACHE`` pattern for
  Open311 ``requests`` stays as a second guard. The log filter cuts every query string;
  a client whose *path* carries resident text (a feedback request id) wraps the call
  in `kiosk.core.redact.hidden` (urllib3 logs the path when it retries).
- **Redirects.** A POST never follows one (``allow_redirects=False``): a 307/308 would
  re-send the resident's text and the API key to wherever it points. A GET follows a
  redirect only to the same scheme, host and port. Any other redirect is an error
  (`ServiceRedirected`: "answered oddly"), and nothing is sent again.
- **Nothing secret or personal in errors.** An error answer's body may quote what was
  sent (a resident's e-mail, the API key), so errors say the status and the body's
  length only (a few fixed phrases of the city APIs, like "Missing or Invalid API
  Key", are kept). Exceptions are raised without the requests exception as their
  cause, whose message holds the address with its query string.
- **A cache that cannot fail a request.** A fault in the cache file makes a read a
  miss and a write a no-op (never an exception after the request went out, so a POST
  is still sent once). A damaged file is deleted and a new one started (it holds only
  public city data); a file deleted while the kiosk runs (the data folder removed) is
  opened anew; a file that cannot be written (read-only, full or failing disk) leaves
  answers coming from the city each time. ``CityHttp.problem`` says so for the staff
  panel.

Every failure becomes one of two exceptions, each naming the service:

- `ServiceUnavailable`: the network is down, the service did not answer in time,
  the connection broke, or the service answered 5xx / 429.
- `ServiceDataError`: the answer cannot be used:
  empty, not JSON, or not the expected shape. `ServiceRejected` (a `ServiceDataError`)
  is a 4xx: the service understood and refused (bad API key, unknown id).

**Threads.** A call blocks for up to connect + read timeout (a few quick retries
on top), so it must never run on the GUI thread: the UI calls services from its
worker pool (``kiosk/ui/runner.py``). One `CityHttp` may be shared by those workers;
the session's connection pool and the SQLite cache are thread-safe.

**Imported late.** The requests side (sessions, retries, the cache file, `CityHttp`)
is in `kiosk.services.transport`; the clients take any `HttpClient`, and the kiosk
holds a `kiosk.services.lazy_http.LazyCityHttp`, which imports the transport on the
first live call, so requests, urllib3 and requests-cache cost nothing before the
first frame.

**A dead network is noticed once.** After a call got no connection (refused,
unreachable, connect timeout) or no answer in full time, reads to that host go out
hastily for a minute (0.5 s to connect, 1 s to answer, no retries), and while a call
to it has waited past the connect timeout (a server that hangs) reads are not sent at
all (the cache may still answer): later calls of a session get the offline answer
within a second (`kiosk.services.host_health`). Each hasty call is also the probe
that notices the city is back. Writes always get their full try.

The module also holds the small parsing helpers every client shares (languages,
HTML, numbers, times, distance and direction). No Qt here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from kiosk.core.city_text import tidy
from kiosk.core.clock import HELSINKI
from kiosk.core.text import FALLBACK_ORDER, Text

# Service names used in error messages and logs.
KIRJASTOT = "kirjastot.fi"
SERVICEMAP = "Service Map"
TPR = "Service Map accessibility (palvelukarttaws)"
LINKED_EVENTS = "Linked Events"
OPEN311 = "feedback (Open311)"
OMASTADI = "OmaStadi"


# --------------------------------------------------------------------------- errors


class ServiceDataError(Exception):
    """City data could not be understood. ``str()`` is ``"SOURCE: PROBLEM"``."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ServiceUnavailable(Exception):  # noqa: N818 - the name the architecture uses
    """The service could not be reached or did not answer usefully in time
    (network down, timeout, broken connection, 5xx, 429). ``str()`` is
    ``"SERVICE: PROBLEM"``; ``status`` is the HTTP status when there was one."""

    def __init__(
        self, service: str, problem: str, *, status: int | None = None, maybe_sent: bool = False
    ) -> None:
        super().__init__(f"{service}: {problem}")
        self.service = service
        self.problem = problem
        self.status = status
        #: A POST that went out before the connection broke or timed out: the city
        #: may have it, so the resident must not be told it was not sent.
        self.maybe_sent = maybe_sent

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


class ServiceRedirected(ServiceDataError):  # noqa: N818 - pairs with ServiceUnavailable
    """The service answered with a redirect the kiosk does not follow: any redirect of
    a POST, or one of a GET to another host. Nothing was sent again. ``maybe_sent``:
    the city may have taken a POST anyway (301/302/303; a 307/308 says it did not)."""

    def __init__(self, service: str, status: int, *, write: bool) -> None:
        what = "a send" if write else "a request"
        super().__init__(
            service,
            f"answered oddly: a redirect ({status}) of {what} to "
            f"another address; not followed, nothing sent again",
        )
        self.status = status
        self.maybe_sent = write and status not in (307, 308)

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
    def from_config(cls, services: Any, tpr_url: str | None = None) -> Endpoints:
        """From a `kiosk.core.config.ServicesConfig` (which has no TPR key yet)."""
        return cls(
            kirjastot=services.kirjastot_url,
            servicemap=services.servicemap_url,
            # An address given here (rebuild_snapshot --tpr-url) wins over the config's.
            tpr=tpr_url or getattr(services, "tpr_url", "") or DEFAULT_TPR_URL,
            linkedevents=services.linkedevents_url,
            open311=services.open311_url,
            omastadi=services.omastadi_url,
        )

    @classmethod
    def local(cls, base: str) -> Endpoints:
        """Every API under one server at the real paths (the fake city server)."""
        base = base.rstrip("/")
        return cls(
            kirjastot=f"{base}/v4/",
            servicemap=f"{base}/servicemap/v2/",
            tpr=f"{base}/palvelukarttaws/rest/v4/",
            linkedevents=f"{base}/linkedevents/v1/",
            open311=f"{base}/palautews/rest/v1/",
            omastadi=f"{base}/api",
        )


#: Cache lifetime per kind of data (CITY_APIS, cross-cutting notes).
DEFAULT_LIFETIMES: Mapping[str, timedelta] = {
    "events": timedelta(minutes=10),
    "units": timedelta(hours=24),
    "accessibility": timedelta(hours=24),
    "hours": timedelta(hours=1),
    "feedback_services": timedelta(hours=24),
    "budgeting": timedelta(hours=1),
}


#: Error texts of the city APIs that say nothing about what was sent. Any other text
#: in an error answer may quote it (a resident's words, the API key), so it is only
#: counted, never kept.
KNOWN_ERRORS: frozenset[str] = frozenset(
    text.casefold()
    for text in (
        "Missing or Invalid API Key",
        "Service_code was not found.",
        "Service request was not found.",
        "Not found.",
        "Not found",
        "Invalid page.",
        "Authentication credentials were not provided.",
        "Internal Server Error",
        "Service Unavailable",
        "Bad Request",
        "Forbidden",
        "Too Many Requests",
    )
)


def known_error(text: object) -> str:
    """``text`` if it is one of `KNOWN_ERRORS` (trimmed), else ''."""
    if not isinstance(text, str):
        return ""
    return text.strip() if text.strip().casefold() in KNOWN_ERRORS else ""


def error_detail(content: bytes) -> str:
    """What an error body may say in a log or a problem line: a known phrase from
    Open311 ``[{code, description}]``, DRF ``{"detail": …}`` or the like, and else
    only the body's length."""
    try:
        body = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        body = None
    if isinstance(body, list) and body and isinstance(body[0], Mapping):
        body = body[0]
    if isinstance(body, Mapping):
        for key in ("description", "detail", "message", "error"):
            if phrase := known_error(body.get(key)):
                return phrase
    return f"an answer of {len(content)} bytes" if content else "an empty answer"


# --------------------------------------------------------------------------- the client's shape


class HttpClient(Protocol):
    """What the API clients need of the HTTP layer: `CityHttp` or `LazyCityHttp`."""

    endpoints: Endpoints

    def get_json(
        self,
        service: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        *,
        parse: Callable[[Any], Any] | None = None,
        private: bool = False,
    ) -> Any: ...

    def post_form(
        self,
        service: str,
        url: str,
        data: Mapping[str, Any],
        *,
        parse: Callable[[Any], Any] | None = None,
        private: bool = False,
    ) -> Any: ...

    def post_json(
        self, service: str, url: str, body: Any, *, parse: Callable[[Any], Any] | None = None
    ) -> Any: ...


# --------------------------------------------------------------------------- parsing helpers


def strip_html(value: str) -> str:
    """Plain text from an HTML fragment: tags removed, entities decoded, spaces tidied."""
    # html.parser on the first text with markup, not before the first frame (issue 19).
    from kiosk.core.html_text import plain_text

    return plain_text(value)


def plain(value: Any) -> str:
    """A string without HTML and with tidy spaces; '' for anything else."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ""
    if "<" in value or "&" in value:
        value = strip_html(value)
    # Capped, without emoji, a right-to-left name in its own isolate (city_text).
    return tidy(value)


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
            return datetime.combine(date.fromisoformat(raw), datetime.min.time(), tzinfo=HELSINKI)
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
COMPASS_KEYS: tuple[str, ...] = (
    "north",
    "north-east",
    "east",
    "south-east",
    "south",
    "south-west",
    "west",
    "north-west",
)


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
