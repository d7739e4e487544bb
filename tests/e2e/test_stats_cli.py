"""``kiosk stats`` as IT runs it: a real process reading a real database."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.stats.report import CSV_HEADER
from kiosk.stats.store import STATS_FILE, StatsStore

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "KIOSK_DATA_DIR"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=full_env,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Three days of use: one session a day, more on the last."""
    data = tmp_path / "data"
    clock = FixedClock(datetime(2024, 5, 1, 12, 0))
    with StatsStore(data / STATS_FILE, "kallio-1", clock=clock) as store:
        for day in range(3):
            for _ in range(day + 1):
                store.record("session_started")
                store.record("flow_started", flow="library-hours")
                store.record("flow_completed", flow="library-hours")
                store.record("session_ended", value="end")
            store.record("language", value="sv")
            clock.advance(86400)
    return data


def test_table_of_totals(data_dir: Path) -> None:
    result = kiosk("stats", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Usage figures from the first day to today"
    assert lines[2].split() == ["Event", "Flow", "Step", "Value", "Count"]
    started = next(line for line in lines if line.startswith("session_started"))
    assert started.split() == ["session_started", "6"]
    completed = next(line for line in lines if line.startswith("flow_completed"))
    assert completed.split() == ["flow_completed", "library-hours", "6"]


def test_since_limits_the_days(data_dir: Path) -> None:
    result = kiosk("stats", "--data-dir", str(data_dir), "--since", "2024-05-02")
    assert result.returncode == 0, result.stderr
    assert "from 2024-05-02 to today" in result.stdout
    started = next(
        line for line in result.stdout.splitlines() if line.startswith("session_started")
    )
    assert started.split()[-1] == "5"


def test_csv_with_a_header_one_row_a_day(data_dir: Path) -> None:
    result = kiosk(
        "stats",
        "--data-dir",
        str(data_dir),
        "--csv",
        "--since",
        "2024-05-02",
        "--until",
        "2024-05-02",
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_HEADER
    assert ["2024-05-02", "kallio-1", "session_started", "", "", "", "2"] in rows
    assert ["2024-05-02", "kallio-1", "language", "", "", "sv", "1"] in rows
    assert {row[0] for row in rows[1:]} == {"2024-05-02"}


def test_data_folder_from_the_environment(data_dir: Path) -> None:
    result = kiosk("stats", "--csv", env={"KIOSK_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) > 1


def test_no_figures_yet(tmp_path: Path) -> None:
    result = kiosk("stats", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert "No events recorded" in result.stdout
    assert "no usage figures yet" in result.stderr
    assert not (tmp_path / STATS_FILE).exists()
    csv_result = kiosk("stats", "--data-dir", str(tmp_path), "--csv")
    assert csv_result.stdout.splitlines() == [",".join(CSV_HEADER)]


def test_damaged_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / STATS_FILE).write_bytes(b"garbage " * 100)
    result = kiosk("stats", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "kiosk stats: cannot read" in result.stderr
    assert "Traceback" not in result.stderr
    # A report never repairs or moves anything: that is the kiosk's job.
    assert (tmp_path / STATS_FILE).read_bytes() == b"garbage " * 100


def test_a_bad_date_is_refused(tmp_path: Path) -> None:
    result = kiosk("stats", "--data-dir", str(tmp_path), "--since", "31.5.2024")
    assert result.returncode == 2
    assert "expected a date like 2024-05-31" in result.stderr
