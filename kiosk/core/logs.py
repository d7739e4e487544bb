"""Logging set-up: journald under systemd, else a rotating file in the data folder.

Under systemd with its output going to the journal (``$JOURNAL_STREAM`` names our
stderr), every record goes to stderr as one journal entry a line, with the level as a
syslog priority prefix (``<3>`` for errors) and no timestamp: journald adds the time,
the unit, the pid and the host itself. Read it with ``journalctl -u kiosk``. No
systemd Python bindings are needed.

Anywhere else (a terminal, the tests, ``kiosk run`` by hand) the log is
``<data>/logs/kiosk.log`` (rotating, 5 × 2 MB), with warnings also on stderr. A log
file deleted while the kiosk runs (the data folder removed) is noticed at the next
record and started again, folder and all; otherwise every later line would go into
the deleted file and be lost. When it cannot be, :func:`file_problem` says why.

Nothing personal is logged: code logs step ids, flow ids and exception types, never
answers, typed text or spoken text. What libraries log is made safe on the way out: a
:class:`RedactingFilter` on every handler installed here cuts query strings from
addresses and paths (urllib3 logs ``/v4/library?name=<typed text>`` when it retries),
quoted bodies and form data, masks credentials in addresses, and masks the secrets
named with :func:`add_secrets` (the Open311 API key, the help webhook) as ``…last4``,
in the message, its exception and its stack alike (`kiosk.core.redact`).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from kiosk.core.file_faults import open_file_identity
from kiosk.core.redact import scrub

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


def journal_stream(environ: Mapping[str, str] | None = None, stream: TextIO | None = None) -> bool:
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


#: Secret values masked in every log line (`add_secrets`).
_secrets: set[str] = set()


def add_secrets(*values: object) -> None:
    """Mask these values (API keys, webhook addresses; None and "" are skipped) in
    every log line from now on, as ``…last4``. Call it once the config is read."""
    _secrets.update(str(v).strip() for v in values if v is not None and str(v).strip())


class RedactingFilter(logging.Filter):
    """Makes a record safe before a handler writes it (see the module docstring): the
    message is formatted, scrubbed and stored back (``args`` emptied), an exception or
    stack is formatted and scrubbed into ``exc_text`` / ``stack_info``. The record is
    changed in place, so every later handler gets the safe text too."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: keep only its template
            message = f"{record.msg!s} (arguments not shown)"
        secrets = tuple(_secrets)
        record.msg, record.args = scrub(message, secrets), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info, secrets)
        return True


class ReopeningFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file, opened again (with its folder) when it was deleted or
    replaced behind the kiosk's back. ``problem``: why it cannot be, or None."""

    def __init__(self, filename: Path, **kwargs: Any) -> None:
        self._file: tuple[int, int] | None = None  # (device, inode) of the open file
        self.problem: str | None = None
        super().__init__(filename, **kwargs)

    def _open(self) -> Any:
        stream = super()._open()
        self._file = open_file_identity(stream.fileno())
        return stream

    def _reopen_if_gone(self) -> None:
        if self.stream is None:
            return
        try:
            info = os.stat(self.baseFilename)
        except (FileNotFoundError, NotADirectoryError):  # gone, or its folder is
            pass
        except OSError:
            return
        else:
            if (info.st_dev, info.st_ino) == self._file:
                return
        try:
            os.makedirs(os.path.dirname(self.baseFilename), exist_ok=True)
            stream = self._open()
        except OSError as exc:  # keep writing where we were; try again next record
            self.problem = (
                f"The log file {self.baseFilename} was deleted and cannot be "
                f"made again ({type(exc).__name__}: {exc.strerror or exc})."
            )
            return
        old, self.stream = self.stream, stream
        old.close()
        self.problem = None
        note = logging.LogRecord(
            __name__,
            logging.WARNING,
            __file__,
            0,
            "the log file was deleted while the kiosk ran; earlier lines are lost",
            None,
            None,
        )
        self.stream.write(self.format(note) + self.terminator)

    def emit(self, record: logging.LogRecord) -> None:
        self._reopen_if_gone()
        super().emit(record)


def file_problem() -> str | None:
    """Why the log file cannot be written now (for the staff panel), or None."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, ReopeningFileHandler) and handler.problem:
            return handler.problem
    return None


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _MARK, True)
    handler.addFilter(RedactingFilter())
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
        handler = ReopeningFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).error("cannot write logs to %s: %s", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    _add(root, handler)
    return path
