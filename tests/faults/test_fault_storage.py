"""Fault survival, storage: the HTTP cache file and the usage-figures database go bad
(garbage bytes, or read-only) before the kiosk starts or under its open connections,
while a resident is half-way through a flow with answers given and text typed.

The kiosk must keep answering (live from the fake city, or from the offline data),
tell staff in the staff panel, and lose nothing the resident entered. Read-only is
simulated by opening the file with SQLite's ``mode=ro``: the tests run as root, which
``chmod`` does not stop.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fakecity.kiosk_config import write_city_config
from fakecity.server import FakeCity
from fault_helpers import (
    CACHE,
    FLOW,
    TYPED,
    finishes_and_ends,
    picks_a_library,
    resident_types_a_name,
    shown_text,
    staff_panel_problems,
)
from helpers import crash_lines, settle, to_home
from PySide6.QtWidgets import QLineEdit
from read_only_sqlite import cache_opens_read_only, connect_read_only

from kiosk.services.lazy_http import LazyCityHttp
from kiosk.services.transport import CityHttp
from kiosk.staff.pins import DEMO_PIN_HASH
from kiosk.stats.store import STATS_FILE
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.faults

#: The fake city's one library (tests/fixtures/city/kirjastot_library_84860_*.json).
LIBRARY_ID = 84860
#: Its week: public data, cached. (The name search carries what the resident typed,
#: so it is never cached: kiosk.services.http, ``private``.)
WEEK = f"/v4/library/{LIBRARY_ID}"
SQLITE_HEADER = b"SQLite format 3\x00"


# Helpers -----------------------------------------------------------------------------
#: The staff panel's headline for a fault that mended itself.
MENDED = "This went wrong but works again. Nothing to do."


def assert_nothing_entered_is_lost(kiosk) -> None:
    """The answers and the typed name are still there, and Back shows the text."""
    window = kiosk.window
    answers = kiosk.session.answers_for(FLOW)
    assert answers["which"] == "other" and answers["name"] == TYPED
    while window.screen_name != f"step:{FLOW}:name":
        window.go_back()
        settle()
    assert window.page.findChild(QLineEdit, "field_name").text() == TYPED


def overwrite_header(path: Path) -> None:
    """Garbage over the first bytes of a database file that is open, as a failing disk
    might write it. WAL content is checkpointed into the file first (SQLite does this
    itself every 1000 pages), so the damage is not hidden behind the WAL."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as file:
        file.write(b"garbage!" * 16)


# The live kiosk ----------------------------------------------------------------------


@pytest.fixture
def live_kiosk(city: FakeCity, make_kiosk, tmp_path: Path):
    """``live_kiosk()``: a kiosk that asks the fake city (not demo mode), on its home
    screen in English, with a session started."""

    def factory():
        city.reset()
        config = write_city_config(
            tmp_path / "kiosk.toml", city.url, [FLOW], pin_hash=DEMO_PIN_HASH
        )
        kiosk = make_kiosk(lang="en", config_path=config)
        to_home(kiosk, "en")
        return kiosk

    return factory


def cache_of(kiosk) -> CityHttp:
    """The HTTP layer as the staff panel sees it (``StaffTools.sources["cache"]``)."""
    lazy = kiosk.window.staff.sources["cache"]
    assert isinstance(lazy, LazyCityHttp)  # made on the first live call (issue 19)
    http = lazy.real()
    assert isinstance(http, CityHttp)
    return http


def cache_problems(problems: list[str]) -> list[str]:
    return [text for text in problems if "HTTP cache" in text]


# 1. The HTTP cache -------------------------------------------------------------------


def test_cache_file_of_garbage_at_start_is_replaced_and_staff_are_told(
    live_kiosk, city: FakeCity, tmp_path: Path
):
    """A cache file of garbage at start: replaced by a working one; staff told."""
    cache = tmp_path / "data" / CACHE
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"\x00garbage, not a database " * 400)
    kiosk = live_kiosk()
    window = kiosk.window
    resident_types_a_name(kiosk)
    picks_a_library(window)
    assert city.count("/v4/library") >= 2  # search and week: live, from the city
    assert cache.read_bytes().startswith(SQLITE_HEADER), "a new cache file was started"
    asked = city.count(WEEK)
    assert_nothing_entered_is_lost(kiosk)
    picks_a_library(window)  # the same week again: answered from the new cache
    assert city.count(WEEK) == asked
    problems = cache_problems(staff_panel_problems(window))
    assert problems and "damaged" in problems[0], problems
    assert problems[0].startswith(MENDED), "it works again: staff need not act"
    assert crash_lines(tmp_path / "data") == []


