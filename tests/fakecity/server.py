"""A fake city on 127.0.0.1: the real sample responses at the real API paths.

    with FakeCity() as city:
        http = CityHttp(endpoints=city.endpoints, ...)
        city.fault("/linkedevents/v1/event/", "500")        # every request to it
        city.fault("/servicemap/v2/unit/", "503", times=1)  # only the next one
        city.requests                                       # what arrived

Paths (one server, the real paths of each API; `Endpoints.local(city.url)`):

    GET  /servicemap/v2/unit/                 Service Map v2 unit page
    GET  /servicemap/v2/search/               search results (units)
    GET  /palvelukarttaws/rest/v4/unit/[ID]   TPR v4 unit list / one unit
    GET  /palvelukarttaws/rest/v4/accessibility_{sentence,shortage,viewpoint}/
    GET  /linkedevents/v1/event/[ID/]         event list / one event (with location)
    GET  /linkedevents/v1/place/[ID/], /linkedevents/v1/keyword/
    GET  /v4/library/ID, /v4/library          kirjastot.fi one library / list
    GET  /palautews/rest/v1/services.json     Open311 categories
    POST /palautews/rest/v1/requests.json     Open311 new request (api_key checked)
    GET  /palautews/rest/v1/requests.json, /palautews/rest/v1/requests/ID.json
    POST /api                                 OmaStadi GraphQL

Fault modes (per path prefix): "500", "503", "slow" (waits ``slow_s`` before
answering), "close" (headers, half the body, then the connection closes), "drop"
(closes without answering), "invalid_json", "empty", "html" (a 200 HTML page, as
from a captive portal), "die" (headers and half the body, then nothing more until
the server is stopped, when the connection closes: the server process dying in the
middle of an answer; ``held`` counts answers waiting so), "echo_400" / "echo_500" (an
error whose JSON body quotes the whole request back: path, query and body, as a
careless server might). ``respond(path, payload, status, headers)`` replaces an answer
for a test (``headers``: e.g. a ``Location`` for a redirect).

``FakeCity(port=N)`` listens on a given port, e.g. a new server where a stopped one
was, as a city server restarted at the same address.

`refused_url()` and `Blackhole` give a port that refuses connections and one that
never completes them (for connect timeouts).
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kiosk.services.http import Endpoints

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "city"
FAULTS = (
    "500",
    "503",
    "slow",
    "close",
    "drop",
    "invalid_json",
    "empty",
    "html",
    "die",
    "echo_400",
    "echo_500",
)
#: The fake Open311 accepts this key.
API_KEY = "test-api-key"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)

    @property
    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class _Fault:
    mode: str
    times: int | None = None  # None: always


@dataclass
class _State:
    faults: dict[str, _Fault] = field(default_factory=dict)
    overrides: dict[str, tuple[int, Any, dict[str, str]]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)
    slow_s: float = 2.0
    held: int = 0  # "die" answers half sent, waiting for the server to stop


def _routes() -> list[tuple[str, re.Pattern[str], Callable[..., tuple[int, Any]]]]:
    libraries = fixture("servicemap_tpr_v4_unit_list_libraries.json")
    tpr_units = {u["id"]: u for u in libraries}
    tpr_units[41102] = fixture("servicemap_tpr_v4_unit_41102.json")
    kallio = fixture("kirjastot_library_84860_with_schedules.json")
    event_list = fixture("linkedevents_event_list.json")
    event_detail = fixture("linkedevents_event_detail_include_location_keywords.json")
    place = fixture("linkedevents_place_detail.json")
    status_detail = fixture("feedback_open311_request_detail_extended.json")

    def tpr_unit(match: re.Match[str], **_: Any) -> tuple[int, Any]:
        unit = tpr_units.get(int(match["id"]))
        return (200, unit) if unit else (404, {"detail": "Not found."})

    def library(match: re.Match[str], **_: Any) -> tuple[int, Any]:
        if match["id"] == "84860":
            return 200, kallio
        return 404, {"type": "error", "message": "Not found"}

    def library_list(**_: Any) -> tuple[int, Any]:
        return 200, {"type": "library", "total": 1, "items": [kallio["data"]]}

    def event(match: re.Match[str], **_: Any) -> tuple[int, Any]:
        if match["id"] == event_detail["id"]:
            return 200, event_detail
        return 404, {"detail": "Not found."}

    def post_request(body: bytes, **_: Any) -> tuple[int, Any]:
        form = parse_qs(body.decode("utf-8"))
        if form.get("api_key") != [API_KEY]:
            return 400, [{"code": 400, "description": "Missing or Invalid API Key"}]
        if not form.get("service_code") or not form.get("description"):
            return 400, [{"code": 400, "description": "Service_code was not found."}]
        return 200, [{"service_request_id": secrets.token_hex(10), "service_notice": ""}]

    def request_status(match: re.Match[str], **_: Any) -> tuple[int, Any]:
        if match["id"] == status_detail["service_request_id"]:
            return 200, [status_detail]
        return 404, [{"code": 404, "description": "Service request was not found."}]

    def search(**_: Any) -> tuple[int, Any]:
        results = fixture("servicemap_v2_search_unit_results.json")
        return 200, {"count": len(results), "next": None, "previous": None, "results": results}

    def static(name: str) -> Callable[..., tuple[int, Any]]:
        return lambda **_: (200, fixture(name))

    routes: list[tuple[str, str, Callable[..., tuple[int, Any]]]] = [
        ("GET", r"/servicemap/v2/unit/", static("servicemap_v2_unit_page_libraries.json")),
        ("GET", r"/servicemap/v2/search/", search),
        ("GET", r"/palvelukarttaws/rest/v4/unit/?", lambda **_: (200, libraries)),
        ("GET", r"/palvelukarttaws/rest/v4/unit/(?P<id>\d+)/?", tpr_unit),
        (
            "GET",
            r"/palvelukarttaws/rest/v4/accessibility_sentence/?",
            static("servicemap_tpr_v4_accessibility_sentence_list.json"),
        ),
        (
            "GET",
            r"/palvelukarttaws/rest/v4/accessibility_shortage/?",
            static("servicemap_tpr_v4_accessibility_shortage_list.json"),
        ),
        (
            "GET",
            r"/palvelukarttaws/rest/v4/accessibility_viewpoint/?",
            static("servicemap_tpr_v4_accessibility_viewpoint_list.json"),
        ),
        ("GET", r"/linkedevents/v1/event/", lambda **_: (200, event_list)),
        ("GET", r"/linkedevents/v1/event/(?P<id>[^/]+)/", event),
        ("GET", r"/linkedevents/v1/place/", static("linkedevents_place_list.json")),
        ("GET", r"/linkedevents/v1/place/tprek:15417/", lambda **_: (200, place)),
        ("GET", r"/linkedevents/v1/keyword/", static("linkedevents_keyword_list.json")),
        ("GET", r"/v4/library/(?P<id>[^/]+)", library),
        ("GET", r"/v4/library/?", library_list),
        ("GET", r"/palautews/rest/v1/services\.json", static("feedback_open311_services_fi.json")),
        ("POST", r"/palautews/rest/v1/requests\.json", post_request),
        (
            "GET",
            r"/palautews/rest/v1/requests\.json",
            static("feedback_open311_requests_list.json"),
        ),
        ("GET", r"/palautews/rest/v1/requests/(?P<id>[A-Za-z0-9_-]+)\.json", request_status),
        (
            "POST",
            r"/api/?",
            static("omastadi_decidim_graphql_participatoryprocesses_docs_example.json"),
        ),
    ]
    return [(method, re.compile(pattern), handler) for method, pattern, handler in routes]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        state = self.server.state
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with state.lock:
            state.requests.append(
                Recorded(
                    method,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    dict(self.headers.items()),
                    body,
                )
            )
            fault = self._take_fault(parts.path)
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "slow" and state.stopping.wait(state.slow_s):
            return
        status, payload, headers = self._answer(method, parts.path, body)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        content_type = "application/json"
        if fault in ("echo_400", "echo_500"):
            status = int(fault[-3:])
            echo = f"{method} {self.path} {body.decode('utf-8', 'replace')}"
            data = json.dumps([{"code": status, "description": f"Invalid request: {echo}"}]).encode(
                "utf-8"
            )
        if fault == "500":
            status, data, content_type = 500, b"Internal Server Error", "text/plain"
        elif fault == "503":
            status, data, content_type = 503, b"Service Unavailable", "text/plain"
        elif fault == "invalid_json":
            data = data[: max(1, len(data) // 2)]
        elif fault == "empty":
            data = b""
        elif fault == "html":
            data, content_type = (
                b"<html><body>Please log in to the Wi-Fi</body></html>",
                "text/html",
            )
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if fault == "close":
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "die":
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            with state.lock:
                state.held += 1
            try:
                state.stopping.wait()  # the rest never comes: the server goes away
            finally:
                with state.lock:
                    state.held -= 1
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(data)

    def _take_fault(self, path: str) -> str | None:
        state = self.server.state
        for prefix in sorted(state.faults, key=len, reverse=True):
            if path.startswith(prefix):
                fault = state.faults[prefix]
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        del state.faults[prefix]
                return fault.mode
        return None

    def _answer(self, method: str, path: str, body: bytes) -> tuple[int, Any, dict[str, str]]:
        override = self.server.state.overrides.get(path)
        if override is not None:
            return override
        for route_method, pattern, handler in self.server.routes:
            match = pattern.fullmatch(path)
            if match and route_method == method:
                return (*handler(match=match, body=body), {})
        return 404, {"detail": f"no such path in the fake city: {method} {path}"}, {}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: _State, port: int = 0) -> None:
        self.state = state
        self.routes = _routes()
        super().__init__(("127.0.0.1", port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (timeouts, faults) is expected here


class FakeCity:
    """The fake city server (see the module docstring). ``slow_s``: how long the
    "slow" fault waits; make it longer than the client's read timeout. ``port``: 0
    for any free port."""

    def __init__(self, slow_s: float = 2.0, port: int = 0) -> None:
        self._state = _State(slow_s=slow_s)
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FakeCity:
        self._server = _Server(self._state, self._port)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._state.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> FakeCity:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start the fake city first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints.local(self.url)

    @property
    def port(self) -> int:
        assert self._server is not None, "start the fake city first"
        return int(self._server.server_address[1])

    @property
    def held(self) -> int:
        """How many "die" answers are half sent and waiting for the server to stop."""
        with self._state.lock:
            return self._state.held

    # -- control -------------------------------------------------------------------------

    def fault(self, path_prefix: str, mode: str, *, times: int | None = None) -> None:
        if mode not in FAULTS:
            raise ValueError(f"unknown fault {mode!r}; use one of {FAULTS}")
        with self._state.lock:
            self._state.faults[path_prefix] = _Fault(mode, times)

    def clear_faults(self) -> None:
        with self._state.lock:
            self._state.faults.clear()

    def respond(
        self, path: str, payload: Any, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        """Answer ``path`` (exact) with ``payload`` (JSON-able, or bytes as they are),
        ``status`` and extra ``headers``."""
        with self._state.lock:
            self._state.overrides[path] = (status, payload, dict(headers or {}))

    def redirect(self, path: str, location: str, status: int = 307) -> None:
        """Answer ``path`` (exact) with a redirect to ``location``."""
        self.respond(path, b"", status, {"Location": location})

    @property
    def slow_s(self) -> float:
        return self._state.slow_s

    @slow_s.setter
    def slow_s(self, value: float) -> None:
        self._state.slow_s = value

    @property
    def requests(self) -> list[Recorded]:
        with self._state.lock:
            return list(self._state.requests)

    def count(self, path_prefix: str = "/", method: str | None = None) -> int:
        return sum(
            1
            for r in self.requests
            if r.path.startswith(path_prefix) and (method is None or r.method == method)
        )

    def reset_requests(self) -> None:
        with self._state.lock:
            self._state.requests.clear()

    def reset(self) -> None:
        """No faults, no replaced answers, no recorded requests."""
        with self._state.lock:
            self._state.faults.clear()
            self._state.overrides.clear()
            self._state.requests.clear()


def refused_url() -> str:
    """An address where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class Blackhole:
    """A port whose accept queue is full, so new connections hang until the client's
    connect timeout, like a dead route or a firewall that drops packets (Linux)."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port = self._listener.getsockname()[1]
        self._fillers: list[socket.socket] = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", self.port))
            self._fillers.append(filler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        for filler in self._fillers:
            filler.close()
        self._listener.close()

    def __enter__(self) -> Blackhole:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
