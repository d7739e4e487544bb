"""Logging set-up: journald under systemd, else a rotating file in the data folder.

Under systemd with its output going to the journal (``$JOURNAL_STREAM`` names our
stderr), every record goes to stderr as one journal entry a line, with the level as a
syslog priority prefix (``<3>`` for errors) and no timestamp: journald adds the time,
the unit, the pid and the host itself. Read it with ``journalctl -u kiosk``. No
systemd Python bindings are needed.

Anywhere else (a terminal, the tests, ``kiosk run`` by hand) the log is
``<data>/logs/kiosk.log`` (rotating, 5 × 2 MB), with warnings also on stderr.

Nothing personal is logged: code logs step ids, flow ids and exception types, never
answers, typed text or spoken text.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

_MARK = "_kiosk_handler"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: journald adds the time itself; the priority prefix sets the entry's level.
JOURNAL_FORMAT = "%(levelname)s %(name)s: %(message)s"

#: Python level -> syslog priority (what journald reads from a "<N>" line prefix).
_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


def _priority(levelno: int) -> int:
    for level, priority in sorted(_PRIORITY.items(), reverse=True):
        if levelno >= level:
            return priority
    return 7


class JournalFormatter(logging.Formatter):
    """One line a journal entry: each line of a record (a stack, say) gets the
    record's priority prefix, so journald files every line at the right level."""

    def __init__(self) -> None:
        super().__init__(JOURNAL_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{_priority(record.levelno)}>"
        lines = super().format(record).splitlines() or [""]
        return "\n".join(prefix + line for line in lines)


def journal_stream(environ: Mapping[str, str] | None = None,
                   stream: TextIO | None = None) -> bool:
    """True when ``stream`` (default: stderr) is connected to the systemd journal.

    systemd sets ``$JOURNAL_STREAM`` to "DEVICE:INODE" of the service's journal stream;
    it only counts if stderr is still that stream (a child whose stderr was redirected
    inherits the variable). ``$INVOCATION_ID`` alone (a systemd service whose output
    goes to a tty or a file) is not enough: stderr is not the journal there, and lines
    written to it would be lost, so the file is used.
    """
    env = os.environ if environ is None else environ
    value = env.get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    stream = sys.stderr if stream is None else stream
    try:
        info = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):  # no real file behind the stream
        return False
    return (info.st_dev, info.st_ino) == (int(device), int(inode))


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _MARK, True)
    root.addHandler(handler)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to the journal under systemd, else to ``log_dir/kiosk.log`` (rotating).

    Returns the log file, or None when there is none: under journald, or when the
    folder cannot be written (the kiosk then logs to stderr only and keeps running).
    Calling it again replaces the handlers it added before.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    if journal_stream():
        journal = logging.StreamHandler(sys.stderr)
        journal.setLevel(level)
        journal.setFormatter(JournalFormatter())
        _add(root, journal)
        return None
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(FORMAT))
    _add(root, console)
    path = log_dir / "kiosk.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).error("cannot write logs to %s: %s", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    _add(root, handler)
    return path
