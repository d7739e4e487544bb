"""The places flows (services-near, events-seniors) end to end: the real window, the
real LiveServices, the fake city server (tests/fakecity/server.py) at the real paths.

Each flow is driven in fi, sv and en by tapping the buttons a resident would tap, to
the hand-off and done; the screens must show the fixtures' real data. A broken
network (each fault kind) must give the resident either the friendly "Sorry" screen
or the offline snapshot with its date, and never lose the answers given so far.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import FakeCity
from gui.helpers import across_pages
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea

from kiosk.flow.loader import lint_flow, load_flow
from kiosk.flow.walk import item_ids, scripts
from kiosk.services.catalog import SERVICES
from kiosk.services.http import Endpoints
from kiosk.services.live import LiveServices
from kiosk.services.servicemap import UnitList
from kiosk.services.snapshot import Snapshot
from kiosk.services.transport import CityHttp
from kiosk.ui import results_places

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
FLOWS = ROOT / "assets" / "flows"
SNAPSHOT = ROOT / "assets" / "snapshot"
LANGS = ("fi", "sv", "en")
#: The fixtures' units (tests/fixtures/city/servicemap_v2_unit_page_libraries.json).
KALLIO = {"fi": "Kallion kirjasto", "sv": "Berghälls bibliotek", "en": "Kallio Library"}
OODI = {
    "fi": "Keskustakirjasto Oodi",
    "sv": "Helsingfors centrumbibliotek Ode",
    "en": "Helsinki Central Library Oodi",
}
#: The fixtures' one readable event: 13:45–16:00 UTC on 1 June 2020 = 16:45–19:00 in
#: Helsinki (summer time, UTC+3).
EVENT_NAME = "Uutta Koillis-Helsinkiä verkkotilaisuus"
EVENT_TIME = {"fi": "16.45–19.00", "sv": "16.45–19.00", "en": "16:45–19:00"}
SORRY_EN = "Sorry, this information cannot be shown now"


# ---- the fake city and a kiosk that uses it --------------------------------------------


@pytest.fixture(scope="module")
def city():
    with FakeCity(slow_s=1.5) as server:
        yield server


@pytest.fixture
def fresh(city: FakeCity) -> FakeCity:
    city.reset()
    return city


@pytest.fixture
def city_kiosk(make_kiosk, fresh: FakeCity, tmp_path: Path):
    """``city_kiosk(lang)``: a non-demo kiosk whose [services] point at the fake city."""

    def factory(lang: str):
        config = write_city_config(
            tmp_path / "kiosk.toml",
            fresh.url,
            ["services-near", "events-seniors"],
            read_timeout_s=0.5,
        )
        kiosk = make_kiosk(lang=lang, config_path=config)
        assert kiosk.problems == []
        live_services_on(kiosk, fresh.endpoints)
        to_home(kiosk, lang)
        return kiosk

    return factory


# ---- acting on the window ------------------------------------------------------------


def settle() -> None:
    app = QApplication.instance()
    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def to_home(kiosk, lang: str) -> None:
    window = kiosk.window
    window.show_attract()
    window.start_session()
    window.choose_language(lang)
    settle()


def shown(window, kind):
    return [w for w in window.page.findChildren(kind) if w.isVisibleTo(window)]


def screen_text(window) -> str:
    """Everything the current screen shows and says, on every page of it (issue 14)."""

    def page() -> list[str]:
        parts = [label.text() for label in shown(window, QLabel)]
        parts += [b.text() for b in shown(window, QAbstractButton)]
        return parts + [text for text, _lang in window.page.speech]

    return "\n".join(across_pages(window, page))


def tap(qtbot, window, name: str) -> None:
    from PySide6.QtCore import Qt

    found = [b for b in window.page.findChildren(QAbstractButton, name) if b.isVisibleTo(window)]
    assert len(found) == 1, f"no button {name!r} on {window.screen_name}:\n{screen_text(window)}"
    button = found[0]
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def names(window) -> list[str]:
    return [b.objectName() for b in shown(window, QAbstractButton)]


# ---- the flow files ----------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FLOWS.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_flow_loads_without_warnings(path: Path) -> None:
    assert lint_flow(load_flow(path, SERVICES)) == []


def test_the_walker_offers_units_and_events() -> None:
    """kiosk.flow.walk picks from UnitList / EventList as from a plain list."""
    snapshot_live = LiveServices(
        CityHttp(endpoints=Endpoints.local("http://127.0.0.1:9")),
        Snapshot(SNAPSHOT),
        library_id=84860,
        latitude=60.1837,
        longitude=24.9536,
        offline_only=True,
    )
    units = snapshot_live.call("units.near", {"service_node": "349"}, "fi")
    assert isinstance(units, UnitList)
    assert item_ids(units) == [8215, 51342]
    flow = load_flow(FLOWS / "services-near.yaml", SERVICES)
    found = scripts(flow, lambda name, params: snapshot_live.call(name, params, "fi"))
    completed = [script for script, outcome in found if outcome == "completed"]
    # Offline, only libraries (349) are in the snapshot: every access need completes.
    assert {tuple(s[:1]) for s in completed} == {("349",)}
    assert {s[2] for s in completed} == {
        "wheelchair",
        "rollator",
        "visually_impaired",
        "hearing_aid",
        "none",  # "None of these" (issue 15, point 3)
    }


# ---- services-near, in every language ----------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_services_near_to_the_end(city_kiosk, qtbot, fresh: FakeCity, lang: str) -> None:
    kiosk = city_kiosk(lang)
    window = kiosk.window
    window.start_flow("services-near")
    settle()
    assert "option_2148" in names(window)
    tap(qtbot, window, "option_349")

    # The results: real units, nearest first, with distance and direction.
    text = screen_text(window)
    assert KALLIO[lang] in text and OODI[lang] in text, text
    oodi = next(b.text() for b in shown(window, QAbstractButton) if b.objectName() == "item_51342")
    direction = results_places.direction_words("south-west")
    assert re.search(r"\b1[.,][34] km, " + re.escape(direction), oodi), oodi
    assert "Töölönlahdenkatu 4" in oodi or "Tölöviksgatan 4" in oodi
    assert names(window).index("item_8215") < names(window).index("item_51342")
    sent = [r for r in fresh.requests if r.path == "/servicemap/v2/unit/"][-1]
    assert sent.param("service_node") == "349"

    tap(qtbot, window, "item_51342")
    assert {
        "option_wheelchair",
        "option_rollator",
        "option_visually_impaired",
        "option_hearing_aid",
    } <= set(names(window))
    tap(qtbot, window, "option_wheelchair")

    # The accessibility detail: the unit's own record from TPR, with its source.
    text = screen_text(window)
    assert OODI[lang] in text, text
    assert results_places.source_line("").rstrip(".") in text  # "Source: …"
    assert "printButton" in names(window)
    assert any(r.path == "/palvelukarttaws/rest/v4/unit/51342" for r in fresh.requests)
    tap(qtbot, window, "nextButton")

    # The hand-off to the Service Map, then done.
    assert "printButton" in names(window)
    tap(qtbot, window, "nextButton")
    assert {"homeButton", "doneEndButton"} <= set(names(window))
    answers = kiosk.session.answers_for("services-near")
    assert answers["need"] == "349" and answers["place"] == 51342
    assert answers["access"] == "wheelchair"


# ---- events-seniors, in every language ---------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_events_for_seniors_to_the_end(city_kiosk, qtbot, fresh: FakeCity, lang: str) -> None:
    kiosk = city_kiosk(lang)
    window = kiosk.window
    window.start_flow("events-seniors")
    settle()
    tap(qtbot, window, "option_week")
    tap(qtbot, window, "option_nearby")

    text = screen_text(window)
    assert EVENT_NAME in text, text
    assert EVENT_TIME[lang] in text, text  # Helsinki time, not UTC
    sent = [r for r in fresh.requests if r.path == "/linkedevents/v1/event/"][-1]
    assert sent.param("keyword") == "yso:p2433" and sent.param("is_free") == "true"
    assert sent.param("dwithin_origin") is not None

    tap(qtbot, window, "item_helsinki:afy6ikna3u")
    assert "printButton" in names(window)  # the hand-off: QR code and Print
    tap(qtbot, window, "nextButton")
    assert {"homeButton", "doneEndButton"} <= set(names(window))
    assert kiosk.session.answers_for("events-seniors") == {
        "when": "week",
        "where": "nearby",
        "events": "helsinki:afy6ikna3u",
    }


def test_events_here_asks_for_this_library(city_kiosk, qtbot, fresh: FakeCity) -> None:
    kiosk = city_kiosk("en")
    window = kiosk.window
    window.start_flow("events-seniors")
    settle()
    tap(qtbot, window, "option_today")
    tap(qtbot, window, "option_here")
    assert EVENT_NAME in screen_text(window)
    sent = [r for r in fresh.requests if r.path == "/linkedevents/v1/event/"][-1]
    assert sent.param("location") == "tprek:8215"


# ---- faults: the Sorry screen or the dated snapshot, answers kept -------------------------

FAULTS = ("500", "slow", "invalid_json", "close")


@pytest.mark.parametrize("mode", FAULTS)
def test_units_fault_without_snapshot_says_sorry(
    city_kiosk, qtbot, fresh: FakeCity, mode: str
) -> None:
    """Advice for the elderly (2148) is not in the offline snapshot: Sorry."""
    kiosk = city_kiosk("en")
    window = kiosk.window
    fresh.fault("/servicemap/v2/unit/", mode)
    window.start_flow("services-near")
    settle()
    tap(qtbot, window, "option_2148")
    assert SORRY_EN in screen_text(window)
    assert not any(n.startswith("item_") for n in names(window))
    assert kiosk.session.answers_for("services-near").get("need") == "2148"
    assert fresh.count("/servicemap/v2/unit/") >= 1  # it did try the city

    # Back: the question again, with the answer still marked.
    window.go_back()
    settle()
    assert "✓" in next(
        b.text() for b in shown(window, QAbstractButton) if b.objectName() == "option_2148"
    )


@pytest.mark.parametrize("mode", FAULTS)
def test_units_fault_with_snapshot_shows_its_date(
    city_kiosk, qtbot, fresh: FakeCity, mode: str
) -> None:
    """Libraries (349) are in the snapshot: the resident gets them, dated."""
    kiosk = city_kiosk("en")
    window = kiosk.window
    fresh.fault("/servicemap/v2/unit/", mode)
    fresh.fault("/palvelukarttaws/rest/v4/unit/", mode)
    window.start_flow("services-near")
    settle()
    tap(qtbot, window, "option_349")
    text = screen_text(window)
    assert SORRY_EN not in text
    assert KALLIO["en"] in text and OODI["en"] in text
    # The list's date and source come from results_places.list_note (the lead shows
    # it under the buttons); the snapshot's units date is 28 October 2020.
    note = results_places.list_note(_last_data(kiosk), "en")
    assert note is not None and "28 October 2020" in note
    assert kiosk.session.answers_for("services-near").get("need") == "349"

    tap(qtbot, window, "item_8215")
    tap(qtbot, window, "option_rollator")
    text = screen_text(window)
    assert SORRY_EN not in text
    assert KALLIO["en"] in text
    assert "This information is from 28 October 2020" in text, text
    assert kiosk.session.answers_for("services-near") == {
        "need": "349",
        "place": 8215,
        "access": "rollator",
    }


def _last_data(kiosk) -> object:
    """The data the current results page was built from (as the engine sent it)."""
    live = kiosk.window.runner._services._services.real()
    return live.call("units.near", {"service_node": "349"}, "en")
