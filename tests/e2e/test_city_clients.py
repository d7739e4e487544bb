"""The city clients against the fake city server (tests/fakecity/server.py): real
sample answers at the real paths, every fault mode, the cache, retries, the Open311
POST body, coordinates, LiveServices' snapshot fallback and the snapshot rebuild."""

from __future__ import annotations

import json
import math
import shutil
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from fakecity.server import API_KEY, Blackhole, FakeCity, refused_url

from kiosk.core.clock import HELSINKI, FixedClock
from kiosk.services.catalog_live import LIVE_SERVICES
from kiosk.services.events import EventsClient
from kiosk.services.feedback import Contact, FeedbackClient
from kiosk.services.http import (
    DEFAULT_LIFETIMES,
    Endpoints,
    ServiceDataError,
    ServiceRejected,
    ServiceUnavailable,
)
from kiosk.services.libraries_live import LibrariesClient
from kiosk.services.live import LibraryRefs, LiveServices
from kiosk.services.omastadi import OmaStadiClient
from kiosk.services.rebuild_snapshot import main as rebuild
from kiosk.services.servicemap import ServiceMapClient
from kiosk.services.snapshot import Snapshot
from kiosk.services.transport import CityHttp, cache_patterns

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "assets" / "snapshot"
FIXTURES = ROOT / "tests" / "fixtures" / "city"
KIOSK = (60.1837, 24.9536)  # the default config: Kallion kirjasto
NOW = datetime(2020, 6, 22, 10, 30, tzinfo=HELSINKI)


@pytest.fixture(scope="module")
def city():
    with FakeCity(slow_s=1.5) as server:
        yield server


@pytest.fixture
def fresh(city: FakeCity) -> FakeCity:
    city.reset()
    return city


def make_http(endpoints: Endpoints, **kwargs) -> CityHttp:
    options = {
        "connect_timeout_s": 0.5,
        "read_timeout_s": 0.5,
        "backoff_s": 0.01,
        "kiosk_id": "test-kiosk",
    }
    options.update(kwargs)
    return CityHttp(endpoints=endpoints, **options)


@pytest.fixture
def http(fresh: FakeCity):
    client = make_http(fresh.endpoints)
    yield client
    client.close()


def destination(origin: tuple[float, float], bearing: float, metres: float):
    """The point ``metres`` from ``origin`` at ``bearing`` (spherical Earth)."""
    r = 6_371_008.8
    lat1, lon1, theta, d = (
        math.radians(origin[0]),
        math.radians(origin[1]),
        math.radians(bearing),
        metres / r,
    )
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(theta))
    lon2 = lon1 + math.atan2(
        math.sin(theta) * math.sin(d) * math.cos(lat1),
        math.cos(d) - math.sin(lat1) * math.sin(lat2),
    )
    return math.degrees(lat2), math.degrees(lon2)


# ---- each client against the real sample answers ---------------------------------------


def test_units_near_sends_lat_lon_and_parses_lon_lat(http: CityHttp, fresh: FakeCity) -> None:
    units = ServiceMapClient(http, KIOSK).units_near([349, 2148], radius_m=1500)
    assert [u.id for u in units] == [8215, 51342]  # nearest first
    kallio, oodi = units.units
    assert kallio.name.get("sv") == "Berghälls bibliotek"
    assert (kallio.lat, kallio.lon) == (60.18372, 24.95356)  # from [lon, lat]
    assert kallio.distance_m < 5
    assert oodi.compass == "south-west" and 1300 < oodi.distance_m < 1450
    sent = fresh.requests[-1]
    assert sent.path == "/servicemap/v2/unit/"
    assert (sent.param("lat"), sent.param("lon")) == ("60.183700", "24.953600")
    assert sent.param("service_node") == "349,2148"
    assert sent.param("distance") == "1500"
    assert "location" in sent.param("only")
    assert sent.headers["User-Agent"] == "HelsinkiLibraryKiosk/0.1.0 (+test-kiosk)"


