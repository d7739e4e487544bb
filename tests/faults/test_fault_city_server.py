"""The city server dying in the middle of an answer, while a resident is in a flow.

A real kiosk window (service calls on its worker threads, as in production) talks to
the fake city (tests/fakecity/server.py) over real HTTP. The fake city's "die" fault
sends the headers and half the body of a real answer and then nothing more, until
the test stops the whole server for good: the city's process dying mid-response.

The resident must then get the dated offline snapshot (or, where there is no offline
data, the honest "cannot be shown now" screen), go Back and on, and finish; nothing
they chose or typed is lost; no crash screen and nothing reaching the crash hook.
Staff see a "city services" line in the staff panel while the city fails. A new
server on the same port stands for the city coming back: the next call is live again
and the staff line goes. Feedback cut off mid-answer is kept, not sent again by
itself, and sent once when the resident presses Try again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import API_KEY, FakeCity
from fault_helpers import shown_text
from helpers import (
    SNAPSHOT_MORNING,
    crash_lines,
    field_text,
    fill_field,
    find,
    settle,
    tap_name,
    to_home,
)
from PySide6.QtWidgets import QAbstractButton

from kiosk.core.clock import FixedClock
from kiosk.services.live import LiveServices
from kiosk.services.snapshot import Snapshot
from kiosk.services.transport import CityHttp

pytestmark = [pytest.mark.faults, pytest.mark.gui]

LANG = "en"
SNAPSHOT = Path(__file__).resolve().parents[2] / "assets" / "snapshot"
#: kiosk/ui/steps.py, StepPage._build_failure: the honest screens (not the crash one).
CANNOT_SHOW = "Sorry, this information cannot be shown now. Please ask the library staff."
NOT_SENT = "Sorry, it was not sent. Nothing is lost."
MAYBE_SENT = "We do not know if it was sent"
#: What results.py / results_places.py say over snapshot data, per source date.
LIBRARY_DATE = "This information is from 22 June 2020."
UNITS_DATE = "This information is from 28 October 2020."
FROM_SNAPSHOT = "This information is from"
#: The fixtures' one readable seniors' event (tests/fixtures/city/linkedevents_*).
EVENT_NAME = "Uutta Koillis-Helsinkiä verkkotilaisuus"
FEEDBACK_TEXT = "The bench in front of the library is broken."
TYPED_NAME = "Kallio"
#: The staff panel's headline for the "city" source (kiosk/ui/staff_desk.py).
CITY_HEADLINE = "City services cannot be reached"
#: tests/conftest.py fixes the clock at 10:30 Helsinki time.
SINCE = "no answer since 10:30"
#: Generous: nothing here is timed, these only stop a hung test.
WAIT_MS = 20_000


# ---- the fake city and a kiosk that uses it ----------------------------------------------


@pytest.fixture
def city() -> Iterator[FakeCity]:
    # One server per test: each test stops it for good.
    server = FakeCity().start()
    yield server
    server.stop()


@pytest.fixture
def hooked(monkeypatch) -> list[object]:
    """Exceptions that reach ``sys.excepthook`` (the kiosk's crash hook) from now on."""
    seen: list[object] = []
    inner = sys.excepthook

    def spy(kind, value, tb) -> None:
        seen.append(value)
        inner(kind, value, tb)

    monkeypatch.setattr(sys, "excepthook", spy)
    return seen


@pytest.fixture
def screens() -> list[str]:
    """Every screen the kiosk showed, to prove the crash screen ("sorry") never was."""
    return []


@pytest.fixture
def kiosk(city: FakeCity, make_kiosk, tmp_path: Path, screens: list[str]):
    # The read timeout is long so the cut-off answer, not a timeout, is what fails.
    config = write_city_config(
        tmp_path / "kiosk.toml",
        city.url,
        ["library-hours", "services-near", "events-seniors", "feedback"],
        read_timeout_s=10,
        open311_api_key=API_KEY,
    )
    # Not inline: calls run on the window's worker threads, so a request is really in
    # flight while the GUI goes on and the server dies.
    built = make_kiosk(lang=LANG, config_path=config, inline=False)
    assert built.problems == []
    live = live_services_on(built, city.endpoints)
    # The staff line's "since" and the events' date range are the kiosk's own time.
    assert live.clock is built.window.clock
    built.window.screen_shown.connect(screens.append)
    to_home(built, LANG)
    return built


@pytest.fixture
def after(kiosk, tmp_path: Path, screens: list[str], hooked: list[object]) -> Iterator[None]:
    """Every test ends with no crash: no crash screen, no crash hook, no crash log."""
    yield
    assert screens and "sorry" not in screens
    assert hooked == []
    assert crash_lines(tmp_path / "data") == []


# ---- acting and looking ------------------------------------------------------------------


def wait_for_screen(qtbot, window, name: str) -> None:
    qtbot.waitUntil(lambda: window.screen_name == name, timeout=WAIT_MS)
    settle()


def back(qtbot, window, name: str) -> None:
    """Back, to the screen ``name`` (a results step calls its service again first)."""
    window.go_back()
    wait_for_screen(qtbot, window, name)


def city_lines(window) -> list[str]:
    return [line for line in window.desk.problems() if CITY_HEADLINE in line]


def die_mid_answer(qtbot, city: FakeCity, path: str, call) -> int:
    """Break ``path`` with "die", make the call, and once the city has sent half its
    answer, stop the server for good. Returns its port (for a new server there)."""
    city.fault(path, "die")
    call()
    qtbot.waitUntil(lambda: city.held == 1, timeout=WAIT_MS)
    port = city.port
    city.stop()
    return port


def come_back(port: int) -> FakeCity:
    """A new city server where the dead one was, as the city restarting it."""
    try:
        return FakeCity(port=port).start()
    except OSError as exc:  # pragma: no cover - another program took the port meanwhile
        pytest.fail(f"cannot listen on port {port} again: {exc}")


# ---- the read services -------------------------------------------------------------------


def test_library_hours_dies_mid_answer_offline_hours_and_typed_name_kept(
    kiosk, city: FakeCity, qtbot, after
) -> None:
    """Opening hours of another library cut off: dated offline hours, typed name kept."""
    window = kiosk.window
    window.start_flow("library-hours")
    settle()
    tap_name(qtbot, window, "option_other")
    fill_field(window, "name", TYPED_NAME)
    tap_name(qtbot, window, "nextButton")
    wait_for_screen(qtbot, window, "step:library-hours:pick")
    assert city_lines(window) == []  # all well so far: staff are told nothing

    die_mid_answer(qtbot, city, "/v4/library/84860", lambda: tap_name(qtbot, window, "item_84860"))

    wait_for_screen(qtbot, window, "step:library-hours:hours_other")
    text = shown_text(window, buttons=True)
    assert "Kallio" in text and LIBRARY_DATE in text, text
    assert CANNOT_SHOW not in text
    answers = kiosk.session.answers_for("library-hours")
    assert answers == {"which": "other", "name": TYPED_NAME, "pick": 84860}
    # Staff: which API, since when, and the date of what residents see instead.
    [line] = city_lines(window)
    assert "kirjastot.fi" in line and SINCE in line and "22.6.2020" in line, line
    assert TYPED_NAME not in line  # no query text in the staff panel

    # Back twice: the list, then the name field with what the resident typed.
    back(qtbot, window, "step:library-hours:pick")
    assert "✓" in find(window, QAbstractButton, "item_84860").text()
    back(qtbot, window, "step:library-hours:name")
    assert field_text(window, "name") == TYPED_NAME

    # On again with the city gone: the list comes from the HTTP cache, which is not
    # the city answering, so staff are still told; then the same dated hours, done.
    tap_name(qtbot, window, "nextButton")
    wait_for_screen(qtbot, window, "step:library-hours:pick")
    assert len(city_lines(window)) == 1
    tap_name(qtbot, window, "item_84860")
    wait_for_screen(qtbot, window, "step:library-hours:hours_other")
    assert LIBRARY_DATE in shown_text(window, buttons=True)
    tap_name(qtbot, window, "nextButton")
    wait_for_screen(qtbot, window, "step:library-hours:done")
    assert kiosk.session.answers_for("library-hours")["name"] == TYPED_NAME
    assert len(city_lines(window)) == 1


def test_library_hours_live_again_when_the_server_is_back(
    kiosk, city: FakeCity, qtbot, after
) -> None:
    """After the restart the next call is live and the staff line goes away."""
    window = kiosk.window
    window.start_flow("library-hours")
    settle()
    port = die_mid_answer(
        qtbot, city, "/v4/library/", lambda: tap_name(qtbot, window, "option_here")
    )
    wait_for_screen(qtbot, window, "step:library-hours:hours_here")
    assert LIBRARY_DATE in shown_text(window, buttons=True)
    assert len(city_lines(window)) == 1

    back_up = come_back(port)
    try:
        back(qtbot, window, "step:library-hours:which")
        assert "✓" in find(window, QAbstractButton, "option_here").text()
        tap_name(qtbot, window, "option_here")
        wait_for_screen(qtbot, window, "step:library-hours:hours_here")
        text = shown_text(window, buttons=True)
        # Live: the library's hours without the snapshot's date sentence.
        assert "Kallio" in text and FROM_SNAPSHOT not in text, text
        assert back_up.count("/v4/library/84860") == 1
        assert city_lines(window) == []
        tap_name(qtbot, window, "nextButton")
        wait_for_screen(qtbot, window, "step:library-hours:done")
    finally:
        back_up.stop()


def test_services_near_dies_mid_answer_resident_finishes_on_offline_data(
    kiosk, city: FakeCity, qtbot, after
) -> None:
    """Units near cut off: dated offline units and accessibility, to the end."""
    window = kiosk.window
    window.start_flow("services-near")
    settle()
    die_mid_answer(
        qtbot, city, "/servicemap/v2/unit/", lambda: tap_name(qtbot, window, "option_349")
    )

    wait_for_screen(qtbot, window, "step:services-near:place")
    text = shown_text(window, buttons=True)
    assert "Kallio Library" in text and CANNOT_SHOW not in text, text
    assert kiosk.session.answers_for("services-near") == {"need": "349"}
    [line] = city_lines(window)
    assert "servicemap" in line and SINCE in line and "28.10.2020" in line, line

    back(qtbot, window, "step:services-near:need")
    assert "✓" in find(window, QAbstractButton, "option_349").text()
    tap_name(qtbot, window, "option_349")
    wait_for_screen(qtbot, window, "step:services-near:place")
    tap_name(qtbot, window, "item_8215")
    wait_for_screen(qtbot, window, "step:services-near:access")
    tap_name(qtbot, window, "option_rollator")
    # Accessibility (TPR) is on the dead server too: the snapshot's record, dated.
    wait_for_screen(qtbot, window, "step:services-near:access_info")
    text = shown_text(window, buttons=True)
    assert "Kallio Library" in text and UNITS_DATE in text, text
    tap_name(qtbot, window, "nextButton")
    wait_for_screen(qtbot, window, "step:services-near:map")
    tap_name(qtbot, window, "nextButton")
    wait_for_screen(qtbot, window, "step:services-near:done")
    assert kiosk.session.answers_for("services-near") == {
        "need": "349",
        "place": 8215,
        "access": "rollator",
    }
    [line] = city_lines(window)
    assert "servicemap accessibility (TPR)" in line, line


def test_events_die_mid_answer_honest_screen_then_live_when_back(
    kiosk, city: FakeCity, qtbot, after
) -> None:
    """Events have no offline data: the honest screen; Try again is live once back."""
    window = kiosk.window
    window.start_flow("events-seniors")
    settle()
    tap_name(qtbot, window, "option_week")
    port = die_mid_answer(
        qtbot, city, "/linkedevents/v1/event/", lambda: tap_name(qtbot, window, "option_nearby")
    )

    wait_for_screen(qtbot, window, "step:events-seniors:events")
    assert CANNOT_SHOW in shown_text(window, buttons=True)
    assert kiosk.session.answers_for("events-seniors") == {"when": "week", "where": "nearby"}
    [line] = city_lines(window)
    assert "events" in line and SINCE in line and "no offline data" in line, line

    back(qtbot, window, "step:events-seniors:where")
    assert "✓" in find(window, QAbstractButton, "option_nearby").text()
    tap_name(qtbot, window, "option_nearby")
    wait_for_screen(qtbot, window, "step:events-seniors:events")
    assert CANNOT_SHOW in shown_text(window, buttons=True)

    back_up = come_back(port)
    try:
        tap_name(qtbot, window, "retryButton")
        # Same screen name: wait for the live list itself.
        qtbot.waitUntil(lambda: EVENT_NAME in shown_text(window, buttons=True), timeout=WAIT_MS)
        settle()
        assert CANNOT_SHOW not in shown_text(window, buttons=True)
        assert city_lines(window) == []
        tap_name(qtbot, window, "item_helsinki:afy6ikna3u")
        wait_for_screen(qtbot, window, "step:events-seniors:link")
        tap_name(qtbot, window, "nextButton")
        wait_for_screen(qtbot, window, "step:events-seniors:done")
    finally:
        back_up.stop()


def visible_names(window, name: str) -> int:
    return sum(1 for w in window.findChildren(QAbstractButton, name) if w.isVisibleTo(window))


# ---- sending feedback --------------------------------------------------------------------


def test_feedback_send_dies_mid_answer_kept_and_never_sent_again(
    kiosk, city: FakeCity, qtbot, after
) -> None:
    """Feedback cut off mid-answer: kept, told it may have arrived, never sent again."""
    window = kiosk.window
    window.start_flow("feedback")
    settle()
    tap_name(qtbot, window, "option_172")
    fill_field(window, "text", FEEDBACK_TEXT)
    tap_name(qtbot, window, "nextButton")
    tap_name(qtbot, window, "option_no")
    tap_name(qtbot, window, "option_nowhere")
    assert window.screen_name == "step:feedback:review"
    answers = {"topic": "172", "text": FEEDBACK_TEXT, "answer": "no", "place": "nowhere"}

    path = "/palautews/rest/v1/requests.json"
    port = die_mid_answer(qtbot, city, path, lambda: tap_name(qtbot, window, "nextButton"))

    wait_for_screen(qtbot, window, "step:feedback:send")
    text = shown_text(window, buttons=True)
    # The dead server had read the whole feedback: the city may have it. The kiosk
    # cannot tell (Open311 has no idempotency key), so it says so, not "not sent".
    assert MAYBE_SENT in text and "It was not sent" not in text, text
    assert "Thank you" not in text
    kept = kiosk.session.answers_for("feedback")
    assert kept["#send"]["state"] == "uncertain"  # remembered for the rest of the visit
    assert {k: v for k, v in kept.items() if k != "#send"} == answers
    # A POST is never retried by itself: the dead server saw exactly one.
    assert city.count(path, "POST") == 1
    assert city.requests[-1].form["description"] == [FEEDBACK_TEXT]
    [line] = city_lines(window)
    assert "feedback" in line and "nothing can be sent" in line, line
    assert FEEDBACK_TEXT not in line and "bench" not in line  # no personal data

    # Issue 15: the send is never repeated by one tap. Back, and Send again from the
    # review, shows the same uncertain outcome and sends nothing, even to a city that
    # has come back; there is no "Try again", only "Ask staff to check".
    assert visible_names(window, "retryButton") == 0
    assert visible_names(window, "checkButton") == 1
    back_up = come_back(port)
    try:
        back(qtbot, window, "step:feedback:review")
        assert FEEDBACK_TEXT in shown_text(window, buttons=True)
        tap_name(qtbot, window, "nextButton")
        wait_for_screen(qtbot, window, "step:feedback:send")
        assert MAYBE_SENT in shown_text(window, buttons=True)
        assert visible_names(window, "retryButton") == 0
        # Back to the text step: the typed feedback is still in its field.
        for step in ("review", "place", "answer", "text"):
            back(qtbot, window, f"step:feedback:{step}")
        assert field_text(window, "text") == FEEDBACK_TEXT
        tap_name(qtbot, window, "nextButton")
        tap_name(qtbot, window, "option_no")
        tap_name(qtbot, window, "option_nowhere")
        assert window.screen_name == "step:feedback:review"
        tap_name(qtbot, window, "nextButton")
        wait_for_screen(qtbot, window, "step:feedback:send")
        assert MAYBE_SENT in shown_text(window, buttons=True)
        settle()
        assert [r for r in back_up.requests if r.path == path] == []
    finally:
        back_up.stop()


# ---- answering in time ---------------------------------------------------------------------


def test_a_late_live_answer_clears_what_staff_were_told(city: FakeCity, qtbot) -> None:
    """The snapshot stood in for a slow answer; its late arrival clears the staff line."""
    city.slow_s = 1.0
    live = LiveServices(
        CityHttp(endpoints=city.endpoints, read_timeout_s=10),
        Snapshot(SNAPSHOT),
        library_id=84860,
        latitude=60.1837,
        longitude=24.9536,
        clock=FixedClock(SNAPSHOT_MORNING),
        answer_within_s=0.1,
    )
    city.fault("/v4/library/", "slow", times=1)

    week = live.call("libraries.week", {"library": "here"}, LANG)

    assert week.source_date is not None  # the snapshot answered in time
    assert live.problem is not None
    assert live.problem.startswith(f"kirjastot.fi: {SINCE}, no answer within 0.1 s"), live.problem
    assert live.problem.endswith("answers from offline data of 22.6.2020"), live.problem
    # The live request goes on in the background and fills the cache when it ends.
    qtbot.waitUntil(lambda: live.problem is None, timeout=WAIT_MS)
    assert live.call("libraries.week", {"library": "here"}, LANG).source_date is None
    live.http.close()


# ---- demo mode ---------------------------------------------------------------------------


def test_a_demo_kiosk_answering_offline_tells_staff_nothing(make_kiosk, qtbot) -> None:
    """Demo mode answers from the snapshot by design: no city problem for staff."""
    demo = make_kiosk(lang=LANG, inline=False)  # the default config is a demo kiosk
    live = demo.window.runner._services._services.real()
    assert isinstance(live, LiveServices) and live.offline_only
    to_home(demo, LANG)
    window = demo.window
    window.start_flow("library-hours")
    settle()
    tap_name(qtbot, window, "option_here")
    wait_for_screen(qtbot, window, "step:library-hours:hours_here")
    assert LIBRARY_DATE in shown_text(window, buttons=True)
    assert live.problem is None
    assert city_lines(window) == []
