""" "Ask for help" against a real HTTP server on 127.0.0.1: the body, the headers, the
dedupe, and every way delivery can fail (500, refused, timeout), which must come back
as a result, never an exception."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk import __version__
from kiosk.core.clock import FixedClock
from kiosk.core.config import Config
from kiosk.staff.help_request import HelpDedupe, HelpNotifier, HelpResult

CANARY = "Maija Meikäläinen 040-1234567"


class Hook:
    """A webhook receiver. ``statuses`` are answered in turn (the last one repeats);
    ``delay`` makes it wait before answering."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.statuses = [200]
        self.delay = 0.0
        self.release = threading.Event()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                hook.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                if hook.delay:
                    hook.release.wait(hook.delay)
                index = min(len(hook.requests), len(hook.statuses)) - 1
                try:
                    self.send_response(hook.statuses[index])
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:  # the client gave up waiting
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/kiosk-help"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hook]:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    server = Hook()
    yield server
    server.stop()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2024, 1, 15, 14, 5, 9))


def notifier(url: str, clock: FixedClock, **options) -> tuple[HelpNotifier, list[float]]:
    slept: list[float] = []
    options.setdefault("retries", 2)
    options.setdefault("timeout_s", 2.0)
    return HelpNotifier(
        url, "kallio-1", "Kallion kirjasto", clock=clock, sleep=slept.append, **options
    ), slept


def test_delivers_the_agreed_json(hook: Hook, clock: FixedClock) -> None:
    sender, slept = notifier(hook.url, clock)
    result = sender.send("library-hours", "name")
    assert result == HelpResult(True, 1, None, 200)
    assert slept == []
    (request,) = hook.requests
    assert request["path"] == "/kiosk-help"
    assert json.loads(request["body"]) == {
        "kiosk_id": "kallio-1",
        "place": "Kallion kirjasto",
        "flow_id": "library-hours",
        "step_id": "name",
        "time": "2024-01-15T14:05:09+02:00",
    }
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["content-type"] == "application/json; charset=utf-8"
    assert headers["user-agent"] == f"helsinki-kiosk/{__version__}"
    assert len(headers["x-kiosk-request-id"]) == 32


def test_summer_time_is_helsinki_time(hook: Hook) -> None:
    sender, _ = notifier(hook.url, FixedClock(datetime(2024, 7, 1, 9, 0)))
    assert sender.send(None, None).delivered
    body = json.loads(hook.requests[0]["body"])
    assert body["time"] == "2024-07-01T09:00:00+03:00"
    assert body["flow_id"] is None and body["step_id"] is None


def test_free_text_never_leaves_the_kiosk(hook: Hook, clock: FixedClock) -> None:
    sender, _ = notifier(hook.url, clock)
    assert sender.send(CANARY, f"name {CANARY}").delivered
    body = hook.requests[0]["body"].decode()
    assert "Maija" not in body and "040" not in body
    assert json.loads(body)["flow_id"] is None


def test_from_config_uses_the_help_section(hook: Hook, clock: FixedClock) -> None:
    from dataclasses import replace

    config = Config()
    config = replace(config, help=replace(config.help, webhook_url=hook.url, retries=0))
    sender = HelpNotifier.from_config(config, clock)
    assert sender.retries == 0 and sender.timeout_s == pytest.approx(5.0)
    assert sender.send("library-hours", "which").delivered
    assert json.loads(hook.requests[0]["body"])["place"] == "Kallion kirjasto"


def test_server_error_is_retried_then_reported(hook: Hook, clock: FixedClock) -> None:
    hook.statuses = [500]
    sender, slept = notifier(hook.url, clock, retries=2)
    result = sender.send("library-hours", "name")
    assert result == HelpResult(False, 3, "HTTP 500", 500)
    assert len(hook.requests) == 3
    assert slept == [0.5, 1.0]  # a short, growing pause between tries
    ids = {r["headers"]["X-Kiosk-Request-Id"] for r in hook.requests}
    assert len(ids) == 1  # the receiver can tell the retries are one request


def test_a_retry_that_works_delivers(hook: Hook, clock: FixedClock) -> None:
    hook.statuses = [503, 200]
    sender, _ = notifier(hook.url, clock)
    assert sender.send("library-hours", "name") == HelpResult(True, 2, None, 200)


