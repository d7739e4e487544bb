"""Service Map v2 units and TPR v4 accessibility: parsing the real sample answers,
coordinate order, distance and direction, missing fields and languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.services.http import ServiceDataError
from kiosk.services.servicemap import (
    parse_accessibility,
    parse_units,
    service_node_ids,
)

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "city"
KIOSK = (60.1837, 24.9536)


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_v2_page_geojson_is_lon_lat() -> None:
    units = parse_units(load("servicemap_v2_unit_page_libraries.json"), origin=KIOSK)
    assert [u.id for u in units] == [8215, 51342]
    oodi = units[1]
    assert (oodi.lat, oodi.lon) == (60.17397, 24.938158)
    assert oodi.name.get("fi") == "Keskustakirjasto Oodi"
    assert oodi.street.get("sv") == "Tölöviksgatan 4"
    assert oodi.phone == "+358 9 310 85000"
    assert oodi.compass == "south-west"
    assert oodi.distance_m == pytest.approx(1378, abs=5)


def test_tpr_list_gives_the_same_units() -> None:
    v2 = parse_units(load("servicemap_v2_unit_page_libraries.json"), origin=KIOSK)
    tpr = parse_units(load("servicemap_tpr_v4_unit_list_libraries.json"), origin=KIOSK)
    assert [(u.id, u.lat, u.lon, u.name, u.distance_m) for u in v2] == [
        (u.id, u.lat, u.lon, u.name, u.distance_m) for u in tpr
    ]
    assert [u.kirkanta_id for u in tpr] == [84860, 86476]  # TPR sources[kirkanta]


def test_units_without_location_or_origin() -> None:
    units = parse_units(load("servicemap_v2_unit_shortcoming_counts.json"), origin=KIOSK)
    assert [u.id for u in units] == [71688, 71689, 72023]  # no distance: by id
    assert all(u.distance_m is None and u.compass is None for u in units)
    assert units[2].shortcoming_count("stroller") == 5
    assert units[0].shortcomings == ()
    search = parse_units(load("servicemap_v2_search_unit_results.json"))
    assert [u.name.get("en") for u in search] == ["Kivistö Library", "Lippulaiva library"]
    assert search[0].lat is None


def test_api_distance_used_only_without_coordinates() -> None:
    (unit,) = parse_units({"results": [{"id": 5, "distance": 812.4}]}, origin=KIOSK)
    assert unit.distance_m == 812.4 and unit.bearing_deg is None


@pytest.mark.parametrize(
    "location",
    [
        None,
        {},
        {"coordinates": None},
        {"coordinates": [24.9]},
        {"coordinates": ["x", "y"]},
        {"coordinates": [60.18, 124.95]},  # latitude out of range once read as [lon, lat]
    ],
)
def test_bad_locations_are_unknown(location) -> None:
    (unit,) = parse_units({"results": [{"id": 1, "location": location}]}, origin=KIOSK)
    assert unit.lat is None and unit.distance_m is None


def test_swapped_pair_reads_as_given() -> None:
    """[lat, lon] by mistake: still in range, so read as [lon, lat] — far away."""
    (unit,) = parse_units(
        {"results": [{"id": 1, "location": {"type": "Point", "coordinates": [60.1838, 24.9535]}}]},
        origin=KIOSK,
    )
    assert unit.lat == 24.9535 and unit.distance_m > 3_000_000


def test_items_that_are_not_units_are_skipped() -> None:
    units = parse_units(
        {
            "results": [
                None,
                3,
                {"name": {"fi": "no id"}},
                {"id": True},
                {"id": "12", "name": None, "street_address": 7},
                {"id": 12},
            ]
        }
    )
    assert [u.id for u in units] == [12]
    assert units[0].name.get("fi") == "" and units[0].street.get("fi") == "7"


@pytest.mark.parametrize("payload", [None, "x", 3, {"count": 1}, {"results": {}}])
def test_not_a_unit_list(payload) -> None:
    with pytest.raises(ServiceDataError):
        parse_units(payload)


def test_accessibility_from_the_real_unit() -> None:
    info = parse_accessibility(load("servicemap_tpr_v4_unit_41102.json"))
    assert info.unit_id == 41102
    assert info.name.get("en") == "Yrjönkatu swimming hall"
    assert [g.title.get("en") for g in info.groups] == [
        "The route to the main entrance",
        "The main entrance",
    ]
    assert sum(len(g.sentences) for g in info.groups) == 5
    assert info.www.startswith("https://tpr.hel.fi/kapaesteettomyys/")
    assert [v.key for v in info.viewpoints] == [
        "wheelchair",
        "reduced_mobility",
        "rollator",
        "stroller",
        "visually_impaired",
        "hearing_aid",
    ]
    assert {v.verdict for v in info.viewpoints} == {"problems"}
    assert info.has_data


def test_sentences_without_english_fall_back_to_finnish() -> None:
    sentences = load("servicemap_tpr_v4_accessibility_sentence_list.json")
    info = parse_accessibility({"id": 1414, "accessibility_sentences": sentences})
    interior = info.groups[-1]
    assert interior.key == "Sisätilat"
    assert interior.sentences[0].get("en") == "Toimipisteessä on esteetön wc."
    assert interior.sentences[0].get("sv").startswith("I verksamhetslokalen")
    assert interior.title.get("en") == "Sisätilat"


def test_viewpoints_green_red_unknown_and_missing() -> None:
    libraries = load("servicemap_tpr_v4_unit_list_libraries.json")
    oodi = parse_accessibility(libraries[1])
    assert oodi.viewpoint("wheelchair").verdict == "ok"
    assert oodi.viewpoint("rollator").verdict == "ok"
    assert oodi.viewpoint("visually_impaired").verdict == "problems"
    assert oodi.groups == ()
    assert oodi.viewpoint("hearing_aid").verdict == "ok"
    kallio = parse_accessibility(libraries[0])
    assert kallio.viewpoint("stroller").verdict == "problems"
    odd = parse_accessibility({"id": 1, "accessibility_viewpoints": "11:,21:purple,x"})
    assert [(v.key, v.verdict) for v in odd.viewpoints] == [
        ("wheelchair", "unknown"),
        ("reduced_mobility", "unknown"),
    ]
    assert odd.viewpoint("visually_impaired") is None  # not in the record
    assert not odd.has_data


def test_accessibility_with_missing_fields() -> None:
    info = parse_accessibility(
        [
            {
                "id": "77",
                "accessibility_sentences": [
                    None,
                    {"sentence_fi": ""},
                    {"sentence_group_fi": "Piha", "sentence_fi": "Tasainen."},
                    {"sentence_group_fi": "Piha", "sentence_fi": "Tasainen."},
                ],
            }
        ]
    )
    assert info.unit_id == 77
    assert [(g.key, len(g.sentences)) for g in info.groups] == [("Piha", 1)]
    assert info.viewpoints == () and info.www == ""
    for bad in (None, [], [1, 2], {"name_fi": "no id"}):
        with pytest.raises(ServiceDataError):
            parse_accessibility(bad)


def test_service_node_ids() -> None:
    assert service_node_ids(349) == (349,)
    assert service_node_ids("349, 2148,349") == (349, 2148)
    assert service_node_ids(["319", 2217]) == (319, 2217)
    for bad in ("", "abc", [0], None, True, [-3]):
        with pytest.raises(ValueError):
            service_node_ids(bad)
