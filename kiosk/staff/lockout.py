"""Wrong-PIN lockout, kept across restarts, and the PIN gate the UI asks.

After ``max_attempts`` wrong PINs in a row, PIN entry is refused for ``lockout_s``
seconds. The count and the lock are kept in a small JSON file in the data folder
(written atomically: a temporary file, fsync, rename), so restarting the kiosk does not
give a guesser a fresh set of tries.

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
- Wrong PINs older than one lockout period (counted from the latest wrong PIN) are
  forgotten; a right PIN, or the end of a lock, clears the count.
- A lock that ends further ahead than one lockout period (the clock was turned back,
  or the file was edited) is shortened to one period from now.

No Qt. Times come from an injected :class:`~kiosk.core.clock.Clock`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from kiosk.core.clock import Clock, SystemClock
from kiosk.staff.pins import PinHash, PinHashError, parse_pin_hash, verify_any

__all__ = ["LOCKOUT_FILE", "Lockout", "PinAttempt", "PinGate", "write_atomically"]

log = logging.getLogger(__name__)

#: File name of the lockout state in the data folder.
LOCKOUT_FILE = "pin-lockout.json"


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a reader sees the old or the new file, never
    half of one. Makes missing parent folders. Raises ``OSError``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:  # make the rename itself durable; not possible on every file system
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _time(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("not a time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("time without a zone")
    return parsed


class Lockout:
    """Counts wrong PINs and locks entry. Never raises on file problems."""

    def __init__(self, path: Path | None, *, max_attempts: int = 5, lockout_s: float = 300.0,
                 clock: Clock | None = None) -> None:
        if max_attempts < 1 or lockout_s <= 0:
            raise ValueError("max_attempts must be >= 1 and lockout_s > 0")
        self.path = path
        self.max_attempts = max_attempts
        self.period = timedelta(seconds=lockout_s)
        self.clock = clock or SystemClock()
        self.failures = 0
        self.last_failure: datetime | None = None
        self.locked_until: datetime | None = None
        #: The same end by the monotonic clock, for a lock made in this run: a wall
        #: clock set back cannot stretch it. (After a restart only the wall time is known.)
        self._locked_until_mono: float | None = None
        #: A plain-language problem for the staff panel, or None when all is well.
        self.problem: str | None = None
        self._load()

    # ------------------------------------------------------------------ state

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            log.error("cannot read the PIN lockout file %s (%s); treating PIN entry as "
                      "not locked", self.path, type(exc).__name__)
            self.problem = "The PIN lockout file cannot be read; wrong PINs are counted anew."
            return
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            failures = data.get("failures", 0)
            if not isinstance(failures, int) or isinstance(failures, bool) or failures < 0:
                raise ValueError("bad failure count")
            last_failure = _time(data.get("last_failure"))
            locked_until = _time(data.get("locked_until"))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            log.error("the PIN lockout file %s is damaged (%s); treating PIN entry as not "
                      "locked and counting wrong PINs anew", self.path, exc)
            self.problem = "The PIN lockout file was damaged; wrong PINs are counted anew."
            return
        self.failures = failures
        self.last_failure = last_failure
        self.locked_until = locked_until
        self._refresh()

    def _save(self) -> None:
        if self.path is None:
            return
        data = {
            "failures": self.failures,
            "last_failure": self.last_failure.isoformat() if self.last_failure else None,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
        }
        try:
            write_atomically(self.path, json.dumps(data) + "\n")
        except OSError as exc:
            log.error("cannot save the PIN lockout state to %s (%s: %s); it is kept in "
                      "memory until the kiosk restarts", self.path, type(exc).__name__,
                      exc.strerror or exc)
            self.problem = ("The PIN lockout cannot be saved (the data folder is not "
                            "writable or the disk is full); it resets if the kiosk restarts.")
        else:
            if self.problem and "cannot be saved" in self.problem:
                self.problem = None

    def _refresh(self) -> None:
        """Apply the passage of time: end a lock that is over, forget old wrong PINs."""
        now = self.clock.now()
        changed = False
        if self.locked_until is not None:
            if (self._locked_until_mono is not None
                    and self.clock.monotonic() >= self._locked_until_mono):
                self.locked_until = now  # over by real time, whatever the wall clock says
            if self.locked_until > now + self.period:
                log.warning("PIN lock ended too far ahead; shortened to %s",
                            self.period)
                self.locked_until = now + self.period
                changed = True
            elif now >= self.locked_until:
                self.locked_until = None
                self._locked_until_mono = None
                self.failures = 0
                self.last_failure = None
                changed = True
        elif self.failures and (self.last_failure is None
                                or now - self.last_failure >= self.period
                                # a failure "in the future": the clock was set back
                                or self.last_failure > now):
            self.failures = 0
            self.last_failure = None
            changed = True
        if not changed and self.path is not None:
            if self.problem and "cannot be saved" in self.problem:
                changed = True  # try again: the folder may be writable by now
            elif (self.failures or self.locked_until is not None) and not self.path.exists():
                # Deleted behind the kiosk's back (the data folder removed): write it
                # again now, so a restart does not hand a guesser a fresh set of tries.
                log.warning("the PIN lockout file %s was deleted; writing it again",
                            self.path)
                changed = True
        if changed:
            self._save()

    # ------------------------------------------------------------------ public

    def is_locked(self) -> bool:
        self._refresh()
        return self.locked_until is not None

    def remaining_s(self) -> float:
        """Seconds until PIN entry opens again (0.0 when not locked)."""
        if not self.is_locked():
            return 0.0
        assert self.locked_until is not None
        return max(0.0, (self.locked_until - self.clock.now()).total_seconds())

    def attempts_left(self) -> int:
        """Wrong PINs still allowed before the lock (0 while locked)."""
        if self.is_locked():
            return 0
        return max(0, self.max_attempts - self.failures)

    def record_failure(self) -> bool:
        """Count a wrong PIN. True if PIN entry is now locked."""
        self._refresh()
        if self.locked_until is not None:
            return True
        now = self.clock.now()
        self.failures += 1
        self.last_failure = now
        if self.failures >= self.max_attempts:
            self.locked_until = now + self.period
            self._locked_until_mono = self.clock.monotonic() + self.period.total_seconds()
            log.warning("PIN entry locked for %d s after %d wrong PINs",
                        int(self.period.total_seconds()), self.failures)
        self._save()
        return self.locked_until is not None

    def record_success(self) -> None:
        """A right PIN: forget the wrong ones."""
        self._refresh()
        if self.failures or self.locked_until is not None:
            self.failures = 0
            self.last_failure = None
            self.locked_until = None
            self._locked_until_mono = None
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


class PinGate:
    """Checks staff and admin PINs against their hashes, through one shared lockout.

    An admin PIN also opens helper mode (role ``"staff"``); a staff PIN never opens the
    admin role (leaving kiosk mode). ``check`` is blocking (scrypt: ~0.05-0.1 s a hash).
    Build it with ``StaffConfig.effective_pins(demo)`` / ``effective_admin_pins(demo)``.
    """

    def __init__(self, staff_hashes: Iterable[str], admin_hashes: Iterable[str],
                 lockout: Lockout) -> None:
        self._staff = _parse_all(staff_hashes, "staff")
        self._admin = _parse_all(admin_hashes, "admin")
        self.lockout = lockout

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
        if self.lockout.is_locked():
            return PinAttempt("locked", 0, self.lockout.remaining_s())
        if verify_any(pin, hashes):
            self.lockout.record_success()
            return PinAttempt("ok", self.lockout.attempts_left())
        if self.lockout.record_failure():
            return PinAttempt("locked", 0, self.lockout.remaining_s())
        return PinAttempt("wrong", self.lockout.attempts_left())