def test_a_unit_350_m_north_east(http: CityHttp, fresh: FakeCity) -> None:
    lat, lon = destination(KIOSK, 45.0, 350.0)
    fresh.respond(
        "/servicemap/v2/unit/",
        {
            "count": 1,
            "next": None,
            "previous": None,
            "results": [
                {
                    "id": 1,
                    "name": {"fi": "Testipiste"},
                    "location": {"type": "Point", "coordinates": [lon, lat]},
                }
            ],
        },
    )
    (unit,) = ServiceMapClient(http, KIOSK).units_near([2148]).units
    assert unit.distance_m == pytest.approx(350, abs=0.5)
    assert unit.bearing_deg == pytest.approx(45, abs=0.1)
    assert unit.compass == "north-east"
    assert (unit.lat, unit.lon) == pytest.approx((lat, lon))
    assert unit.name.get("en") == "Testipiste"  # en missing: falls back to fi


def test_accessibility_sentences_grouped(http: CityHttp, fresh: FakeCity) -> None:
    info = ServiceMapClient(http, KIOSK).accessibility(41102)
    assert [g.key for g in info.groups] == ["Kulkureitti pääsisäänkäynnille", "Pääsisäänkäynti"]
    assert info.groups[1].title.get("sv") == "Huvudingången"
    assert len(info.groups[1].sentences) == 4
    assert info.groups[0].sentences[0].get("en") == "The route to the entrance is rough."
    assert info.viewpoint("wheelchair").verdict == "problems"
    assert info.viewpoint("hearing_aid").verdict == "problems"
    assert info.source_date is None
    assert fresh.requests[-1].path == "/palvelukarttaws/rest/v4/unit/41102"
    assert fresh.requests[-1].param("newfeatures") == "yes"


def test_events_query_and_parse(http: CityHttp, fresh: FakeCity) -> None:
    client = EventsClient(http, KIOSK, "tprek:8215", FixedClock(NOW))
    events = client.seniors(when="week", where="nearby")
    assert [e.id for e in events] == ["helsinki:afy6ikna3u"]  # the other has no start time
    event = events.events[0]
    assert event.start == datetime(2020, 6, 1, 16, 45, tzinfo=HELSINKI)
    assert event.start.utcoffset().total_seconds() == 3 * 3600
    assert event.free is True
    assert (events.first_day, events.last_day) == (date(2020, 6, 22), date(2020, 6, 28))
    sent = fresh.requests[-1]
    assert sent.param("keyword") == "yso:p2433"
    assert sent.param("is_free") == "true"
    assert sent.param("event_type") == "General,Course"
    assert sent.param("include") == "location"
    assert (sent.param("start"), sent.param("end")) == ("2020-06-22", "2020-06-28")
    assert sent.param("dwithin_origin") == "24.953600,60.183700"  # lon first
    assert sent.param("location") is None
    client.seniors(when="today", where="here")
    sent = fresh.requests[-1]
    assert sent.param("location") == "tprek:8215"
    assert (sent.param("start"), sent.param("end")) == ("2020-06-22", "2020-06-22")
    assert sent.param("dwithin_origin") is None


def test_libraries_week_and_search(http: CityHttp, fresh: FakeCity) -> None:
    client = LibrariesClient(http)
    week = client.week(84860, "sv")
    assert week.name == "Kallion kirjasto" and len(week.days) == 3
    sent = fresh.requests[-1]
    assert sent.path == "/v4/library/84860"
    assert sent.query == {
        "with": ["schedules"],
        "refs": ["period"],
        "period.start": ["0w"],
        "period.end": ["0w"],
        "lang": ["sv"],
    }
    refs = client.search("  kall  ")
    assert [r.id for r in refs] == [84860]
    assert fresh.requests[-1].param("name") == "kall"
    assert client.search("   ") == []
    with pytest.raises(ServiceRejected) as caught:
        client.week(1)
    assert caught.value.status == 404


