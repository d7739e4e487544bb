"""Wrong-PIN lockout: counting, timing (injected clock), restarts and damaged files."""

from __future__ import annotations

import json
import stat
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.staff import lockout as lockout_module
from kiosk.staff.audit import ACTIONS
from kiosk.staff.lockout import LOCKOUT_FILE, Lockout, PinGate, write_atomically
from kiosk.staff.pins import hash_pin

START = datetime(2024, 5, 2, 10, 30)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / LOCKOUT_FILE


def make(path: Path | None, clock: FixedClock, attempts: int = 5, seconds: float = 300) -> Lockout:
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
    path.write_text(
        json.dumps(
            {"failures": 5, "last_failure": None, "locked_until": "2099-01-01T00:00:00+02:00"}
        )
    )
    lockout = make(path, clock)
    assert lockout.is_locked()
    assert lockout.remaining_s() == pytest.approx(300)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[1, 2]",
        b'{"failures": "many"}',
        b'{"failures": -1}',
        b'{"failures": 2, "locked_until": "yesterday"}',
        b'{"failures": 2, "locked_until": "2024-05-02T10:00:00"}',  # no zone
        b"\xff\xfe\x00garbage",
    ],
)
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
ADMIN = hash_pin("135790", admin=True)


def gate(path: Path, clock: FixedClock, staff=(STAFF,), admin=(ADMIN,)) -> PinGate:
    return PinGate(staff, admin, make(path, clock, attempts=3))


def test_gate_lets_the_right_pin_in(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock)
    assert pin_gate.check("2468").ok
    assert pin_gate.check("135790", "admin").ok
    assert pin_gate.check("135790", "staff").ok  # an admin PIN also opens helper mode
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


def test_state_saved_once_the_folder_is_writable_again(tmp_path: Path, clock: FixedClock) -> None:
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


# --------------------------------------------------------------------------- issue 12:
# races, clock jumps, restarts, back-off, and telling metrics and the audit log


def test_a_burst_of_six_after_five_wrong_is_refused_in_threads(
    path: Path, clock: FixedClock
) -> None:
    """Five wrong PINs and the right one typed in one fast burst, each checked in its own
    thread as the UI's thread pool does: the sixth is refused, not let in."""
    pin_gate = PinGate((STAFF,), (), make(path, clock, attempts=5))
    entries = ["1111"] * 5 + ["2468"]
    results: dict[int, str] = {}

    def enter(i: int) -> None:
        results[i] = pin_gate.check(entries[i]).outcome

    threads = []
    for i in range(len(entries)):
        thread = threading.Thread(target=enter, args=(i,))
        thread.start()
        threads.append(thread)
        # The next entry is typed once this one is at the gate (checking or waiting).
        deadline = time.monotonic() + 10
        while pin_gate._turn.waiting < 1 and i not in results:
            assert time.monotonic() < deadline
            time.sleep(0.001)
    for thread in threads:
        thread.join(timeout=30)
    assert [results[i] for i in range(6)] == ["wrong"] * 4 + ["locked", "locked"]
    assert pin_gate.lockout.is_locked()


