"""Private temporary folders that name their owner process, and removing stale ones.

The speech worker writes WAV files of spoken text into a private folder
(``kiosk-speech-…``). A kiosk that is killed (the watchdog, a power cut, ``kill -9``
in the tests) cannot remove its folder, and they piled up in /tmp. So each folder's
name records the process that made it (``<prefix><pid>-<start>-<random>``, where
``start`` is the process's start time in clock ticks since boot, from
``/proc/PID/stat``, so a pid used again by another process is not taken for the
owner), and at start :func:`remove_stale` deletes the folders that are certainly left
over:

- only directories (not symbolic links) whose name has exactly that form,
- only of this user (``st_uid`` is our uid),
- only if the process named is gone (no such pid, a zombie, or a pid whose start
  time differs). Folders of a running kiosk, another user's, and folders named the old
  way (no pid) are left alone.

Where: ``$RUNTIME_DIRECTORY`` first (systemd's ``RuntimeDirectory=``: memory only,
private to the service, emptied when it stops), then ``$XDG_RUNTIME_DIR``, then the
system's temporary folder. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["make_private_dir", "owner_alive", "remove_stale", "temp_roots"]


def _start_ticks(pid: int) -> int | None:
    """The process's start time (clock ticks after boot), None if it is gone or a
    zombie, 0 where /proc cannot tell."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return 0
    fields = text.rpartition(")")[2].split()
    if len(fields) < 20:
        return 0
    if fields[0] in ("Z", "X"):  # a zombie holds no files: it is gone for us
        return None
    return int(fields[19]) if fields[19].isdigit() else 0


def owner_alive(pid: int, start: int) -> bool:
    """True when process ``pid`` exists and (if ``start`` and /proc tell) started at
    ``start``."""
    if pid <= 0:
        return False
    ticks = _start_ticks(pid) if Path("/proc/self/stat").exists() else 0
    if ticks is None:
        return False
    if ticks and start and ticks != start:
        return False  # the pid belongs to another process now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True


def temp_roots(
    first: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> list[Path]:
    """Where private folders go, best first: ``first``, ``$RUNTIME_DIRECTORY`` (its
    first entry), ``$XDG_RUNTIME_DIR``, the system's temporary folder. Only existing
    folders; no repeats."""
    env = os.environ if environ is None else environ
    candidates: list[str | os.PathLike[str]] = []
    if first is not None:
        candidates.append(first)
    runtime = env.get("RUNTIME_DIRECTORY", "").split(":")[0]
    if runtime:
        candidates.append(runtime)
    if env.get("XDG_RUNTIME_DIR"):
        candidates.append(env["XDG_RUNTIME_DIR"])
    candidates.append(tempfile.gettempdir())
    roots: list[Path] = []
    for candidate in candidates:
        path = Path(candidate)
        if path.is_dir() and path not in roots:
            roots.append(path)
    return roots


def _name_re(prefix: str) -> re.Pattern[str]:
    return re.compile(re.escape(prefix) + r"(?P<pid>\d{1,10})-(?P<start>\d{1,20})-[a-z0-9_]+")


def make_private_dir(prefix: str, roots: Iterable[Path]) -> Path:
    """A new folder only this user can read (mode 0700) in the first root that
    works, named for this process (see the module docstring)."""
    pid = os.getpid()
    name = f"{prefix}{pid}-{_start_ticks(pid) or 0}-"
    for root in roots:
        try:
            return Path(tempfile.mkdtemp(prefix=name, dir=root))
        except OSError:
            continue
    return Path(tempfile.mkdtemp(prefix=name))


def remove_stale(prefix: str, roots: Iterable[Path]) -> list[Path]:
    """Delete the folders named ``<prefix><pid>-<start>-…`` in ``roots`` that are this
    user's and whose process is gone (see the module docstring). Returns them; never
    raises."""
    pattern, uid = _name_re(prefix), os.getuid()
    removed: list[Path] = []
    for root in roots:
        try:
            entries = list(os.scandir(root))
        except OSError:
            continue
        for entry in entries:
            match = pattern.fullmatch(entry.name)
            if match is None:
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid:
                continue
            if owner_alive(int(match["pid"]), int(match["start"])):
                continue
            with contextlib.suppress(OSError):
                shutil.rmtree(entry.path)
            if not os.path.lexists(entry.path):
                removed.append(Path(entry.path))
    if removed:
        log.info(
            "removed %d temporary folder(s) left by kiosks that were stopped abruptly", len(removed)
        )
    return removed
