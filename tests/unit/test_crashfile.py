"""Crash files (kiosk.core.crashfile): a real segfault in a child process leaves its
stack in <data>/crash/fault-<pid>.log; the next start reports it once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.core.crashfile import CrashFile, previous_crashes

ROOT = Path(__file__).resolve().parents[2]

#: Enables the crash file, then dies the hard way (a NULL pointer read in C).
SEGFAULT = """
import sys
from pathlib import Path
from kiosk.core.crashfile import CrashFile

print(CrashFile(Path(sys.argv[1])).enable(), flush=True)

def read_the_null_pointer():
    import ctypes
    ctypes.string_at(0)

read_the_null_pointer()
"""

#: Enables the crash file, has the data folder deleted under it, checks, then dies.
DELETED_THEN_SEGFAULT = """
import shutil, sys
from pathlib import Path
from kiosk.core.crashfile import CrashFile

crash = CrashFile(Path(sys.argv[1]))
crash.enable()
assert crash.reopen_if_gone() is False  # nothing gone yet
shutil.rmtree(sys.argv[1])
assert crash.reopen_if_gone() is True
print(crash.path, flush=True)

def read_the_null_pointer():
    import ctypes
    ctypes.string_at(0)

read_the_null_pointer()
"""

#: Enables the crash file and exits cleanly.
CLEAN = """
import sys
from pathlib import Path
from kiosk.core.crashfile import CrashFile

crash = CrashFile(Path(sys.argv[1]))
print(crash.enable(), flush=True)
crash.close()
"""


def run(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )


def test_a_segfault_is_written_and_reported_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run(SEGFAULT, data)
    assert done.returncode == -11, (done.returncode, done.stderr)  # SIGSEGV
    fault = Path(done.stdout.strip())
    assert fault.parent == data / "crash"
    assert fault.name.startswith("fault-") and fault.name.endswith(".log")
    text = fault.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "read_the_null_pointer" in text  # the Python stack, by function name

    crashes = previous_crashes(data)
    assert len(crashes) == 1
    crash = crashes[0]
    assert crash.kind == "hard"
    assert crash.summary == "Fatal Python error: Segmentation fault"
    assert abs(crash.timestamp - time.time()) < 120
    assert crash.when.tzinfo is not None
    # Archived: gone from the crash folder, kept in the archive, not reported again.
    assert not fault.exists()
    assert crash.path == data / "crash" / "archive" / fault.name
    assert crash.path.read_text(encoding="utf-8") == text
    assert previous_crashes(data) == []


def test_a_clean_exit_leaves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run(CLEAN, data)
    assert done.returncode == 0, done.stderr
    assert not Path(done.stdout.strip()).exists()
    assert previous_crashes(data) == []


def test_empty_fault_files_of_killed_processes_are_removed(tmp_path: Path) -> None:
    crash_dir = tmp_path / "crash"
    crash_dir.mkdir()
    (crash_dir / "fault-4242.log").write_text("", encoding="utf-8")
    assert previous_crashes(tmp_path) == []
    assert not (crash_dir / "fault-4242.log").exists()


def test_own_fault_file_is_left_alone(tmp_path: Path) -> None:
    crash = CrashFile(tmp_path, pid=os.getpid())
    crash.directory.mkdir(parents=True)
    crash.path.write_text("", encoding="utf-8")
    assert previous_crashes(tmp_path) == []
    assert crash.path.exists()


def test_an_earlier_crash_with_the_same_pid_is_kept(tmp_path: Path) -> None:
    crash = CrashFile(tmp_path, pid=77)
    crash.directory.mkdir(parents=True)
    crash.path.write_text("Fatal Python error: Aborted\n", encoding="utf-8")
    # A new process that happens to get pid 77 (faked) starts and exits cleanly.
    done = run(
        CLEAN.replace("CrashFile(Path(sys.argv[1]))", "CrashFile(Path(sys.argv[1]), pid=77)"),
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert not crash.path.exists()
    found = previous_crashes(tmp_path)
    assert [c.summary for c in found] == ["Fatal Python error: Aborted"]


def test_recovered_errors_from_markers_and_the_log(tmp_path: Path) -> None:
    crash = CrashFile(tmp_path)
    crash.note_error("1a2b3c4d", "ValueError")
    crash.note_error("not an id!", "ValueError")  # ignored: ids are hex only
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "kiosk.log").write_text(
        "2026-11-20 10:00:00,001 INFO kiosk.app: kiosk 0.1.0 starting\n"
        "2026-11-20 10:05:00,123 ERROR kiosk.app: uncaught KeyError (crash id 99aa88bb)\n"
        '  File "kiosk/ui/window.py", line 1, in f\n'
        "2026-11-21 09:00:00,000 ERROR kiosk.app: uncaught ValueError (crash id 1a2b3c4d)\n",
        encoding="utf-8",
    )
    (logs / "kiosk.log.1").write_text(
        "2026-11-19 08:00:00,000 ERROR kiosk.app: uncaught OSError (crash id 00ff00ff)\n",
        encoding="utf-8",
    )

    found = previous_crashes(tmp_path)
    assert [(c.kind, c.crash_id, c.summary) for c in found] == [
        ("error", "00ff00ff", "OSError"),
        ("error", "99aa88bb", "KeyError"),
        ("error", "1a2b3c4d", "ValueError"),  # marker and log line: reported once
    ]
    assert found[1].when.strftime("%Y-%m-%d %H:%M") == "2026-11-20 10:05"
    assert not list((tmp_path / "crash").glob("error-*.txt"))
    # The log is not changed, but its crashes are not reported a second time.
    assert previous_crashes(tmp_path) == []
    with (logs / "kiosk.log").open("a", encoding="utf-8") as log:
        log.write(
            "2026-11-22 11:00:00,000 ERROR kiosk.app: uncaught TypeError (crash id 12345678)\n"
        )
    assert [c.crash_id for c in previous_crashes(tmp_path)] == ["12345678"]


def test_without_archive_nothing_moves(tmp_path: Path) -> None:
    CrashFile(tmp_path).note_error("abcdef01", "RuntimeError")
    assert len(previous_crashes(tmp_path, archive=False)) == 1
    assert len(previous_crashes(tmp_path, archive=False)) == 1
    assert len(previous_crashes(tmp_path)) == 1
    assert previous_crashes(tmp_path) == []


def test_no_data_folder_is_no_crash(tmp_path: Path) -> None:
    assert previous_crashes(tmp_path / "missing") == []


def test_the_archive_is_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.core.crashfile as crashfile

    monkeypatch.setattr(crashfile, "KEEP_ARCHIVED", 3)
    crash_dir = tmp_path / "crash"
    crash_dir.mkdir()
    for i in range(5):
        path = crash_dir / f"fault-{1000 + i}.log"
        path.write_text(f"Fatal Python error: crash {i}\n", encoding="utf-8")
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    assert len(previous_crashes(tmp_path)) == 5
    kept = sorted(p.name for p in (crash_dir / "archive").glob("fault-*.log"))
    assert kept == ["fault-1002.log", "fault-1003.log", "fault-1004.log"]


def test_a_crash_after_the_data_folder_was_deleted_is_still_written(tmp_path: Path) -> None:
    """The data folder deleted while running: the fault file is made again, and a hard
    crash after that lands in it (not in the deleted file, where nobody would see it)."""
    data = tmp_path / "data"
    done = run(DELETED_THEN_SEGFAULT, data)
    assert done.returncode == -11, (done.returncode, done.stderr)
    text = Path(done.stdout.strip()).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert len(previous_crashes(data)) == 1
