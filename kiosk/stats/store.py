"""Anonymous usage figures: events in SQLite in the data folder.

What is recorded is fixed by :data:`EVENTS`: an event name, and for some events a flow
id, a step id and a value from a short list (a language code, a text size, a reason).
Nothing else can be stored: an unknown event, a field the event does not have, a value
not on its list, or an id that does not look like an id is refused (logged without the
value, ``record`` returns False). Each row keeps the kiosk id, the day and the hour
(Europe/Helsinki), not the minute, so figures cannot be lined up with who stood at
the kiosk when.

The store never stops the kiosk. Faults are logged and reported by ``problem`` (a
plain-language string for the staff panel, or None):

- a missing data folder is made; one that cannot be made (e.g. the path runs through
  a file) leaves the store off, and it tries again every few minutes;
- a damaged database file is renamed aside (``stats.sqlite3.damaged-YYYYMMDD-HHMMSS``)
  and a new one is started; the notice stays in ``problem`` until the kiosk restarts;
- a read-only file or folder, a full disk or any other SQLite error drops the event;
  ``problem`` says so until a later event is saved again;
- a file deleted while the kiosk runs (the data folder removed) is noticed before the
  next read or write (SQLite would go on writing into the deleted file, and every
  figure would be lost at the next restart): a new file is started at the same place
  and everything the old connection can still read is copied into it (if no new file
  can be made yet, the old connection is kept until one can). If that copy fails,
  ``problem`` says the earlier figures are lost. A different file put in its place is
  simply used from then on.

Old rows are deleted after ``retention_days`` (at start-up and at each change of day).
No Qt. Times come from an injected :class:`~kiosk.core.clock.Clock`.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.file_faults import SQLITE_READONLY_DBMOVED, fault_words, file_identity, is_damage
from kiosk.core.ids import is_id
from kiosk.core.languages import SHIPPED

if TYPE_CHECKING:
    from kiosk.core.config import Config

__all__ = [
    "EVENTS",
    "STATS_FILE",
    "EventSpec",
    "StatsStore",
    "UsageFigures",
    "check_event",
    "connect_default",
]

log = logging.getLogger(__name__)

#: File name of the database in the data folder.
STATS_FILE = "stats.sqlite3"

#: How often a store that could not open its file tries again.
RETRY_OPEN_S = 300.0

#: The most of the file SQLite keeps in memory, in KiB. Its own default is 2000 KiB a
#: connection, and the cache fills as a year of rows grows the file: the kiosk's
#: memory grew by about 0.5 KB a visit (issue 19, heaptrack over 300 visits). The
#: store only adds rows at the end and counts today's; a few pages serve both.
CACHE_KIB = 128

Use = Literal["no", "optional", "required"]

#: Every language a resident can choose (it counted only fi, sv and en, and refused
#: the choice of any language added by issue 17).
_LANGUAGES = frozenset(SHIPPED)


@dataclass(frozen=True)
class EventSpec:
    """Which fields an event has. ``values``: the allowed values (when value is used)."""

    flow: Use = "no"
    step: Use = "no"
    value: Use = "no"
    values: frozenset[str] = frozenset()


#: The practice lessons' ids (tests/unit/test_stats.py checks them against the lessons).
PRACTICE_LESSONS = frozenset({"tap", "typing", "link", "scroll", "scam", "eid"})

#: Every event the kiosk may record, and its fields.
EVENTS: Mapping[str, EventSpec] = {
    "session_started": EventSpec(),
    # end: the End button; idle: the idle timeout; helper: staff ended it;
    # error: the crash screen wiped it.
    "session_ended": EventSpec(
        value="required", values=frozenset({"end", "idle", "helper", "error"})
    ),
    "flow_started": EventSpec(flow="required"),
    "flow_completed": EventSpec(flow="required"),
    # The step the resident left from, and how (the engine's Finished outcomes).
    "flow_abandoned": EventSpec(
        flow="required",
        step="required",
        value="required",
        values=frozenset({"ended", "timeout", "back", "declined", "error"}),
    ),
    "help_requested": EventSpec(flow="optional", step="optional"),
    "idle_timeout": EventSpec(flow="optional", step="optional"),
    "language": EventSpec(value="required", values=_LANGUAGES),
    "text_size": EventSpec(value="required", values=frozenset({"100", "150", "200"})),
    "theme": EventSpec(value="required", values=frozenset({"standard", "high-contrast"})),
    "speech_used": EventSpec(value="optional", values=_LANGUAGES),
    # Explore by touch switched (issue 18): how many need it, nothing about who.
    "explore": EventSpec(value="required", values=frozenset({"on", "off"})),
    # Practice lessons (kiosk.journey.practice.LESSONS) started and finished: which
    # lesson, never what was typed or chosen in it.
    "practice_started": EventSpec(value="required", values=PRACTICE_LESSONS),
    "practice_finished": EventSpec(value="required", values=PRACTICE_LESSONS),
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,       -- YYYY-MM-DD, Europe/Helsinki
    hour INTEGER NOT NULL,   -- 0-23, Europe/Helsinki
    kiosk_id TEXT NOT NULL,
    event TEXT NOT NULL,
    flow_id TEXT,
    step_id TEXT,
    value TEXT
);
CREATE INDEX IF NOT EXISTS events_day ON events (day);
"""


