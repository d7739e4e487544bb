"""Audit log of staff actions: JSON lines in the data folder, with no personal data.

Each line has exactly the keys ``time`` (ISO 8601, Europe/Helsinki), ``kiosk_id``,
``action`` (a name from :data:`ACTIONS`), ``flow_id`` and ``step_id`` (ids from the flow
files, or null). Never any text a resident typed or saw: an action that is not in the
allow-list, or an id that does not look like an id, is refused (logged by field name
only, and ``record`` returns False) rather than written.

Writing never raises: a missing folder is made, and a folder or disk that cannot be
written is logged and reported through ``problem`` while the kiosk keeps serving. A
log file that vanished while the kiosk ran (the data folder deleted) is started again
at once, and ``problem`` keeps saying that the earlier entries are gone: an audit
trail that silently restarts would hide exactly what it is for.

Size and age: when the file would grow past ``max_bytes`` it is rotated (renamed to
``staff-audit.jsonl.1``, the older ones moving up to ``.9``, the oldest
beyond that deleted), and entries older than ``retention_days`` are deleted from every
file at start-up and at each change of day, as the usage figures are (``[audit]`` in
the config). A line whose time cannot be read is kept.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.core.atomic_file import write_atomically
from kiosk.core.clock import Clock, SystemClock
from kiosk.core.file_faults import file_identity, open_file_identity
from kiosk.core.ids import is_id

__all__ = ["ACTIONS", "AUDIT_FILE", "KEEP_ROTATED", "AuditLog", "is_id"]

log = logging.getLogger(__name__)

#: File name of the audit log in the data folder.
AUDIT_FILE = "staff-audit.jsonl"

#: Staff actions that may be recorded. The UI picks from these names.
ACTIONS: frozenset[str] = frozenset(
    {
        "helper_entered",  # a right staff PIN opened helper mode
        "helper_left",  # helper mode closed (button or helper idle timeout)
        "pin_wrong",  # a wrong staff or admin PIN
        "pin_locked",  # too many wrong PINs: entry locked
        "pin_failed_staff",  # the PIN gate: a wrong PIN for helper mode (never the digits)
        "pin_failed_admin",  # the PIN gate: a wrong PIN for leaving kiosk mode
        "pin_lock_started",  # the PIN gate: that wrong PIN started a lock
        "admin_entered",  # a right admin PIN
        "admin_exit",  # kiosk mode left with the admin PIN
        "help_cleared",  # a pending "ask for help" request was cleared
        "back",
        "restart_flow",
        "language",
        "text_size",
        "theme",
        "speech",
        "idle_paused",
        "idle_resumed",
        "end_session",
        "practice",  # staff opened practice mode for the resident (issue 18)
    }
)

_KEYS = ("time", "kiosk_id", "action", "flow_id", "step_id")

#: Rotated files kept besides the current one (``staff-audit.jsonl.1`` … ``.9``).
KEEP_ROTATED = 9


class AuditLog:
    """Appends staff actions to ``path`` (``staff-audit.jsonl`` in the data folder)."""

    def __init__(
        self,
        path: Path,
        kiosk_id: str,
        clock: Clock | None = None,
        *,
        retention_days: int = 365,
        max_bytes: int = 1024 * 1024,
    ) -> None:
        if retention_days < 1 or max_bytes < 1:
            raise ValueError("retention_days and max_bytes must be at least 1")
        self.path = path
        self.kiosk_id = kiosk_id
        self.clock = clock or SystemClock()
        self.retention_days = retention_days
        self.max_bytes = max_bytes
        self._fault: str | None = None  # cleared by the next line written
        self._notice: str | None = None  # kept: earlier entries were lost
        self._file = file_identity(path)  # the file written to (or found at start)
        self._pruned_on: date | None = None
        self._lock = threading.RLock()
        self.prune()

    def rotated(self, number: int) -> Path:
        """The ``number``-th rotated file (1 = the newest)."""
        return self.path.with_name(f"{self.path.name}.{number}")

    def files(self) -> list[Path]:
        """The audit files there are, newest first (the current one, then .1, .2 …)."""
        every = [self.path, *(self.rotated(n) for n in range(1, KEEP_ROTATED + 1))]
        return [path for path in every if path.is_file()]

    # Retention ------------------------------------------------------------------

    def prune(self) -> int:
        """Delete entries older than ``retention_days`` from every file (a file left
        with none is deleted). Returns how many were deleted; never raises."""
        with self._lock:
            return self._prune()

    def _prune(self) -> int:
        now = self.clock.now()
        self._pruned_on = now.date()
        cutoff = now - timedelta(days=self.retention_days)
        deleted = 0
        for path in self.files():
            try:
                deleted += self._prune_file(path, cutoff)
            except OSError as exc:
                log.error(
                    "audit: cannot delete old entries from %s (%s: %s)",
                    path,
                    type(exc).__name__,
                    exc.strerror or exc,
                )
        if deleted:
            log.info("audit: deleted %d entries older than %d days", deleted, self.retention_days)
        return deleted

    def _prune_file(self, path: Path, cutoff: datetime) -> int:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        kept = [line for line in lines if not _older(line, cutoff)]
        if len(kept) == len(lines):
            return 0
        ours = path == self.path and self._file is not None and file_identity(path) == self._file
        if kept:
            write_atomically(path, "".join(kept))
        else:
            path.unlink()
        if ours:  # our own change, not a deletion behind our back
            self._file = file_identity(path)
        return len(lines) - len(kept)

    def _rotate(self, adding: int) -> None:
        """Rotate the current file if ``adding`` more bytes would take it past the
        limit. Raises OSError."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size == 0 or size + adding <= self.max_bytes:
            return
        self.rotated(KEEP_ROTATED).unlink(missing_ok=True)
        for number in range(KEEP_ROTATED - 1, 0, -1):
            if self.rotated(number).exists():
                self.rotated(number).replace(self.rotated(number + 1))
        self.path.replace(self.rotated(1))
        self._file = None  # a new file is started by us: not a deletion
        log.info("audit: %s reached %d bytes; rotated", self.path.name, size)

    @property
    def problem(self) -> str | None:
        """A plain-language problem for the staff panel, or None when all is well."""
        return self._fault or self._notice

    @property
    def notice(self) -> str | None:
        """Something that went wrong and was mended (it works now), kept for staff."""
        return self._notice

    def record(self, action: str, flow_id: str | None = None, step_id: str | None = None) -> bool:
        """Append one line. False if the entry was refused or could not be written.
        Safe from any thread (the PIN gate records from a worker thread)."""
        with self._lock:
            return self._record(action, flow_id, step_id)

    def _record(self, action: str, flow_id: str | None, step_id: str | None) -> bool:
        if not isinstance(action, str) or action not in ACTIONS:
            log.error(
                "audit: refused an action that is not on the list (%d characters)",
                len(action) if isinstance(action, str) else -1,
            )
            return False
        for name, value in (("flow_id", flow_id), ("step_id", step_id)):
            if value is not None and not is_id(value):
                log.error("audit: refused %s for action %s: not an id", name, action)
                return False
        entry = {
            "time": self.clock.now().isoformat(timespec="seconds"),
            "kiosk_id": self.kiosk_id,
            "action": action,
            "flow_id": flow_id,
            "step_id": step_id,
        }
        line = json.dumps({key: entry[key] for key in _KEYS}, ensure_ascii=True) + "\n"
        if self._pruned_on != self.clock.now().date():
            self._prune()
        if self._file is not None and file_identity(self.path) != self._file:
            log.error(
                "audit: %s was deleted or replaced while the kiosk ran; earlier "
                "entries are not in it",
                self.path,
            )
            self._notice = (
                f"The staff audit log was deleted or replaced while the kiosk "
                f"was running (noticed {entry['time']}); entries before that "
                f"are missing from {self.path.name}."
            )
            self._file = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._rotate(len(line))
            with self.path.open("a", encoding="utf-8") as file:
                file.write(line)
                self._file = open_file_identity(file.fileno())
        except OSError as exc:
            log.error(
                "audit: cannot write %s (%s: %s)",
                self.path,
                type(exc).__name__,
                exc.strerror or exc,
            )
            self._fault = (
                "Staff actions cannot be logged (the data folder is not "
                "writable or the disk is full)."
            )
            return False
        self._fault = None
        return True


def _older(line: str, cutoff: datetime) -> bool:
    """Whether an audit line's time is before ``cutoff`` (False when it has none)."""
    try:
        entry = json.loads(line)
        when = datetime.fromisoformat(entry["time"])
    except (ValueError, TypeError, KeyError):
        return False
    return when.tzinfo is not None and when < cutoff