def test_cache_damaged_under_the_open_connection(live_kiosk, city: FakeCity, tmp_path: Path):
    """Cache overwritten under its open connection mid-flow: answered live, replaced, staff told."""
    kiosk = live_kiosk()
    window = kiosk.window
    http = cache_of(kiosk)
    resident_types_a_name(kiosk)
    overwrite_header(tmp_path / "data" / CACHE)
    picks_a_library(window)
    assert "Kallion kirjasto" in shown_text(window)  # the fake city's answer
    assert http.problem is not None and "damaged" in http.problem
    assert (tmp_path / "data" / CACHE).read_bytes().startswith(SQLITE_HEADER)
    assert_nothing_entered_is_lost(kiosk)
    problems = cache_problems(staff_panel_problems(window))
    assert problems and "damaged" in problems[0], problems
    assert crash_lines(tmp_path / "data") == []


def test_read_only_cache_at_start_keeps_answers_in_memory(
    live_kiosk, city: FakeCity, tmp_path: Path, monkeypatch
):
    """A read-only cache file at start: answers are kept in memory, staff are told."""
    cache = tmp_path / "data" / CACHE
    CityHttp(cache_path=cache).close()  # a good cache file from an earlier run
    cache_opens_read_only(monkeypatch, cache)
    kiosk = live_kiosk()
    window = kiosk.window
    resident_types_a_name(kiosk)
    picks_a_library(window)
    asked = city.count(WEEK)
    assert asked >= 1
    assert_nothing_entered_is_lost(kiosk)
    picks_a_library(window)
    assert city.count(WEEK) == asked, "the same week comes from memory"
    problems = cache_problems(staff_panel_problems(window))
    assert problems and "read-only" in problems[0], problems


def test_cache_made_read_only_while_running(
    live_kiosk, city: FakeCity, tmp_path: Path, monkeypatch
):
    """Cache turns read-only mid-flow: answered live, staff told until it is writable again."""
    kiosk = live_kiosk()
    window = kiosk.window
    http = cache_of(kiosk)
    resident_types_a_name(kiosk)
    cache_opens_read_only(monkeypatch, tmp_path / "data" / CACHE)
    http.session.cache.close()  # its connections open again, read-only now
    picks_a_library(window)
    assert "Kallion kirjasto" in shown_text(window)
    assert http.problem is not None and "cannot be written" in http.problem
    assert_nothing_entered_is_lost(kiosk)
    problems = cache_problems(staff_panel_problems(window))
    assert problems and "cannot be written" in problems[0], problems
    window.page.findChild(BigButton, "staffResume").click()
    settle()
    assert window.screen_name == f"step:{FLOW}:name"
    monkeypatch.undo()  # writable again
    http.session.cache.close()
    asked = city.count(WEEK)
    picks_a_library(window)  # the week again: nothing was saved, so it is asked
    assert city.count(WEEK) == asked + 1
    assert http.problem is None, "the answer was saved, so the problem is gone"


# 2. The usage figures ------------------------------------------------------------------


def finish_and_end(kiosk) -> None:
    """The resident goes on to the end of the flow and ends the session."""
    picks_a_library(kiosk.window)
    finishes_and_ends(kiosk)


def test_stats_file_damaged_while_a_resident_is_in_a_flow(make_kiosk, tmp_path: Path):
    """Figures file overwritten mid-flow: resident finishes, session wipes, staff told."""
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    resident_types_a_name(kiosk)
    data = tmp_path / "data"
    with (data / STATS_FILE).open("r+b") as file:
        file.write(b"garbage!" * 16)
    finish_and_end(kiosk)
    kiosk.window.staff.stats.flush()  # the figures are written by a worker thread
    assert list(data.glob(f"{STATS_FILE}.damaged-*")), "the damaged file is kept aside"
    window = kiosk.window
    problems = staff_panel_problems(window)
    assert any("damaged" in text and text.startswith(MENDED) for text in problems), problems
    figures = dict(window.desk.figures())
    assert figures["Services completed"] == 1  # counted in the new file
    assert crash_lines(data) == []


def test_stats_file_read_only_while_a_resident_is_in_a_flow(make_kiosk, tmp_path: Path):
    """Figures file turns read-only mid-flow: staff told, today's figures still shown."""
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    resident_types_a_name(kiosk)
    # The StatsStore inside the metrics wrapper and the background writer.
    store = kiosk.window.staff.stats._stats._store
    store._connect = connect_read_only  # how the store opens its file from now on
    store.close()
    finish_and_end(kiosk)
    window = kiosk.window
    problems = staff_panel_problems(window)
    assert any("read-only" in text for text in problems), problems
    figures = dict(window.desk.figures())
    assert figures["Sessions"] == 1  # saved before the file turned read-only
    assert figures["Services completed"] == 0  # could not be saved
    assert crash_lines(tmp_path / "data") == []
