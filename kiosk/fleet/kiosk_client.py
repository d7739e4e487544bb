"""A kiosk on the bus: its status, its help requests, and the desks' claims.

Every public method returns at once: the work is done on the connection's worker
thread, and what the kiosk must know comes back through ``on_event`` (a claim, a
release) and ``on_sent`` (whether a request reached the broker), both called on that
thread: the UI carries them over to its own.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from kiosk.core.clock import Clock, SystemClock
from kiosk.fleet.book import HelpBook, OpenRequest
from kiosk.fleet.connection import BrokerSettings, Connection
from kiosk.fleet.messages import (
    DeskAction,
    HelpInfo,
    KioskStatus,
    RequestState,
    decode,
    kiosk_subscriptions,
    parse_topic,
    request_topic,
    status_topic,
)

__all__ = ["HelpEvent", "KioskFleet"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HelpEvent:
    """What a desk did about this kiosk's request: ``kind`` "claimed" (with the staff
    member's first name, or ""), "released" (the desk cannot come after all),
    "expired" (nobody came in time) or "done" (a desk closed it)."""

    kind: str
    request: str
    name: str = ""


class KioskFleet:
    """This kiosk's side of the fleet (``[fleet]``): start, feed, stop."""

    def __init__(
        self,
        settings: BrokerSettings,
        kiosk_id: str,
        place: str,
        *,
        place_name: str = "",
        escalate_after_s: float = 180.0,
        claim_expire_s: float = 900.0,
        ack_timeout_s: float = 5.0,
        clock: Clock | None = None,
        on_event: Callable[[HelpEvent], None] | None = None,
        on_escalate: Callable[[RequestState], None] | None = None,
        tick_s: float = 0.5,
    ) -> None:
        self.kiosk_id, self.place, self.place_name = kiosk_id, place, place_name
        self._clock = clock or SystemClock()
        self._book = HelpBook(escalate_after_s, claim_expire_s)
        self.on_event = on_event or (lambda _event: None)
        self.on_escalate = on_escalate or (lambda _state: None)
        self._ack_timeout_s = ack_timeout_s
        self._sending: dict[str, tuple[float, Callable[[bool], None]]] = {}
        self._status: KioskStatus | None = None
        self.status_topic = status_topic(place, kiosk_id)
        offline = KioskStatus(kiosk_id, place, "offline", place_name)
        self._offline = offline.to_json()
        self.connection = Connection(
            settings,
            kiosk_id,
            self,
            subscriptions=kiosk_subscriptions(place, kiosk_id),
            will=(self.status_topic, self._offline),
            tick_s=tick_s,
            clock=self._clock,
            name=f"fleet:{kiosk_id}",
        )
        # What the UI reads (single assignments, from the worker thread).
        self.open_count = 0
        self.waiting_count = 0
        self.oldest_wait_s = 0.0
        self.escalations = 0

    # ---- any thread ------------------------------------------------------------------

    def start(self) -> None:
        self.connection.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Close open requests ("stopped"), say "offline" and disconnect."""
        self.connection.call(partial(self._close_all, "stopped"))
        offline = replace(
            KioskStatus(self.kiosk_id, self.place, "offline", self.place_name),
            time=self._clock.now().isoformat(timespec="seconds"),
        )
        self.connection.stop([(self.status_topic, offline.to_json())], timeout)

    @property
    def connected(self) -> bool:
        return self.connection.connected

    @property
    def queued(self) -> int:
        """Messages waiting for the broker (help requests and status always go too)."""
        return self.connection.queued

    @property
    def dropped(self) -> int:
        """Messages dropped because too many waited for the broker."""
        return self.connection.dropped

    @property
    def problem(self) -> str | None:
        """What is wrong, for the staff panel and the log (None: all is well)."""
        conn = self.connection
        if conn.connected:
            return None
        text = conn.problem or f"not connected to {conn.settings.address} yet"
        if conn.down_since is not None:
            text += f" since {conn.down_since:%H:%M}"
        if conn.queued:
            text += f"; {conn.queued} message(s) waiting"
        if conn.dropped:
            text += f"; {conn.dropped} dropped"
        return text

    def set_status(self, status: KioskStatus) -> None:
        """Publish ``status`` (retained) if it differs from the last one."""
        self.connection.call(partial(self._set_status, status))

    def request_help(self, info: HelpInfo, on_sent: Callable[[bool], None] | None = None) -> str:
        """Open a help request; ``on_sent(True)`` once the broker has it, ``False`` if
        it cannot be reached now (the request waits and goes when it can)."""
        request_id = uuid.uuid4().hex[:16]
        asked = self._clock.now().isoformat(timespec="seconds")
        self.connection.call(partial(self._open, request_id, info, asked, on_sent))
        return request_id

    def close_help(self, why: str) -> None:
        """Every open request is over: "arrived" (staff at the kiosk), "left"."""
        self.connection.call(partial(self._close_all, why))

    # ---- the worker thread (the connection's Handler) -------------------------------

    def on_connected(self) -> None:
        self._count()

    def on_disconnected(self) -> None:
        pass

    def on_tick(self) -> None:
        now = self._clock.monotonic()
        for request_id, (deadline, on_sent) in list(self._sending.items()):
            if now >= deadline:
                del self._sending[request_id]
                on_sent(False)
        for what, request in self._book.due(now):
            if what == "expired":
                log.info("help request %s: the claim expired", request.id)
                self._publish(request)
                self.on_event(HelpEvent("expired", request.id))
            else:
                self.escalations += 1
                log.warning("help request %s: no desk claimed it; escalated", request.id)
                state = self._state(request)
                self._publish(request)
                self.on_escalate(state)
        self._count()

    def on_message(self, topic: str, payload: bytes) -> None:
        parts = parse_topic(topic)
        data = decode(payload)
        if parts is None or parts.kind != "desk" or data is None:
            return
        action = DeskAction.from_json(data)
        if action is None or parts.kiosk != self.kiosk_id:
            return
        request = self._book.get(parts.request)
        if request is None:
            # Closed already: make sure no desk keeps showing it.
            self.connection.send(
                request_topic(self.place, self.kiosk_id, parts.request), b"", retain=True
            )
            return
        now = self._clock.monotonic()
        if action.action == "claim":
            if self._book.claim(request.id, action.desk, action.name, now):
                log.info("help request %s claimed", request.id)
                self.on_event(HelpEvent("claimed", request.id, request.name))
            self._publish(request)  # the winner, for every desk (also the one refused)
        elif action.action == "release" and self._book.release(request.id, action.desk, now):
            self._publish(request)
            self.on_event(HelpEvent("released", request.id))
        elif action.action == "done":
            self._close(request.id, "done")
            self.on_event(HelpEvent("done", request.id))
        self._count()

    def _set_status(self, status: KioskStatus) -> None:
        if self._status is not None and replace(status, time="") == replace(self._status, time=""):
            return
        self._status = status
        stamped = replace(status, time=self._clock.now().isoformat(timespec="seconds"))
        self.connection.keep(self.status_topic, stamped.to_json())

    def _open(
        self, request_id: str, info: HelpInfo, asked: str, on_sent: Callable[[bool], None] | None
    ) -> None:
        for dropped in self._book.open(request_id, info, asked, self._clock.monotonic()):
            self._close(dropped.id, "left")
        request = self._book.get(request_id)
        assert request is not None
        connected = self.connection.connected
        if on_sent is not None and connected:
            self._sending[request_id] = (self._clock.monotonic() + self._ack_timeout_s, on_sent)
        self._publish(request, on_acked=partial(self._acked, request_id))
        if on_sent is not None and not connected:
            on_sent(False)
        self._count()

    def _acked(self, request_id: str) -> None:
        sending = self._sending.pop(request_id, None)
        if sending is not None:
            sending[1](True)

    def _state(self, request: OpenRequest, state: str = "", why: str = "") -> RequestState:
        info = request.info
        return RequestState(
            request.id,
            self.kiosk_id,
            self.place,
            state or ("claimed" if request.claimed else "open"),
            request.asked,
            self.place_name,
            info.flow,
            info.step,
            info.lang,
            info.text_size,
            info.speech,
            request.escalated,
            request.attempt,
            request.claimed_by,
            request.name,
            why,
        )

    def _publish(self, request: OpenRequest, on_acked: Callable[[], None] | None = None) -> None:
        self.connection.keep(
            request_topic(self.place, self.kiosk_id, request.id),
            self._state(request).to_json(),
            on_acked,
        )

    def _close(self, request_id: str, why: str) -> None:
        request = self._book.close(request_id)
        if request is None:
            return
        self._sending.pop(request_id, None)
        topic = request_topic(self.place, self.kiosk_id, request_id)
        # Live desks learn why; then the retained request is removed for good.
        self.connection.send(topic, self._state(request, "closed", why).to_json())
        self.connection.forget(topic)
        log.info("help request %s closed (%s)", request_id, why)

    def _close_all(self, why: str) -> None:
        for request_id in list(self._book.requests):
            self._close(request_id, why)
        self._count()

    def _count(self) -> None:
        now = self._clock.monotonic()
        self.open_count = len(self._book.requests)
        self.waiting_count = len(self._book.waiting())
        self.oldest_wait_s = self._book.oldest_wait(now)
