"""Runs service calls off the GUI thread and hands results back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.services.http import SERVICE_ERRORS
from kiosk.services.registry import Services

log = logging.getLogger(__name__)

Done = Callable[[object], None]
#: Called with the reason and whether a failed send may have reached the city anyway.
Failed = Callable[[str, bool], None]


class _Relay(QObject):
    """Carries a result from a pool thread to the GUI thread (queued signal)."""

    finished = Signal(int, bool, object)
    task_finished = Signal(int, object)


class _Task(QRunnable):
    """A blocking job that must not fail loudly (help webhook, PIN check)."""

    def __init__(self, task_id: int, call: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._id, self._call, self._relay = task_id, call, relay

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # noqa: BLE001 - reported to the caller as the result
            log.warning("background task failed: %s", type(exc).__name__)
            result = exc
        self._relay.task_finished.emit(self._id, result)


class _Job(QRunnable):
    def __init__(self, token: int, call: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._token, self._call, self._relay = token, call, relay

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # noqa: BLE001 - any service fault is reported, never raised
            # Service errors are written to be safe to log (no query, no body); any other
            # exception is a bug whose text might quote what a resident typed.
            detail = str(exc) if isinstance(exc, SERVICE_ERRORS) else "details not logged"
            log.warning("service call failed: %s: %s", type(exc).__name__, detail)
            failure = (f"{type(exc).__name__}: {detail}", bool(getattr(exc, "maybe_sent", False)))
            self._relay.finished.emit(self._token, False, failure)
            return
        self._relay.finished.emit(self._token, True, result)


class ServiceRunner(QObject):
    """Calls ``services.call`` in a worker thread; only the latest call's answer counts.

    With ``inline=True`` calls run at once on the caller's thread: used by the
    ``screenshots`` command, where there is nothing to keep responsive.
    """

    def __init__(
        self, services: Services, inline: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._inline = inline
        self._token = 0
        self._callbacks: tuple[Done, Failed] | None = None
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.task_finished.connect(self._on_task_finished)
        self._tasks: dict[int, Done] = {}
        self._task_ids = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)

    def run(
        self, name: str, params: dict[str, Any], lang: str, on_done: Done, on_failed: Failed
    ) -> None:
        self._token += 1
        self._callbacks = (on_done, on_failed)
        job = _Job(self._token, lambda: self._services.call(name, params, lang), self._relay)
        if self._inline:
            job.run()
        else:
            self._pool.start(job)

    def run_task(self, call: Callable[[], object], on_done: Done) -> None:
        """Run ``call`` off the GUI thread; ``on_done(result)`` runs on the GUI thread
        (``result`` is the exception if ``call`` raised). Independent of flow calls."""
        self._task_ids += 1
        self._tasks[self._task_ids] = on_done
        task = _Task(self._task_ids, call, self._relay)
        if self._inline:
            task.run()
        else:
            self._pool.start(task)

    def _on_task_finished(self, task_id: int, result: object) -> None:
        on_done = self._tasks.pop(task_id, None)
        if on_done is not None:
            on_done(result)

    def cancel(self) -> None:
        """Forget the pending call: its answer will be dropped (e.g. the resident left)."""
        self._token += 1
        self._callbacks = None

    def wait(self) -> None:
        self._pool.waitForDone()

    def _on_finished(self, token: int, ok: bool, payload: object) -> None:
        if token != self._token or self._callbacks is None:
            return  # a stale answer for a screen the resident already left
        on_done, on_failed = self._callbacks
        self._callbacks = None
        if ok:
            on_done(payload)
        else:
            # _Job.run sends (reason, maybe_sent) with ok=False.
            reason, maybe_sent = cast(tuple[str, bool], payload)
            on_failed(reason, maybe_sent)
