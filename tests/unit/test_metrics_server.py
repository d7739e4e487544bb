"""The metrics endpoint's own server (kiosk.core.metrics_http) over real loopback
sockets: one thread however many connections, only /metrics, no ``_created`` series,
and the PIN failure counter."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.core.metrics import Metrics, NullMetrics

HALF_OPEN = 600


@pytest.fixture
def served() -> Iterator[tuple[Metrics, int]]:
    metrics = Metrics("127.0.0.1", 0)
    port = metrics.start_server()
    assert port
    yield metrics, port
    metrics.stop_server()


def fetch(port: int, path: str, method: str = "GET") -> tuple[int, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode("utf-8")


def metrics_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name.startswith("metrics"))


def test_600_half_open_connections_make_no_threads_and_a_scrape_still_works(
    served: tuple[Metrics, int],
) -> None:
    _metrics, port = served
    before = threading.active_count()
    clients: list[socket.socket] = []
    try:
        for number in range(HALF_OPEN):
            client = socket.create_connection(("127.0.0.1", port), timeout=5)
            clients.append(client)
            if number % 2:  # half of them start a request and never finish it
                client.sendall(b"GET /metrics HTTP/1.1\r\nHost: kiosk\r\n")
        time.sleep(0.5)  # let the server accept them all
        during = threading.active_count()
        started = time.monotonic()
        status, text = fetch(port, "/metrics")
        scrape_s = time.monotonic() - started
    finally:
        for client in clients:
            client.close()
    print(
        f"threads before {before}, with {HALF_OPEN} half-open connections {during}; "
        f"a scrape took {scrape_s * 1000:.1f} ms"
    )
    assert during <= before + 1, (before, during)
    assert metrics_threads() == 1
    assert status == 200 and "kiosk_up 1.0" in text
    assert scrape_s < 2.0


def test_only_metrics_is_served(served: tuple[Metrics, int]) -> None:
    _metrics, port = served
    assert fetch(port, "/metrics")[0] == 200
    assert fetch(port, "/metrics?name[]=kiosk_up")[0] == 200
    for path in ("/", "/other", "/metrics/", "/metricsx", "/../metrics", "/favicon.ico"):
        assert fetch(port, path)[0] == 404, path
    assert fetch(port, "/metrics", method="POST")[0] == 405
    status, body = fetch(port, "/metrics", method="HEAD")
    assert (status, body) == (200, "")


def test_garbage_and_silence_are_closed_without_harm(served: tuple[Metrics, int]) -> None:
    _metrics, port = served
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(b"\x16\x03\x01 not http at all\r\n\r\n")
        assert client.recv(100).startswith(b"HTTP/1.1 400")
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(b"GET /metrics HTTP/1.1\r\nX: " + b"a" * 10_000 + b"\r\n\r\n")
        with contextlib.suppress(ConnectionResetError):
            assert client.recv(100) == b""  # too long: closed, no answer
    assert fetch(port, "/metrics")[0] == 200


def test_a_silent_client_is_dropped_after_the_timeout() -> None:
    from kiosk.core.metrics_http import MetricsHttpServer

    server = MetricsHttpServer(
        "127.0.0.1", 0, lambda: (b"x\n", "text/plain"), request_timeout_s=0.2
    )
    port = server.start()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            started = time.monotonic()
            assert client.recv(100) == b""
            assert time.monotonic() - started < 2.0
    finally:
        server.stop()
    assert metrics_threads() == 0


def test_no_created_series(served: tuple[Metrics, int]) -> None:
    metrics, port = served
    metrics.session_started()
    metrics.flow_started("library-hours")
    metrics.flow_completed("library-hours")
    metrics.pin_failed("staff")
    text = fetch(port, "/metrics")[1]
    assert "kiosk_flows_started_total" in text
    assert "_created" not in text
    assert "_created" not in metrics.exposition()


def test_pin_failures_are_counted_by_role_only() -> None:
    metrics = Metrics(port=0)
    values = {
        (s.name, tuple(s.labels.items())): s.value
        for f in text_string_to_metric_families(metrics.exposition())
        for s in f.samples
    }
    assert values[("kiosk_pin_failures_total", (("role", "staff"),))] == 0
    assert values[("kiosk_pin_failures_total", (("role", "admin"),))] == 0
    metrics.pin_failed("staff")
    metrics.pin_failed("staff")
    metrics.pin_failed("admin")
    metrics.pin_failed("1234")  # never digits in a label
    text = metrics.exposition()
    values = {
        (s.name, tuple(s.labels.items())): s.value
        for f in text_string_to_metric_families(text)
        for s in f.samples
    }
    assert values[("kiosk_pin_failures_total", (("role", "staff"),))] == 2
    assert values[("kiosk_pin_failures_total", (("role", "admin"),))] == 1
    assert values[("kiosk_pin_failures_total", (("role", "other"),))] == 1
    assert "1234" not in text
    NullMetrics().pin_failed("staff")  # the switched-off metrics take the call too


def test_stop_ends_the_thread_and_frees_the_port() -> None:
    metrics = Metrics("127.0.0.1", 0)
    port = metrics.start_server()
    assert port and metrics_threads() == 1
    metrics.stop_server()
    assert metrics_threads() == 0
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