def test_concurrent_checks_never_test_more_pins_than_allowed(
    path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twelve guesses at once: only max_attempts of them are ever compared with a hash."""
    checked: list[str] = []
    real = lockout_module.verify_any

    def counting(pin: str, hashes) -> bool:  # noqa: ANN001
        checked.append(pin)
        time.sleep(0.01)  # let the other threads pile up
        return real(pin, hashes)

    monkeypatch.setattr(lockout_module, "verify_any", counting)
    pin_gate = PinGate((STAFF,), (), make(path, clock, attempts=5))
    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(lambda i: pin_gate.check(f"{1000 + i}").outcome, range(12)))
    assert len(checked) == 5
    assert outcomes.count("wrong") == 4 and outcomes.count("locked") == 8


def test_a_wall_clock_jump_does_not_end_a_lock(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock)
    for _ in range(3):
        pin_gate.check("1111")
    clock.at = clock.at + timedelta(minutes=6)  # NTP, or someone at the BIOS
    assert pin_gate.check("2468").outcome == "locked"
    assert pin_gate.lockout.remaining_s() == pytest.approx(300)
    # Nor after a restart with the clock forward.
    again = make(path, clock, attempts=3)
    assert again.is_locked() and again.remaining_s() == pytest.approx(300)
    clock.at = clock.at - timedelta(days=2)  # nor a jump back
    assert again.remaining_s() == pytest.approx(300)
    clock.advance(300)  # real time passing does
    assert not again.is_locked()


def test_a_wall_clock_jump_does_not_forget_wrong_pins(path: Path, clock: FixedClock) -> None:
    lockout = make(path, clock)
    for _ in range(4):
        lockout.record_failure()
    clock.at = clock.at + timedelta(hours=1)
    assert lockout.attempts_left() == 1
    assert make(path, clock).attempts_left() == 1
    assert lockout.record_failure() is True


def test_after_a_reboot_the_lock_is_at_least_what_was_left(path: Path) -> None:
    clock = FixedClock(START)
    lockout = Lockout(path, max_attempts=3, lockout_s=300, clock=clock, boot_id="boot-1")
    for _ in range(3):
        lockout.record_failure()
    clock.advance(100)
    # Restarted in the same boot: the system's monotonic clock went on; exact.
    same = Lockout(path, max_attempts=3, lockout_s=300, clock=clock, boot_id="boot-1")
    assert same.remaining_s() == pytest.approx(200)
    # Rebooted (the monotonic clock starts again, the wall clock a day ahead): what
    # was left when the file was last written, in full.
    rebooted = FixedClock(START + timedelta(days=1), mono=5.0)
    after = Lockout(path, max_attempts=3, lockout_s=300, clock=rebooted, boot_id="boot-2")
    assert after.remaining_s() >= 200
    rebooted.advance(after.remaining_s() - 1)
    assert after.is_locked()
    rebooted.advance(1)
    assert not after.is_locked()


def test_no_boot_id_counts_as_a_reboot(path: Path, clock: FixedClock) -> None:
    lockout = Lockout(path, max_attempts=3, lockout_s=300, clock=clock, boot_id=None)
    for _ in range(3):
        lockout.record_failure()
    clock.advance(100)
    again = Lockout(path, max_attempts=3, lockout_s=300, clock=clock, boot_id=None)
    assert again.remaining_s() == pytest.approx(300)  # never shorter


def test_locks_in_a_row_grow_and_a_right_pin_resets_them(path: Path, clock: FixedClock) -> None:
    pin_gate = gate(path, clock)  # 3 attempts, 5 minutes
    lengths = []
    for _ in range(4):
        for _ in range(3):
            last = pin_gate.check("1111")
        assert last.outcome == "locked"
        lengths.append(last.locked_for_s)
        clock.advance(last.locked_for_s)
    assert lengths == [300, 900, 3600, 3600]
    # The back-off survives a restart ...
    for _ in range(3):
        pin_gate.check("1111")
    assert make(path, clock, attempts=3).remaining_s() == pytest.approx(3600)
    clock.advance(3600)
    # ... and a right PIN starts again from five minutes.
    assert pin_gate.check("2468").ok
    for _ in range(3):
        last = pin_gate.check("1111")
    assert last.locked_for_s == pytest.approx(300)


def test_back_off_is_capped_but_never_below_the_configured_lock(clock: FixedClock) -> None:
    assert [make(None, clock, seconds=300).lock_length_s(n) for n in (1, 2, 3, 9)] == [
        300,
        900,
        3600,
        3600,
    ]
    assert [make(None, clock, seconds=7200).lock_length_s(n) for n in (1, 2, 3)] == [
        7200,
        7200,
        7200,
    ]


def test_each_wrong_pin_is_counted_and_audited_without_its_digits(
    path: Path, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[str] = []
    audited: list[str] = []
    pin_gate = PinGate(
        (STAFF,),
        (ADMIN,),
        make(path, clock, attempts=3),
        on_failure=failures.append,
        audit=audited.append,
    )
    pin_gate.check("97531", "admin")
    pin_gate.check("86420")
    assert pin_gate.check("2468").ok  # a right PIN is neither
    pin_gate.check("86421")
    pin_gate.check("86422")
    assert pin_gate.check("86423").outcome == "locked"  # the third wrong one in a row
    assert pin_gate.check("86424").outcome == "locked"  # refused unchecked: not counted
    assert failures == ["admin", "staff", "staff", "staff", "staff"]
    assert audited == [
        "pin_failed_admin",
        "pin_failed_staff",
        "pin_failed_staff",
        "pin_failed_staff",
        "pin_failed_staff",
        "pin_lock_started",
    ]
    assert set(audited) <= ACTIONS
    for digits in ("97531", "86420", "86421", "86422", "86423", "86424", "2468"):
        assert digits not in caplog.text
    assert "wrong staff PIN" in caplog.text  # a line to alert on


def test_a_failing_hook_never_breaks_a_check(path: Path, clock: FixedClock) -> None:
    def broken(_: str) -> None:
        raise RuntimeError("metrics down")

    pin_gate = PinGate((STAFF,), (), make(path, clock, attempts=3), on_failure=broken, audit=broken)
    assert pin_gate.check("1111").outcome == "wrong"
    assert pin_gate.check("2468").ok


def test_the_gate_shows_the_lockout_problem(tmp_path: Path, clock: FixedClock) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    pin_gate = PinGate((STAFF,), (), make(blocker / LOCKOUT_FILE, clock))
    pin_gate.check("1111")
    assert pin_gate.problem is not None and "cannot be saved" in pin_gate.problem


def test_the_state_file_is_private(path: Path, clock: FixedClock) -> None:
    make(path, clock).record_failure()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
