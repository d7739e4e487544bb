"""How the kiosk's own files fail, told plainly: SQLite result codes in words for the
staff panel, and which file is at a path now (to notice one deleted or replaced while
open). Shared by the HTTP cache, the usage figures and the audit log. No Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
#: The extended code for "the database file was deleted or renamed while open".
SQLITE_READONLY_DBMOVED = 1032


def sqlite_code(exc: BaseException) -> int:
    """The primary SQLite result code of ``exc`` (0 when it has none)."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


def is_damage(exc: BaseException) -> bool:
    """The file is not a (whole) database: it must be set aside, not retried."""
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def fault_words(exc: BaseException | None) -> str:
    """A file fault in plain words for the staff panel (never a file's content)."""
    if exc is None:
        return "it is read-only, the disk is full or the disk is failing"
    code = sqlite_code(exc)
    if code == SQLITE_FULL:
        return "the disk is full"
    if code == SQLITE_READONLY:
        return "the file or folder is read-only"
    if code == SQLITE_CANTOPEN:
        return "the file cannot be opened"
    if code == SQLITE_IOERR:
        return "the disk cannot be read or written"
    if is_damage(exc):
        return "the file is damaged"
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: {exc.strerror or exc}"
    return f"database error {getattr(exc, 'sqlite_errorname', None) or type(exc).__name__}"


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device, inode), or None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def open_file_identity(fileno: int) -> tuple[int, int]:
    """Which file an open descriptor writes to (device, inode), to compare with
    ``file_identity`` of its path. Raises OSError for a closed descriptor."""
    info = os.fstat(fileno)
    return info.st_dev, info.st_ino
