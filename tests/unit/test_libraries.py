"""Library opening hours: parsing kirjastot.fi v4, state at a moment, snapshot, services."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, time
from pathlib import Path

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.timefmt import format_time
from kiosk.services.http import Endpoints, ServiceDataError, ServiceUnavailable, strip_html
from kiosk.services.libraries import (
    END_OF_DAY,
    LibraryRef,
    LibraryWeek,
    NowState,
    OpenStatus,
    TimeRange,
    parse_library,
)
from kiosk.services.live import LiveServices
from kiosk.services.snapshot import Snapshot, SnapshotError
from kiosk.services.transport import CityHttp

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "kirjastot"
SNAPSHOT = ROOT / "assets" / "snapshot"


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2020, 6, day, hour, minute, tzinfo=HELSINKI)


@pytest.fixture(scope="module")
def kallio() -> LibraryWeek:
    return parse_library(load("library-84860.json"))


# ---- parsing the real response --------------------------------------------------------


def test_real_response_parses(kallio: LibraryWeek) -> None:
    assert kallio.library_id == 84860
    assert kallio.name == "Kallion kirjasto"
    assert kallio.short_name == "Kallio"
    assert (kallio.address.street, kallio.address.zipcode, kallio.address.city) == (
        "Viides linja 11",
        "00530",
        "Helsinki",
    )
    assert [d.date for d in kallio.days] == [
        date(2020, 6, 22),
        date(2020, 6, 23),
        date(2020, 6, 24),
    ]
    assert kallio.source_date is None  # live data: no snapshot date
    assert kallio.licence == "CC BY 4.0"
    assert kallio.source_name == "kirjastot.fi / Kirkanta"


def test_real_response_times_and_status(kallio: LibraryWeek) -> None:
    for day in kallio.days:
        assert not day.closed
        assert day.info is None
        assert day.ranges == (
            TimeRange(time(8), time(10), OpenStatus.SELF_SERVICE),
            TimeRange(time(10), time(20), OpenStatus.STAFF),
        )


def test_snapshot_copy_is_the_real_response_verbatim() -> None:
    assert (SNAPSHOT / "kirjastot" / "library-84860.json").read_bytes() == (
        FIXTURES / "library-84860.json"
    ).read_bytes()


# ---- state at a moment ----------------------------------------------------------------


def test_open_with_staff(kallio: LibraryWeek) -> None:
    status = kallio.state_at(at(22, 12))
    assert status.state is NowState.OPEN_STAFF
    assert status.until == time(20)
    assert status.next_open is None


def test_self_service_hours(kallio: LibraryWeek) -> None:
    status = kallio.state_at(at(22, 8, 30))
    assert status.state is NowState.OPEN_SELF_SERVICE
    assert status.until == time(10)


def test_range_edges(kallio: LibraryWeek) -> None:
    assert kallio.state_at(at(22, 8)).state is NowState.OPEN_SELF_SERVICE
    assert kallio.state_at(at(22, 10)).state is NowState.OPEN_STAFF
    assert kallio.state_at(at(22, 19, 59)).state is NowState.OPEN_STAFF
    assert kallio.state_at(at(22, 20)).state is NowState.CLOSED


def test_closed_after_hours_gives_next_opening(kallio: LibraryWeek) -> None:
    status = kallio.state_at(at(22, 21))
    assert status.state is NowState.CLOSED
    assert status.until is None
    assert status.next_open == datetime(2020, 6, 23, 8, 0, tzinfo=HELSINKI)


def test_closed_before_opening_gives_same_day(kallio: LibraryWeek) -> None:
    status = kallio.state_at(at(23, 6))
    assert status.state is NowState.CLOSED
    assert status.next_open == at(23, 8)


def test_after_the_last_day_in_data_next_open_unknown(kallio: LibraryWeek) -> None:
    status = kallio.state_at(at(24, 21))
    assert status.state is NowState.CLOSED
    assert status.next_open is None


def test_date_not_in_data_is_unknown(kallio: LibraryWeek) -> None:
    for moment in (at(25, 12), at(21, 12), datetime(2031, 1, 1, 12, tzinfo=HELSINKI)):
        status = kallio.state_at(moment)
        assert status.state is NowState.UNKNOWN
        assert status.until is None and status.next_open is None


def test_naive_and_other_timezones_are_helsinki_time(kallio: LibraryWeek) -> None:
    assert kallio.state_at(datetime(2020, 6, 22, 12)).state is NowState.OPEN_STAFF
    # 05:30 UTC is 08:30 in Helsinki in summer.
    from datetime import UTC

    assert kallio.state_at(datetime(2020, 6, 22, 5, 30, tzinfo=UTC)).state is (
        NowState.OPEN_SELF_SERVICE
    )


def test_closed_day() -> None:
    week = parse_library(load("synthetic-closed-day.json"))
    day = week.day(date(2020, 6, 23))
    assert day is not None and day.closed and day.ranges == ()
    assert day.info == "Suljettu juhlapyhän vuoksi."
    status = week.state_at(at(23, 12))
    assert status.state is NowState.CLOSED_TODAY
    assert status.next_open == at(24, 8)
    # The evening before a closed day: next opening skips it.
    assert week.state_at(at(22, 21)).next_open == at(24, 8)


def test_temporarily_closed_range() -> None:
    week = parse_library(load("synthetic-temporarily-closed.json"))
    assert week.day(date(2020, 6, 22)).ranges[2].status is OpenStatus.TEMPORARILY_CLOSED
    status = week.state_at(at(22, 13))
    assert status.state is NowState.CLOSED
    assert status.next_open == at(22, 14)
    # Staff hours before the break end at the break.
    assert week.state_at(at(22, 11)).until == time(12)


def test_temporarily_closed_all_day() -> None:
    week = parse_library(load("synthetic-temporarily-closed.json"))
    day = week.day(date(2020, 6, 23))
    assert day is not None and not day.closed and day.open_ranges == ()
    status = week.state_at(at(23, 12))
    assert status.state is NowState.CLOSED_TODAY
    assert status.next_open == at(24, 6)


def test_24_00_means_end_of_day() -> None:
    week = parse_library(load("synthetic-temporarily-closed.json"))
    last = week.day(date(2020, 6, 24)).ranges[-1]
    assert last.end == END_OF_DAY
    assert format_time(last.end, "en") == "24:00"
    status = week.state_at(at(24, 23, 59))
    assert status.state is NowState.OPEN_SELF_SERVICE
    assert status.until == END_OF_DAY


def test_until_joins_ranges_of_the_same_status() -> None:
    payload = {
        "id": 1,
        "schedules": [
            {
                "date": "2020-06-22",
                "closed": False,
                "times": [
                    {"from": "08:00", "to": "12:00", "status": 1},
                    {"from": "12:00", "to": "16:00", "status": 1},
                    {"from": "16:00", "to": "18:00", "status": 2},
                ],
            }
        ],
    }
    assert parse_library(payload).state_at(at(22, 9)).until == time(16)


# ---- defensive parsing ----------------------------------------------------------------


def test_missing_fields_never_crash() -> None:
    week = parse_library(load("synthetic-missing-fields.json"))
    assert week.library_id == 84860
    assert week.name == "" and week.short_name == ""
    assert week.address.street == "" and week.address.city == ""
    by_date = {d.date: d for d in week.days}
    # A day with good times and no "closed" flag is open.
    assert not by_date[date(2020, 6, 22)].closed
    # A day without times or flag is not known, never "closed" (issue 15).
    assert not by_date[date(2020, 6, 23)].closed
    assert not by_date[date(2020, 6, 23)].known
    # Missing status, a bad time, an unknown status: rather unknown than wrong.
    for missing in (date(2020, 6, 24), date(2020, 6, 25), date(2020, 6, 26)):
        assert missing not in by_date
        assert week.state_at(datetime.combine(missing, time(12), HELSINKI)).state is (
            NowState.UNKNOWN
        )
    assert len(week.days) == 2


def test_bare_record_without_schedules() -> None:
    week = parse_library({"id": 5})
    assert week.days == ()
    assert week.state_at(at(22, 12)).state is NowState.UNKNOWN


def test_list_envelope_and_list_item() -> None:
    payload = load("synthetic-list-envelope.json")
    assert parse_library(payload).library_id == 84860
    assert parse_library(payload["items"][0]).name == "Kallion kirjasto"


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        (None, "expected a JSON object"),
        ([], "expected a JSON object"),
        ("<html>", "expected a JSON object"),
        ({}, "no library record"),
        ({"type": "library", "data": []}, "'data' is not a library record"),
        ({"type": "library", "data": None}, "'data' is not a library record"),
        ({"items": "x"}, "'items' is not a list"),
        ({"items": []}, "found 0"),
        ({"items": [1]}, "'items[0]' is not a library record"),
        ({"data": {"name": "No id"}}, "'id' is missing"),
        ({"data": {"id": "abc"}}, "'id' is missing or not a number"),
        ({"data": {"id": True}}, "'id' is missing or not a number"),
        ({"data": {"id": 1, "schedules": "monday"}}, "'schedules' is not a list"),
    ],
)
def test_garbage_payloads_raise_service_data_error(payload: object, problem: str) -> None:
    with pytest.raises(ServiceDataError) as caught:
        parse_library(payload, source="test-source.json")
    assert str(caught.value).startswith("test-source.json: ")
    assert problem in str(caught.value)
    assert caught.value.source == "test-source.json"


def test_html_is_stripped() -> None:
    week = parse_library(load("synthetic-html-description.json"))
    info = week.day(date(2020, 6, 23)).info
    assert info == "Sisäänkäynti Viidenneltä linjalta & hissi."  # &nbsp; too
    assert "<" not in info
    assert not hasattr(week, "description")  # long HTML descriptions are not kept
    assert strip_html("<h3>A</h3><p>B &amp; C</p><script>x()</script>") == "A B & C"


def test_missing_languages_fall_back() -> None:
    payload = load("synthetic-missing-languages.json")
    fi, sv, en = (parse_library(payload, lang=lang) for lang in ("fi", "sv", "en"))
    assert fi.name == sv.name == en.name == "Kallion kirjasto"  # sv null, en empty
    assert sv.address.street == "Femte linjen 11"
    assert en.address.street == "Viides linja 11"  # no en: falls back to fi
    assert sv.address.city == "Helsingfors"
    assert fi.short_name == sv.short_name == "Kallio"
    assert fi.day(date(2020, 6, 22)).info == "Only English info."  # the only language


# ---- snapshot -------------------------------------------------------------------------


def test_shipped_snapshot() -> None:
    snapshot = Snapshot(SNAPSHOT)
    assert snapshot.date == date(2020, 6, 22)
    week = snapshot.library(84860)
    assert week is not None
    assert week.source_date == date(2020, 6, 22)
    assert week.licence == "CC BY 4.0"
    assert week.source_name == "kirjastot.fi / Kirkanta"
    assert snapshot.library(1) is None
    assert snapshot.libraries() == [
        LibraryRef(84860, "Kallion kirjasto", "Viides linja 11", "Kallio", "fi")
    ]
    assert snapshot.library(84860) is week  # read once, then kept


def test_shipped_manifest_describes_its_sources() -> None:
    manifest = json.loads((SNAPSHOT / "manifest.json").read_text(encoding="utf-8"))
    for source in manifest["sources"]:
        assert (SNAPSHOT / source["file"]).is_file()
        assert source["licence"] == "CC BY 4.0"
        assert source["name"] == "kirjastot.fi / Kirkanta"
        assert source["origin"].startswith("https://api.kirjastot.fi/v4/")
        assert source["note"]
    # The snapshot date is the first day the data describes.
    week = Snapshot(SNAPSHOT).library(84860)
    assert week.days[0].date.isoformat() == manifest["snapshot_date"]


def make_snapshot(directory: Path, *, extra: bool = True) -> Path:
    """A snapshot folder with the real Kallio file and a synthetic second library."""
    (directory / "kirjastot").mkdir(parents=True)
    shutil.copy(FIXTURES / "library-84860.json", directory / "kirjastot" / "a.json")
    sources = [
        {
            "id": "a",
            "kind": "kirjastot.library",
            "library_id": 84860,
            "file": "kirjastot/a.json",
            "name": "kirjastot.fi / Kirkanta",
            "licence": "CC BY 4.0",
        }
    ]
    if extra:
        shutil.copy(FIXTURES / "synthetic-library-99001.json", directory / "kirjastot" / "b.json")
        sources.append({**sources[0], "id": "b", "library_id": 99001, "file": "kirjastot/b.json"})
    manifest = {"snapshot_date": "2020-06-22", "sources": sources}
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return directory


def write_manifest(directory: Path, manifest: object) -> None:
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_missing_manifest_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError) as caught:
        Snapshot(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'manifest.json'}: file not found"
    assert caught.value.file == tmp_path / "manifest.json"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON (line 1"),
        ("[]", "the manifest is not a JSON object"),
        ('{"sources": []}', "'snapshot_date' is missing"),
        ('{"snapshot_date": "June", "sources": []}', "'snapshot_date' is not a date"),
        ('{"snapshot_date": "2020-06-22"}', "'sources' is missing or not a list"),
        ('{"snapshot_date": "2020-06-22", "sources": [1]}', "sources[0] is not an object"),
        (
            '{"snapshot_date": "2020-06-22", "sources": [{"id": "a"}]}',
            "sources[0]: 'kind' is missing",
        ),
    ],
)
def test_corrupt_manifest_names_the_file(tmp_path: Path, content: str, problem: str) -> None:
    (tmp_path / "manifest.json").write_text(content, encoding="utf-8")
    with pytest.raises(SnapshotError) as caught:
        Snapshot(tmp_path)
    assert str(caught.value).startswith(str(tmp_path / "manifest.json") + ": ")
    assert problem in str(caught.value)


def test_manifest_file_outside_snapshot_refused(tmp_path: Path) -> None:
    write_manifest(
        tmp_path,
        {
            "snapshot_date": "2020-06-22",
            "sources": [
                {
                    "id": "a",
                    "kind": "kirjastot.library",
                    "library_id": 1,
                    "file": "../x.json",
                    "name": "n",
                    "licence": "l",
                }
            ],
        },
    )
    with pytest.raises(SnapshotError, match="inside the snapshot folder"):
        Snapshot(tmp_path)


def test_missing_or_corrupt_data_file_names_the_file(tmp_path: Path) -> None:
    make_snapshot(tmp_path)
    data = tmp_path / "kirjastot" / "a.json"
    data.unlink()
    snapshot = Snapshot(tmp_path)  # data files are read when needed
    with pytest.raises(SnapshotError) as caught:
        snapshot.library(84860)
    assert str(caught.value) == f"{data}: file not found"
    data.write_text('{"data": {"id": 84860', encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"a\.json: not valid JSON"):
        snapshot.libraries()
    data.write_text('{"data": []}', encoding="utf-8")
    with pytest.raises(SnapshotError) as caught:
        snapshot.library(84860)
    assert str(caught.value) == f"{data}: 'data' is not a library record"
    data.write_bytes(b"\xff\xfe")
    with pytest.raises(SnapshotError, match="not UTF-8"):
        snapshot.library(84860)


def test_data_file_for_another_library_refused(tmp_path: Path) -> None:
    make_snapshot(tmp_path, extra=False)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["sources"][0]["library_id"] = 12
    write_manifest(tmp_path, manifest)
    with pytest.raises(SnapshotError, match="holds library 84860, but the manifest says 12"):
        Snapshot(tmp_path).library(12)


def test_snapshot_errors_are_service_data_errors() -> None:
    assert issubclass(SnapshotError, ServiceDataError)


# ---- the library services from the snapshot (demo mode) ------------------------------


def offline_services(snapshot: Path) -> LiveServices:
    """The services as demo mode runs them: the snapshot only, never the network."""
    return LiveServices(
        CityHttp(endpoints=Endpoints.local("http://127.0.0.1:9")),
        Snapshot(snapshot),
        library_id=84860,
        latitude=60.1837,
        longitude=24.9536,
        offline_only=True,
    )


@pytest.fixture
def services(tmp_path: Path) -> LiveServices:
    return offline_services(make_snapshot(tmp_path))


def test_week_here_and_by_id(services: LiveServices) -> None:
    here = services.call("libraries.week", {"library": "here"}, "fi")
    assert isinstance(here, LibraryWeek) and here.library_id == 84860
    assert here.source_date == date(2020, 6, 22)
    other = services.call("libraries.week", {"library": 99001}, "sv")
    assert other.name == "Testikylän keskustakirjasto"
    assert services.call("libraries.week", {"library": "99001"}, "en").library_id == 99001


def test_week_of_unknown_library(services: LiveServices) -> None:
    with pytest.raises(ServiceUnavailable, match="libraries.week"):
        services.call("libraries.week", {"library": 4}, "fi")


@pytest.mark.parametrize(
    "params", [{}, {"library": None}, {"library": "Kallio"}, {"library": True}]
)
def test_week_bad_params(services: LiveServices, params: dict) -> None:
    with pytest.raises(ValueError, match="libraries.week"):
        services.call("libraries.week", params, "fi")


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("kallio", [84860]),
        ("  KALLION  ", [84860]),
        ("Kallion kirjasto", [84860]),
        ("kirjasto", [84860, 99001]),
        ("ööpiö", [99001]),  # short name only
        ("ÖÖP", [99001]),
        ("oopio", []),  # no accent folding
        ("Oodi", []),
        ("", []),
        ("   ", []),
    ],
)
def test_search(services: LiveServices, query: str, ids: list[int]) -> None:
    result = services.call("libraries.search", {"name": query}, "fi")
    assert isinstance(result, list)
    assert all(isinstance(ref, LibraryRef) for ref in result)
    assert [ref.id for ref in result] == ids


def test_search_result_has_name_and_street(services: LiveServices) -> None:
    (ref,) = services.call("libraries.search", {"name": "kallio"}, "fi")
    assert ref == LibraryRef(84860, "Kallion kirjasto", "Viides linja 11", "Kallio", "fi")


def test_search_bad_params(services: LiveServices) -> None:
    with pytest.raises(ValueError, match="'name' is missing"):
        services.call("libraries.search", {}, "fi")
    with pytest.raises(ValueError, match="must be text"):
        services.call("libraries.search", {"name": 3}, "fi")


def test_unknown_service_named(services: LiveServices) -> None:
    with pytest.raises(ValueError, match="'libraries.borrow'"):
        services.call("libraries.borrow", {}, "fi")


def test_services_match_the_catalog(services: LiveServices) -> None:
    from kiosk.services.catalog import SERVICES

    assert services.names == SERVICES


def test_shipped_snapshot_services() -> None:
    services = offline_services(SNAPSHOT)
    week = services.call("libraries.week", {"library": "here"}, "fi")
    assert week.state_at(at(22, 12)).state is NowState.OPEN_STAFF
    assert [r.id for r in services.call("libraries.search", {"name": "Kallio"}, "en")] == [84860]
