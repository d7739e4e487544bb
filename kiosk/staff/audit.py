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
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.file_faults import file_identity, open_file_identity

__all__ = ["ACTIONS", "AUDIT_FILE", "AuditLog", "is_id"]

log = logging.getLogger(__name__)

#: File name of the audit log in the data folder.
AUDIT_FILE = "staff-audit.jsonl"

#: Staff actions that may be recorded. The UI picks from these names.
ACTIONS: frozenset[str] = frozenset({
    "helper_entered",     # a right staff PIN opened helper mode
    "helper_left",        # helper mode closed (button or helper idle timeout)
    "pin_wrong",          # a wrong staff or admin PIN
    "pin_locked",         # too many wrong PINs: entry locked
    "admin_entered",      # a right admin PIN
    "admin_exit",         # kiosk mode left with the admin PIN
    "help_cleared",       # a pending "ask for help" request was cleared
    "back",
    "restart_flow",
    "language",
    "text_size",
    "theme",
    "speech",
    "idle_paused",
    "idle_resumed",
    "end_session",
})

#: What a flow id or step id may look like (the shipped flows use a-z, 0-9, - and _).
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")

_KEYS = ("time", "kiosk_id", "action", "flow_id", "step_id")


def is_id(value: object) -> bool:
    """True if ``value`` is a short id (letters, digits, - and _), never free text."""
    return isinstance(value, str) and bool(_ID.fullmatch(value))


class AuditLog:
    """Appends staff actions to ``path`` (``staff-audit.jsonl`` in the data folder)."""

    def __init__(self, path: Path, kiosk_id: str, clock: Clock | None = None) -> None:
        self.path = path
        self.kiosk_id = kiosk_id
        self.clock = clock or SystemClock()
        self._fault: str | None = None  # cleared by the next line written
        self._notice: str | None = None  # kept: earlier entries were lost
        self._file = file_identity(path)  # the file written to (or found at start)

    @property
    def problem(self) -> str | None:
        """A plain-language problem for the staff panel, or None when all is well."""
        return self._fault or self._notice

    @property
    def notice(self) -> str | None:
        """Something that went wrong and was mended (it works now), kept for staff."""
        return self._notice

    def record(self, action: str, flow_id: str | None = None,
               step_id: str | None = None) -> bool:
        """Append one line. False if the entry was refused or could not be written."""
        if not isinstance(action, str) or action not in ACTIONS:
            log.error("audit: refused an action that is not on the list (%d characters)",
                      len(action) if isinstance(action, str) else -1)
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
        if self._file is not None and file_identity(self.path) != self._file:
            log.error("audit: %s was deleted or replaced while the kiosk ran; earlier "
                      "entries are not in it", self.path)
            self._notice = (f"The staff audit log was deleted or replaced while the kiosk "
                            f"was running (noticed {entry['time']}); entries before that "
                            f"are missing from {self.path.name}.")
            self._file = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as file:
                file.write(line)
                self._file = open_file_identity(file.fileno())
        except OSError as exc:
            log.error("audit: cannot write %s (%s: %s)", self.path, type(exc).__name__,
                      exc.strerror or exc)
            self._fault = ("Staff actions cannot be logged (the data folder is not "
                           "writable or the disk is full).")
            return False
        self._fault = None
        return True
