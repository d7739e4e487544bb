"""When help is not answered, the broker is down or someone is not who they say
(issue 16, point 1 and the Done-means): escalation with the webhook, expiring claims, a
stopped or silent broker that never holds the kiosk up, a bounded queue, and a
Mosquitto ACL that keeps one kiosk from speaking for another."""

from __future__ import annotations

import gc
import json
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import replace
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from fleet_broker import ACL, Broker, wait_for
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.core.clock import FixedClock
from kiosk.core.config import Config, FleetConfig, HelpConfig, KioskConfig
from kiosk.fleet.connection import BrokerSettings
from kiosk.fleet.desk_client import DeskClient
from kiosk.fleet.kiosk_client import HelpEvent, KioskFleet
from kiosk.fleet.messages import HelpInfo, KioskStatus
from kiosk.staff.help_request import HelpNotifier

#: Any call a kiosk makes on its fleet client returns within this (the GUI thread).
INSTANT_S = 0.05


@pytest.fixture
def webhook():
    """A help webhook that records what it is sent."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", 0))
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/help", received
    server.shutdown()
    server.server_close()


def desk(broker: Broker, **settings) -> DeskClient:
    client = DeskClient(broker.settings(**settings), ("kallio",))
    client.start()
    return client


def timed(call) -> float:
    started = time.monotonic()
    call()
    return time.monotonic() - started


def test_an_unclaimed_request_escalates_and_goes_to_the_webhook_too(broker, webhook, stop_after):
    from kiosk.app import build_fleet

    url, received = webhook
    clock = FixedClock(datetime(2026, 3, 2, 10, 0))
    config = replace(
        Config(),
        kiosk=KioskConfig(id="kallio-1"),
        fleet=FleetConfig(enabled=True, broker="127.0.0.1", port=broker.port, place="kallio"),
        help=HelpConfig(webhook_url=url, escalate_after_s=120, claim_expire_s=600),
    )
    fleet = build_fleet(config, clock, HelpNotifier.from_config(config, clock))
    assert fleet is not None
    events: list[HelpEvent] = []
    fleet.on_event = events.append
    fleet.start()
    stop_after(fleet)
    alerts: list[str] = []
    watcher = desk(broker)
    watcher.on_alert = lambda state, why: alerts.append(why)
    stop_after(watcher)
    wait_for(lambda: fleet.connected and watcher.view.connected)
    fleet.request_help(HelpInfo("library-hours", "which", "sv"))
    wait_for(lambda: watcher.view.requests)
    assert watcher.view.requests[0].state.attempt == 1
    clock.advance(119)
    time.sleep(0.8)  # two ticks of the fleet's worker: not yet
    assert not watcher.view.requests[0].state.escalated and received == []

    clock.advance(2)
    wait_for(lambda: watcher.view.requests[0].state.escalated)
    assert watcher.view.requests[0].state.attempt == 2
    assert alerts == ["new", "escalated"]  # the desks chime again
    wait_for(lambda: received)
    assert received[0]["kiosk_id"] == "kallio-1" and received[0]["escalated"] is True
    assert (received[0]["flow_id"], received[0]["step_id"]) == ("library-hours", "which")
    assert fleet.escalations == 1

    # Claimed, but nobody comes: the claim expires and the request is open again.
    watcher.claim(watcher.view.requests[0].key, "Aino")
    wait_for(lambda: [e.kind for e in events] == ["claimed"])
    clock.advance(601)
    wait_for(lambda: [e.kind for e in events] == ["claimed", "expired"])
    wait_for(lambda: watcher.view.requests[0].state.claimed_by is None)
    assert len(received) == 1  # escalated once only


def test_a_stopped_broker_never_holds_the_kiosk_up_and_requests_arrive_after(broker, stop_after):
    fleet = KioskFleet(broker.settings(), "kallio-1", "kallio", place_name="Kallio")
    fleet.start()
    stop_after(fleet)
    wait_for(lambda: fleet.connected)
    broker.stop()
    wait_for(lambda: not fleet.connected)
    sent: list[bool] = []
    calls = [
        lambda: fleet.set_status(KioskStatus("kallio-1", "kallio", "session")),
        lambda: fleet.request_help(HelpInfo("library-hours", "which", "fi"), sent.append),
        lambda: fleet.request_help(HelpInfo(None, None, "en"), sent.append),
    ]
    assert max(timed(call) for call in calls) < INSTANT_S
    wait_for(lambda: sent == [False, False])  # told at once: go to the desk meanwhile
    wait_for(lambda: fleet.problem and "cannot reach the broker" in fleet.problem)
    assert fleet.open_count == 2

    broker.start()  # the same port, and no retained messages: a fresh broker
    wait_for(lambda: fleet.connected, timeout=20)
    late = desk(broker)
    stop_after(late)
    view = wait_for(lambda: len(late.view.requests) == 2 and late.view)
    assert sorted(r.state.lang for r in view.requests) == ["en", "fi"]
    wait_for(lambda: [k.state for k in late.view.kiosks] == ["session"])
    assert fleet.problem is None


def test_the_queue_for_a_broker_that_is_down_is_bounded(broker, stop_after):
    fleet = KioskFleet(broker.settings(queue_max=10), "kallio-1", "kallio")
    fleet.start()
    stop_after(fleet)
    wait_for(lambda: fleet.connected)
    broker.stop()
    wait_for(lambda: not fleet.connected)
    conn = fleet.connection
    for n in range(25):
        fleet.connection.call(
            lambda n=n: conn.send(f"kiosk/kallio/kallio-1/help/{n:08x}", b"x", retain=True)
        )
    wait_for(lambda: fleet.queued == 10)
    assert fleet.dropped == 15
    assert "10 message(s) waiting; 15 dropped" in (fleet.problem or "")
    broker.start()
    wait_for(lambda: fleet.connected and fleet.queued == 0, timeout=20)
    # The newest ten reached the broker (retained, so a late reader sees which).
    seen: set[str] = set()
    reader = raw_client(broker, "reader")
    reader.on_message = lambda _c, _u, msg: seen.add(msg.topic.rsplit("/", 1)[1])
    reader.subscribe("kiosk/kallio/kallio-1/help/+", qos=1)
    try:
        wait_for(lambda: len(seen) == 10)
        time.sleep(0.2)
        assert seen == {f"{n:08x}" for n in range(15, 25)}
    finally:
        reader.loop_stop()
        reader.disconnect()


def test_a_silent_broker_never_holds_the_kiosk_up(stop_after):
    """A broker that takes the connection and never answers (a hung server, a
    firewall that swallows packets): the kiosk goes on at once."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        settings = BrokerSettings("127.0.0.1", silent.getsockname()[1], keepalive_s=5)
        fleet = KioskFleet(settings, "kallio-1", "kallio")
        start = timed(fleet.start)
        sent: list[bool] = []
        took = timed(lambda: fleet.request_help(HelpInfo(None, None, "fi"), sent.append))
        took = max(
            took, timed(lambda: fleet.set_status(KioskStatus("kallio-1", "kallio", "attract")))
        )
        assert max(start, took) < INSTANT_S
        wait_for(lambda: sent == [False])
        assert not fleet.connected
        assert timed(lambda: fleet.stop(timeout=2)) < 7  # bounded, even mid-connect
    finally:
        silent.close()


