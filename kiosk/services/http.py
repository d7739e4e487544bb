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
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Self, TypeVar
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests_cache import DO_NOT_CACHE, CachedSession
from requests_cache.backends.sqlite import SQLiteCache
from urllib3.exceptions import (
    ConnectTimeoutError,
    NameResolutionError,
    NewConnectionError,
    ReadTimeoutError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError
from urllib3.util.retry import Retry

from kiosk import __version__
from kiosk.core.city_text import tidy
from kiosk.core.clock import HELSINKI
from kiosk.core.file_faults import fault_words, file_identity, is_damage
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


def cache_patterns(
    endpoints: Endpoints,
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

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: Any = None,
    ) -> Self:
        allowed = self.allowed_methods or ()
        if method is None or method.upper() not in allowed or _is_timeout(error):
            final = self.new(total=0)
            return Retry.increment(final, method, url, response, error, _pool, _stacktrace)
        return super().increment(method, url, response, error, _pool, _stacktrace)


def _origin(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) of an address, the default port filled in; None when it
    cannot be read."""
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.scheme.lower(), parts.hostname.lower().rstrip("."), port


def same_origin(first: str, second: str) -> bool:
    """True when both addresses have the same scheme, host and port."""
    origin = _origin(first)
    return origin is not None and origin == _origin(second)


class _CityRedirects(requests.Session):
    """A session that follows a redirect only for a GET or HEAD, and only to the same
    scheme, host and port. requests asks ``get_redirect_target`` of every answer; None
    stops there, and the 3xx answer becomes `ServiceRedirected` in ``_decode``."""

    max_redirects = 5

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        if target is None:
            return None
        method = (resp.request.method or "") if resp.request is not None else ""
        if method.upper() not in ("GET", "HEAD") or not same_origin(
            resp.url, urljoin(resp.url, target)
        ):
            return None
        return target


class _CitySession(_CityRedirects, CachedSession):
    """The cached session with the kiosk's redirect rule."""


class _PlainSession(_CityRedirects):
    """A session without a cache, with the kiosk's redirect rule."""


def _retry(retries: int, backoff_s: float) -> Retry:
    return _QuickRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        redirect=3,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=(502, 503, 504),
        backoff_factor=backoff_s,
        backoff_max=1.0,
        raise_on_status=False,
        respect_retry_after_header=False,
    )


# --------------------------------------------------------------------------- the cache file

#: How long a cache file that could not be opened is left alone before trying again.
CACHE_RETRY_S = 300.0


def _run(*calls: Callable[[], object]) -> None:
    """Call each in turn: methods of requests-cache, which has no type annotations."""
    for call in calls:
        call()


def _discard(path: Path, *, main: bool = True) -> None:
    """Delete a cache file (unless not ``main``) and SQLite's files beside it. Raises
    OSError."""
    for suffix in ("", "-wal", "-shm", "-journal") if main else ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists() or extra.is_symlink():
            extra.unlink()


def _replaced_notice(path: Path) -> str:
    """For the staff panel once a damaged cache file was replaced (it works again)."""
    return f"The HTTP cache file {path} was damaged; it was deleted and a new one started."


