"""Freed memory back to the system between residents (issue 19).

Each session builds and drops hundreds of widgets and thousands of Python objects.
glibc keeps the freed heap pages for reuse, so the kiosk's resident memory (RSS)
crept up by a few MB over 1000 sessions with no object left over (bench/sessions.py's
census). ``malloc_trim(0)`` returns the free pages at the top of each heap and the
whole free pages within it. Elsewhere (another C library) it does nothing.

Module sources (issue 19): PySide6 reads the source of every module imported after it
(shibokensupport's feature check, through ``inspect.getsource``), and ``linecache``
keeps every line of each for good: ~6 MB of Python strings at start, more with each
later import, that nothing reads again. ``forget_module_sources`` drops them; a
traceback reads the lines it shows again. No Qt.
"""

from __future__ import annotations

import functools
import gc
import linecache
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


@functools.cache
def _trim() -> Callable[[int], int] | None:
    # Imported here, at the first visit's end: ctypes is not needed for the first frame.
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError, TypeError):
        log.info("malloc_trim is not available: freed memory stays with the kiosk")
        return None
    return trim


def forget_module_sources() -> None:
    """Drop the module sources ``linecache`` keeps (see the module docstring)."""
    linecache.clearcache()


def release_freed_memory() -> None:
    """Collect the visit's garbage and give freed heap memory back to the system,
    where the C library can (with the sources of the modules the visit imported).

    The full collection runs here, between residents, so that Python's own full
    collection (25 ms with a kiosk's objects) rarely falls in a resident's step: it
    comes after ten younger collections, and this resets that count (issue 19)."""
    forget_module_sources()
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)


def keep_start_up_objects() -> None:
    """Once the kiosk is up: what start-up built (modules, classes, the config, the
    window) stays for the kiosk's life, so the collector stops walking it. The full
    collection between residents then takes about 3 ms, not 25 (issue 19). Call it
    once, after the first frame: anything frozen is never collected."""
    gc.collect()
    gc.freeze()
    log.info("%d start-up objects kept out of the garbage collector's walks", gc.get_freeze_count())
