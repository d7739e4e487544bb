"""A staff desk on the bus: the kiosks of its places and their help queue.

The desk never decides a claim: it asks the kiosk ("claim"), and every desk shows
whoever the kiosk's request state names. So two desks pressing "I'm coming" at once
both see the same one winner. Every method returns at once; ``on_change`` gets a new
:class:`DeskView` (on the connection's worker thread) whenever something changed.
"""

from __future__ import annotations

import re
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from kiosk.core.clock import Clock, SystemClock
from kiosk.fleet.connection import BrokerSettings, Connection
from kiosk.fleet.messages import (
    DeskAction,
    KioskStatus,
    RequestState,
    decode,
    desk_subscriptions,
    desk_topic,
    parse_topic,
)

__all__ = ["DeskClient", "DeskRequest", "DeskView", "desk_id"]

#: How many closed requests the desk keeps showing (with why they closed).
RECENTLY_CLOSED = 5


def desk_id() -> str:
    """A client id for this desk: the machine's name and a random part (two desk
    windows on one PC must not push each other off the broker)."""
    host = re.sub(r"[^a-z0-9-]", "-", socket.gethostname().lower())[:32].strip("-")
    return f"desk-{host or 'pc'}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class DeskRequest:
    """A help request as this desk shows it. ``seen_at``: monotonic time it first
    arrived here; ``pending``: this desk's action sent, not yet answered."""

    state: RequestState
    seen_at: float
    mine: bool = False
    pending: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.state.place, self.state.kiosk, self.state.id)


@dataclass(frozen=True)
class DeskView:
    kiosks: tuple[KioskStatus, ...] = ()
    requests: tuple[DeskRequest, ...] = ()
    closed: tuple[RequestState, ...] = ()
    connected: bool = False
    problem: str | None = None


class DeskClient:
    """What ``kiosk desk`` shows and does. ``on_alert(state, why)``: a request came
    ("new") or came again, escalated ("escalated"): chime."""

    def __init__(
        self,
        settings: BrokerSettings,
        places: tuple[str, ...],
        *,
        client_id: str | None = None,
        clock: Clock | None = None,
        on_change: Callable[[DeskView], None] | None = None,
        on_alert: Callable[[RequestState, str], None] | None = None,
        tick_s: float = 0.5,
    ) -> None:
        self.places = tuple(places)
        self.id = client_id or desk_id()
        self._clock = clock or SystemClock()
        self.on_change = on_change or (lambda _view: None)
        self.on_alert = on_alert or (lambda _state, _why: None)
        self._kiosks: dict[tuple[str, str], KioskStatus] = {}
        self._requests: dict[tuple[str, str, str], DeskRequest] = {}
        self._closed: list[RequestState] = []
        self.view = DeskView()
        self.connection = Connection(
            settings,
            self.id,
            self,
            subscriptions=desk_subscriptions(self.places),
            tick_s=tick_s,
            clock=self._clock,
            name=self.id,
        )

    # ---- any thread ------------------------------------------------------------------

    def start(self) -> None:
        self.connection.start()

    def stop(self, timeout: float = 3.0) -> None:
        self.connection.stop(timeout=timeout)

    def claim(self, key: tuple[str, str, str], name: str = "") -> None:
        """ "I'm coming" (with the first name to show the resident, or "")."""
        self.connection.call(partial(self._act, key, "claim", name))

    def release(self, key: tuple[str, str, str]) -> None:
        """ "I cannot come after all": the request is open to the other desks again."""
        self.connection.call(partial(self._act, key, "release", ""))

    def done(self, key: tuple[str, str, str]) -> None:
        self.connection.call(partial(self._act, key, "done", ""))

    # ---- the worker thread (the connection's Handler) -------------------------------

    def on_connected(self) -> None:
        self._changed()

    def on_disconnected(self) -> None:
        self._changed()

    def on_tick(self) -> None:
        view = self.view
        if (view.connected, view.problem) != (self.connection.connected, self.connection.problem):
            self._changed()

    def on_message(self, topic: str, payload: bytes) -> None:
        parts = parse_topic(topic)
        if parts is None or parts.place not in self.places:
            return
        data = decode(payload)
        if parts.kind == "status":
            status = KioskStatus.from_json(data) if data is not None else None
            if status is not None and (status.place, status.kiosk) == (parts.place, parts.kiosk):
                self._kiosks[(parts.place, parts.kiosk)] = status
                self._changed()
        elif parts.kind == "request":
            key = (parts.place, parts.kiosk, parts.request)
            state = RequestState.from_json(data) if data is not None else None
            if state is not None and (state.place, state.kiosk, state.id) != key:
                return
            self._request(key, state)

    def _request(self, key: tuple[str, str, str], state: RequestState | None) -> None:
        known = self._requests.get(key)
        if state is None or state.state == "closed":
            if known is not None:
                del self._requests[key]
                closed = state or replace(known.state, state="closed")
                self._closed = [closed, *self._closed][:RECENTLY_CLOSED]
                self._changed()
            return
        if known is None:
            known = DeskRequest(state, self._clock.monotonic())
            self.on_alert(state, "new")
        elif state.escalated and not known.state.escalated:
            self.on_alert(state, "escalated")
        pending = known.pending
        if (pending == "claim" and state.claimed_by is not None) or (
            pending == "release" and state.claimed_by != self.id
        ):
            pending = ""
        self._requests[key] = replace(
            known, state=state, mine=state.claimed_by == self.id, pending=pending
        )
        self._changed()

    def _act(self, key: tuple[str, str, str], action: str, name: str) -> None:
        request = self._requests.get(key)
        if request is None:
            return
        place, kiosk, request_id = key
        self.connection.send(
            desk_topic(place, kiosk, request_id), DeskAction(action, self.id, name).to_json()
        )
        self._requests[key] = replace(request, pending=action)
        self._changed()

    def _changed(self) -> None:
        self.view = DeskView(
            tuple(self._kiosks[k] for k in sorted(self._kiosks)),
            tuple(sorted(self._requests.values(), key=lambda r: (r.state.asked, r.key))),
            tuple(self._closed),
            self.connection.connected,
            self.connection.problem,
        )
        self.on_change(self.view)