def test_client_error_is_not_retried(hook: Hook, clock: FixedClock) -> None:
    hook.statuses = [404]
    sender, _ = notifier(hook.url, clock)
    result = sender.send("library-hours", "name")
    assert not result.delivered and result.reason == "HTTP 404"
    assert len(hook.requests) == 1


def test_connection_refused(clock: FixedClock) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    sender, slept = notifier(f"http://127.0.0.1:{port}/help", clock, retries=1)
    result = sender.send("library-hours", "name")
    assert result == HelpResult(False, 2, "connection failed")
    assert slept == [0.5]


def test_timeout(hook: Hook, clock: FixedClock) -> None:
    hook.delay = 5.0
    sender, _ = notifier(hook.url, clock, retries=1, timeout_s=0.5)
    started = time.monotonic()
    result = sender.send("library-hours", "name")
    took = time.monotonic() - started
    assert result == HelpResult(False, 2, "timed out")
    assert len(hook.requests) == 2
    assert took < 4.0


def test_not_configured(clock: FixedClock) -> None:
    sender, _ = notifier("", clock)
    assert not sender.enabled
    assert sender.send("library-hours", "name") == HelpResult(False, 0, "not configured")


def test_a_bad_address_is_a_result(clock: FixedClock) -> None:
    sender, _ = notifier("http://[::1", clock)
    result = sender.send("library-hours", "name")
    assert not result.delivered and result.reason


def test_send_never_raises(clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    sender, _ = notifier("http://127.0.0.1:9/", clock)

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("surprise")

    monkeypatch.setattr("requests.Session.post", boom)
    result = sender.send("library-hours", "name")
    assert not result.delivered and "RuntimeError" in (result.reason or "")


# --------------------------------------------------------------------------- dedupe


def press(dedupe: HelpDedupe, sender: HelpNotifier) -> bool:
    """What the UI does on a press: ask the dedupe, send in the 'worker', report back."""
    if not dedupe.request("library-hours", "name"):
        return False
    dedupe.sent(sender.send("library-hours", "name"))
    return True


def test_repeated_presses_within_a_minute_send_once(hook: Hook, clock: FixedClock) -> None:
    sender, _ = notifier(hook.url, clock)
    dedupe = HelpDedupe(clock)
    assert press(dedupe, sender)
    clock.advance(10)
    assert not press(dedupe, sender)
    clock.advance(49)
    assert not press(dedupe, sender)
    assert len(hook.requests) == 1
    assert dedupe.pending and dedupe.last_result and dedupe.last_result.delivered
    clock.advance(1)  # a minute after the sent request: the staff are reminded
    assert press(dedupe, sender)
    assert len(hook.requests) == 2


def test_staff_entering_helper_mode_clears_the_request(hook: Hook, clock: FixedClock) -> None:
    sender, _ = notifier(hook.url, clock)
    dedupe = HelpDedupe(clock)
    assert not dedupe.pending
    press(dedupe, sender)
    assert dedupe.clear() is True
    assert not dedupe.pending
    assert dedupe.clear() is False
    clock.advance(5)
    assert press(dedupe, sender)  # a new request after staff left sends at once
    assert len(hook.requests) == 2


def test_a_failed_delivery_does_not_hold_back_the_next_press(clock: FixedClock) -> None:
    dedupe = HelpDedupe(clock)
    assert dedupe.request()
    dedupe.sent(HelpResult(False, 3, "timed out"))
    clock.advance(5)
    assert dedupe.request()


def test_a_press_while_sending_is_not_sent_again(clock: FixedClock) -> None:
    dedupe = HelpDedupe(clock)
    assert dedupe.request()
    assert dedupe.last_result is None
    clock.advance(120)  # a slow network: still on its way
    assert not dedupe.request()
    dedupe.sent(HelpResult(True, 1, None, 200))
    assert not dedupe.request()


def test_a_send_that_never_reports_back_does_not_block_for_ever(clock: FixedClock) -> None:
    dedupe = HelpDedupe(clock, max_send_s=600)
    assert dedupe.request()
    clock.advance(599)
    assert not dedupe.request()
    clock.advance(1)  # the worker must have died: let the resident try again
    assert dedupe.request()
