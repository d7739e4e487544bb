"""The requests side of `kiosk.services.http`: sessions, retries, the cache file and
`CityHttp` itself (the module docstring of `kiosk.services.http` says what it does).

Kept apart because requests, urllib3 and requests-cache (with cattrs) cost about
170 ms and 20 MB to import, and nothing on the attract screen needs them: the kiosk
imports this module on its first live call (`kiosk.services.lazy_http.LazyCityHttp`),
never before the first frame (issue 19).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
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
from kiosk.core.file_faults import fault_words, file_identity, is_damage
from kiosk.services.host_health import HostHealth, HostState
from kiosk.services.http import (
    DEFAULT_LIFETIMES,
    Endpoints,
    ServiceDataError,
    ServiceRedirected,
    ServiceRejected,
    ServiceUnavailable,
    error_detail,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


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
    """The cached session with the kiosk's redirect rule, and its own way of fetching
    a fresh answer behind a stale one (see `STALE_FOR`)."""

    def _resend_async(self, request: Any, actions: Any, cached: Any, **kwargs: Any) -> None:
        # requests-cache starts a plain thread, which would hold up the kiosk's exit
        # until the city answered, and prints a traceback when the city does not.
        if getattr(actions, "_only_if_cached", False):
            return  # the host failed a moment ago: nothing is sent to it now

        def refresh() -> None:
            try:
                self._send_and_cache(request, actions, cached, **kwargs)
            except Exception as exc:  # noqa: BLE001 - the stale answer stays; the next call tries again
                log.info("a stale answer could not be refreshed: %s", type(exc).__name__)

        threading.Thread(target=refresh, name="cache-refresh", daemon=True).start()


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

#: Connect and read timeout (at most) for a host that failed a moment ago: a dead
#: network answers offline within a second. A hasty read that times out after the
#: connection was made is not a new failure (the host is there, slow): after the
#: quiet time the next call has the full timeouts again.
HASTY_TIMEOUT_S = (0.5, 1.0)

#: How long an answer past its lifetime still answers at once (stale-while-revalidate,
#: issue 19): the resident gets it without waiting for the city, a fresh one is fetched
#: in the background for the next resident, and the screen shows the answer's date
#: (`kiosk.services.live`). Older answers are not shown: the city is asked and waited
#: for as before.
STALE_FOR = timedelta(days=1)

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
        health: HostHealth | None = None,
        stale_for: timedelta = STALE_FOR,
    ) -> None:
        self.endpoints = endpoints or Endpoints()
        #: Hosts that failed a moment ago: not asked again at once (the module docstring
        #: of `kiosk.services.http`). A probe after its quiet time notices recovery.
        self.health = health or HostHealth(slow_s=float(connect_timeout_s))
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
            "stale_while_revalidate": stale_for if stale_for > timedelta(0) else False,
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
        # The same two for a host that failed a moment ago (``health``): no retries
        # and short timeouts, so a dead network answers offline within a second.
        self._hasty = _CitySession(backend=self.session.cache, **settings)
        self._hasty_plain = _PlainSession()
        for session, tries in (
            (self.session, retries),
            (self._plain, retries),
            (self._hasty, 0),
            (self._hasty_plain, 0),
        ):
            adapter = HTTPAdapter(max_retries=_retry(tries, backoff_s))
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
        # The hasty session shares the cache: close only its connections.
        _run(self.session.close, lambda: requests.Session.close(self._hasty))
        self._plain.close()
        self._hasty_plain.close()

    def __enter__(self) -> CityHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def clear_cache(self) -> None:
        _run(self.session.cache.clear)

    def add_response_hook(self, hook: Callable[..., Any]) -> None:
        """A requests response hook on every answer (cached or not, private or not)."""
        for session in (self.session, self._hasty):
            hooks = session.hooks.setdefault("response", [])
            if hook not in hooks:
                hooks.append(hook)

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
        origin = _origin(url)
        host = "{}://{}:{}".format(*origin) if origin is not None else url
        # A resident's feedback always gets its full try; a read does not wait again.
        state = HostState.WELL if writes else self.health.state(host)
        if state is HostState.WAITING:
            return self._without_asking(service, method, url, private=private, **kwargs)
        sessions = (self.session, self._plain)
        if state is HostState.FAILED:
            sessions = (self._hasty, self._hasty_plain)
            kwargs["timeout"] = tuple(map(min, self.timeout, HASTY_TIMEOUT_S))
        number = self.health.started(host)
        try:
            response = self._request(service, method, url, writes, sessions, private, **kwargs)
        except requests.RequestException as exc:
            # No connection, or no answer in full time: the host is down for a while.
            # A connection that broke mid-answer says the host is there.
            no_connection = _never_connected(exc) or isinstance(exc, requests.ConnectTimeout)
            down = no_connection or (_timed_out(exc) and state is HostState.WELL)
            self.health.finished(number, answered=False if down else None)
            raise _unavailable(service, exc, writes) from None
        except BaseException:
            self.health.finished(number, answered=None)  # says nothing about the host
            raise
        self.health.finished(number, answered=True)
        return response

    def _without_asking(
        self, service: str, method: str, url: str, *, private: bool, **kwargs: Any
    ) -> requests.Response:
        """A read while its host is down: what the cache holds, or at once
        `ServiceUnavailable` (the caller answers from the offline data)."""
        if not private:
            try:
                response = self.session.request(method, url, only_if_cached=True, **kwargs)
            except (requests.RequestException, sqlite3.Error):
                response = None
            # Not cached: requests-cache makes up a 504 "Not Cached" (also from_cache).
            if response is not None and response.status_code == 200:
                return response
        raise ServiceUnavailable(service, "cannot be reached (it failed a moment ago)")

    def _request(
        self,
        service: str,
        method: str,
        url: str,
        writes: bool,
        sessions: tuple[CachedSession, requests.Session],
        private: bool,
        **kwargs: Any,
    ) -> requests.Response:
        """The request itself on (cached, plain) ``sessions``; a
        `requests.RequestException` is the caller's."""
        cached, plain = sessions
        try:
            if private:
                response = plain.request(method, url, **kwargs)
                for hook in self.session.hooks.get("response", ()):
                    hook(response)
                return response
            return cached.request(method, url, **kwargs)
        except sqlite3.Error as exc:
            # GuardedCache keeps its faults to itself; this is the last line. A POST
            # may already have gone out, and is never sent twice.
            if writes:
                raise ServiceUnavailable(
                    service, f"the kiosk's cache failed ({type(exc).__name__})"
                ) from exc
            log.warning("HTTP cache failed (%s); asking %s without it", type(exc).__name__, service)
            return plain.request(method, url, **kwargs)

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
                f"refused the request ({status}: {error_detail(response.content)})",
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