class GuardedCache(SQLiteCache):
    """requests-cache's SQLite backend that a fault in its file can never break.

    Reads that fail are misses, writes that fail are skipped (requests-cache itself
    swallows most write errors, so a write is checked by SQLite's change count), and a
    fault never reaches the request, so nothing is sent twice. A damaged file is
    deleted and a new one started; a file deleted or replaced under the kiosk (the
    data folder removed) is opened anew before the next write; a file that cannot be
    opened is left alone for `CACHE_RETRY_S`. ``problem`` (None when all is well) and
    ``notice`` (kept: a damaged file was replaced) are for the staff panel.
    """

    def __init__(self, path: Path, **kwargs: Any) -> None:
        self.path = Path(path)
        self.problem: str | None = None
        self.notice: str | None = None
        self._guard = threading.RLock()
        self._rest_until: float | None = None  # time.monotonic()
        super().__init__(str(self.path), **kwargs)  # sqlite3.Error: the caller decides
        self._identity = file_identity(self.path)

    # -- checks ------------------------------------------------------------------

    def check(self) -> None:
        """Read and write the file once (dropping expired answers). Raises
        ``sqlite3.Error`` when it cannot be used, unlike everything else here."""
        with self.responses.connection() as con:
            con.execute(f"SELECT COUNT(*) FROM {self.responses.table_name}").fetchone()
            # A write that changes nothing still needs a writable file.
            con.execute(
                f"DELETE FROM {self.responses.table_name} WHERE expires <= ?", (round(time.time()),)
            )

    def _resting(self) -> bool:
        """True while a file that could not be opened is left alone."""
        if self._rest_until is None:
            return False
        if time.monotonic() < self._rest_until:
            return True
        self._reopen(discard=False, why="trying the cache file again")
        return self._rest_until is not None

    def _reopen_if_gone(self) -> None:
        if file_identity(self.path) != self._identity:
            log.error(
                "HTTP cache: the file %s was deleted or replaced while the kiosk ran; "
                "opening it anew",
                self.path,
            )
            self._reopen(discard=False, why="the file was deleted or replaced", stale=True)

    def _reopen(self, *, discard: bool, why: str, stale: bool = False) -> None:
        """Close the file (deleting it if ``discard``) and open it again. ``stale``:
        the file was deleted or replaced, so the WAL beside it belongs to the old one
        (SQLite would read the old pages from it over whatever is there now)."""
        with self._guard, self.responses._lock:  # the lock both tables' writes share
            _run(self.responses.close, self.redirects.close)
            try:
                if discard or stale:
                    _discard(self.path, main=discard)
                self.path.parent.mkdir(parents=True, exist_ok=True)
                _run(self.responses.init_db, self.redirects.init_db)
                self.check()
            except (OSError, sqlite3.Error) as exc:
                _run(self.responses.close, self.redirects.close)
                if not discard and is_damage(exc):  # e.g. garbage put in its place
                    self._reopen(discard=True, why="the file was damaged")
                    return
                self._rest_until = time.monotonic() + CACHE_RETRY_S
                log.error(
                    "HTTP cache: cannot open %s (%s: %s); asking the city each time "
                    "and trying again in %d s",
                    self.path,
                    why,
                    fault_words(exc),
                    int(CACHE_RETRY_S),
                )
                self.problem = (
                    f"The HTTP cache file {self.path} cannot be used "
                    f"({fault_words(exc)}); answers are asked from the city "
                    f"each time."
                )
                return
            self._rest_until = None
            self._identity = file_identity(self.path)
            self.problem = None
            if discard:
                self.notice = _replaced_notice(self.path)

    def _fault(self, what: str, exc: BaseException | None) -> None:
        if isinstance(exc, (sqlite3.ProgrammingError, sqlite3.InterfaceError)):
            # A connection closed by another thread's reopen: not the file's fault.
            log.debug("HTTP cache: %s skipped (%s)", what, type(exc).__name__)
            return
        with self._guard:
            if exc is not None and is_damage(exc):
                log.error(
                    "HTTP cache: the file %s is damaged (%s); deleting it and starting a new one",
                    self.path,
                    what,
                )
                self._reopen(discard=True, why="the file was damaged")
                return
            problem = (
                f"The HTTP cache file {self.path} cannot be "
                f"{'read' if what == 'read' else 'written'} ({fault_words(exc)}); "
                f"answers are asked from the city each time."
            )
            if problem != self.problem:
                log.error("HTTP cache: cannot %s %s: %s", what, self.path, fault_words(exc))
            self.problem = problem

    # -- what requests-cache calls -------------------------------------------------

    def get_response(self, key: str, default: Any = None) -> Any:
        if self._resting():
            return default
        try:
            return super().get_response(key, default)
        except sqlite3.Error as exc:
            self._fault("read", exc)
            return default

    def save_response(
        self, response: Any, cache_key: str | None = None, expires: datetime | None = None
    ) -> None:
        if self._resting():
            return
        try:
            self._reopen_if_gone()
            if self._rest_until is not None:
                return
            with self.responses.connection() as con:
                before = con.total_changes
            super().save_response(response, cache_key, expires)
            with self.responses.connection() as con:
                saved = con.total_changes > before
        except sqlite3.Error as exc:
            self._fault("save an answer", exc)
            return
        if not saved:  # requests-cache rolled a failed write back without a word
            self._fault("save an answer", None)
        elif self.problem is not None:
            log.info("HTTP cache: saving answers again")
            self.problem = None

    def delete(self, *keys: str, **kwargs: Any) -> None:
        if self._resting():
            return
        try:
            super().delete(*keys, **kwargs)
        except sqlite3.Error as exc:
            self._fault("drop an answer", exc)

    def clear(self) -> None:
        try:
            _run(super().clear)
        except (OSError, sqlite3.Error) as exc:
            self._fault("clear", exc)


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
            stack.extend(
                [
                    item.__cause__,
                    item.__context__,
                    getattr(item, "reason", None),
                    *[a for a in item.args if isinstance(a, BaseException)],
                ]
            )
    return False


