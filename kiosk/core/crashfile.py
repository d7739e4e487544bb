"""Crash records that survive the process: hard crashes and recovered errors.

A *hard* crash kills the process (a segfault in a C library, an abort, the systemd
watchdog's SIGABRT on a frozen kiosk). Python's ``faulthandler`` then writes the
Python stack of every thread to ``<data>/crash/fault-<pid>.log``; a clean exit
removes the empty file again. An *error* is an uncaught exception the kiosk recovered
from (the friendly "Sorry" screen); the crash hook logs it with a crash id, and
``CrashFile.note_error`` also leaves a small marker file, because under systemd the
log goes to the journal, which the kiosk user cannot read back.

On the next start ``previous_crashes(data_dir)`` collects both kinds (and the "crash
id" lines of the rotating log, when there is one) for the staff panel and moves them
to ``<data>/crash/archive/``, so each is reported once.

Nothing personal is written: faulthandler writes file names, line numbers and
function names only, never values; a marker holds the crash id, the exception type
and the time. No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime
import faulthandler
import logging
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk.core.file_faults import file_identity, open_file_identity

log = logging.getLogger(__name__)

__all__ = ["CRASH_DIR", "CrashFile", "CrashInfo", "previous_crashes"]

CRASH_DIR = "crash"
ARCHIVE_DIR = "archive"
REPORTED_FILE = "reported-ids.txt"
#: Archived files kept (oldest go first), and crash ids remembered as reported.
KEEP_ARCHIVED = 50
KEEP_REPORTED = 500

_ID = re.compile(r"[0-9a-f]{4,32}")
#: A crash hook line in kiosk.log: "2026-11-22 10:00:00,123 ERROR kiosk.app: uncaught
#: ValueError (crash id 1a2b3c4d)".
_LOG_LINE = re.compile(
    r"^(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?:,\d+)? \w+ \S+: uncaught (?P<kind>\w+) "
    r"\(crash id (?P<id>[0-9a-f]{4,32})\)"
)

#: The open fault file: faulthandler writes to its descriptor, so it must stay open
#: (and never be garbage collected) while faulthandler is enabled.
_active: IO[str] | None = None


@dataclass(frozen=True)
class CrashInfo:
    """One crash from an earlier run, for the staff panel."""

    kind: str  # "hard": the process died; "error": an uncaught exception, recovered
    crash_id: str  # the id in the log ("error"), or an id made from the fault file
    timestamp: float  # seconds since the epoch
    summary: str  # "Fatal Python error: Segmentation fault" or the exception type
    path: Path | None = None  # the archived file, if there is one

    @property
    def when(self) -> datetime.datetime:
        """Local time of the crash."""
        return datetime.datetime.fromtimestamp(self.timestamp).astimezone()


def _crash_dir(data_dir: Path) -> Path:
    return Path(data_dir) / CRASH_DIR


class CrashFile:
    """This process's fault file. ``enable()`` at start, ``close()`` at a clean exit."""

    def __init__(self, data_dir: Path, pid: int | None = None) -> None:
        self.directory = _crash_dir(data_dir)
        self.pid = os.getpid() if pid is None else pid
        self.path = self.directory / f"fault-{self.pid}.log"
        self._was_enabled = False

    def enable(self) -> Path | None:
        """Write a hard crash's stacks to ``path``. None if the folder cannot be
        written (faulthandler then writes to stderr, i.e. the journal)."""
        global _active
        self._was_enabled = faulthandler.is_enabled()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and self.path.stat().st_size:
                # A crash of an earlier process with the same pid: keep it.
                stamp = int(self.path.stat().st_mtime)
                self.path.rename(self.directory / f"fault-{self.pid}-{stamp}.log")
            file = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            log.error("cannot write crash files to %s: %s", self.directory, exc)
            faulthandler.enable(all_threads=True)
            return None
        faulthandler.enable(file=file, all_threads=True)
        if _active is not None:
            _active.close()
        _active = file
        return self.path

    def reopen_if_gone(self) -> bool:
        """The data folder was deleted (or the fault file with it) while the kiosk
        runs: a hard crash would be written into the deleted file and never seen. Make
        the file again and point faulthandler at it. True if it was made again."""
        if _active is None or Path(_active.name) != self.path:
            return False  # not enabled, or writing to stderr anyway
        try:
            if open_file_identity(_active.fileno()) == file_identity(self.path):
                return False
        except OSError:
            pass  # the descriptor is gone: make the file again
        log.warning("the crash file %s was deleted; making it again", self.path)
        return self.enable() is not None

    def note_error(self, crash_id: str, kind: str) -> None:
        """Record an uncaught exception (its crash id and type only) for the next
        start's staff panel. Never raises."""
        if not _ID.fullmatch(crash_id):
            return
        kind = re.sub(r"[^\w.]", "", kind)[:80] or "Exception"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            (self.directory / f"error-{crash_id}.txt").write_text(
                f"kind={kind}\ntime={time.time():.3f}\n", encoding="utf-8"
            )
        except OSError as exc:
            log.warning("cannot record crash %s: %s", crash_id, exc.strerror or exc)

    def close(self) -> None:
        """A clean exit: stop faulthandler and remove the (empty) fault file."""
        global _active
        if _active is not None and Path(_active.name) == self.path:
            faulthandler.disable()
            _active.close()
            _active = None
            if self._was_enabled and sys.stderr is not None:
                # As before (e.g. PYTHONFAULTHANDLER=1): stacks to stderr again.
                with contextlib.suppress(AttributeError, OSError, ValueError):
                    faulthandler.enable(file=sys.stderr, all_threads=True)
        with contextlib.suppress(OSError):
            if self.path.stat().st_size == 0:
                self.path.unlink()


