"""Kiosks and desks on a real Mosquitto (issue 16): retained status, the last will,
help requests, claims, and two desks racing for one request."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from fleet_broker import Broker, wait_for

from kiosk.fleet.desk_client import DeskClient, DeskView
from kiosk.fleet.kiosk_client import HelpEvent, KioskFleet
from kiosk.fleet.messages import HelpInfo, KioskStatus

ROOT = Path(__file__).resolve().parents[2]


class Events:
    """Collects what a fleet client reports, from its worker thread."""

    def __init__(self) -> None:
        self.items: list[object] = []
        self.lock = threading.Lock()

    def __call__(self, *item: object) -> None:
        with self.lock:
            self.items.append(item[0] if len(item) == 1 else item)

    def of(self, kind: type) -> list:
        with self.lock:
            return [i for i in self.items if isinstance(i, kind)]


def kiosk(broker: Broker, kiosk_id: str, place: str = "kallio", **options) -> KioskFleet:
    fleet = KioskFleet(broker.settings(), kiosk_id, place, place_name="Kallio", **options)
    fleet.start()
    return fleet


def desk(broker: Broker, places=("kallio",), **options) -> tuple[DeskClient, Events]:
    alerts = Events()
    client = DeskClient(broker.settings(), tuple(places), on_alert=alerts, **options)
    client.start()
    return client, alerts


def status(fleet: KioskFleet, state: str = "attract", **fields) -> KioskStatus:
    return KioskStatus(fleet.kiosk_id, fleet.place, state, "Kallio", version="test", **fields)


def kiosks_in(view: DeskView) -> dict[str, str]:
    return {k.kiosk: k.state for k in view.kiosks}


def test_status_is_retained_and_a_desk_that_comes_later_sees_every_kiosk(broker, stop_after):
    fleets = [kiosk(broker, f"kallio-{n}") for n in (1, 2, 3)]
    for fleet in fleets:
        stop_after(fleet)
    fleets[0].set_status(status(fleets[0], "attract"))
    fleets[1].set_status(status(fleets[1], "session", flow="library-hours", step="which"))
    fleets[2].set_status(status(fleets[2], "helper", speech=False, printer="failed"))
    for fleet in fleets:
        wait_for(lambda fleet=fleet: fleet.connected)
    time.sleep(0.3)  # published; nobody is listening yet

    late, _ = desk(broker)
    stop_after(late)
    view = wait_for(lambda: len(late.view.kiosks) == 3 and late.view)
    assert kiosks_in(view) == {"kallio-1": "attract", "kallio-2": "session", "kallio-3": "helper"}
    second = next(k for k in view.kiosks if k.kiosk == "kallio-2")
    assert (second.flow, second.step, second.version) == ("library-hours", "which", "test")
    third = next(k for k in view.kiosks if k.kiosk == "kallio-3")
    assert third.problems == ["speech", "printer"]


def test_a_desk_sees_only_its_places(broker, stop_after):
    here, there = kiosk(broker, "kallio-1"), kiosk(broker, "pasila-1", place="pasila")
    stop_after(here), stop_after(there)
    here.set_status(status(here))
    there.set_status(status(there))
    only_kallio, _ = desk(broker, ("kallio",))
    both, _ = desk(broker, ("kallio", "pasila"))
    stop_after(only_kallio), stop_after(both)
    wait_for(lambda: len(both.view.kiosks) == 2)
    wait_for(lambda: len(only_kallio.view.kiosks) == 1)
    time.sleep(0.2)
    assert kiosks_in(only_kallio.view) == {"kallio-1": "attract"}


KIOSK_PROCESS = textwrap.dedent("""
    import sys, time
    from kiosk.fleet.connection import BrokerSettings
    from kiosk.fleet.kiosk_client import KioskFleet
    from kiosk.fleet.messages import KioskStatus
    port, keepalive = int(sys.argv[1]), int(sys.argv[2])
    fleet = KioskFleet(BrokerSettings("127.0.0.1", port, keepalive_s=keepalive),
                       "kallio-9", "kallio")
    fleet.start()
    fleet.set_status(KioskStatus("kallio-9", "kallio", "session"))
    while not fleet.connected:
        time.sleep(0.01)
    print("up", flush=True)
    time.sleep(600)