def _unavailable(service: str, exc: requests.RequestException, writes: bool) -> ServiceUnavailable:
    """The `ServiceUnavailable` for a request that failed with ``exc``."""
    if _never_connected(exc):
        return ServiceUnavailable(service, "cannot be reached (network down or service off)")
    maybe_sent = writes and not isinstance(exc, requests.ConnectTimeout)
    if _timed_out(exc):
        return ServiceUnavailable(service, "did not answer in time", maybe_sent=maybe_sent)
    return ServiceUnavailable(
        service, f"the connection broke ({type(exc).__name__})", maybe_sent=maybe_sent
    )


def _never_connected(exc: BaseException) -> bool:
    """True when the connection was never made (refused, no route, no DNS)."""
    item: Any = exc
    for _ in range(6):
        if isinstance(item, (NewConnectionError, NameResolutionError)):
            return True
        item = getattr(item, "reason", None) or (
            item.args[0]
            if getattr(item, "args", None) and isinstance(item.args[0], BaseException)
            else None
        )
        if item is None:
            return False
    return False


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


def _error_detail(content: bytes) -> str:
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


class CityHttp:
    """The shared HTTP session for the city APIs (see the module docstring).

    ``cache_path``: the SQLite file of the response cache (its folder is created);
    None keeps the cache in memory (tests, bench). ``cache=False`` turns it off.
    """

    def __init__(
        self,
        *,
        endpoints: Endpoints | None = None,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 10.0,
        retries: int = 2,
        backoff_s: float = 0.2,
        kiosk_id: str = "demo-kiosk",
        user_agent: str | None = None,
        cache_path: Path | None = None,
        cache: bool = True,
        lifetimes: Mapping[str, timedelta] = DEFAULT_LIFETIMES,
    ) -> None:
        self.endpoints = endpoints or Endpoints()
        #: Send nothing but GET and HEAD: ``kiosk screenshots`` with a live config must
        #: never post feedback or anything else to the city (issue 15, point 7).
        self.read_only = False
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
        self._disk: GuardedCache | None = None
        self._cache_problem: str | None = None  # the file could not be used at start
        if cache_path is not None and cache:
            self._disk = self._open_cache(cache_path)
        if self._disk is not None:
            self.session: CachedSession = _CitySession(backend=self._disk, **settings)
        else:
            self.session = _CitySession(backend="memory", **settings)
        # Without the cache: requests that carry resident text (``private``), and a GET
        # that the cache failed before it was sent.
        self._plain = _PlainSession()
        for session in (self.session, self._plain):
            adapter = HTTPAdapter(max_retries=_retry(retries, backoff_s))
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers["User-Agent"] = self.user_agent
            session.headers["Accept"] = "application/json"

    @classmethod
    def from_config(
        cls, config: Any, *, cache_path: Path | None = None, tpr_url: str | None = None
    ) -> CityHttp:
        """From a `kiosk.core.config.Config`; ``cache_path`` e.g.
        ``paths.data / "cache" / "http-cache.sqlite"``."""
        services = config.services
        return cls(
            endpoints=Endpoints.from_config(services, tpr_url),
            connect_timeout_s=services.connect_timeout_s,
            read_timeout_s=services.read_timeout_s,
            kiosk_id=config.kiosk.id,
            cache_path=cache_path,
        )

    def _open_cache(self, path: Path) -> GuardedCache | None:
        """The cache file, proven usable; a damaged one is replaced. None (answers
        kept in memory, ``problem`` set) when it cannot be used."""
        notice = None
        for first in (True, False):
            disk: GuardedCache | None = None
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                disk = GuardedCache(path, wal=True)
                disk.check()
            except (OSError, sqlite3.Error) as exc:
                if disk is not None:
                    _run(disk.close)
                if first and is_damage(exc):
                    log.error(
                        "HTTP cache: the file %s is damaged; deleting it and starting a new one",
                        path,
                    )
                    try:
                        _discard(path)
                    except OSError as error:
                        exc = error
                    else:
                        notice = _replaced_notice(path)
                        continue
                log.error(
                    "HTTP cache %s unusable (%s): keeping answers in memory", path, fault_words(exc)
                )
                self._cache_problem = (
                    f"The HTTP cache file {path} cannot be used "
                    f"({fault_words(exc)}); answers are kept in "
                    f"memory until the kiosk restarts."
                )
                return None
            disk.notice = notice
            disk.delete(expired=True)  # and makes the file small again
            return disk
        return None  # pragma: no cover - the loop always returns

    @property
    def problem(self) -> str | None:
        """What is wrong with the response cache, in plain words for the staff panel
        (technical, never personal data); None when all is well."""
        if self._disk is not None:
            return self._disk.problem or self._disk.notice
        return self._cache_problem

    @property
    def notice(self) -> str | None:
        """A cache fault that was mended (it works now), kept for staff."""
        return self._disk.notice if self._disk is not None else None

    def close(self) -> None:
        _run(self.session.close)
        self._plain.close()

    def __enter__(self) -> CityHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear_cache(self) -> None:
        _run(self.session.cache.clear)

    # -- requests ---------------------------------------------------------------------

    def _send(
        self, service: str, method: str, url: str, *, private: bool = False, **kwargs: Any
    ) -> requests.Response:
        """One request. ``private``: it carries resident text, so it goes past the
        cache (see the module docstring). Raises `ServiceUnavailable` without the
        requests exception as its cause (whose message holds the address)."""
        kwargs.setdefault("timeout", self.timeout)
        writes = method.upper() not in ("GET", "HEAD")  # may change something at the city
        if writes and self.read_only:
            raise ServiceUnavailable(service, "read-only here: nothing is sent to the city")
        if writes:
            kwargs["allow_redirects"] = False  # never re-send a body elsewhere
        try:
            try:
                if private:
                    response = self._plain.request(method, url, **kwargs)
                    for hook in self.session.hooks.get("response", ()):
                        hook(response)
                    return response
                return self.session.request(method, url, **kwargs)
            except sqlite3.Error as exc:
                # GuardedCache keeps its faults to itself; this is the last line. A POST
                # may already have gone out, and is never sent twice.
                if writes:
                    raise ServiceUnavailable(
                        service, f"the kiosk's cache failed ({type(exc).__name__})"
                    ) from exc
                log.warning(
                    "HTTP cache failed (%s); asking %s without it", type(exc).__name__, service
                )
                return self._plain.request(method, url, **kwargs)
        except requests.RequestException as exc:
            raise _unavailable(service, exc, writes) from None

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
            raise ServiceRejected(
                service,
                f"refused the request ({status}: {_error_detail(response.content)})",
                status=status,
            )
        if 300 <= status < 400:
            method = (response.request.method or "GET") if response.request else "GET"
            raise ServiceRedirected(service, status, write=method.upper() not in ("GET", "HEAD"))
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

    def _answer(
        self, service: str, response: requests.Response, parse: Callable[[Any], T] | None
    ) -> Any:
        try:
            payload = self._decode(service, response)
            return parse(payload) if parse is not None else payload
        except ServiceDataError:
            if hasattr(response, "from_cache"):  # it came through the cache
                self._evict(response)
            raise

    def get_json(
        self,
        service: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        *,
        parse: Callable[[Any], T] | None = None,
        private: bool = False,
    ) -> Any:
        """GET ``url`` and return its JSON (or ``parse(json)``). A `ServiceDataError`
        from ``parse`` also drops the answer from the cache. ``private``: the address
        carries resident text; never cached."""
        response = self._send(service, "GET", url, params=dict(params or {}), private=private)
        return self._answer(service, response, parse)

    def post_form(
        self,
        service: str,
        url: str,
        data: Mapping[str, Any],
        *,
        parse: Callable[[Any], T] | None = None,
        private: bool = False,
    ) -> Any:
        """POST a form (never retried, never redirected, never cached unless the
        URL's data is; ``private``: never cached at all)."""
        response = self._send(service, "POST", url, data=dict(data), private=private)
        return self._answer(service, response, parse)

    def post_json(
        self, service: str, url: str, body: Any, *, parse: Callable[[Any], T] | None = None
    ) -> Any:
        """POST a JSON body (GraphQL). Never retried."""
        response = self._send(
            service, "POST", url, json=body, headers={"Content-Type": "application/json"}
        )
        return self._answer(service, response, parse)


# --------------------------------------------------------------------------- parsing helpers


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
