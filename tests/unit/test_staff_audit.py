"""Audit log of staff actions: only allowed keys and names, never text."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.staff.audit import ACTIONS, AUDIT_FILE, AuditLog

CANARY = "Maija Meikäläinen 040-1234567"


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "data" / AUDIT_FILE, "kallio-1",
                    FixedClock(datetime(2024, 5, 2, 10, 30)))


def lines(audit: AuditLog) -> list[dict]:
    if not audit.path.exists():
        return []
    return [json.loads(line) for line in audit.path.read_text(encoding="utf-8").splitlines()]


def test_lines_have_only_the_allowed_keys(audit: AuditLog) -> None:
    assert audit.record("helper_entered", "library-hours", "which")
    assert audit.record("end_session")
    first, second = lines(audit)
    assert first == {"time": "2024-05-02T10:30:00+03:00", "kiosk_id": "kallio-1",
                     "action": "helper_entered", "flow_id": "library-hours",
                     "step_id": "which"}
    assert second["flow_id"] is None and second["step_id"] is None
    assert set(second) == {"time", "kiosk_id", "action", "flow_id", "step_id"}
    assert audit.problem is None


def test_every_listed_action_can_be_recorded(audit: AuditLog) -> None:
    for action in sorted(ACTIONS):
        assert audit.record(action, "e-identification", "has_codes")
    assert [line["action"] for line in lines(audit)] == sorted(ACTIONS)


@pytest.mark.parametrize("action, flow, step", [
    (CANARY, None, None),
    ("helper_entered", CANARY, None),
    ("helper_entered", "library-hours", CANARY),
    ("helper_entered", "library-hours", "x" * 65),
    ("helper_entered", "library-hours", ""),
    ("helper_entered", "library-hours", "name\n{\"action\": \"admin_exit\"}"),
    (["helper_entered"], None, None),
    ("helper_entered", 42, None),
])
def test_text_never_reaches_the_file(audit: AuditLog, action: str, flow, step,
                                     caplog: pytest.LogCaptureFixture) -> None:
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