def test_feedback_services_and_status(http: CityHttp, fresh: FakeCity) -> None:
    client = FeedbackClient(http, API_KEY)
    services = client.services("sv")
    assert [s.code for s in services][:2] == ["172", "246"]
    assert fresh.requests[-1].param("locale") == "sv_SE"
    status = client.status("3qp16kaphhsc78uc422l")
    assert status.status == "closed" and status.detailed_status == "PROCESSED"
    assert (status.lat, status.lon) == (60.451667, 22.266944)  # swapped back
    assert status.requested == datetime(2016, 3, 22, 13, 27, 16, tzinfo=HELSINKI)
    with pytest.raises(ServiceRejected) as caught:
        client.status("nosuchrequest")
    assert caught.value.status == 404
    with pytest.raises(ValueError):
        client.status("../../etc")


def test_omastadi_query(http: CityHttp, fresh: FakeCity) -> None:
    summary = OmaStadiClient(http, FixedClock(NOW)).current()
    assert summary.processes_seen == 2 and summary.round is None  # docs example: no dates
    sent = fresh.requests[-1]
    assert sent.method == "POST" and sent.path == "/api"
    assert "participatoryProcesses" in sent.json["query"]
    assert sent.headers["Content-Type"] == "application/json"


# ---- the Open311 POST ---------------------------------------------------------------------


CONTACT = Contact("Aino", "Virtanen", "aino@example.fi", "+358401234567")
CONTACT_FIELDS = {"first_name", "last_name", "email", "phone"}


def test_post_without_consent_sends_no_contact(http: CityHttp, fresh: FakeCity) -> None:
    receipt = FeedbackClient(http, API_KEY).send(
        "172", "Penkki on rikki.", consent=False, contact=CONTACT, lat=60.1837, lon=24.9536
    )
    assert receipt.request_id and receipt.token is None
    (post,) = [r for r in fresh.requests if r.method == "POST"]
    form = post.form
    assert CONTACT_FIELDS.isdisjoint(form)
    assert form["api_key"] == [API_KEY]
    assert form["service_code"] == ["172"]
    assert form["description"] == ["Penkki on rikki."]
    assert (form["lat"], form["long"]) == (["60.183700"], ["24.953600"])


def test_post_with_consent_sends_contact(http: CityHttp, fresh: FakeCity) -> None:
    FeedbackClient(http, API_KEY).send("172", "Penkki on rikki.", consent=True, contact=CONTACT)
    form = fresh.requests[-1].form
    assert {k: form[k][0] for k in CONTACT_FIELDS} == {
        "first_name": "Aino",
        "last_name": "Virtanen",
        "email": "aino@example.fi",
        "phone": "+358401234567",
    }
    assert "lat" not in form and "long" not in form


def test_live_feedback_send_respects_consent(fresh: FakeCity) -> None:
    with make_http(fresh.endpoints) as http:
        live = LiveServices(
            http,
            Snapshot(SNAPSHOT),
            library_id=84860,
            latitude=KIOSK[0],
            longitude=KIOSK[1],
            open311_api_key=API_KEY,
        )
        contact = {"name": "Aino Maria Virtanen", "email": "aino@example.fi"}
        live.call(
            "feedback.send",
            {
                "service_code": "172",
                "description": "Valo ei toimi.",
                "consent": False,
                "contact": contact,
            },
            "fi",
        )
        assert CONTACT_FIELDS.isdisjoint(fresh.requests[-1].form)
        receipt = live.call(
            "feedback.send",
            {
                "service_code": "172",
                "description": "Valo ei toimi.",
                "consent": True,
                "contact": contact,
                "location": "here",
                "unit": 8215,
            },
            "fi",
        )
        form = fresh.requests[-1].form
        assert form["first_name"] == ["Aino Maria"] and form["last_name"] == ["Virtanen"]
        assert form["email"] == ["aino@example.fi"] and "phone" not in form
        assert form["service_object_id"] == ["8215"]
        assert form["lat"] == ["60.183700"]
        assert receipt.request_id


