""" "Ask for help": tell the staff through an HTTP webhook, and do not nag them.

Two parts, so the GUI thread never waits on the network:

- :class:`HelpDedupe` is pure (no I/O, injected clock). The UI asks it on every press
  of "Ask for help": ``request()`` says whether to send now. Presses within a minute
  of a sent request send nothing more. The pending request clears when staff enter
  helper mode (``clear()``); a failed delivery does not hold back the next press.
- :class:`HelpNotifier` does the POST. ``send()`` blocks (timeouts and retries), so the
  UI runs it in its worker thread; it never raises and returns a :class:`HelpResult`
  saying whether the staff were reached. If not, the resident is told to go to the desk.

The JSON body has exactly ``kiosk_id``, ``place``, ``flow_id``, ``step_id`` and ``time``
(ISO 8601, Europe/Helsinki): never anything the resident typed. The headers carry a
``X-Kiosk-Request-Id`` that stays the same across retries, so a receiver can drop
duplicates when an answer was lost after the message arrived.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk import __version__
from kiosk.core.clock import Clock, SystemClock
from kiosk.core.ids import is_id

if TYPE_CHECKING:
    import requests

    from kiosk.core.config import Config

__all__ = ["DEDUPE_WINDOW_S", "HelpDedupe", "HelpNotifier", "HelpResult"]

log = logging.getLogger(__name__)

#: Presses of "Ask for help" within this many seconds of a sent request send nothing.
DEDUPE_WINDOW_S = 60.0

#: Statuses worth another try: the server or something on the way is busy or broken.
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HelpResult:
    """How sending a help request went.

    ``delivered``: the webhook answered 2xx. ``reason``: why not, in plain words for
    the log and the staff panel (``"not configured"``, ``"timed out"``, ``"HTTP 500"``,
    ``"connection failed"``...). ``attempts``: how many POSTs were tried.
    """

    delivered: bool
    attempts: int = 0
    reason: str | None = None
    status: int | None = None


class HelpNotifier:
    """POSTs help requests to the configured webhook (blocking; run it off the GUI)."""

    def __init__(
        self,
        url: str,
        kiosk_id: str,
        place: str,
        *,
        timeout_s: float = 5.0,
        retries: int = 2,
        clock: Clock | None = None,
        backoff_s: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url
        self.kiosk_id = kiosk_id
        self.place = place
        self.timeout_s = timeout_s
        self.retries = max(0, retries)
        self.clock = clock or SystemClock()
        self.backoff_s = backoff_s
        self._sleep = sleep

    @classmethod
    def from_config(cls, config: Config, clock: Clock | None = None) -> HelpNotifier:
        """Built from ``[help]`` and ``[kiosk]``; the place name is given in the
        kiosk's default language (the staff's working language)."""
        return cls(
            config.help.webhook_url,
            config.kiosk.id,
            config.kiosk.place_name.get(config.languages.default),
            timeout_s=config.help.timeout_s,
            retries=config.help.retries,
            clock=clock,
        )

    @property
    def enabled(self) -> bool:
        return bool(self.url)

    def payload(
        self, flow_id: str | None, step_id: str | None, escalated: bool = False
    ) -> dict[str, Any]:
        """The JSON body. Ids that do not look like ids are sent as null: a help
        request must still go, but never with free text in it. ``escalated``: no staff
        desk claimed the request in time ([fleet]); the body then says so."""
        body: dict[str, Any] = {
            "kiosk_id": self.kiosk_id,
            "place": self.place,
            "flow_id": flow_id if is_id(flow_id) else None,
            "step_id": step_id if is_id(step_id) else None,
            "time": self.clock.now().isoformat(timespec="seconds"),
        }
        if escalated:
            body["escalated"] = True
        return body

    def send(self, flow_id: str | None, step_id: str | None, escalated: bool = False) -> HelpResult:
        """POST the request, retrying ``retries`` times. Never raises."""
        if not self.enabled:
            return HelpResult(False, 0, "not configured")
        try:
            return self._send(flow_id, step_id, escalated)
        except Exception as exc:  # never let a help request crash the worker
            log.exception("help request: unexpected %s", type(exc).__name__)
            return HelpResult(False, 0, f"unexpected error ({type(exc).__name__})")

    def _send(self, flow_id: str | None, step_id: str | None, escalated: bool) -> HelpResult:
        import uuid  # at the first help request, not at start: ~2 ms (issue 19)

        body = json.dumps(self.payload(flow_id, step_id, escalated)).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "*/*",
            "User-Agent": f"helsinki-kiosk/{__version__}",
            "X-Kiosk-Request-Id": uuid.uuid4().hex,
        }
        result = HelpResult(False, 0, "not sent")
        import requests  # first help request: kept off the kiosk's start (issue 19)

        with requests.Session() as session:
            for attempt in range(1, self.retries + 2):
                if attempt > 1:
                    self._sleep(self.backoff_s * 2 ** (attempt - 2))
                result, again = self._attempt(session, body, headers, attempt)
                if result.delivered or not again:
                    break
        if result.delivered:
            log.info("help request delivered (attempt %d)", result.attempts)
        else:
            log.warning(
                "help request not delivered after %d attempt(s): %s", result.attempts, result.reason
            )
        return result

    def _attempt(
        self, session: requests.Session, body: bytes, headers: dict[str, str], attempt: int
    ) -> tuple[HelpResult, bool]:
        """One POST: (result, worth another try)."""
        import requests  # already imported by `_send`

        try:
            response = session.post(
                self.url,
                data=body,
                headers=headers,
                timeout=(self.timeout_s, self.timeout_s),
                allow_redirects=False,
            )
        except requests.Timeout:
            return HelpResult(False, attempt, "timed out"), True
        except requests.ConnectionError:
            return HelpResult(False, attempt, "connection failed"), True
        except requests.RequestException as exc:  # bad URL and the like: no use retrying
            return HelpResult(False, attempt, f"request failed ({type(exc).__name__})"), False
        with response:
            status = response.status_code
        if 200 <= status < 300:
            return HelpResult(True, attempt, None, status), False
        return HelpResult(False, attempt, f"HTTP {status}", status), status in _RETRY_STATUSES


class HelpDedupe:
    """Decides when a press of "Ask for help" is sent. Pure: no I/O, injected clock.

    How the UI uses it (``StaffDesk`` in kiosk/ui/staff_desk.py, ``route`` then
    ``send_help``)::

        if dedupe.request(flow_id, step_id):
            runner.run_task(lambda: notifier.send(flow_id, step_id), on_done)
            # on_done(result) runs on the GUI thread: dedupe.sent(result), with a
            # failed HelpResult in place of an exception the send raised
        else:
            answer from dedupe.last_result (None: one is still on its way)
    """

    def __init__(
        self,
        clock: Clock | None = None,
        window_s: float = DEDUPE_WINDOW_S,
        max_send_s: float = 600.0,
    ) -> None:
        self.clock = clock or SystemClock()
        self.window = window_s
        #: A send not reported back by ``sent`` within this long is taken as lost (the
        #: worker died), so it cannot hold back help requests for ever.
        self.max_send = max_send_s
        self._sent_at: float | None = None  # monotonic
        self._pending = False
        #: Outcome of the latest send (None before the first, or while one is on its way).
        self.last_result: HelpResult | None = None
        self._in_flight_since: float | None = None

    @property
    def pending(self) -> bool:
        """A resident asked for help and staff have not yet entered helper mode."""
        return self._pending

    def request(self, flow_id: str | None = None, step_id: str | None = None) -> bool:
        """A press of "Ask for help". True: send now. False: one reached the staff less
        than a minute ago, or is still on its way, so the staff already know."""
        self._pending = True
        now = self.clock.monotonic()
        if self._in_flight_since is not None and now - self._in_flight_since < self.max_send:
            return False
        if self._sent_at is not None and now - self._sent_at < self.window:
            return False
        self._in_flight_since = now
        self.last_result = None
        return True

    def sent(self, result: HelpResult) -> None:
        """The outcome of the send that ``request`` asked for. A failure lets the next
        press send at once (the resident was told to go to the desk)."""
        self._in_flight_since = None
        self.last_result = result
        # The minute counts from when the staff were reached.
        self._sent_at = self.clock.monotonic() if result.delivered else None

    def clear(self) -> bool:
        """Staff entered helper mode: the request is answered. True if one was pending."""
        was = self._pending
        self._pending = False
        self._sent_at = None
        return was
