"""Which city hosts failed a moment ago, so the next read does not wait for them again.

A dead network cost a resident the whole answer budget (3 s) on every call. This
remembers, per host (scheme, name, port):

- ``WAITING``: a call to the host has waited longer than ``slow_s`` and is still
  waiting (a server that accepts and never answers). The kiosk has stopped waiting
  for that host already: a read does not go out at all (the cache may answer).
- ``FAILED``: a call to it got no answer (refused, unreachable, timed out) less than
  ``quiet_s`` ago. A read still goes out, but hastily (short timeouts, no retries),
  so a dead network answers offline within a second, and the very next call is the
  probe that notices the host is back.
- ``WELL``: anything else; any answer makes the host well again.

Thread-safe (calls run on the UI's worker threads); no Qt, no requests, no I/O.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import Enum
from itertools import count


class HostState(Enum):
    WELL = "well"
    FAILED = "failed"
    WAITING = "waiting"


class HostHealth:
    def __init__(
        self,
        *,
        quiet_s: float = 60.0,
        slow_s: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.quiet_s = quiet_s
        self.slow_s = slow_s
        self._clock = clock
        self._lock = threading.Lock()
        self._failed_at: dict[str, float] = {}
        self._waiting: dict[int, tuple[str, float]] = {}  # call → (host, started)
        self._numbers = count()

    def state(self, host: str) -> HostState:
        now = self._clock()
        with self._lock:
            if any(h == host and now - t > self.slow_s for h, t in self._waiting.values()):
                return HostState.WAITING
            failed = self._failed_at.get(host)
            if failed is not None and now - failed < self.quiet_s:
                return HostState.FAILED
            return HostState.WELL

    def started(self, host: str) -> int:
        """A call to ``host`` went out; the number is for `finished`."""
        with self._lock:
            number = next(self._numbers)
            self._waiting[number] = (host, self._clock())
            return number

    def finished(self, number: int, *, answered: bool | None) -> None:
        """The call ended: ``answered`` (any answer, even an error status: the host is
        there), not (no answer at all) or None (it failed in the kiosk itself, or the
        connection broke mid-answer: nothing learnt)."""
        with self._lock:
            host, _ = self._waiting.pop(number, ("", 0.0))
            if not host:
                return
            if answered:
                self._failed_at.pop(host, None)
            elif answered is False:
                self._failed_at[host] = self._clock()
