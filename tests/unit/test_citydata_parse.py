"""Shared parsing helpers of kiosk.services.http (languages, HTML, numbers, times,
distance and compass), and the snapshot's city sources."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.text import Text
from kiosk.services.http import (
    COMPASS_KEYS,
    as_float,
    as_int,
    bearing_deg,
    compass_key,
    distance_m,
    helsinki_time,
    identifier,
    plain,
    suffixed_text,
    text_of,
    valid_lat_lon,
)
from kiosk.services.snapshot import Snapshot, SnapshotError

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "assets" / "snapshot"


def test_text_helpers() -> None:
    assert text_of({"fi": " <p>Hei&amp;moi</p> ", "sv": "", "en": None, 3: "x"}) == Text(
        {"fi": "Hei&moi"}
    )
    assert text_of("plain", lang="sv") == Text({"sv": "plain"})
    assert text_of(None) == Text({}) and text_of(12) == Text({"fi": "12"})
    record = {"name_fi": "Kirjasto", "name_sv": " ", "name_en": "<b>Library</b>"}
    assert suffixed_text(record, "name") == Text({"fi": "Kirjasto", "en": "Library"})
    assert suffixed_text({}, "name").get("en") == ""
    assert plain("a \t b\nc") == "a b\nc"  # line breaks of Service Map lists are kept
    assert plain(True) == "" and plain(1.5) == "1.5"
    assert identifier("<id>") == "<id>" and identifier(7) == "7" and identifier(True) == ""


def test_numbers() -> None:
    assert [as_int(v) for v in (3, "12", " -4 ", 2.0, 2.5, True, "x", None)] == [
        3,
        12,
        -4,
        2,
        None,
        None,
        None,
        None,
    ]
    assert [as_float(v) for v in ("60.1", 24, "nan", "inf", False, [])] == [
        60.1,
        24.0,
        None,
        None,
        None,
        None,
    ]
    assert valid_lat_lon("60.1", 24.9) == (60.1, 24.9)
    assert valid_lat_lon(91, 0) is None and valid_lat_lon(0, 181) is None


def test_helsinki_time() -> None:
    assert helsinki_time("2020-06-01T13:45:00Z") == datetime(2020, 6, 1, 16, 45, tzinfo=HELSINKI)
    assert helsinki_time("2020-01-01T12:00:00.123+00:00").hour == 14
    assert helsinki_time("2020-06-01") == datetime(2020, 6, 1, tzinfo=HELSINKI)
    for bad in (None, "", "tomorrow", "2020-13-01", 5):
        assert helsinki_time(bad) is None


def test_distance_and_compass() -> None:
    # Kallion kirjasto to Oodi, both from TPR: about 1.38 km south-west
    assert distance_m(60.18372, 24.95356, 60.17397, 24.938158) == pytest.approx(1378, abs=3)
    assert distance_m(60.0, 25.0, 60.0, 25.0) == 0
    assert bearing_deg(60.0, 25.0, 61.0, 25.0) == pytest.approx(0)
    assert bearing_deg(60.0, 25.0, 60.0, 26.0) == pytest.approx(89.57, abs=0.01)
    assert bearing_deg(60.0, 25.0, 59.0, 25.0) == pytest.approx(180)
    assert [
        compass_key(b)
        for b in (0, 22.4, 22.5, 45, 90, 135, 180, 225, 270, 315, 337.5, 359.9, -45, 405)
    ] == [
        "north",
        "north",
        "north-east",
        "north-east",
        "east",
        "south-east",
        "south",
        "south-west",
        "west",
        "north-west",
        "north",
        "north",
        "north-west",
        "north-east",
    ]
    assert len(set(COMPASS_KEYS)) == 8


def test_shipped_city_sources() -> None:
    snapshot = Snapshot(SNAPSHOT)
    assert [s.kind for s in snapshot.city_sources()] == [
        "servicemap.units",
        "tpr.units",
        "tpr.units",
        "linkedevents.events",
        "open311.services",
        "omastadi.processes",
    ]
    for source in snapshot.city_sources():
        assert source.file.is_file() and source.note and source.origin.startswith("https://")
        assert source.date <= date(2023, 12, 31)
    (units,) = snapshot.city_sources("servicemap.units")
    assert units.params == {"service_node": [349]}
    assert units.attribution == "City of Helsinki Service Map, CC BY 4.0"
    assert [s.demo_only for s in snapshot.city_sources("omastadi.processes")] == [True]
    assert snapshot.city_sources("omastadi.processes")[0].date == snapshot.date
    assert snapshot.city_data(units) is snapshot.city_data(units)  # read once
    # the kirjastot.fi part is untouched
    assert [s.kind for s in snapshot.sources] == ["kirjastot.library"]


def test_shipped_city_files_are_the_shared_samples() -> None:
    fixtures = ROOT / "tests" / "fixtures" / "city"
    pairs = {
        "servicemap-tpr-units-libraries.json": "servicemap_tpr_v4_unit_list_libraries.json",
        "tpr-unit-41102.json": "servicemap_tpr_v4_unit_41102.json",
        "linkedevents-events.json": "linkedevents_event_list.json",
        "open311-services-fi.json": "feedback_open311_services_fi.json",
        "omastadi-processes-docs-example.json": (
            "omastadi_decidim_graphql_participatoryprocesses_docs_example.json"
        ),
    }
    for shipped, fixture in pairs.items():
        assert (SNAPSHOT / shipped).read_bytes() == (fixtures / fixture).read_bytes()


def broken(tmp_path: Path, change) -> Snapshot:
    shutil.copytree(SNAPSHOT, tmp_path / "s")
    manifest = json.loads((tmp_path / "s" / "manifest.json").read_text())
    change(manifest)
    (tmp_path / "s" / "manifest.json").write_text(json.dumps(manifest))
    return Snapshot(tmp_path / "s")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda m: m.update(city_sources={}), "'city_sources' is not a list"),
        (lambda m: m["city_sources"].append(3), "city_sources[6] is not an object"),
        (lambda m: m["city_sources"][0].pop("kind"), "city_sources[0]: 'kind' is missing"),
        (lambda m: m["city_sources"][0].update(file="../x.json"), "must stay inside"),
        (lambda m: m["city_sources"][0].update(date="June"), "'date' is not a date"),
        (lambda m: m["city_sources"][0].update(params=[1]), "'params' is not an object"),
    ],
)
def test_broken_city_sources_name_the_manifest(tmp_path: Path, change, problem) -> None:
    snapshot = broken(tmp_path, change)
    assert snapshot.library(84860) is not None  # libraries still work
    with pytest.raises(SnapshotError, match=re.escape(problem)) as caught:
        snapshot.city_sources()
    assert caught.value.file == tmp_path / "s" / "manifest.json"


def test_missing_city_file_names_the_file(tmp_path: Path) -> None:
    snapshot = broken(tmp_path, lambda m: None)
    (tmp_path / "s" / "tpr-unit-41102.json").unlink()
    source = snapshot.city_sources("tpr.units")[1]
    with pytest.raises(SnapshotError, match="file not found"):
        snapshot.city_data(source)


def test_a_manifest_without_city_sources(tmp_path: Path) -> None:
    snapshot = broken(tmp_path, lambda m: m.pop("city_sources"))
    assert snapshot.city_sources() == ()