""")


@pytest.mark.parametrize(
    ("how", "keepalive", "within"),
    [
        # The connection closes: the broker sends the will at once (well within 1.5 × the
        # keepalive, where MQTT says a client counts as gone).
        (signal.SIGKILL, 5, 5 * 1.5),
        # A hung kiosk: nothing closes and the keepalive runs out. Mosquitto 2.0.11
        # checks keepalives coarsely: measured 2.9-3.0 × the keepalive here.
        (signal.SIGSTOP, 2, 2 * 3 + 1.5),
    ],
)
def test_a_killed_kiosk_shows_offline_at_the_desk_within_the_keepalive(
    broker, stop_after, how, keepalive, within
):
    watcher, _ = desk(broker)
    stop_after(watcher)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", KIOSK_PROCESS, str(broker.port), str(keepalive)],
        stdout=subprocess.PIPE,
        env=env,
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == b"up"
            wait_for(lambda: kiosks_in(watcher.view).get("kallio-9") == "session")
            killed = time.monotonic()
            process.send_signal(how)
            wait_for(lambda: kiosks_in(watcher.view).get("kallio-9") == "offline", timeout=within)
            print(f"{how.name}: offline at the desk {time.monotonic() - killed:.2f} s later")
        finally:
            process.kill()
            process.wait(5)
    # The will is retained: a desk that connects now sees it offline too.
    late, _ = desk(broker)
    stop_after(late)
    wait_for(lambda: kiosks_in(late.view).get("kallio-9") == "offline")


def test_a_stopped_kiosk_says_offline_itself(broker, stop_after):
    watcher, _ = desk(broker)
    stop_after(watcher)
    fleet = kiosk(broker, "kallio-1")
    fleet.set_status(status(fleet, "attract"))
    wait_for(lambda: kiosks_in(watcher.view).get("kallio-1") == "attract")
    fleet.stop()
    wait_for(lambda: kiosks_in(watcher.view).get("kallio-1") == "offline")


def test_a_help_request_reaches_the_desk_and_im_coming_reaches_the_kiosk(broker, stop_after):
    events, sent = Events(), Events()
    fleet = kiosk(broker, "kallio-1", on_event=events)
    stop_after(fleet)
    watcher, alerts = desk(broker)
    stop_after(watcher)
    wait_for(lambda: fleet.connected and watcher.view.connected)

    fleet.request_help(HelpInfo("library-hours", "which", "sv", 150, False), sent)
    view = wait_for(lambda: watcher.view.requests and watcher.view)
    wait_for(lambda: sent.items == [True])
    request = view.requests[0]
    assert (request.state.lang, request.state.text_size, request.state.speech) == ("sv", 150, False)
    assert (request.state.flow, request.state.step) == ("library-hours", "which")
    assert (request.state.state, request.state.kiosk, request.state.place_name) == (
        "open",
        "kallio-1",
        "Kallio",
    )
    assert [why for _state, why in alerts.items] == ["new"]

    watcher.claim(request.key, "Aino Maria")
    claimed = wait_for(lambda: events.of(HelpEvent))
    assert claimed == [HelpEvent("claimed", request.state.id, "Aino")]
    mine = wait_for(lambda: watcher.view.requests[0].mine and watcher.view.requests[0])
    assert (mine.state.state, mine.state.name, mine.pending) == ("claimed", "Aino", "")
    assert fleet.waiting_count == 0 and fleet.open_count == 1

    watcher.done(request.key)
    wait_for(lambda: not watcher.view.requests)
    assert watcher.view.closed[0].why == "done"
    wait_for(lambda: len(events.of(HelpEvent)) == 2)
    assert events.of(HelpEvent)[1] == HelpEvent("done", request.state.id)
    # Gone from the broker too: a desk that connects now sees no request.
    late, _ = desk(broker)
    stop_after(late)
    wait_for(lambda: late.view.connected)
    time.sleep(0.3)
    assert late.view.requests == ()


def test_two_desks_cannot_both_claim_one_request(broker, stop_after):
    events = Events()
    fleet = kiosk(broker, "kallio-1", on_event=events)
    stop_after(fleet)
    first, _ = desk(broker)
    second, _ = desk(broker)
    stop_after(first), stop_after(second)
    wait_for(lambda: fleet.connected and first.view.connected and second.view.connected)
    fleet.request_help(HelpInfo(None, None, "fi"))
    wait_for(lambda: first.view.requests and second.view.requests)
    key = first.view.requests[0].key
    # Both press "I'm coming" at the same moment.
    first.claim(key, "Aino")
    second.claim(key, "Ville")
    wait_for(
        lambda: all(
            d.view.requests
            and d.view.requests[0].state.claimed_by
            and not d.view.requests[0].pending
            for d in (first, second)
        )
    )
    time.sleep(0.3)  # any second claim would have arrived by now
    winners = {d.view.requests[0].state.claimed_by for d in (first, second)}
    assert len(winners) == 1
    assert [d.view.requests[0].mine for d in (first, second)].count(True) == 1
    assert len(events.of(HelpEvent)) == 1 and events.of(HelpEvent)[0].kind == "claimed"
    # The winner may give it up; then the other desk can have it.
    winner, loser = (first, second) if first.view.requests[0].mine else (second, first)
    winner.release(key)
    wait_for(lambda: loser.view.requests[0].state.state == "open")
    loser.claim(key, "")
    wait_for(lambda: loser.view.requests[0].mine)
    assert [e.kind for e in events.of(HelpEvent)] == ["claimed", "released", "claimed"]


def test_leaving_and_arriving_close_the_request_with_their_reason(broker, stop_after):
    fleet = kiosk(broker, "kallio-1")
    stop_after(fleet)
    watcher, _ = desk(broker)
    stop_after(watcher)
    wait_for(lambda: fleet.connected and watcher.view.connected)
    for why in ("left", "arrived"):
        fleet.request_help(HelpInfo(None, None, "en"))
        wait_for(lambda: watcher.view.requests)
        fleet.close_help(why)
        wait_for(lambda: not watcher.view.requests)
        assert watcher.view.closed[0].why == why
    assert fleet.open_count == 0