def raw_client(
    broker: Broker, client_id: str, user: str | None = None, password: str | None = None
) -> mqtt.Client:
    """A plain paho client, connected (fails the test if the broker refuses)."""
    client = mqtt.Client(callback_api_version=CallbackAPIVersion.VERSION2, client_id=client_id)
    if user:
        client.username_pw_set(user, password)
    connected = threading.Event()
    client.on_connect = lambda _c, _u, _f, code, _p: (not code.is_failure) and connected.set()
    client.connect("127.0.0.1", broker.port, 10)
    client.loop_start()
    assert connected.wait(5), f"{client_id} was not let in"
    return client


USERS = {"kallio-1": "pw-k1", "kallio-2": "pw-k2", "desk-kallio": "pw-desk"}


def test_the_acl_keeps_a_kiosk_from_speaking_for_another(make_broker, stop_after):
    broker = make_broker(users=USERS, acl=ACL)
    watcher = desk(broker, username="desk-kallio", password="pw-desk")
    stop_after(watcher)
    honest = KioskFleet(
        broker.settings(username="kallio-1", password="pw-k1"), "kallio-1", "kallio"
    )
    honest.start()
    stop_after(honest)
    honest.set_status(KioskStatus("kallio-1", "kallio", "attract"))
    wait_for(lambda: [k.kiosk for k in watcher.view.kiosks] == ["kallio-1"])

    # kallio-1's own login, trying to say that kallio-2 is offline, and to claim a
    # request of kallio-1 as if it were a desk.
    forger = raw_client(broker, "forger", "kallio-1", "pw-k1")
    try:
        forged = KioskStatus("kallio-2", "kallio", "offline").to_json()
        forger.publish("kiosk/kallio/kallio-2/status", forged, qos=1, retain=True).wait_for_publish(
            5
        )
        own = KioskStatus("kallio-1", "kallio", "session").to_json()
        forger.publish("kiosk/kallio/kallio-1/status", own, qos=1, retain=True).wait_for_publish(5)
    finally:
        forger.loop_stop()
        forger.disconnect()
    # Messages of one client arrive in order: once its own status is here, the forged
    # one would have been too.
    wait_for(lambda: [k.state for k in watcher.view.kiosks] == ["session"])
    assert [k.kiosk for k in watcher.view.kiosks] == ["kallio-1"]
    late = desk(broker, username="desk-kallio", password="pw-desk")
    stop_after(late)
    wait_for(lambda: late.view.kiosks)
    time.sleep(0.2)
    assert [k.kiosk for k in late.view.kiosks] == ["kallio-1"]  # nothing forged retained

    # A desk may claim, but not speak for a kiosk either.
    desk_login = raw_client(broker, "desk-raw", "desk-kallio", "pw-desk")
    try:
        offline = KioskStatus("kallio-1", "kallio", "offline").to_json()
        desk_login.publish("kiosk/kallio/kallio-1/status", offline, qos=1).wait_for_publish(5)
    finally:
        desk_login.loop_stop()
        desk_login.disconnect()
    time.sleep(0.3)
    assert [k.state for k in watcher.view.kiosks] == ["session"]

    # And the ACL lets the real work through: a request, a claim, "I'm coming".
    events: list[HelpEvent] = []
    honest.on_event = events.append
    honest.request_help(HelpInfo(None, None, "fi"))
    wait_for(lambda: watcher.view.requests)
    watcher.claim(watcher.view.requests[0].key, "Aino")
    wait_for(lambda: [e.kind for e in events] == ["claimed"])
    wait_for(lambda: watcher.view.requests[0].mine)


