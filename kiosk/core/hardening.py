"""Process hardening at start: no core dumps. No Qt here.

A core dump of the kiosk would hold what the last residents typed (it stays in the
process's memory until the memory is used again). ``disable_core_dumps()`` is called
first thing at start (``kiosk.app.run``):

- ``prctl(PR_SET_DUMPABLE, 0)`` (Linux): no core file, whatever the limits and
  ``core_pattern`` say, and no ``ptrace`` attach or ``/proc/PID/mem`` read by other
  processes of the same user. It is not inherited over ``exec``, hence also:
- ``RLIMIT_CORE`` soft and hard limit 0: inherited by the speech worker processes, and
  cannot be raised again without privileges.

The unit file adds ``LimitCORE=0``; the watchdog ends a hung kiosk without a signal that
dumps core (`kiosk.core.watchdog`).
"""

from __future__ import annotations

import ctypes
import logging
import resource
import sys

log = logging.getLogger(__name__)

__all__ = ["disable_core_dumps", "dumpable"]

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def _prctl(option: int, value: int = 0) -> int:
    """``prctl(option, value, 0, 0, 0)``; -1 when it fails or there is no prctl."""
    if not sys.platform.startswith("linux"):
        return -1
    try:
        # The process's own symbols, libc's among them: ctypes.util.find_library ran
        # ldconfig in a subprocess (~25 ms at every start, issue 19).
        libc = ctypes.CDLL(None, use_errno=True)
        result = libc.prctl(
            ctypes.c_int(option),
            ctypes.c_ulong(value),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
        )
    except (OSError, AttributeError):
        return -1
    return int(result)


def dumpable() -> bool | None:
    """Whether this process may dump core (``PR_GET_DUMPABLE``); None if not Linux."""
    result = _prctl(PR_GET_DUMPABLE)
    return None if result < 0 else bool(result)


def disable_core_dumps() -> list[str]:
    """Turn core dumps off for this process and its children (see the module
    docstring). Never raises; returns what could not be done (logged), e.g. ``[]``."""
    failed: list[str] = []
    if sys.platform.startswith("linux") and _prctl(PR_SET_DUMPABLE, 0) != 0:
        failed.append("prctl(PR_SET_DUMPABLE, 0)")
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        failed.append("RLIMIT_CORE 0")
    for what in failed:
        log.warning("core dumps: %s failed; a crash might leave a core file", what)
    return failed