# --------------------------------------------------------------------------- reading


def _short_id(*parts: object) -> str:
    import hashlib  # only when there is a crash to name: libcrypto is 3.3 MB (issue 19)

    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8]


def _fault_summary(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as file:
        for line in file:
            if line.strip():
                return line.strip()[:200]
    return "crash"


def _read_marker(path: Path) -> tuple[str, float]:
    fields = dict(
        line.partition("=")[::2]
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    )
    try:
        when = float(fields.get("time", ""))
    except ValueError:
        when = path.stat().st_mtime
    return re.sub(r"[^\w.]", "", fields.get("kind", ""))[:80] or "Exception", when


def _log_crashes(log_dir: Path) -> list[CrashInfo]:
    found = []
    for path in sorted(log_dir.glob("kiosk.log*")):
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            match = _LOG_LINE.match(line)
            if match:
                stamp = time.mktime(time.strptime(match["time"], "%Y-%m-%d %H:%M:%S"))
                found.append(CrashInfo("error", match["id"], stamp, match["kind"]))
    return found


def _archive(path: Path, archive: Path) -> Path:
    archive.mkdir(parents=True, exist_ok=True)
    target = archive / path.name
    path.replace(target)
    return target


def _prune(archive: Path) -> None:
    files = sorted(
        (p for p in archive.glob("*-*.*") if p.name != REPORTED_FILE),
        key=lambda p: p.stat().st_mtime,
    )
    for old in files[:-KEEP_ARCHIVED]:
        with contextlib.suppress(OSError):
            old.unlink()


def previous_crashes(
    data_dir: Path, log_dir: Path | None = None, archive: bool = True
) -> list[CrashInfo]:
    """Crashes of earlier runs not reported before, oldest first.

    Looks at non-empty fault files (hard crashes), error markers, and "crash id" lines
    in ``log_dir``'s kiosk.log files (default ``<data>/logs``). With ``archive`` (the
    default) the files move to ``<data>/crash/archive/`` and the ids are remembered,
    so the next call does not return them again. Empty fault files of other processes
    (a clean kill) are removed. Never raises for a missing or unreadable folder.
    """
    directory = _crash_dir(data_dir)
    archive_dir = directory / ARCHIVE_DIR
    reported_path = archive_dir / REPORTED_FILE
    try:
        reported = reported_path.read_text(encoding="utf-8").split()
    except OSError:
        reported = []
    seen = set(reported)
    crashes: list[CrashInfo] = []
    own = directory / f"fault-{os.getpid()}.log"

    faults = sorted(directory.glob("fault-*.log")) if directory.is_dir() else []
    for path in faults:
        if path == own:
            continue
        try:
            info = path.stat()
            if info.st_size == 0:
                path.unlink()
                continue
            crash = CrashInfo(
                "hard",
                _short_id(path.name, info.st_mtime),
                info.st_mtime,
                _fault_summary(path),
                path,
            )
            if archive:
                crash = CrashInfo(
                    crash.kind,
                    crash.crash_id,
                    crash.timestamp,
                    crash.summary,
                    _archive(path, archive_dir),
                )
        except OSError as exc:
            log.warning("cannot read crash file %s: %s", path.name, exc.strerror or exc)
            continue
        crashes.append(crash)

    markers = sorted(directory.glob("error-*.txt")) if directory.is_dir() else []
    for path in markers:
        crash_id = path.stem.removeprefix("error-")
        try:
            kind, stamp = _read_marker(path)
            if archive:
                path = _archive(path, archive_dir)
        except OSError as exc:
            log.warning("cannot read crash file %s: %s", path.name, exc.strerror or exc)
            continue
        if crash_id not in seen:
            crashes.append(CrashInfo("error", crash_id, stamp, kind, path))
            seen.add(crash_id)

    for crash in _log_crashes(log_dir if log_dir is not None else Path(data_dir) / "logs"):
        if crash.crash_id not in seen:
            crashes.append(crash)
            seen.add(crash.crash_id)

    if archive and crashes:
        try:
            archive_dir.mkdir(parents=True, exist_ok=True)
            ids = reported + [
                c.crash_id for c in crashes if c.kind == "error" and c.crash_id not in reported
            ]
            reported_path.write_text("\n".join(ids[-KEEP_REPORTED:]) + "\n", encoding="utf-8")
            _prune(archive_dir)
        except OSError as exc:
            log.warning("cannot archive crash files: %s", exc.strerror or exc)
    crashes.sort(key=lambda c: c.timestamp)
    return crashes
