"""Wrong-PIN lockout: counting, timing (injected clock), restarts and damaged files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.staff.lockout import LOCKOUT_FILE, Lockout, PinGate, write_atomically
from kiosk.staff.pins import hash_pin

START = datetime(2024, 5, 2, 10, 30)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / LOCKOUT_FILE


def make(path: Path | None, clock: FixedClock, attempts: int = 5,
         seconds: float = 300) -> Lockout:
    return Lockout(path, max_attempts=attempts, lockout_s=seconds, clock=clock)


def test_locks_after_n_wrong(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock)
    for left in (4, 3, 2, 1):
        assert lockout.record_failure() is False
        assert lockout.attempts_left() == left
        assert not lockout.is_locked()
    assert lockout.record_failure() is True
    assert lockout.is_locked()
    assert lockout.attempts_left() == 0
    assert lockout.remaining_s() == pytest.approx(300)
    assert lockout.problem is None


def test_unlocks_after_the_time(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock, attempts=3, seconds=60)
    for _ in range(3):
        lockout.record_failure()
    clock.advance(59)
    assert lockout.is_locked()
    assert lockout.remaining_s() == pytest.approx(1)
    clock.advance(1)
    assert not lockout.is_locked()
    assert lockout.remaining_s() == 0.0
    assert lockout.attempts_left() == 3  # a fresh set of tries
    assert json.loads(path.read_text())["failures"] == 0


def test_lock_survives_a_restart(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock)
    for _ in range(5):
        lockout.record_failure()
    clock.advance(100)
    again = make(path, clock)  # the kiosk restarted
    assert again.is_locked()
    assert again.remaining_s() == pytest.approx(200)
    clock.advance(200)
    assert not make(path, clock).is_locked()


def test_count_survives_a_restart(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock)
    for _ in range(4):
        lockout.record_failure()
    again = make(path, clock)
    assert again.attempts_left() == 1
    assert again.record_failure() is True


def test_right_pin_clears_the_count(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock)
    for _ in range(4):
        lockout.record_failure()
    lockout.record_success()
    assert lockout.attempts_left() == 5
    assert make(path, clock).attempts_left() == 5


def test_old_wrong_pins_are_forgotten(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock)
    for _ in range(4):
        lockout.record_failure()
    clock.advance(300)
    assert lockout.attempts_left() == 5
    assert lockout.record_failure() is False


def test_a_lock_too_far_ahead_is_shortened(path: Path, clock: FixedClock) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"failures": 5, "last_failure": None,
                                "locked_until": "2099-01-01T00:00:00+02:00"}))
    lockout = make(path, clock)
    assert lockout.is_locked()
    assert lockout.remaining_s() == pytest.approx(300)


@pytest.mark.parametrize("content", [
    b"{not json", b"[1, 2]", b'{"failures": "many"}', b'{"failures": -1}',
    b'{"failures": 2, "locked_until": "yesterday"}',
    b'{"failures": 2, "locked_until": "2024-05-02T10:00:00"}',  # no zone
    b"\xff\xfe\x00garbage",
])
def test_damaged_file_is_not_locked_but_counting_goes_on(
        path: Path, clock: FixedClock, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    lockout = make(path, clock)
    assert not lockout.is_locked()
    assert lockout.attempts_left() == 5
    assert lockout.problem is not None
    assert "lockout" in caplog.text
    for _ in range(5):
        lockout.record_failure()
    assert lockout.is_locked()
    assert make(path, clock).is_locked()  # the file was rewritten whole


def test_unreadable_file_is_not_locked(path: Path, clock: FixedClock) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: reading fails
    lockout = make(path, clock)
    assert not lockout.is_locked()
    assert lockout.problem is not None


def test_unwritable_place_keeps_the_lock_in_memory(tmp_path: Path, clock: FixedClock) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    lockout = make(blocker / "data" / LOCKOUT_FILE, clock)  # NotADirectoryError
    for _ in range(5):
        lockout.record_failure()
    assert lockout.is_locked()
    assert lockout.problem is not None and "cannot be saved" in lockout.problem


def test_without_a_file(clock: FixedClock) -> None:
    lockout = make(None, clock, attempts=3)
    for _ in range(3):
        lockout.record_failure()
    assert lockout.is_locked()


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "state.json"
    write_atomically(target, "one")
    write_atomically(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["state.json"]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        Lockout(None, max_attempts=0)


# --------------------------------------------------------------------------- the gate

STAFF = hash_pin("2468")
ADMIN = hash_pin("13579")


def gate(path: Path, clock: FixedClock, staff=(STAFF,), admin=(ADMIN,)) -> PinGate:
    return PinGate(staff, admin, make(path, clock, attempts=3))


def test_gate_lets_the_right_pin_in(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock)
    assert pin_gate.check("2468").ok
    assert pin_gate.check("13579", "admin").ok
    assert pin_gate.check("13579", "staff").ok  # an admin PIN also opens helper mode
    wrong = pin_gate.check("2468", "admin")  # a staff PIN never leaves kiosk mode
    assert wrong.outcome == "wrong" and wrong.attempts_left == 2


def test_gate_locks_and_then_refuses_even_the_right_pin(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock)
    assert pin_gate.check("1111").attempts_left == 2
    assert pin_gate.check("1111").attempts_left == 1
    third = pin_gate.check("1111")
    assert third.outcome == "locked" and third.locked_for_s == pytest.approx(300)
    assert pin_gate.check("2468").outcome == "locked"
    clock.advance(300)
    assert pin_gate.check("2468").ok


def test_gate_without_pins_is_disabled(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock, staff=(), admin=())
    assert not pin_gate.enabled("staff") and not pin_gate.enabled("admin")
    assert pin_gate.check("1234").outcome == "disabled"
    only_staff = gate(path, clock, admin=())
    assert only_staff.enabled("staff") and not only_staff.enabled("admin")
    assert only_staff.check("2468", "admin").outcome == "disabled"


def test_gate_skips_a_malformed_hash(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock, staff=("nonsense", STAFF))
    assert pin_gate.check("2468").ok


def test_gate_rejects_an_unknown_role(path: Path, clock: FixedClock) -> None:
    with pytest.raises(ValueError):
        gate(path, clock).check("2468", "root")


def test_count_written_again_when_the_file_is_deleted(path: Path, clock: FixedClock) -> None:
    """A lock whose file was deleted is written again, so a restart still finds it."""
    lockout = make(path, clock)
    for _ in range(5):
        lockout.record_failure()
    path.unlink()
    path.parent.rmdir()
    assert lockout.is_locked()
    assert json.loads(path.read_text())["locked_until"]
    assert make(path, clock).is_locked()


def test_state_saved_once_the_folder_is_writable_again(tmp_path: Path,
                                                       clock: FixedClock) -> None:
    """Regression: a failed save was not retried; now each look tries and clears it."""
    data = tmp_path / "data"
    data.write_text("")  # the folder cannot be made
    lockout = make(data / LOCKOUT_FILE, clock)
    lockout.record_failure()
    assert lockout.problem is not None and "cannot be saved" in lockout.problem
    data.unlink()
    assert lockout.attempts_left() == 4
    assert lockout.problem is None
    assert json.loads((data / LOCKOUT_FILE).read_text())["failures"] == 1
