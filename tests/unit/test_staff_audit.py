"""Audit log of staff actions: only allowed keys and names, never text."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.staff.audit import ACTIONS, AUDIT_FILE, KEEP_ROTATED, AuditLog

CANARY = "Maija Meikäläinen 040-1234567"


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(
        tmp_path / "data" / AUDIT_FILE, "kallio-1", FixedClock(datetime(2024, 5, 2, 10, 30))
    )


def lines(audit: AuditLog) -> list[dict]:
    if not audit.path.exists():
        return []
    return [json.loads(line) for line in audit.path.read_text(encoding="utf-8").splitlines()]


def test_lines_have_only_the_allowed_keys(audit: AuditLog) -> None:
    assert audit.record("helper_entered", "library-hours", "which")
    assert audit.record("end_session")
    first, second = lines(audit)
    assert first == {
        "time": "2024-05-02T10:30:00+03:00",
        "kiosk_id": "kallio-1",
        "action": "helper_entered",
        "flow_id": "library-hours",
        "step_id": "which",
    }
    assert second["flow_id"] is None and second["step_id"] is None
    assert set(second) == {"time", "kiosk_id", "action", "flow_id", "step_id"}
    assert audit.problem is None


def test_every_listed_action_can_be_recorded(audit: AuditLog) -> None:
    for action in sorted(ACTIONS):
        assert audit.record(action, "e-identification", "has_codes")
    assert [line["action"] for line in lines(audit)] == sorted(ACTIONS)


@pytest.mark.parametrize(
    "action, flow, step",
    [
        (CANARY, None, None),
        ("helper_entered", CANARY, None),
        ("helper_entered", "library-hours", CANARY),
        ("helper_entered", "library-hours", "x" * 65),
        ("helper_entered", "library-hours", ""),
        ("helper_entered", "library-hours", 'name\n{"action": "admin_exit"}'),
        (["helper_entered"], None, None),
        ("helper_entered", 42, None),
    ],
)
def test_text_never_reaches_the_file(
    audit: AuditLog, action: str, flow, step, caplog: pytest.LogCaptureFixture
) -> None:
    assert audit.record(action, flow, step) is False
    assert lines(audit) == []
    assert CANARY not in caplog.text  # the refusal is logged without the value


def test_canary_absent_after_mixed_use(audit: AuditLog) -> None:
    audit.record("language", "library-hours", "which")
    audit.record("language", CANARY)
    audit.record("back", "library-hours", "hours")
    text = audit.path.read_text(encoding="utf-8")
    assert CANARY not in text and "Maija" not in text
    assert len(lines(audit)) == 2


def test_unwritable_folder_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    audit = AuditLog(blocker / "data" / AUDIT_FILE, "kallio-1")
    assert audit.record("helper_entered") is False
    assert audit.problem is not None


def test_log_deleted_while_running_is_started_again_and_told(audit: AuditLog) -> None:
    """Regression: a deleted audit log restarted silently; now staff are told."""
    assert audit.record("helper_entered")
    audit.path.unlink()
    assert audit.record("helper_left")
    assert [line["action"] for line in lines(audit)] == ["helper_left"]
    assert audit.problem is not None and "deleted" in audit.problem
    assert audit.record("back")  # a later entry does not hide it
    assert audit.problem is not None


def test_a_log_from_an_earlier_run(tmp_path: Path) -> None:
    """An earlier run's log is appended to; its deletion before this run's entries is seen."""
    path = tmp_path / AUDIT_FILE
    path.write_text('{"action": "helper_entered"}\n')
    audit = AuditLog(path, "kallio-1")
    assert audit.record("helper_left") and audit.problem is None
    assert len(path.read_text().splitlines()) == 2
    second = AuditLog(path, "kallio-1")
    path.unlink()
    assert second.record("back") and second.problem is not None


# --------------------------------------------------------------------------- retention
# and rotation (issue 12: staff-audit.jsonl was never pruned nor rotated)


def test_old_entries_are_deleted_after_retention_days(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 5, 2, 10, 30))
    path = tmp_path / AUDIT_FILE
    audit = AuditLog(path, "kallio-1", clock, retention_days=30)
    audit.record("helper_entered")
    clock.advance(20 * 86400)
    audit.record("helper_left")
    clock.advance(11 * 86400)  # the first entry is now 31 days old: the new day prunes it
    audit.record("back")
    assert [line["action"] for line in lines(audit)] == ["helper_left", "back"]
    assert audit.problem is None, "our own pruning is not a deletion behind our back"
    # At start-up too.
    clock.advance(25 * 86400)
    again = AuditLog(path, "kallio-1", clock, retention_days=30)
    assert [line["action"] for line in lines(again)] == ["back"]
    clock.advance(40 * 86400)
    AuditLog(path, "kallio-1", clock, retention_days=30)
    assert not path.exists(), "a file left with no entries is deleted"


def test_lines_without_a_time_are_kept(tmp_path: Path) -> None:
    path = tmp_path / AUDIT_FILE
    path.write_text('{"action": "helper_entered"}\nnot json\n')
    AuditLog(path, "kallio-1", retention_days=1)
    assert len(path.read_text().splitlines()) == 2


def test_the_log_is_rotated_by_size(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 5, 2, 10, 30))
    path = tmp_path / AUDIT_FILE
    audit = AuditLog(path, "kallio-1", clock, max_bytes=1000)
    for _ in range(200):  # about 150 bytes a line: 6 a file
        assert audit.record("back", "library-hours", "which")
    assert path.stat().st_size <= 1000
    files = audit.files()
    assert files[0] == path and files[1] == tmp_path / f"{AUDIT_FILE}.1"
    assert len(files) == 1 + KEEP_ROTATED, "the oldest beyond .9 are deleted"
    assert all(f.stat().st_size <= 1000 for f in files)
    assert audit.problem is None, "rotation is not a deletion behind our back"
    total = sum(len(f.read_text().splitlines()) for f in files)
    assert 5 * len(files) <= total < 200  # the newest entries, in whole files


def test_rotated_files_are_pruned_too(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 5, 2, 10, 30))
    path = tmp_path / AUDIT_FILE
    audit = AuditLog(path, "kallio-1", clock, retention_days=7, max_bytes=300)
    for _ in range(6):
        audit.record("back")
    assert len(audit.files()) > 1
    clock.advance(8 * 86400)
    audit.record("helper_entered")
    assert audit.files() == [path]
    assert [line["action"] for line in lines(audit)] == ["helper_entered"]


def test_records_from_several_threads_are_whole_lines(tmp_path: Path) -> None:
    """The PIN gate records from a worker thread while the UI records too."""
    audit = AuditLog(tmp_path / AUDIT_FILE, "kallio-1", max_bytes=2000)

    def many(action: str) -> None:
        for _ in range(50):
            audit.record(action)

    threads = [
        threading.Thread(target=many, args=(a,))
        for a in ("pin_failed_staff", "back", "language", "theme")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [
        json.loads(line)
        for f in audit.files()
        for line in f.read_text(encoding="utf-8").splitlines()
    ]
    assert every and all(set(entry) == set(lines(audit)[0]) for entry in every)
    assert audit.problem is None
