"""Usage figures saved by a worker thread, so a resident never waits for the disk.

Each saved event is one SQLite transaction, and its commit waits for the disk (fsync):
8-9 ms on the 2-core kiosk's disk, over 20 ms when the machine is busy, on the GUI
thread, in the step that ends a flow and in the session's end (issue 19). Here
``record`` checks the event and notes the time at once (the hour is the event's, not
the write's) and one worker thread writes it, in order.

Anything that reads the figures or the store's state (``today_counts``, ``problem``,
``notice``, ``close``, any other attribute of the store) first waits until every
event recorded before it is written, so what staff and tests see is what a store
writing at once would show. No Qt.
"""

from __future__ import annotations

import logging
import queue
import threading
from datetime import datetime
from typing import Any

from kiosk.stats.store import StatsStore, check_event

log = logging.getLogger(__name__)
#: The worker ends after this long with nothing to write (a kiosk between residents,
#: or one of the many built in a test run); the next event starts another.
IDLE_S = 30.0


_Row = tuple[str, str | None, str | None, str | int | None, datetime]


class BackgroundStats:
    """A :class:`~kiosk.stats.store.StatsStore` with its writes on one worker thread
    (started at the first event); the metrics wrapper (``MeteredStats``) goes around
    this, so the counters stay on the caller's thread.

    ``record`` returns False for an event the store would refuse (and the store logs
    it) or while the store is off, else True: the event is queued. A write that fails
    later is the store's to report, as ever, in ``problem``.
    """

    def __init__(self, store: StatsStore) -> None:
        self._store = store
        self._queue: queue.Queue[_Row] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def record(
        self,
        event: str,
        *,
        flow: str | None = None,
        step: str | None = None,
        value: str | int | None = None,
    ) -> bool:
        if not self._store.enabled:
            return False
        if check_event(event, flow, step, value):
            # Refused: the store logs why (without the value) and touches no file.
            return self._store.record(event, flow=flow, step=step, value=value)
        self._queue.put((event, flow, step, value, self._store.clock.now()))
        self._start()
        return True

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                # A daemon, so a kiosk that exits is not held up by it; close() (at
                # quit) writes what is queued first.
                self._thread = threading.Thread(
                    target=self._work, name="usage-figures", daemon=True
                )
                self._thread.start()

    def _work(self) -> None:
        while True:
            try:
                row = self._queue.get(timeout=IDLE_S)
            except queue.Empty:
                with self._start_lock:  # record() starts a new worker after this
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                event, flow, step, value, at = row
                self._store.record(event, flow=flow, step=step, value=value, at=at)
            except Exception:  # noqa: BLE001 - the store never raises; if it did, go on
                log.exception("usage figures: could not save an event")
            finally:
                self._queue.task_done()

    def flush(self) -> None:
        """Wait until every event recorded so far is written (or dropped)."""
        self._queue.join()

    # Reading waits for the writes first.

    def today_counts(self) -> dict[str, int]:
        self.flush()
        return self._store.today_counts()

    @property
    def problem(self) -> str | None:
        self.flush()
        return self._store.problem

    @property
    def notice(self) -> str | None:
        self.flush()
        return self._store.notice

    def close(self) -> None:
        """Write what is queued, then close the store (the idle worker ends by itself)."""
        self.flush()
        self._store.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_store", "_queue", "_thread", "_start_lock"):
            raise AttributeError(name)
        self.flush()
        return getattr(self._store, name)