def test_post_refused_and_unconfigured(http: CityHttp, fresh: FakeCity) -> None:
    with pytest.raises(ServiceRejected, match="Missing or Invalid API Key") as caught:
        FeedbackClient(http, "wrong").send("172", "Penkki on rikki.", consent=False)
    assert caught.value.status == 400
    fresh.reset()
    with pytest.raises(ServiceRejected, match="no API key"):
        FeedbackClient(http, None).send("172", "Penkki on rikki.", consent=False)
    assert fresh.requests == []  # nothing left the kiosk
    with pytest.raises(ValueError):
        FeedbackClient(http, API_KEY).send("172", "   ", consent=False)


# ---- every fault mode of every service ------------------------------------------------


CALLS = {
    "units.near": ("/servicemap/v2/unit/", lambda h: ServiceMapClient(h, KIOSK).units_near([349])),
    "units.accessibility": (
        "/palvelukarttaws/rest/v4/unit/",
        lambda h: ServiceMapClient(h, KIOSK).accessibility(41102),
    ),
    "events.seniors": (
        "/linkedevents/v1/event/",
        lambda h: EventsClient(h, KIOSK, "tprek:8215").seniors(),
    ),
    "libraries.week": ("/v4/library/84860", lambda h: LibrariesClient(h).week(84860)),
    "libraries.search": ("/v4/library", lambda h: LibrariesClient(h).search("kallio")),
    "feedback.services": (
        "/palautews/rest/v1/services.json",
        lambda h: FeedbackClient(h).services(),
    ),
    "feedback.send": (
        "/palautews/rest/v1/requests.json",
        lambda h: FeedbackClient(h, API_KEY).send("172", "Rikki.", consent=False),
    ),
    "feedback.status": (
        "/palautews/rest/v1/requests/",
        lambda h: FeedbackClient(h).status("3qp16kaphhsc78uc422l"),
    ),
    "budgeting.current": ("/api", lambda h: OmaStadiClient(h).current()),
}
EXPECTED = {
    "500": ServiceUnavailable,
    "503": ServiceUnavailable,
    "slow": ServiceUnavailable,
    "close": ServiceUnavailable,
    "drop": ServiceUnavailable,
    "invalid_json": ServiceDataError,
    "empty": ServiceDataError,
    "html": ServiceDataError,
}


@pytest.mark.parametrize("mode", sorted(EXPECTED))
@pytest.mark.parametrize("service", sorted(CALLS))
def test_every_fault_mode(fresh: FakeCity, service: str, mode: str) -> None:
    path, call = CALLS[service]
    fresh.fault(path, mode)
    with make_http(fresh.endpoints) as http:
        started = time.monotonic()
        with pytest.raises(EXPECTED[mode]) as caught:
            call(http)
        assert time.monotonic() - started < 1.5  # the 0.5 s read timeout, not the 1.5 s wait
    error = caught.value
    assert str(error).split(":")[0] in {
        "Service Map",
        "Service Map accessibility (palvelukarttaws)",
        "Linked Events",
        "kirjastot.fi",
        "feedback (Open311)",
        "OmaStadi",
    }
    assert fresh.count(path) >= 1


def test_every_client_when_nothing_listens() -> None:
    with make_http(Endpoints.local(refused_url())) as http:
        for service, (_path, call) in CALLS.items():
            with pytest.raises(ServiceUnavailable, match="cannot be reached"):
                call(http)
            assert service


# ---- cache ---------------------------------------------------------------------------------


def test_second_identical_get_comes_from_the_cache(http: CityHttp, fresh: FakeCity) -> None:
    client = ServiceMapClient(http, KIOSK)
    first = client.units_near([349])
    second = client.units_near([349])
    assert first == second
    assert fresh.count("/servicemap/v2/unit/") == 1
    client.units_near([2148])  # another question: asked
    assert fresh.count("/servicemap/v2/unit/") == 2
    for call in (
        lambda: LibrariesClient(http).week(84860),
        lambda: EventsClient(http, KIOSK).seniors(),
        lambda: FeedbackClient(http).services(),
        lambda: ServiceMapClient(http, KIOSK).accessibility(41102),
        lambda: OmaStadiClient(http).current(),
    ):
        before = len(fresh.requests)
        call()
        call()
        assert len(fresh.requests) == before + 1


