"""The kiosk's side of the fleet, in the GUI: help requests out, claims in, status out.

:class:`~kiosk.fleet.kiosk_client.KioskFleet` works on threads of its own; this object
carries what it reports over to the GUI thread (a queued Qt signal) as journey events,
and tells it what the kiosk is doing now. It decides nothing: the journey does.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import __version__
from kiosk.core.session import Settings
from kiosk.fleet.kiosk_client import HelpEvent, KioskFleet
from kiosk.fleet.messages import HelpInfo, KioskStatus
from kiosk.journey import events as ev
from kiosk.journey.journey import Journey
from kiosk.journey.views import Screen

log = logging.getLogger(__name__)

#: How often health (speech, network, printer) is looked at between screen changes.
REFRESH_MS = 5000

#: A desk's news → the journey's event.
_EVENTS: dict[str, ev.Event] = {
    "released": ev.HelpReleased("released"),
    "expired": ev.HelpReleased("expired"),
    "done": ev.HelpReleased("done"),
}


def kiosk_state(journey: Journey) -> tuple[str, str | None, str | None]:
    """(state, flow id, step id) for the status: "attract" when nobody is here,
    "helper" while staff are helping, else "session" (ids only in a flow)."""
    if journey.top.screen in (Screen.ATTRACT, Screen.SORRY) and not journey.helper:
        return "attract", None, None
    engine = journey.engine
    flow_id, step_id = (engine.flow.id, engine.current.id) if engine else (None, None)
    return ("helper" if journey.helper else "session"), flow_id, step_id


def snapshot_age_days(snapshot: datetime.date | None, today: datetime.date) -> int | None:
    return None if snapshot is None else max(0, (today - snapshot).days)


class FleetLink(QObject):
    """``send``: into the journey; ``status``: what the kiosk is doing now."""

    _news = Signal(object)

    def __init__(
        self,
        fleet: KioskFleet,
        send: Callable[[ev.Event], None],
        status: Callable[[], KioskStatus],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fleet, self._send, self._status = fleet, send, status
        self._request: str | None = None  # the request this visit is waiting on
        self._news.connect(self._deliver)  # queued: emitted on the fleet's thread
        fleet.on_event = self._news.emit
        self._refresh = QTimer(self)
        self._refresh.timeout.connect(self.refresh)
        self._refresh.start(REFRESH_MS)

    def route(self, flow_id: str | None, step_id: str | None) -> str:
        """The journey's HelpRoute with [fleet]: a request is out already ("told", or
        "desk" while the broker cannot be reached), or "send" one."""
        if self._request is None or not self.fleet.open_count:
            return "send"
        return "told" if self.fleet.connected else "desk"

    def send_help(self, flow_id: str, step_id: str, settings: Settings) -> None:
        info = HelpInfo(
            flow_id or None, step_id or None, settings.language, settings.text_size, settings.speech
        )
        self._request = self.fleet.request_help(
            info, lambda delivered: self._news.emit(ev.HelpAnswered(delivered))
        )

    def close_help(self, why: str) -> None:
        self._request = None
        self.fleet.close_help(why)

    def refresh(self) -> None:
        """Publish the status (the fleet sends it only when something changed)."""
        self.fleet.set_status(self._status())

    def stop(self) -> None:
        self._refresh.stop()
        self.fleet.stop()

    def _deliver(self, news: object) -> None:
        if isinstance(news, HelpEvent):
            if news.request != self._request:
                return  # about a request this visit no longer waits on
            if news.kind == "done":
                self._request = None
            self._send(ev.HelpClaimed(news.name) if news.kind == "claimed" else _EVENTS[news.kind])
        elif isinstance(news, ev.HelpAnswered):
            self._send(news)


def status_of(
    journey: Journey,
    kiosk_id: str,
    place: str,
    place_name: str,
    *,
    speech: bool,
    printer: str,
    network: bool,
    snapshot: datetime.date | None,
    today: datetime.date,
) -> KioskStatus:
    state, flow_id, step_id = kiosk_state(journey)
    return KioskStatus(
        kiosk_id,
        place,
        state,
        place_name,
        flow_id,
        step_id,
        speech,
        printer,
        network,
        snapshot_age_days(snapshot, today),
        __version__,
    )