def test_a_wrong_password_is_told_to_staff_and_it_never_gets_in(make_broker, stop_after):
    broker = make_broker(users=USERS, acl=ACL)
    fleet = KioskFleet(broker.settings(username="kallio-1", password="wrong"), "kallio-1", "kallio")
    fleet.start()
    stop_after(fleet)
    wait_for(lambda: fleet.problem and "refused" in fleet.problem)
    assert not fleet.connected
    assert "Not authorized" in fleet.problem or "Bad user name or password" in fleet.problem


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA and a server certificate for 127.0.0.1 signed by it: (ca, cert, key)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    folder.mkdir(parents=True, exist_ok=True)

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=folder, check=True, capture_output=True)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-days",
        "2",
        "-subj",
        "/CN=Kiosk test CA",
    )
    run(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    )
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.crt",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    )
    return folder / "ca.crt", folder / "server.crt", folder / "server.key"


# paho-mqtt leaves the socket of a failed TLS handshake to the garbage collector
# (a ResourceWarning when it is collected); the kiosk only retries, it leaks nothing else.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_tls_with_the_citys_ca_and_nothing_without_it(make_broker, tmp_path, stop_after):
    ca, cert, key = make_certificates(tmp_path / "pki")
    broker = make_broker(tls=(cert, key))
    secure = KioskFleet(broker.settings(tls=True, ca_file=str(ca)), "kallio-1", "kallio")
    secure.start()
    stop_after(secure)
    secure.set_status(KioskStatus("kallio-1", "kallio", "attract"))
    watcher = desk(broker, tls=True, ca_file=str(ca))
    stop_after(watcher)
    wait_for(lambda: [k.kiosk for k in watcher.view.kiosks] == ["kallio-1"])
    # A broker whose certificate the system's CAs do not know: no connection, and why.
    untrusted = KioskFleet(broker.settings(tls=True), "kallio-2", "kallio")
    untrusted.start()
    try:
        wait_for(lambda: untrusted.problem and "cannot reach the broker" in untrusted.problem)
        time.sleep(0.5)
        assert not untrusted.connected
    finally:
        untrusted.stop(timeout=2)
        untrusted = None  # the last reference: collected now
        gc.collect()  # paho's leftover sockets go here, under this test's filters