def test_personal_answers_are_never_cached(http: CityHttp, fresh: FakeCity) -> None:
    client = FeedbackClient(http, API_KEY)
    client.status("3qp16kaphhsc78uc422l")
    client.status("3qp16kaphhsc78uc422l")
    assert fresh.count("/palautews/rest/v1/requests/") == 2
    client.send("172", "Sama teksti.", consent=False)
    client.send("172", "Sama teksti.", consent=False)
    assert fresh.count("/palautews/rest/v1/requests.json", "POST") == 2


def test_a_broken_answer_is_not_cached(http: CityHttp, fresh: FakeCity) -> None:
    fresh.fault("/linkedevents/v1/event/", "invalid_json", times=1)
    client = EventsClient(http, KIOSK)
    with pytest.raises(ServiceDataError):
        client.seniors()
    assert len(client.seniors()) == 1
    client.seniors()
    assert fresh.count("/linkedevents/v1/event/") == 2
    # valid JSON of the wrong shape: not kept either
    fresh.respond("/v4/library/84860", {"unexpected": True})
    with pytest.raises(ServiceDataError):
        LibrariesClient(http).week(84860)
    fresh.reset()
    assert LibrariesClient(http).week(84860).library_id == 84860
    assert fresh.count("/v4/library/84860") == 1


def test_sqlite_cache_outlives_the_session(fresh: FakeCity, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "http-cache.sqlite"
    with make_http(fresh.endpoints, cache_path=path) as http:
        FeedbackClient(http).services()
    assert path.is_file()
    with make_http(fresh.endpoints, cache_path=path) as http:
        assert len(FeedbackClient(http).services()) == 5
    assert fresh.count("/palautews/") == 1


def test_an_unusable_cache_file_is_replaced(fresh: FakeCity, tmp_path: Path) -> None:
    path = tmp_path / "http-cache.sqlite"
    path.write_bytes(b"not a database " * 100)
    with make_http(fresh.endpoints, cache_path=path) as http:
        FeedbackClient(http).services()
        FeedbackClient(http).services()
    assert fresh.count("/palautews/") == 1


def test_cache_lifetimes_per_service() -> None:
    ep = Endpoints()
    patterns = cache_patterns(ep)
    assert patterns[ep.linkedevents + "event"].total_seconds() == 600
    assert patterns[ep.servicemap + "unit"].total_seconds() == 24 * 3600
    assert patterns[ep.tpr + "unit"].total_seconds() == 24 * 3600
    assert patterns[ep.kirjastot + "library"].total_seconds() == 3600
    assert list(patterns)[0] == ep.open311 + "requests"  # first match wins: never cached
    assert DEFAULT_LIFETIMES["events"].total_seconds() == 600


# ---- retries -------------------------------------------------------------------------------


def test_get_is_retried_after_quick_failures(http: CityHttp, fresh: FakeCity) -> None:
    fresh.fault("/servicemap/v2/unit/", "503", times=2)
    assert len(ServiceMapClient(http, KIOSK).units_near([349])) == 2
    assert fresh.count("/servicemap/v2/unit/") == 3
    fresh.fault("/v4/library/", "drop", times=1)
    assert LibrariesClient(http).week(84860).library_id == 84860
    assert fresh.count("/v4/library/") == 2


def test_get_gives_up_after_the_retries(http: CityHttp, fresh: FakeCity) -> None:
    fresh.fault("/servicemap/v2/unit/", "503")
    with pytest.raises(ServiceUnavailable, match="503") as caught:
        ServiceMapClient(http, KIOSK).units_near([349])
    assert caught.value.status == 503
    assert fresh.count("/servicemap/v2/unit/") == 3


def test_a_timeout_is_not_retried(http: CityHttp, fresh: FakeCity) -> None:
    fresh.fault("/linkedevents/", "slow")
    with pytest.raises(ServiceUnavailable, match="in time"):
        EventsClient(http, KIOSK).seniors()
    assert fresh.count("/linkedevents/") == 1


@pytest.mark.parametrize("mode", ["503", "drop", "close", "500"])
def test_post_is_never_retried(http: CityHttp, fresh: FakeCity, mode: str) -> None:
    fresh.fault("/palautews/rest/v1/requests.json", mode)
    with pytest.raises(ServiceUnavailable):
        FeedbackClient(http, API_KEY).send("172", "Penkki on rikki.", consent=False)
    assert fresh.count("/palautews/rest/v1/requests.json", "POST") == 1
    fresh.reset()
    fresh.fault("/api", mode)
    with pytest.raises(ServiceUnavailable):
        OmaStadiClient(http).current()
    assert fresh.count("/api") == 1


def test_connect_timeout_to_a_blackhole() -> None:
    with Blackhole() as hole, make_http(Endpoints.local(hole.url), connect_timeout_s=0.3) as http:
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable, match="in time"):
            LibrariesClient(http).week(84860)
        assert time.monotonic() - started < 1.0  # one attempt: timeouts are not retried


