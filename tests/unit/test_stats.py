"""Anonymous usage figures: what is stored, what is refused, and faults that must never
stop the kiosk (damaged file, read-only file, missing folder, full disk)."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from read_only_sqlite import connect_read_only

from kiosk.core.clock import FixedClock
from kiosk.core.config import Config
from kiosk.stats.report import CSV_HEADER, CountRow, format_table, read_counts, write_csv
from kiosk.stats.store import (
    CACHE_KIB,
    EVENTS,
    RETRY_OPEN_S,
    STATS_FILE,
    StatsStore,
    check_event,
    connect_default,
)

CANARY = "Maija Meikäläinen 040-1234567"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2024, 5, 2, 10, 30))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / STATS_FILE


def rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT day, hour, kiosk_id, event, flow_id, step_id, value FROM events ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def session(store: StatsStore, flow: str = "library-hours", *, finish: bool = True) -> None:
    """A resident: starts, picks Swedish and bigger text, runs a flow, ends."""
    store.record("session_started")
    store.record("language", value="sv")
    store.record("text_size", value=150)
    store.record("flow_started", flow=flow)
    if finish:
        store.record("flow_completed", flow=flow)
        store.record("session_ended", value="end")
    else:
        store.record("help_requested", flow=flow, step="name")
        store.record("idle_timeout", flow=flow, step="name")
        store.record("flow_abandoned", flow=flow, step="name", value="timeout")
        store.record("session_ended", value="idle")


# --------------------------------------------------------------------------- recording


def test_scripted_sessions_become_rows(db: Path, clock: FixedClock) -> None:
    with StatsStore(db, "kallio-1", clock=clock) as store:
        session(store)
        clock.advance(3600)
        session(store, "e-identification", finish=False)
        store.record("theme", value="high-contrast")
        store.record("speech_used", value="fi")
        store.record("speech_used")
        assert store.problem is None
        today = store.today_counts()
    stored = rows(db)
    assert len(stored) == 6 + 8 + 3
    assert stored[0] == ("2024-05-02", 10, "kallio-1", "session_started", None, None, None)
    assert stored[2] == ("2024-05-02", 10, "kallio-1", "text_size", None, None, "150")
    assert (
        "2024-05-02",
        11,
        "kallio-1",
        "flow_abandoned",
        "e-identification",
        "name",
        "timeout",
    ) in stored
    assert today["session_started"] == 2
    assert today["flow_completed"] == 1
    assert today["help_requested"] == 1
    assert today["speech_used"] == 2
    assert set(today) == set(EVENTS)


def test_only_day_and_hour_are_kept(db: Path, clock: FixedClock) -> None:
    with StatsStore(db, "kallio-1", clock=clock) as store:
        store.record("session_started")
    conn = sqlite3.connect(db)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(events)")]
    finally:
        conn.close()
    assert columns == ["id", "day", "hour", "kiosk_id", "event", "flow_id", "step_id", "value"]
    assert "10:30" not in "".join(str(v) for v in rows(db)[0])


def test_today_counts_start_from_zero_each_day(db: Path, clock: FixedClock) -> None:
    with StatsStore(db, "kallio-1", clock=clock) as store:
        session(store)
        clock.advance(24 * 3600)
        assert store.today_counts()["session_started"] == 0
        store.record("session_started")
        assert store.today_counts()["session_started"] == 1


@pytest.mark.parametrize(
    "event, fields",
    [
        (CANARY, {}),
        ("free_text", {}),
        ("session_started", {"value": CANARY}),
        ("session_started", {"flow": "library-hours"}),
        ("session_ended", {}),
        ("session_ended", {"value": "bored"}),
        ("flow_started", {}),
        ("flow_started", {"flow": CANARY}),
        ("flow_started", {"flow": "library-hours", "step": "which"}),
        ("flow_abandoned", {"flow": "library-hours", "step": "which"}),
        ("flow_abandoned", {"flow": "library-hours", "step": CANARY, "value": "back"}),
        ("language", {"value": "de"}),
        ("language", {"value": CANARY}),
        ("text_size", {"value": 175}),
        ("text_size", {"value": True}),
        ("theme", {"value": "dark"}),
        ("help_requested", {"flow": "library-hours", "step": "x" * 65}),
    ],
)
def test_anything_off_the_allow_list_is_refused(
    db: Path, clock: FixedClock, event: str, fields: dict, caplog: pytest.LogCaptureFixture
) -> None:
    assert check_event(event, **fields) is not None
    with StatsStore(db, "kallio-1", clock=clock) as store:
        assert store.record(event, **fields) is False
        assert store.problem is None  # a refusal is a bug to fix, not a fault to show
    assert rows(db) == []
    assert CANARY not in caplog.text
    assert CANARY.encode() not in db.read_bytes()


def test_every_event_has_an_accepted_form() -> None:
    accepted = {
        "session_started": {},
        "session_ended": {"value": "helper"},
        "flow_started": {"flow": "a"},
        "flow_completed": {"flow": "a"},
        "flow_abandoned": {"flow": "a", "step": "b_1", "value": "declined"},
        "help_requested": {},
        "idle_timeout": {"flow": "a", "step": "b"},
        "language": {"value": "en"},
        "text_size": {"value": "200"},
        "theme": {"value": "standard"},
        "speech_used": {"value": "sv"},
        "explore": {"value": "on"},
        "practice_started": {"value": "scam"},
        "practice_finished": {"value": "tap"},
    }
    assert set(accepted) == set(EVENTS)
    for event, fields in accepted.items():
        assert check_event(event, **fields) is None, event


def test_disabled_store_records_nothing(db: Path, clock: FixedClock) -> None:
    store = StatsStore(db, "kallio-1", enabled=False, clock=clock)
    assert store.record("session_started") is False
    assert store.problem is None
    assert store.today_counts()["session_started"] == 0
    assert not db.exists()


def test_from_config(tmp_path: Path, clock: FixedClock) -> None:
    with StatsStore.from_config(Config(), tmp_path, clock=clock) as store:
        assert store.path == tmp_path / STATS_FILE
        assert store.kiosk_id == "demo-kiosk"
        assert store.retention_days == 365
        assert store.record("session_started")


# --------------------------------------------------------------------------- retention


def test_retention_deletes_old_rows(db: Path) -> None:
    clock = FixedClock(datetime(2024, 1, 1, 9, 0))
    with StatsStore(db, "kallio-1", retention_days=30, clock=clock) as store:
        store.record("session_started")  # 1 January
        clock.advance(20 * 86400)
        store.record("session_started")  # 21 January
        clock.advance(15 * 86400)  # 5 February: the first row is now 35 days old
        store.record("session_ended", value="end")
    assert [r[0] for r in rows(db)] == ["2024-01-21", "2024-02-05"]


def test_retention_runs_at_start_up(db: Path) -> None:
    clock = FixedClock(datetime(2024, 1, 1, 9, 0))
    with StatsStore(db, "kallio-1", retention_days=7, clock=clock) as store:
        store.record("session_started")
    clock.advance(8 * 86400)
    with StatsStore(db, "kallio-1", retention_days=7, clock=clock):
        pass
    assert rows(db) == []


# --------------------------------------------------------------------------- reports


def test_read_counts_and_csv(db: Path, clock: FixedClock) -> None:
    with StatsStore(db, "kallio-1", clock=clock) as store:
        session(store)
        clock.advance(86400)
        session(store)
        session(store, finish=False)
    totals = read_counts(db)
    assert CountRow("session_started", None, None, None, 3) in totals
    assert CountRow("language", None, None, "sv", 3) in totals
    since = read_counts(db, since=date(2024, 5, 3))
    assert CountRow("session_started", None, None, None, 2) in since
    until = read_counts(db, until=date(2024, 5, 2))
    assert CountRow("session_started", None, None, None, 1) in until
    by_day = read_counts(db, by_day=True)
    out = io.StringIO()
    write_csv(by_day, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(CSV_HEADER)
    assert "2024-05-02,kallio-1,session_started,,,,1" in lines
    assert "2024-05-03,kallio-1,session_started,,,,2" in lines
    assert "2024-05-03,kallio-1,flow_abandoned,library-hours,name,timeout,1" in lines
    table = format_table(totals, since=date(2024, 5, 1))
    assert "Usage figures from 2024-05-01 to today" in table
    assert "session_started" in table and "Count" in table


def test_report_of_a_missing_file_is_empty(tmp_path: Path) -> None:
    assert read_counts(tmp_path / STATS_FILE) == []
    assert "No events" in format_table([])
    assert not (tmp_path / STATS_FILE).exists()  # a report never creates the file


# --------------------------------------------------------------------------- faults


def test_damaged_file_is_set_aside_and_a_new_one_started(
    db: Path, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database, just garbage " * 200)
    store = StatsStore(db, "kallio-1", clock=clock)
    assert store.record("session_started") is True
    assert store.problem is not None and "damaged" in store.problem
    aside = db.with_name(f"{STATS_FILE}.damaged-20240502-103000")
    assert aside.read_bytes().startswith(b"this is not a database")
    assert "damaged" in caplog.text
    store.close()
    assert len(rows(db)) == 1


def test_a_second_damaged_file_does_not_overwrite_the_first(db: Path, clock: FixedClock) -> None:
    for garbage in (b"first garbage " * 100, b"second garbage " * 100):
        db.parent.mkdir(parents=True, exist_ok=True)
        db.write_bytes(garbage)
        StatsStore(db, "kallio-1", clock=clock).close()
    names = sorted(p.name for p in db.parent.iterdir() if "damaged" in p.name)
    assert names == [
        f"{STATS_FILE}.damaged-20240502-103000",
        f"{STATS_FILE}.damaged-20240502-103000-2",
    ]
    assert db.with_name(names[1]).read_bytes().startswith(b"second")


def test_file_damaged_while_running(db: Path, clock: FixedClock) -> None:
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    store.close()
    db.write_bytes(b"\0garbage" * 1000)  # damaged behind the kiosk's back
    store = StatsStore(db, "kallio-1", clock=clock)
    assert store.record("session_started")
    assert store.today_counts()["session_started"] == 1
    assert "damaged" in (store.problem or "")
    store.close()


def test_damage_found_while_recording(db: Path, clock: FixedClock) -> None:
    """The file goes bad under an open connection: the store sets it aside mid-run."""
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    with db.open("r+b") as file:  # overwrite the header, as a failing disk might
        file.write(b"garbage!" * 16)
    assert store.record("session_ended", value="end") is True
    assert "damaged" in (store.problem or "")
    assert any(p.name.startswith(f"{STATS_FILE}.damaged-") for p in db.parent.iterdir())
    store.close()


def test_read_only_file_drops_events_with_a_problem(db: Path, clock: FixedClock) -> None:
    with StatsStore(db, "kallio-1", clock=clock) as store:
        store.record("session_started")
    store = StatsStore(db, "kallio-1", clock=clock, connect=connect_read_only)
    assert store.record("session_started") is False
    assert store.problem is not None and "read-only" in store.problem
    assert store.today_counts()["session_started"] == 1  # reading still works
    store.close()
    assert len(rows(db)) == 1


def test_read_only_and_missing_file(db: Path, clock: FixedClock) -> None:
    store = StatsStore(db, "kallio-1", clock=clock, connect=connect_read_only)
    assert store.record("session_started") is False
    assert store.problem is not None
    assert store.today_counts()["session_started"] == 0


def test_data_folder_that_cannot_exist(tmp_path: Path, clock: FixedClock) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    store = StatsStore(blocker / "data" / STATS_FILE, "kallio-1", clock=clock)
    assert store.record("session_started") is False
    assert store.problem is not None and "data folder" in store.problem
    assert not store.available
    assert store.today_counts()["session_started"] == 0
    # It tries again after a while, and recovers once the folder can be made.
    blocker.unlink()
    assert store.record("session_started") is False  # too soon to try again
    clock.advance(300)
    assert store.record("session_started") is True
    assert store.problem is None
    store.close()


def test_database_path_is_a_folder(db: Path, clock: FixedClock) -> None:
    db.mkdir(parents=True)
    store = StatsStore(db, "kallio-1", clock=clock)
    assert store.record("session_started") is False
    assert store.problem is not None


def test_full_disk_drops_events_and_recovers(db: Path, clock: FixedClock) -> None:
    """SQLite's page limit gives a real SQLITE_FULL ("database or disk is full"),
    exactly as a full disk does."""
    opened: list[sqlite3.Connection] = []

    def small(path: Path) -> sqlite3.Connection:
        conn = connect_default(path)
        opened.append(conn)
        return conn

    store = StatsStore(db, "kallio-1", clock=clock, connect=small)
    store.record("session_started")
    pages = opened[0].execute("PRAGMA page_count").fetchone()[0]
    opened[0].execute(f"PRAGMA max_page_count = {pages}")
    results = [store.record("flow_started", flow="library-hours") for _ in range(2000)]
    assert False in results
    assert store.problem is not None and "disk is full" in store.problem
    opened[0].execute("PRAGMA max_page_count = 100000")  # space freed
    assert store.record("session_started") is True
    assert store.problem is None
    store.close()


def test_closed_connection_is_a_fault_not_a_crash(db: Path, clock: FixedClock) -> None:
    opened: list[sqlite3.Connection] = []

    def keep(path: Path) -> sqlite3.Connection:
        conn = connect_default(path)
        opened.append(conn)
        return conn

    store = StatsStore(db, "kallio-1", clock=clock, connect=keep)
    opened[0].close()
    assert store.record("session_started") is False
    assert store.problem is not None
    assert store.today_counts()["session_started"] == 0


# --------------------------------------------------------------------------- file deleted


def test_file_deleted_while_open_is_started_again_with_its_figures(
    db: Path, clock: FixedClock
) -> None:
    """Regression: a deleted figures file was written on (DBMOVED); now a copy is made."""
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    shutil.rmtree(db.parent)  # the data folder deleted
    # Before: SQLITE_READONLY_DBMOVED, reported as "read-only", every event dropped.
    assert store.record("session_ended", value="end") is True
    assert store.problem is None
    assert store.today_counts()["session_started"] == 1
    store.close()
    assert [row[3] for row in rows(db)] == ["session_started", "session_ended"]


def test_reading_notices_a_deleted_file_too(db: Path, clock: FixedClock) -> None:
    """Today's figures come from the new file, with the deleted one's copied in."""
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    db.unlink()
    assert store.today_counts()["session_started"] == 1
    assert db.is_file()
    store.close()
    assert len(rows(db)) == 1


def test_deleted_file_is_kept_open_until_a_new_one_can_be_made(db: Path, clock: FixedClock) -> None:
    """A deleted file stays readable until a new one can be made, then is copied in."""
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    shutil.rmtree(db.parent)
    db.parent.write_text("not a folder")
    assert store.record("flow_started", flow="library-hours") is False
    assert store.problem is not None and "data folder" in store.problem
    assert store.today_counts()["session_started"] == 1  # from the deleted file
    db.parent.unlink()
    clock.advance(RETRY_OPEN_S)
    assert store.record("session_ended", value="end") is True
    assert store.problem is None
    store.close()
    assert [row[3] for row in rows(db)] == ["session_started", "session_ended"]


def test_another_file_put_in_its_place_is_used_as_it_is(db: Path, clock: FixedClock) -> None:
    """A file replaced (not deleted) is simply used from then on: nothing copied over."""
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    other = db.with_name("other.sqlite3")
    with StatsStore(other, "kallio-1", clock=clock) as second:
        second.record("language", value="sv")
    other.replace(db)
    assert store.record("session_ended", value="end") is True
    store.close()
    assert [row[3] for row in rows(db)] == ["language", "session_ended"]


def test_deleted_file_that_cannot_be_copied_is_told(db: Path, clock: FixedClock) -> None:
    """Figures of a deleted file are not mixed into a new non-empty file; staff told."""
    store = StatsStore(db, "kallio-1", clock=clock)
    store.record("session_started")
    shutil.rmtree(db.parent)
    db.parent.write_text("not a folder")
    store.record("session_started")  # the folder cannot be made: the store rests
    db.parent.unlink()
    with StatsStore(db, "kallio-1", clock=clock) as second:  # someone starts a file
        second.record("language", value="sv")
    clock.advance(RETRY_OPEN_S)
    assert store.record("session_ended", value="end") is True
    assert store.problem is not None and "lost" in store.problem
    store.close()
    assert [row[3] for row in rows(db)] == ["language", "session_ended"]


def test_practice_figures_name_a_lesson_and_nothing_else() -> None:
    from kiosk.journey.practice import LESSONS
    from kiosk.stats.store import PRACTICE_LESSONS

    assert frozenset(LESSONS) == PRACTICE_LESSONS
    assert check_event("practice_started", value="typing") is None
    assert check_event("practice_finished", value=CANARY) is not None


def test_the_figures_keep_only_a_little_of_their_file_in_memory(
    db: Path, clock: FixedClock
) -> None:
    """SQLite's own cache is 2000 KiB a connection, and it filled as the file grew:
    the kiosk's memory grew with every visit for a year of rows (issue 19). Every
    connection the store opens, the first and one after its file was deleted, keeps
    at most CACHE_KIB."""
    opened: list[sqlite3.Connection] = []

    def connect(path: Path) -> sqlite3.Connection:
        opened.append(connect_default(path))
        return opened[-1]

    store = StatsStore(db, "kallio-1", clock=clock, connect=connect)
    session(store)
    db.unlink()  # the data folder emptied while the kiosk runs: a new file is started
    session(store)
    assert len(opened) == 2
    assert CACHE_KIB <= 256
    for conn in opened:
        with contextlib.suppress(sqlite3.ProgrammingError):  # the first one is closed
            assert conn.execute("PRAGMA cache_size").fetchone() == (-CACHE_KIB,)
    assert opened[-1].execute("PRAGMA cache_size").fetchone() == (-CACHE_KIB,)
    assert len(rows(db)) == 12  # both visits: the first copied into the new file
    store.close()
