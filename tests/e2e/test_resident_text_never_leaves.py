"""Resident text never leaves the session: canaries typed into every service call that
carries resident text (a library name search, a feedback send with contact details, a
feedback status look-up), under every way the city can answer (ok, a 4xx and a 5xx
whose body quotes the request back, a connection dropped, refused, a read timeout, a
connect timeout), then looked for everywhere the kiosk writes:

- the log file and the stderr stream (the kiosk's real handlers, at DEBUG, so urllib3
  and requests-cache say everything they would), or the journal-bound stream under
  systemd;
- the HTTP cache's SQLite file and its -wal and -shm files, and every other file in
  the data folder;
- the metrics text;
- every exception a call raised: its text (the UI runner logs ``%s: %s`` of it and
  hands it on as the failure reason) and its whole traceback, causes included;
- what the services and the HTTP layer tell the staff panel (``problem``).

The Open311 API key (a secret, registered as the app does) may appear only as
``…last4``. Real parts throughout: the fake city over loopback, a refused port, a port
that never accepts, real requests-cache SQLite, real logging handlers."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from fakecity.server import API_KEY, Blackhole, FakeCity, fixture, refused_url
from log_helpers import root_logging_restored, stream_id

from kiosk.core.logs import add_secrets, setup_logging
from kiosk.core.metrics import MeteredServices, Metrics
from kiosk.services.http import Endpoints
from kiosk.services.live import LiveServices
from kiosk.services.snapshot import Snapshot
from kiosk.services.transport import CityHttp

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "assets" / "snapshot"
SEARCH = "Kanarialintu Qz7 kirjasto"
DESCRIPTION = "KanariaPalaute Xq9: penkki on rikki"
CONTACT = {
    "first_name": "Kanarianna",
    "last_name": "Lintunen-Wq5",
    "email": "kanaria.z8k@example.org",
    "phone": "0407770777",
}
REQUEST_ID = "kanariaPyynto3k"
CANARIES = [
    "Kanarialintu",
    "Qz7",
    "KanariaPalaute",
    "Xq9",
    "Kanarianna",
    "Lintunen-Wq5",
    "kanaria.z8k@example.org",
    "0407770777",
    REQUEST_ID,
    API_KEY,
]
MODES = ("ok", "echo_400", "echo_500", "drop", "refused", "read_timeout", "connect_timeout")
CALLS = {
    "libraries.search": {"name": SEARCH},
    "feedback.send": {
        "service_code": "172",
        "description": DESCRIPTION,
        "consent": True,
        "contact": CONTACT,
    },
    "feedback.status": {"request": REQUEST_ID},
}
SEND_PATH = "/palautews/rest/v1/requests"


def spellings(canary: str) -> set[bytes]:
    """The canary as it may be written: as it is, and as a URL or a form encodes it."""
    return {
        v.encode("utf-8")
        for v in (canary, quote(canary), quote_plus(canary), quote(canary, safe=""))
    }


def leaks(data: bytes) -> list[str]:
    return [c for c in CANARIES if any(s in data for s in spellings(c))]


@pytest.fixture
def city() -> Iterator[FakeCity]:
    with FakeCity(slow_s=1.5) as server:
        status = fixture("feedback_open311_request_detail_extended.json")
        server.respond(
            f"{SEND_PATH}/{REQUEST_ID}.json", [{**status, "service_request_id": REQUEST_ID}]
        )
        yield server


@pytest.fixture
def blackhole() -> Iterator[Blackhole]:
    with Blackhole() as hole:
        yield hole


@pytest.fixture
def kiosk_logging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[tuple[Path, Path | None]]:
    """The kiosk's own logging at DEBUG; stderr goes to a file (the journal under
    systemd). Yields (stderr file, log file or None)."""
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("w", encoding="utf-8") as stderr, root_logging_restored():
        monkeypatch.setattr("sys.stderr", stderr)
        if request.param == "journal":
            monkeypatch.setenv("JOURNAL_STREAM", stream_id(stderr))
        else:
            monkeypatch.delenv("JOURNAL_STREAM", raising=False)
        log_file = setup_logging(tmp_path / "data" / "logs", level=logging.DEBUG)
        assert (log_file is None) is (request.param == "journal")
        add_secrets(API_KEY)  # as the app does once the config is read
        yield stderr_path, log_file


def services_for(
    mode: str, city: FakeCity, blackhole: Blackhole, cache: Path, metrics: Metrics
) -> tuple[MeteredServices, CityHttp]:
    if mode == "refused":
        endpoints = Endpoints.local(refused_url())
    elif mode == "connect_timeout":
        endpoints = Endpoints.local(blackhole.url)
    else:
        endpoints = city.endpoints
    city.clear_faults()
    fault = {
        "echo_400": "echo_400",
        "echo_500": "echo_500",
        "drop": "drop",
        "read_timeout": "slow",
    }.get(mode)
    if fault:
        for prefix in ("/v4/library", SEND_PATH):
            city.fault(prefix, fault)
    http = CityHttp(
        endpoints=endpoints,
        connect_timeout_s=0.3,
        read_timeout_s=0.5,
        backoff_s=0.01,
        cache_path=cache,
    )
    live = LiveServices(
        http,
        Snapshot(SNAPSHOT),
        library_id=84860,
        latitude=60.1837,
        longitude=24.9536,
        open311_api_key=API_KEY,
        answer_within_s=None,
    )
    return MeteredServices(live, metrics), http


@pytest.mark.parametrize("kiosk_logging", ["file", "journal"], indirect=True)
def test_canaries_reach_no_log_cache_file_data_file_metric_or_error(
    tmp_path: Path, city: FakeCity, blackhole: Blackhole, kiosk_logging: tuple[Path, Path | None]
) -> None:
    stderr_path, log_file = kiosk_logging
    data = tmp_path / "data"
    cache = data / "cache" / "http-cache.sqlite"
    metrics = Metrics(port=0)
    runner_log = logging.getLogger("kiosk.ui.runner")
    outcomes: dict[tuple[str, str], str] = {}
    for mode in MODES:
        services, http = services_for(mode, city, blackhole, cache, metrics)
        services.call("libraries.week", {"library": "here"}, "fi")  # public: cached
        for name, params in CALLS.items():
            try:
                result = services.call(name, params, "fi")
            except Exception as exc:  # noqa: BLE001 - what the UI runner does with it
                runner_log.warning("service call failed: %s: %s", type(exc).__name__, exc)
                runner_log.debug("the same with its traceback", exc_info=exc)
                text = f"{type(exc).__name__}: {exc}\n" + "".join(traceback.format_exception(exc))
                assert leaks(text.encode()) == [], (name, mode, text)
                outcomes[name, mode] = type(exc).__name__
            else:
                outcomes[name, mode] = (
                    "ok" if getattr(result, "source_date", None) is None else "offline"
                )
        # What the staff panel shows (each part's ``problem``).
        for part in (services, http):
            assert leaks(str(part.problem).encode()) == [], (mode, part.problem)
        # Before the connections close: SQLite's WAL still holds the latest writes.
        cache_files = [
            cache,
            cache.with_name(cache.name + "-wal"),
            cache.with_name(cache.name + "-shm"),
        ]
        assert all(p.is_file() for p in cache_files), [p.name for p in cache_files]
        for path in cache_files:
            assert leaks(path.read_bytes()) == [], (mode, path.name)
        http.close()

    # Every path was really taken.
    assert outcomes["libraries.search", "ok"] == "ok"
    assert outcomes["feedback.send", "ok"] == "ok"
    assert outcomes["feedback.status", "ok"] == "ok"
    assert outcomes["feedback.send", "echo_400"] == "ServiceRejected"
    assert outcomes["feedback.send", "echo_500"] == "ServiceUnavailable"
    assert outcomes["libraries.search", "refused"] == "offline"
    assert outcomes["feedback.status", "connect_timeout"] == "ServiceUnavailable"
    sent = [r for r in city.requests if r.path == f"{SEND_PATH}.json" and r.method == "POST"]
    assert sent and any(DESCRIPTION in r.form["description"][0] for r in sent)
    echoed = [r for r in city.requests if r.param("name") == SEARCH]
    assert len(echoed) >= 3  # the search really carried the canary to the city

    # The cache was used (a public answer is in it) and holds no resident text.
    assert b"84860" in cache.read_bytes()
    written = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert any(p.suffix == ".log" for p in written) is (log_file is not None)
    for path, content in written.items():
        assert leaks(content) == [], path
    streamed = stderr_path.read_bytes()
    assert leaks(streamed) == []
    assert b"Retrying" in streamed or log_file is not None  # urllib3 spoke, and was cut
    lines = streamed + (log_file.read_bytes() if log_file else b"")
    assert b"/v4/library?\xe2\x80\xa6" in lines  # the query was there, and was cut
    assert b"service call failed" in lines
    assert leaks(metrics.exposition().encode()) == []
    print(
        f"{len(outcomes)} calls; {len(written)} files in the data folder, "
        f"{len(lines)} bytes of log; outcomes: {sorted(set(outcomes.values()))}"
    )