# ---- LiveServices: live, and the snapshot when the network fails ------------------------


def live_services(endpoints: Endpoints, snapshot: Path = SNAPSHOT, **kwargs) -> LiveServices:
    http = make_http(endpoints)
    options = {
        "library_id": 84860,
        "latitude": KIOSK[0],
        "longitude": KIOSK[1],
        "clock": FixedClock(NOW),
        "open311_api_key": API_KEY,
    }
    options.update(kwargs)
    return LiveServices(http, Snapshot(snapshot), **options)


def test_live_answers_carry_no_snapshot_date(fresh: FakeCity) -> None:
    live = live_services(fresh.endpoints)
    try:
        assert live.names == LIVE_SERVICES
        units = live.call("units.near", {"service_node": "349"}, "fi")
        assert units.source_date is None and units.source.startswith("City of Helsinki")
        assert live.call("units.accessibility", {"unit": 41102}, "fi").source_date is None
        assert live.call("events.seniors", {"when": "today"}, "fi").source_date is None
        assert live.call("libraries.week", {"library": "here"}, "fi").source_date is None
        refs = live.call("libraries.search", {"name": "kall"}, "fi")
        assert isinstance(refs, LibraryRefs) and refs.source_date is None and len(refs) == 1
        assert live.call("feedback.services", {}, "fi").source_date is None
        assert live.call("budgeting.current", {}, "fi").source_date is None
        with pytest.raises(ValueError):
            live.call("no.such.service", {}, "fi")
        with pytest.raises(ValueError):
            live.call("units.near", {}, "fi")
        with pytest.raises(ValueError):
            live.call("events.seniors", {"when": "yesterday"}, "fi")
    finally:
        live.http.close()


