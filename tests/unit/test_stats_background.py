"""Usage figures written by a worker thread (issue 19): the same rows, in order, with
the hour the event happened; refusals and faults reported as by the store itself."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from read_only_sqlite import connect_read_only

from kiosk.core.clock import FixedClock
from kiosk.stats.background import BackgroundStats
from kiosk.stats.store import STATS_FILE, StatsStore


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2024, 5, 2, 10, 30))


def rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT hour, event, flow_id, value FROM events ORDER BY id").fetchall()
    finally:
        conn.close()


def test_events_are_written_in_order_off_the_callers_thread(tmp_path, clock):
    store = StatsStore(tmp_path / STATS_FILE, "kallio-1", clock=clock)
    writers: list[str] = []
    record = store.record

    def noted(*args, **kwargs):
        writers.append(threading.current_thread().name)
        return record(*args, **kwargs)

    store.record = noted  # type: ignore[method-assign]
    figures = BackgroundStats(store)
    assert figures.record("session_started")
    assert figures.record("flow_started", flow="library-hours")
    clock.advance(3600)  # the write may come later; the hour is the event's
    assert figures.record("session_ended", value="end")
    figures.flush()
    assert rows(tmp_path / STATS_FILE) == [
        (10, "session_started", None, None),
        (10, "flow_started", "library-hours", None),
        (11, "session_ended", None, "end"),
    ]
    assert set(writers) == {"usage-figures"}
    assert figures.today_counts()["session_started"] == 1
    figures.close()


def test_a_refused_event_is_refused_at_once_and_never_written(tmp_path, clock):
    figures = BackgroundStats(StatsStore(tmp_path / STATS_FILE, "kallio-1", clock=clock))
    assert not figures.record("language", value="Maija")  # not a language code
    assert not figures.record("no_such_event")
    figures.flush()
    assert rows(tmp_path / STATS_FILE) == []
    figures.close()


def test_a_store_that_is_off_records_nothing(tmp_path, clock):
    figures = BackgroundStats(
        StatsStore(tmp_path / STATS_FILE, "kallio-1", clock=clock, enabled=False)
    )
    assert not figures.record("session_started")
    assert figures.problem is None
    figures.close()
    assert not (tmp_path / STATS_FILE).exists()


def test_a_write_that_fails_later_is_reported_in_problem(tmp_path, clock):
    store = StatsStore(tmp_path / STATS_FILE, "kallio-1", clock=clock)
    figures = BackgroundStats(store)
    assert figures.record("session_started")
    figures.flush()
    store._connect = connect_read_only  # the file turns read-only
    store.close()
    assert figures.record("session_ended", value="end")  # queued: not known yet
    problem = figures.problem  # waits for the write
    assert problem is not None and "read-only" in problem
    assert rows(tmp_path / STATS_FILE) == [(10, "session_started", None, None)]
    figures.close()


def test_close_writes_what_is_queued(tmp_path, clock):
    figures = BackgroundStats(StatsStore(tmp_path / STATS_FILE, "kallio-1", clock=clock))
    for _ in range(50):
        figures.record("session_started")
    figures.close()
    assert len(rows(tmp_path / STATS_FILE)) == 50


def test_the_idle_worker_ends_and_a_new_one_starts(tmp_path, clock, monkeypatch):
    monkeypatch.setattr("kiosk.stats.background.IDLE_S", 0.2)
    figures = BackgroundStats(StatsStore(tmp_path / STATS_FILE, "kallio-1", clock=clock))
    figures.record("session_started")
    first = figures._thread
    assert first is not None
    figures.flush()
    first.join(timeout=5)  # ends by itself with nothing to write
    assert not first.is_alive()
    figures.record("session_ended", value="end")
    figures.flush()
    assert len(rows(tmp_path / STATS_FILE)) == 2
    figures.close()
