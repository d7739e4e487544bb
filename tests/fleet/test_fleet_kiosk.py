"""The real kiosk window on a real broker (issue 16): its status at the desk, a help
request with the resident's language and settings, and "I'm coming" shown and said."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fleet_broker import Broker, wait_for
from PySide6.QtWidgets import QLabel

from kiosk.fleet.desk_client import DeskClient
from kiosk.fleet.messages import KioskStatus
from kiosk.journey import events as ev
from kiosk.journey.views import Screen

pytestmark = pytest.mark.gui


def fleet_config(tmp_path: Path, broker: Broker, extra: str = "") -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[kiosk]\nid = "kallio-1"\ndemo = true\n'
        '[fleet]\nenabled = true\nbroker = "127.0.0.1"\n'
        f'port = {broker.port}\nplace = "kallio"\nkeepalive_s = 5\n' + extra,
        encoding="utf-8",
    )
    return path


@pytest.fixture
def desk(broker):
    client = DeskClient(broker.settings(), ("kallio",))
    client.start()
    yield client
    client.stop(timeout=2)


def kiosk_state(desk: DeskClient) -> str | None:
    return next((k.state for k in desk.view.kiosks if k.kiosk == "kallio-1"), None)


def status_of(desk: DeskClient) -> KioskStatus:
    return next(k for k in desk.view.kiosks if k.kiosk == "kallio-1")


def test_the_kiosk_tells_the_desk_what_it_is_doing(broker, desk, make_kiosk, tmp_path, qtbot):
    kiosk = make_kiosk("en", config_path=fleet_config(tmp_path, broker))
    window = kiosk.window
    qtbot.waitUntil(lambda: kiosk_state(desk) == "attract", timeout=5000)
    window.start_session()
    window.choose_language("en")
    window.start_flow("library-hours")
    qtbot.waitUntil(lambda: status_of(desk).flow == "library-hours", timeout=5000)
    status = status_of(desk)
    assert status.state == "session" and status.step == window.engine.current.id
    assert status.snapshot_age_days is not None and status.snapshot_age_days >= 0
    assert status.speech and status.network and status.printer == "ok"
    window.request_pin("staff")
    window.dispatch(ev.PinChecked("staff", ok=True))
    qtbot.waitUntil(lambda: kiosk_state(desk) == "helper", timeout=5000)


def test_a_help_request_reaches_the_desk_and_im_coming_is_shown_and_spoken(
    broker, desk, make_kiosk, tmp_path, qtbot
):
    kiosk = make_kiosk("sv", text_size=150, config_path=fleet_config(tmp_path, broker))
    window = kiosk.window
    qtbot.waitUntil(lambda: kiosk.window.visit.fleet.fleet.connected, timeout=5000)
    window.start_session()
    window.choose_language("sv")
    window.start_flow("library-hours")
    window.ask_help()
    assert window.screen_name == "help"
    qtbot.waitUntil(lambda: bool(desk.view.requests), timeout=5000)
    request = desk.view.requests[0]
    assert (request.state.lang, request.state.text_size, request.state.speech) == ("sv", 150, True)
    assert request.state.flow == "library-hours"
    qtbot.waitUntil(lambda: window.journey.top.kind == "told", timeout=5000)

    # Back at the service; then the desk answers.
    window.go_back()
    window.choose_language("en")  # the resident switches to English meanwhile
    before = len(kiosk.speaker.log)
    desk.claim(request.key, "Aino")
    qtbot.waitUntil(lambda: window.journey.top.kind == "coming", timeout=5000)
    assert window.screen_name == "help"
    words = " ".join(u.text for u in kiosk.speaker.log[before:] if u.kind == "say")
    assert "Help is coming" in words and "Aino" in words
    shown = [label.text() for label in window.page.findChildren(QLabel)]
    assert "Aino from the library is on the way to you." in shown
    # Staff arrive: helper mode closes the request at every desk.
    window.request_pin("staff")
    window.dispatch(ev.PinChecked("staff", ok=True))
    qtbot.waitUntil(lambda: not desk.view.requests, timeout=5000)
    assert desk.view.closed[0].why == "arrived"


def test_ending_the_visit_withdraws_the_request(broker, desk, make_kiosk, tmp_path, qtbot):
    kiosk = make_kiosk("fi", config_path=fleet_config(tmp_path, broker))
    window = kiosk.window
    qtbot.waitUntil(lambda: window.visit.fleet.fleet.connected, timeout=5000)
    window.start_session()
    window.choose_language("fi")
    window.ask_help()
    qtbot.waitUntil(lambda: bool(desk.view.requests), timeout=5000)
    window.end_session("end")
    qtbot.waitUntil(lambda: not desk.view.requests, timeout=5000)
    assert desk.view.closed[0].why == "left"
    assert window.journey.top.screen is Screen.ATTRACT


def test_the_kiosk_starts_and_serves_with_no_broker_at_all(make_kiosk, tmp_path, qtbot):
    dead = Broker(tmp_path / "never-started")  # a free port nobody listens on
    started = time.monotonic()
    kiosk = make_kiosk("en", config_path=fleet_config(tmp_path, dead))
    window = kiosk.window
    window.start_session()
    window.choose_language("en")
    window.ask_help()
    assert time.monotonic() - started < 5
    qtbot.waitUntil(lambda: window.journey.top.kind == "desk", timeout=5000)
    fleet = window.visit.fleet.fleet
    wait_for(lambda: fleet.problem and "cannot reach the broker" in fleet.problem)
    assert fleet.open_count == 1  # it waits for the broker
    # Staff see why, in the staff panel.
    problems = window.desk.problems()
    assert any(
        line.startswith("The staff desk cannot be reached.") and "cannot reach the broker" in line
        for line in problems
    ), problems