def test_fallback_to_the_snapshot_with_its_date() -> None:
    fallbacks: list[str] = []
    live = live_services(
        Endpoints.local(refused_url()), on_fallback=lambda name, error: fallbacks.append(name)
    )
    try:
        units = live.call("units.near", {"service_node": 349}, "fi")
        assert units.source_date == date(2020, 10, 28)
        assert units.source == "City of Helsinki Service Map, CC BY 4.0"
        assert [u.id for u in units] == [8215, 51342]
        assert units.units[1].compass == "south-west"
        info = live.call("units.accessibility", {"unit": 41102}, "fi")
        assert info.source_date == date(2023, 11, 13) and len(info.groups) == 2
        kallio = live.call("units.accessibility", {"unit": 8215}, "fi")
        assert kallio.groups == () and kallio.viewpoint("wheelchair").verdict == "problems"
        week = live.call("libraries.week", {"library": "here"}, "fi")
        assert week.source_date == date(2020, 6, 22) and week.library_id == 84860
        refs = live.call("libraries.search", {"name": "kallio"}, "fi")
        assert refs.source_date == date(2020, 6, 22) and [r.id for r in refs] == [84860]
        with pytest.raises(ServiceUnavailable):  # the bundled page has no senior events,
            live.call("events.seniors", {}, "fi")  # and was not fetched for them
        services = live.call("feedback.services", {}, "sv")
        assert services.source_date == date(2016, 1, 1) and len(services) == 5
        assert fallbacks == [
            "units.near",
            "units.accessibility",
            "units.accessibility",
            "libraries.week",
            "libraries.search",
            "feedback.services",
        ]
    finally:
        live.http.close()


def test_no_fallback_for_another_question_or_a_write() -> None:
    live = live_services(Endpoints.local(refused_url()))
    try:
        with pytest.raises(ServiceUnavailable):  # the snapshot has libraries only
            live.call("units.near", {"service_node": "349,2148"}, "fi")
        with pytest.raises(ServiceUnavailable):
            live.call("units.accessibility", {"unit": 999}, "fi")
        with pytest.raises(ServiceUnavailable):
            live.call("libraries.week", {"library": 86476}, "fi")
        with pytest.raises(ServiceUnavailable):
            live.call("feedback.send", {"service_code": "172", "description": "Rikki."}, "fi")
        with pytest.raises(ServiceUnavailable):
            live.call("feedback.status", {"request": "3qp16kaphhsc78uc422l"}, "fi")
        with pytest.raises(ServiceUnavailable):  # OmaStadi's sample is demo data only
            live.call("budgeting.current", {}, "fi")
    finally:
        live.http.close()
    demo = live_services(Endpoints.local(refused_url()), allow_demo_data=True)
    try:
        summary = demo.call("budgeting.current", {}, "fi")
        assert summary.round is None and summary.processes_seen == 2
        assert summary.source_date == date(2020, 6, 22)
    finally:
        demo.http.close()


def test_broken_answers_fall_back_but_refusals_do_not(fresh: FakeCity) -> None:
    live = live_services(fresh.endpoints)
    try:
        fresh.fault("/v4/library/", "html")
        assert live.call("libraries.week", {"library": 84860}, "fi").source_date == date(
            2020, 6, 22
        )
        with pytest.raises(ServiceRejected):
            live.call("feedback.status", {"request": "unknown1"}, "fi")
    finally:
        live.http.close()


def test_senior_events_from_a_snapshot(tmp_path: Path) -> None:
    """A snapshot recorded with the seniors query (SYNTHETIC event, made here)."""
    shutil.copytree(SNAPSHOT, tmp_path / "snap")
    manifest = json.loads((tmp_path / "snap" / "manifest.json").read_text())
    event = {
        "id": "synthetic:1",
        "name": {"fi": "Senioritanssit"},
        "start_time": "2020-06-23T09:00:00Z",
        "end_time": "2020-06-23T10:00:00Z",
        "keywords": [{"@id": "https://api.hel.fi/linkedevents/v1/keyword/yso:p2433/"}],
        "offers": [{"is_free": True}],
        "location": {
            "id": "tprek:8215",
            "name": {"fi": "Kallion kirjasto"},
            "position": {"type": "Point", "coordinates": [24.95356, 60.18372]},
        },
    }
    (tmp_path / "snap" / "seniors.json").write_text(json.dumps({"meta": {}, "data": [event]}))
    manifest["city_sources"].insert(
        0,
        {
            "id": "x",
            "kind": "linkedevents.events",
            "file": "seniors.json",
            "date": "2020-06-22",
            "name": "City of Helsinki Linked Events",
            "licence": "CC BY 4.0",
        },
    )
    (tmp_path / "snap" / "manifest.json").write_text(json.dumps(manifest))
    live = live_services(Endpoints.local(refused_url()), tmp_path / "snap")
    try:
        for where in ("here", "nearby"):
            events = live.call("events.seniors", {"where": where}, "fi")
            assert [e.id for e in events] == ["synthetic:1"]
            assert events.source_date == date(2020, 6, 22)
            assert events.events[0].start.hour == 12  # 09:00Z in Helsinki summer time
    finally:
        live.http.close()