def check_event(
    event: str, flow: str | None = None, step: str | None = None, value: str | int | None = None
) -> str | None:
    """Why this event may not be recorded, or None if it may. Never quotes the values."""
    spec = EVENTS.get(event) if isinstance(event, str) else None
    if spec is None:
        return "unknown event name"
    for name, given, use in (("flow", flow, spec.flow), ("step", step, spec.step)):
        if given is None:
            if use == "required":
                return f"{event} needs a {name} id"
        elif use == "no":
            return f"{event} has no {name} id"
        elif not is_id(given):
            return f"the {name} id of {event} is not an id"
    if value is None:
        if spec.value == "required":
            return f"{event} needs a value"
    elif spec.value == "no":
        return f"{event} has no value"
    elif isinstance(value, bool) or str(value) not in spec.values:
        return f"the value of {event} is not one of its allowed values"
    return None


def _is_moved(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_DBMOVED


def connect_default(path: Path) -> sqlite3.Connection:
    """How the store opens its file (tests pass another ``connect`` to fake faults)."""
    return sqlite3.connect(str(path), timeout=2.0, check_same_thread=False, isolation_level=None)


class _DamagedError(Exception):
    """The database file is damaged (raised inside the store only)."""


class UsageFigures(Protocol):
    """What the kiosk's staff side needs of the usage figures: a :class:`StatsStore`,
    or one wrapped so that each event is also counted in the metrics
    (``kiosk.core.metrics.MeteredStats``)."""

    def record(
        self,
        event: str,
        *,
        flow: str | None = None,
        step: str | None = None,
        value: str | int | None = None,
    ) -> bool: ...

    def today_counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    @property
    def problem(self) -> str | None: ...

    @property
    def notice(self) -> str | None: ...


class StatsStore:
    """Records usage events; thread-safe; never raises on file or database faults."""

    def __init__(
        self,
        path: Path,
        kiosk_id: str,
        *,
        retention_days: int = 365,
        enabled: bool = True,
        clock: Clock | None = None,
        connect: Callable[[Path], sqlite3.Connection] = connect_default,
    ) -> None:
        self.path = path
        self.kiosk_id = kiosk_id
        self.retention_days = retention_days
        self.enabled = enabled
        self.clock = clock or SystemClock()
        self._connect = connect
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._fault: str | None = None  # cleared by the next event that is saved
        self._notice: str | None = None  # kept: a damaged file was set aside
        self._purged_on: date | None = None
        self._next_open: float | None = None  # monotonic
        self._identity: tuple[int, int] | None = None  # the file the connection has open
        self._orphan: sqlite3.Connection | None = None  # a deleted file, not yet copied
        if enabled:
            with self._lock:
                self._open()

    @classmethod
    def from_config(cls, config: Config, data_dir: Path, clock: Clock | None = None) -> StatsStore:
        return cls(
            data_dir / STATS_FILE,
            config.kiosk.id,
            retention_days=config.stats.retention_days,
            enabled=config.stats.enabled,
            clock=clock,
        )

    # ------------------------------------------------------------------ status

    @property
    def problem(self) -> str | None:
        """What is wrong, in plain words for the staff panel; None when all is well."""
        if not self.enabled:
            return None
        return self._fault or self._notice

    @property
    def notice(self) -> str | None:
        """Something that went wrong and was mended (it works now), kept for staff."""
        return self._notice

    @property
    def available(self) -> bool:
        """The database is open (events may still fail to save; see ``problem``)."""
        return self._conn is not None

    # ------------------------------------------------------------------ opening

    def _open(self) -> None:
        self._next_open = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._cannot_open(
                f"the data folder {self.path.parent} cannot be made ({type(exc).__name__})"
            )
            return
        for first in (True, False):
            try:
                self._conn = self._connect(self.path)
                self._prepare(self._conn)
            except (sqlite3.Error, _DamagedError) as exc:
                self._close()
                damaged = isinstance(exc, _DamagedError) or is_damage(exc)
                if damaged and first and self._set_aside():
                    continue
                self._cannot_open(
                    fault_words(exc)
                    if isinstance(exc, sqlite3.Error)
                    else "the usage figures file is damaged"
                )
                return
            except OSError as exc:  # a connect factory may raise these
                self._close()
                self._cannot_open(f"{type(exc).__name__}: {exc.strerror or exc}")
                return
            break
        self._identity = file_identity(self.path)
        self._adopt_orphan()
        self._purge_if_new_day()

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Reading the schema first finds a file that is not a database, and leaves a
        # read-only file that already has the table usable for reading.
        if (
            conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
            ).fetchone()
            is None
        ):
            conn.executescript(_SCHEMA)
        row = conn.execute("PRAGMA quick_check").fetchone()
        if not row or row[0] != "ok":
            raise _DamagedError()

    def _cannot_open(self, why: str) -> None:
        log.error("usage figures: cannot open %s: %s; events are dropped", self.path, why)
        self._fault = f"Usage figures are not being saved: {why}."
        self._next_open = self.clock.monotonic() + RETRY_OPEN_S

    def _set_aside(self) -> bool:
        """Rename a damaged file (and its journal) aside. True if it worked."""
        stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        number = 1
        while aside.exists():  # never overwrite an earlier damaged file
            number += 1
            aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{number}")
        try:
            self.path.replace(aside)
            for suffix in ("-journal", "-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    extra.replace(aside.with_name(aside.name + suffix))
        except OSError as exc:
            log.error(
                "usage figures: the file %s is damaged and cannot be moved aside (%s)",
                self.path,
                type(exc).__name__,
            )
            return False
        log.error(
            "usage figures: the file %s was damaged; moved it aside to %s and started a new one",
            self.path,
            aside.name,
        )
        self._notice = (
            f"The usage figures file was damaged. It was put aside as "
            f"{aside.name} and a new one was started."
        )
        return True

    def _file_gone(self) -> bool:
        """True when the open file is no longer the one at ``path`` (deleted or
        replaced behind the kiosk's back)."""
        return self._conn is not None and file_identity(self.path) != self._identity

    def _start_again(self) -> None:
        """The open file was deleted or replaced: open what is at ``path`` now. A
        deleted file stays readable through the old connection, which is kept until a
        new file is open and then copied into it (`_adopt_orphan`), so nothing is lost."""
        old, self._conn = self._conn, None
        deleted = not self.path.exists()
        log.error(
            "usage figures: the file %s was %s while the kiosk ran; opening it anew",
            self.path,
            "deleted" if deleted else "replaced",
        )
        if deleted and old is not None:
            self._close_orphan()
            self._orphan = old
        elif old is not None:
            with contextlib.suppress(sqlite3.Error):
                old.close()
        self._open()

    def _adopt_orphan(self) -> None:
        """Copy a deleted file's figures (still readable through its old connection)
        into the newly opened, empty file."""
        old = self._orphan
        if old is None or self._conn is None:
            return
        self._orphan = None
        try:
            if self._conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None:
                raise sqlite3.IntegrityError("the new file already has figures")
            old.backup(self._conn)  # the whole database
        except sqlite3.Error as exc:
            log.error(
                "usage figures: cannot copy the figures of the deleted file (%s)",
                getattr(exc, "sqlite_errorname", None) or exc,
            )
            self._notice = (
                "The usage figures file was deleted while the kiosk was "
                "running and its figures could not be copied into the new "
                "file; they are lost."
            )
        else:
            log.info("usage figures: copied the deleted file's figures into %s", self.path)
        finally:
            with contextlib.suppress(sqlite3.Error):
                old.close()

    def _close_orphan(self) -> None:
        if self._orphan is not None:
            with contextlib.suppress(sqlite3.Error):
                self._orphan.close()
            self._orphan = None

    def _close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def close(self) -> None:
        with self._lock:
            self._close()
            self._close_orphan()

    def __enter__(self) -> StatsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ faults

    def _failed(self, what: str, exc: sqlite3.Error) -> None:
        why = fault_words(exc)
        log.error(
            "usage figures: cannot %s: %s (%s)",
            what,
            why,
            getattr(exc, "sqlite_errorname", None) or type(exc).__name__,
        )
        self._fault = f"Usage figures are not being saved: {why}."

    def _run(self, what: str, action: Callable[[sqlite3.Connection], object]) -> bool:
        """Run ``action`` on the open database; handle every fault. True if it ran."""
        if self._conn is None:
            if self._next_open is not None and self.clock.monotonic() < self._next_open:
                return False
            self._open()
            if self._conn is None:
                return False
        if self._file_gone():
            self._start_again()
            if self._conn is None:
                return False
        for first in (True, False):
            assert self._conn is not None
            try:
                action(self._conn)
                return True
            except sqlite3.Error as exc:
                if _is_moved(exc) and first:  # moved between the check and the write
                    self._start_again()
                    if self._conn is not None:
                        continue
                    return False
                if is_damage(exc) and first:
                    self._close()
                    if self._set_aside():
                        self._open()
                        if self._conn is not None:
                            continue
                    else:
                        self._cannot_open("the usage figures file is damaged")
                    return False
                self._failed(what, exc)
                return False
        return False

    # ------------------------------------------------------------------ writing

    def record(
        self,
        event: str,
        *,
        flow: str | None = None,
        step: str | None = None,
        value: str | int | None = None,
        at: datetime | None = None,
    ) -> bool:
        """Record one event (``at``: when it happened, if not now). False if it was
        refused (see :func:`check_event`), the store is off, or it could not be saved.
        Never raises."""
        if not self.enabled:
            return False
        refusal = check_event(event, flow, step, value)
        if refusal:
            log.error("usage figures: refused an event: %s", refusal)
            return False
        now = self.clock.now() if at is None else at
        row = (
            now.date().isoformat(),
            now.hour,
            self.kiosk_id,
            event,
            flow,
            step,
            None if value is None else str(value),
        )
        with self._lock:
            self._purge_if_new_day()
            saved = self._run(
                "save an event",
                lambda conn: conn.execute(
                    "INSERT INTO events (day, hour, kiosk_id, event, flow_id, step_id, value) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    row,
                ),
            )
            if saved and self._fault:
                log.info("usage figures: saving again")
                self._fault = None
            return saved

    def purge(self) -> int:
        """Delete rows older than ``retention_days``. Returns how many were deleted."""
        if not self.enabled:
            return 0
        cutoff = (self.clock.now().date() - timedelta(days=self.retention_days)).isoformat()
        deleted: list[int] = []

        def delete(conn: sqlite3.Connection) -> None:
            deleted.append(conn.execute("DELETE FROM events WHERE day < ?", (cutoff,)).rowcount)

        with self._lock:
            self._run("delete old figures", delete)
        if deleted and deleted[0]:
            log.info(
                "usage figures: deleted %d rows older than %d days", deleted[0], self.retention_days
            )
        return deleted[0] if deleted else 0

    def _purge_if_new_day(self) -> None:
        today = self.clock.now().date()
        if self._conn is not None and self._purged_on != today:
            self._purged_on = today
            self.purge()

    # ------------------------------------------------------------------ reading

    def today_counts(self) -> dict[str, int]:
        """Today's count of every event name (zeros when nothing can be read)."""
        counts = dict.fromkeys(EVENTS, 0)
        if not self.enabled:
            return counts
        today = self.clock.now().date().isoformat()

        def read(conn: sqlite3.Connection) -> None:
            for event, count in conn.execute(
                "SELECT event, COUNT(*) FROM events WHERE day = ? GROUP BY event", (today,)
            ):
                if event in counts:
                    counts[event] = count

        with self._lock:
            if not self._run("read today's figures", read) and self._orphan is not None:
                # No new file yet: the deleted one can still be read.
                with contextlib.suppress(sqlite3.Error):
                    read(self._orphan)
        return counts
