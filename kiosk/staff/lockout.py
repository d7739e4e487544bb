"""Wrong-PIN lockout, kept across restarts, and the PIN gate the UI asks.

After ``max_attempts`` wrong PINs in a row, PIN entry is refused for a while: one
``lockout_s`` for the first lock, then longer for each lock that follows without a
right PIN in between (:meth:`Lockout.lock_length_s`: 5, 15, then 60 minutes with the
default 5; never longer than an hour, unless ``lockout_s`` itself is). A right PIN
resets the count and the back-off.

Time is counted on the monotonic clock only, so setting the wall clock (NTP after a
boot with a wrong hardware clock, daylight saving, someone at the BIOS) can neither end
a lock nor forget wrong PINs. The state is kept in a small JSON file in the data folder
(written atomically: a temporary file, fsync, rename) so that restarting the kiosk does
not give a guesser a fresh set of tries. The file holds what is left of the lock and
how long ago the last wrong PIN was, as seen on the monotonic clock when it was
written, with the machine's boot id: after a restart in the same boot the lock ends
exactly when it would have (the monotonic clock is the system's, shared by every
process); after a reboot what was left when the file was written starts again in full,
so a lock is never shortened by a restart. (``locked_until``, the wall-clock time the
lock is expected to end, is written for people reading the file; it is never read.)

Decisions:

- A missing file means "no wrong PINs yet".
- A corrupt or unreadable file is logged and treated as *not locked*, and counting
  starts again from zero (and the next wrong PIN rewrites the file). Locking staff out
  because of a damaged file would stop them helping residents, and someone able to
  damage files in the kiosk's data folder does not need to guess PINs.
- If the file cannot be written (missing folder that cannot be made, read-only or
  full disk) the lockout keeps working in memory for this run, is logged, and
  ``problem`` says so for the staff panel.
- If the file is deleted while wrong PINs are counted (the data folder removed), it is
  written again at the next PIN check or look at the lock, folder and all.
- Wrong PINs older than one ``lockout_s`` (counted from the latest wrong PIN) are
  forgotten; a right PIN, or the end of a lock, clears the count.
- A file from an older version (wall-clock times) is read once: a lock in it counts as
  at most one ``lockout_s`` from now.

:class:`PinGate` checks PINs one at a time, in the order they were typed (a burst of
entries from the UI's thread pool cannot all slip past the lock check before the first
wrong one is counted), tells an ``on_failure(role)`` hook (the metrics) and an audit
callback about each wrong PIN, never its digits.

No Qt. Times come from an injected :class:`~kiosk.core.clock.Clock`.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from kiosk.core.atomic_file import write_atomically
from kiosk.core.clock import Clock, SystemClock
from kiosk.staff.pins import PinHash, PinHashError, parse_pin_hash, verify_any

__all__ = ["LOCKOUT_FILE", "Lockout", "PinAttempt", "PinGate", "read_boot_id", "write_atomically"]

log = logging.getLogger(__name__)

#: File name of the lockout state in the data folder.
LOCKOUT_FILE = "pin-lockout.json"

#: Back-off: the n-th lock in a row lasts this many times ``lockout_s`` (the last one
#: for every lock after it), capped at :data:`MAX_LOCK_S` (or ``lockout_s`` if longer).
BACKOFF = (1, 3, 12)
MAX_LOCK_S = 3600.0

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")
_FILE_VERSION = 2


def read_boot_id() -> str | None:
    """This boot's id (Linux), or None where the system has none."""
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _time(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("not a time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("time without a zone")
    return parsed


def _count(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"bad {what}")
    return value


def _seconds(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or not value >= 0:
        raise ValueError(f"bad {what}")
    return float(value)


_UNSET: Any = object()


class Lockout:
    """Counts wrong PINs and locks entry. Never raises on file problems.

    ``boot_id``: this boot's id (default: the system's), to tell a restart of the kiosk
    from a reboot of the machine when the state is read back.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        max_attempts: int = 5,
        lockout_s: float = 300.0,
        clock: Clock | None = None,
        boot_id: str | None = _UNSET,
    ) -> None:
        if max_attempts < 1 or lockout_s <= 0:
            raise ValueError("max_attempts must be >= 1 and lockout_s > 0")
        self.path = path
        self.max_attempts = max_attempts
        self.lockout_s = float(lockout_s)
        self.period = timedelta(seconds=lockout_s)
        self.clock = clock or SystemClock()
        self.boot_id = read_boot_id() if boot_id is _UNSET else boot_id
        self.failures = 0
        #: Locks in a row without a right PIN in between (the back-off level).
        self.locks_in_a_row = 0
        self._last_failure: float | None = None  # monotonic
        self._lock_ends: float | None = None  # monotonic
        #: A plain-language problem for the staff panel, or None when all is well.
        self.problem: str | None = None
        self._load()

    def lock_length_s(self, locks_in_a_row: int) -> float:
        """How long the ``locks_in_a_row``-th lock in a row lasts (1 = the first)."""
        factor = BACKOFF[min(max(locks_in_a_row, 1), len(BACKOFF)) - 1]
        return min(self.lockout_s * factor, max(MAX_LOCK_S, self.lockout_s))

    # ------------------------------------------------------------------ state

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            log.error(
                "cannot read the PIN lockout file %s (%s); treating PIN entry as not locked",
                self.path,
                type(exc).__name__,
            )
            self.problem = "The PIN lockout file cannot be read; wrong PINs are counted anew."
            return
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            if data.get("version") == _FILE_VERSION:
                self._load_state(data)
            else:
                self._load_wall_clock_state(data)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            log.error(
                "the PIN lockout file %s is damaged (%s); treating PIN entry as not "
                "locked and counting wrong PINs anew",
                self.path,
                exc,
            )
            self.problem = "The PIN lockout file was damaged; wrong PINs are counted anew."
            self.failures, self.locks_in_a_row = 0, 0
            self._last_failure = self._lock_ends = None
            return
        self._refresh()

    def _load_state(self, data: dict[str, Any]) -> None:
        failures = _count(data.get("failures", 0), "failure count")
        locks = _count(data.get("locks_in_a_row", 0), "lock count")
        remaining = _seconds(data.get("lock_remaining_s"), "lock time")
        age = _seconds(data.get("last_failure_age_s"), "failure age")
        saved_mono = _seconds(data.get("monotonic"), "monotonic time")
        now = self.clock.monotonic()
        # Same boot, and the monotonic clock went on since: exact. Otherwise (a reboot,
        # or a clock that does not fit) the file is taken as written just now, so a lock
        # only ever gets longer.
        same_boot = (
            self.boot_id is not None
            and data.get("boot_id") == self.boot_id
            and saved_mono is not None
            and saved_mono <= now
        )
        saved = saved_mono if same_boot and saved_mono is not None else now
        self.failures = failures
        self.locks_in_a_row = locks
        self._last_failure = saved - age if age is not None and failures else None
        if remaining is not None:
            longest = self.lock_length_s(max(locks, 1))
            if remaining > longest:
                log.warning("PIN lock in the file is longer than its %d s; shortened", int(longest))
                remaining = longest
            self._lock_ends = saved + remaining

    def _load_wall_clock_state(self, data: dict[str, Any]) -> None:
        """A file from before the monotonic count: ``failures``, ``last_failure`` and
        ``locked_until`` as wall-clock times."""
        failures = _count(data.get("failures", 0), "failure count")
        _time(data.get("last_failure"))  # checked, but a wall-clock time is not trusted
        locked_until = _time(data.get("locked_until"))
        now = self.clock.monotonic()
        self.failures = failures
        self._last_failure = now if failures else None
        if locked_until is not None:
            left = (locked_until - self.clock.now()).total_seconds()
            if left > self.lockout_s:
                log.warning("PIN lock ended too far ahead; shortened to %s", self.period)
            left = min(max(left, 0.0), self.lockout_s)
            if left > 0:
                self._lock_ends = now + left
                self.locks_in_a_row = 1
            else:
                self.failures, self._last_failure = 0, None
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        now = self.clock.monotonic()
        left = None if self._lock_ends is None else max(0.0, self._lock_ends - now)
        data = {
            "version": _FILE_VERSION,
            "failures": self.failures,
            "locks_in_a_row": self.locks_in_a_row,
            "lock_remaining_s": left,
            "last_failure_age_s": (
                None if self._last_failure is None else max(0.0, now - self._last_failure)
            ),
            "monotonic": now,
            "boot_id": self.boot_id,
            # For people reading the file only; never read back.
            "locked_until": (
                None
                if left is None
                else (self.clock.now() + timedelta(seconds=left)).isoformat(timespec="seconds")
            ),
        }
        try:
            write_atomically(self.path, json.dumps(data) + "\n")
        except OSError as exc:
            log.error(
                "cannot save the PIN lockout state to %s (%s: %s); it is kept in "
                "memory until the kiosk restarts",
                self.path,
                type(exc).__name__,
                exc.strerror or exc,
            )
            self.problem = (
                "The PIN lockout cannot be saved (the data folder is not "
                "writable or the disk is full); it resets if the kiosk restarts."
            )
        else:
            if self.problem and "cannot be saved" in self.problem:
                self.problem = None

    def _refresh(self) -> None:
        """Apply the passage of (monotonic) time: end a lock that is over, forget old
        wrong PINs."""
        now = self.clock.monotonic()
        changed = False
        if self._lock_ends is not None:
            if now >= self._lock_ends:
                self._lock_ends = None
                self.failures = 0
                self._last_failure = None
                changed = True
        elif self.failures and (
            self._last_failure is None or now - self._last_failure >= self.lockout_s
        ):
            self.failures = 0
            self._last_failure = None
            changed = True
        if not changed and self.path is not None:
            if self.problem and "cannot be saved" in self.problem:
                changed = True  # try again: the folder may be writable by now
            elif (self.failures or self._lock_ends is not None) and not self.path.exists():
                # Deleted behind the kiosk's back (the data folder removed): write it
                # again now, so a restart does not hand a guesser a fresh set of tries.
                log.warning("the PIN lockout file %s was deleted; writing it again", self.path)
                changed = True
        if changed:
            self._save()

    # ------------------------------------------------------------------ public

    def is_locked(self) -> bool:
        self._refresh()
        return self._lock_ends is not None

    def remaining_s(self) -> float:
        """Seconds until PIN entry opens again (0.0 when not locked)."""
        if not self.is_locked() or self._lock_ends is None:
            return 0.0
        return max(0.0, self._lock_ends - self.clock.monotonic())

    def attempts_left(self) -> int:
        """Wrong PINs still allowed before the lock (0 while locked)."""
        if self.is_locked():
            return 0
        return max(0, self.max_attempts - self.failures)

    def record_failure(self) -> bool:
        """Count a wrong PIN. True if PIN entry is now locked."""
        self._refresh()
        if self._lock_ends is not None:
            return True
        now = self.clock.monotonic()
        self.failures += 1
        self._last_failure = now
        if self.failures >= self.max_attempts:
            self.locks_in_a_row += 1
            length = self.lock_length_s(self.locks_in_a_row)
            self._lock_ends = now + length
            log.warning(
                "PIN entry locked for %d s after %d wrong PINs (lock %d in a row)",
                int(length),
                self.failures,
                self.locks_in_a_row,
            )
        self._save()
        return self._lock_ends is not None

    def record_success(self) -> None:
        """A right PIN: forget the wrong ones and the back-off."""
        self._refresh()
        if self.failures or self._lock_ends is not None or self.locks_in_a_row:
            self.failures = 0
            self.locks_in_a_row = 0
            self._last_failure = None
            self._lock_ends = None
            self._save()


@dataclass(frozen=True)
class PinAttempt:
    """What became of one PIN typed on the number pad.

    ``outcome``: ``"ok"`` (let them in), ``"wrong"``, ``"locked"`` (not even checked;
    ``locked_for_s`` says how long is left) or ``"disabled"`` (no PIN is configured for
    this role, so it cannot be entered at all).
    """

    outcome: Literal["ok", "wrong", "locked", "disabled"]
    attempts_left: int = 0
    locked_for_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


def _parse_all(lines: Iterable[str], what: str) -> tuple[PinHash, ...]:
    parsed = []
    for i, line in enumerate(lines, 1):
        try:
            parsed.append(parse_pin_hash(line))
        except PinHashError as exc:  # check_config reports these; skip, never crash
            log.error("%s PIN hash %d is not usable: %s", what, i, exc)
    return tuple(parsed)


class _InTurn:
    """A lock that lets its users in strictly in the order they asked (a ticket lock),
    so PINs are checked in the order they were typed."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._next = 0
        self._serving = 0

    @property
    def waiting(self) -> int:
        """How many are inside or waiting (for tests)."""
        with self._changed:
            return self._next - self._serving

    def __enter__(self) -> None:
        with self._changed:
            ticket = self._next
            self._next += 1
            while ticket != self._serving:
                self._changed.wait()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with self._changed:
            self._serving += 1
            self._changed.notify_all()


#: Audit actions the gate records (see ``kiosk.staff.audit.ACTIONS``).
AUDIT_WRONG = {"staff": "pin_failed_staff", "admin": "pin_failed_admin"}
AUDIT_LOCKED = "pin_lock_started"


class PinGate:
    """Checks staff and admin PINs against their hashes, through one shared lockout.

    An admin PIN also opens helper mode (role ``"staff"``); a staff PIN never opens the
    admin role (leaving kiosk mode). ``check`` is blocking (scrypt: ~0.1 s a hash) and
    may be called from any thread: checks run one at a time, in the order they came.
    Build it with ``StaffConfig.effective_pins(demo)`` / ``effective_admin_pins(demo)``.

    ``on_failure(role)`` is called once for each wrong PIN (the metrics' counter);
    ``audit(action)`` records :data:`AUDIT_WRONG` for each wrong PIN and
    :data:`AUDIT_LOCKED` when it starts a lock (``AuditLog.record``). Neither ever gets
    the digits, and neither can break a check.
    """

    def __init__(
        self,
        staff_hashes: Iterable[str],
        admin_hashes: Iterable[str],
        lockout: Lockout,
        *,
        on_failure: Callable[[str], object] | None = None,
        audit: Callable[[str], object] | None = None,
    ) -> None:
        self._staff = _parse_all(staff_hashes, "staff")
        self._admin = _parse_all(admin_hashes, "admin")
        self.lockout = lockout
        self.on_failure = on_failure
        self.audit = audit
        self._turn = _InTurn()

    @property
    def problem(self) -> str | None:
        """The lockout's problem for the staff panel, or None."""
        return self.lockout.problem

    def _hashes(self, role: str) -> tuple[PinHash, ...]:
        if role == "staff":
            return self._staff + self._admin
        if role == "admin":
            return self._admin
        raise ValueError(f"unknown role {role!r} (use 'staff' or 'admin')")

    def enabled(self, role: str = "staff") -> bool:
        """Whether any PIN can open this role (if not, the UI hides the way in)."""
        return bool(self._hashes(role))

    def check(self, pin: str, role: str = "staff") -> PinAttempt:
        hashes = self._hashes(role)
        if not hashes:
            return PinAttempt("disabled")
        with self._turn:
            if self.lockout.is_locked():
                return PinAttempt("locked", 0, self.lockout.remaining_s())
            if verify_any(pin, hashes):
                self.lockout.record_success()
                return PinAttempt("ok", self.lockout.attempts_left())
            locked = self.lockout.record_failure()
            self._tell_failure(role, locked)
            if locked:
                return PinAttempt("locked", 0, self.lockout.remaining_s())
            return PinAttempt("wrong", self.lockout.attempts_left())

    def _tell_failure(self, role: str, locked: bool) -> None:
        log.warning(
            "wrong %s PIN (%d wrong in a row)%s",
            role,
            self.lockout.failures,
            "; PIN entry locked" if locked else "",
        )
        calls: list[tuple[Callable[[str], object] | None, str]] = [
            (self.on_failure, role),
            (self.audit, AUDIT_WRONG[role]),
        ]
        if locked:
            calls.append((self.audit, AUDIT_LOCKED))
        for hook, argument in calls:
            if hook is None:
                continue
            try:
                hook(argument)
            except Exception as exc:  # noqa: BLE001 - a hook must never break a check
                log.error("PIN failure hook failed: %s", type(exc).__name__)