def test_slow_network_answers_from_the_snapshot_in_time(fresh: FakeCity) -> None:
    """The server takes 1.5 s, the read timeout is 2 s: the snapshot answers after the
    0.3 s budget, and the late live answer still fills the cache for next time."""
    http = make_http(fresh.endpoints, read_timeout_s=2.0)
    live = LiveServices(
        http,
        Snapshot(SNAPSHOT),
        library_id=84860,
        latitude=KIOSK[0],
        longitude=KIOSK[1],
        answer_within_s=0.3,
    )
    try:
        fresh.fault("/v4/library/", "slow")
        started = time.monotonic()
        week = live.call("libraries.week", {"library": 84860}, "fi")
        assert time.monotonic() - started < 1.0
        assert week.source_date == date(2020, 6, 22)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not http.session.cache.contains(
            url=f"{fresh.url}/v4/library/84860?with=schedules&refs=period"
            "&period.start=0w&period.end=0w&lang=fi"
        ):
            time.sleep(0.05)
        fresh.clear_faults()
        assert live.call("libraries.week", {"library": 84860}, "fi").source_date is None
        assert fresh.count("/v4/library/") == 1  # the second answer came from the cache
        # no snapshot data for this question: the call waits for the live answer
        fresh.fault("/servicemap/v2/unit/", "slow")
        fresh.slow_s = 0.6
        units = live.call("units.near", {"service_node": 2148}, "fi")
        assert units.source_date is None
    finally:
        fresh.slow_s = 1.5
        http.close()


# ---- the snapshot rebuild -------------------------------------------------------------------


def test_rebuild_snapshot_from_the_fake_city(
    fresh: FakeCity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "snapshot"
    assert rebuild(["--out", str(out), "--base", fresh.url], clock=FixedClock(NOW)) == 0
    snapshot = Snapshot(out)
    assert snapshot.date == date(2020, 6, 22)  # the first day of the opening hours
    assert snapshot.library(84860).source_date == date(2020, 6, 22)
    kinds = {s.kind for s in snapshot.city_sources()}
    assert kinds == {
        "servicemap.units",
        "tpr.units",
        "linkedevents.events",
        "open311.services",
        "omastadi.processes",
    }
    assert all(s.date == date(2020, 6, 22) for s in snapshot.city_sources())
    paths = {r.path for r in fresh.requests}
    assert {
        "/v4/library/84860",
        "/servicemap/v2/unit/",
        "/palvelukarttaws/rest/v4/unit/8215",
        "/linkedevents/v1/event/",
        "/palautews/rest/v1/services.json",
        "/api",
    } <= paths
    live = live_services(Endpoints.local(refused_url()), out)
    try:
        units = live.call("units.near", {"service_node": "2148,349"}, "fi")
        assert units.source_date == date(2020, 6, 22) and len(units) == 2
        assert live.call("units.accessibility", {"unit": 51342}, "fi").source_date == date(
            2020, 6, 22
        )
        assert len(live.call("feedback.services", {}, "en")) == 5
        for where in ("here", "nearby"):  # fetched with the seniors query: "none" is an answer
            events = live.call("events.seniors", {"where": where}, "fi")
            assert events.events == () and events.source_date == date(2020, 6, 22)
    finally:
        live.http.close()
    # one failing source: nothing is written
    fresh.fault("/api", "500")
    assert rebuild(["--out", str(tmp_path / "other"), "--base", fresh.url]) == 1
    assert not (tmp_path / "other").exists()
    assert "OmaStadi" in capsys.readouterr().out
