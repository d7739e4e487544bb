"""Linked Events: parsing the real sample answers (UTC → Helsinki, HTML, places,
missing languages and fields) and the local filter used for snapshot data."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.services.events import day_range, filter_events, parse_events
from kiosk.services.http import ServiceDataError

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "city"


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_event_list() -> None:
    events = parse_events(load("linkedevents_event_list.json"))
    assert [e.id for e in events] == ["helsinki:afy6ikna3u"]  # Amos Rex has no start time
    event = events[0]
    assert event.start == datetime(2020, 6, 1, 16, 45, tzinfo=HELSINKI)
    assert event.end == datetime(2020, 6, 1, 19, 0, tzinfo=HELSINKI)
    assert event.start.tzinfo is HELSINKI
    assert event.name.get("sv") == "Uutta Koillis-Helsinkiä verkkotilaisuus"  # fi fallback
    assert event.free is True and event.price.get("fi") == ""
    assert event.place_id == "helsinki:internet"  # a reference only (no include)
    assert event.place_name.get("fi") == "" and event.lat is None
    assert event.info_url.get("en").startswith("https://www.hel.fi/")
    assert event.status == "scheduled"
    assert "yso:p8270" in event.keywords


def test_event_with_included_place() -> None:
    detail = load("linkedevents_event_detail_include_location_keywords.json")
    detail = {**detail, "start_time": "2020-12-01T10:00:00Z", "end_time": None}
    (event,) = parse_events(detail)
    assert event.start == datetime(2020, 12, 1, 12, 0, tzinfo=HELSINKI)  # winter: +02
    assert event.end is None
    assert event.place_id == "tprek:15321"
    assert event.place_name.get("en") == "Entresse Library"
    assert event.street.get("sv") == "Brogatan 11"
    assert (event.lat, event.lon) == (60.203636, 24.657864)  # from [lon, lat]
    assert event.status == "postponed"
    assert event.free is False and event.price.get("fi") == "5-15€"
    assert event.short_description.get("en").startswith("Visual artist Raija Malka")
    assert event.keywords == ("helfi:12", "yso:p5121", "yso:p6889", "yso:p1808")


def test_html_is_stripped_and_missing_languages_fall_back() -> None:
    (event,) = parse_events(
        {
            "data": [
                {
                    "id": "x:1",
                    "start_time": "2020-06-01T08:00:00Z",
                    "name": {"sv": "Bara svenska", "en": ""},
                    "short_description": {
                        "fi": "<p>Tervetuloa&nbsp;<b>kaikki</b>!</p><br>Ilmainen."
                    },
                }
            ]
        }
    )
    assert event.short_description.get("en") == "Tervetuloa kaikki! Ilmainen."
    assert event.name.get("fi") == "Bara svenska"
    assert event.name.get("en") == "Bara svenska"


@pytest.mark.parametrize(
    "item",
    [
        None,
        "x",
        {"id": "a"},
        {"id": "a", "start_time": "soon"},
        {"start_time": "2020-06-01"},
        {"id": "a", "start_time": "2020-06-01T08:00:00Z", "deleted": True},
    ],
)
def test_unusable_events_are_left_out(item) -> None:
    assert parse_events({"data": [item]}) == ()


def test_odd_fields_do_not_crash() -> None:
    (event,) = parse_events(
        [
            {
                "id": "x:2",
                "start_time": "2020-06-01",
                "end_time": "2020-05-01T00:00:00Z",
                "location": "https://api.hel.fi/linkedevents/v1/place/tprek:8215/",
                "offers": [None, {"is_free": "yes"}],
                "keywords": [None, 3, {"@id": None}],
                "event_status": None,
                "position": [1, 2],
                "info_url": 5,
            }
        ]
    )
    assert event.start == datetime(2020, 6, 1, 0, 0, tzinfo=HELSINKI)  # a date: the day
    assert event.end is None  # before the start: not believed
    assert event.free is False and event.keywords == ()
    assert event.place_id == ""  # a bare string is not a place object
    assert event.info_url.get("fi") == "5"


def test_naive_times_are_utc_and_offsets_convert() -> None:
    events = parse_events(
        {
            "data": [
                {"id": "a", "start_time": "2020-06-01T08:00:00"},
                {"id": "b", "start_time": "2020-06-01T08:00:00+03:00"},
            ]
        }
    )
    assert [e.start.hour for e in events] == [8, 11]
    assert [e.id for e in events] == ["b", "a"]  # start order


@pytest.mark.parametrize("payload", [None, 3, "x", {"meta": {}}, {"data": {}}])
def test_not_an_event_list(payload) -> None:
    with pytest.raises(ServiceDataError):
        parse_events(payload)


def test_filter_like_the_live_query() -> None:
    base = {"start_time": "2020-06-01T08:00:00Z", "offers": [{"is_free": True}]}
    events = parse_events(
        {
            "data": [
                {
                    **base,
                    "id": "a",
                    "keywords": [{"id": "yso:p2433"}],
                    "location": {"id": "tprek:1"},
                },
                {**base, "id": "b", "audience": [{"@id": "/keyword/yso:p2433/"}]},
                {**base, "id": "c", "keywords": [{"id": "yso:p4354"}]},
                {**base, "id": "d", "keywords": [{"id": "yso:p2433"}], "offers": []},
            ]
        }
    )
    assert [e.id for e in filter_events(events)] == ["a", "b"]
    assert [e.id for e in filter_events(events, place_id="tprek:1")] == ["a"]
    assert len(filter_events(events, keyword=None, free_only=False)) == 4
    assert filter_events(parse_events(load("linkedevents_event_list.json"))) == ()


def test_day_range() -> None:
    assert day_range("today", date(2020, 6, 22)) == (date(2020, 6, 22), date(2020, 6, 22))
    assert day_range("week", date(2020, 6, 28)) == (date(2020, 6, 28), date(2020, 7, 4))
    with pytest.raises(ValueError):
        day_range("month", date(2020, 6, 22))
