"""The life of a kiosk's help requests: open → claimed → closed, with escalation and
claims that expire. Pure: no I/O, no threads; time is passed in (monotonic seconds).

The kiosk is the only writer of its requests' state, so it decides claims: the first
desk's claim is taken, any later one is refused while it holds. A request nobody
claims within ``escalate_after_s`` is escalated once (sent again, and to the webhook).
A claim whose staff member has not arrived within ``claim_expire_s`` expires: the
request is open to every desk again, and escalated if it was not yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.fleet.messages import HelpInfo

__all__ = ["HelpBook", "OpenRequest"]

#: Open requests a kiosk keeps at most (one resident asks at a time; this only bounds
#: what a fault could pile up). Opening one more closes the oldest.
MAX_OPEN = 16


@dataclass
class OpenRequest:
    """One open help request. ``opened_at``: when it last became unclaimed."""

    id: str
    info: HelpInfo
    asked: str
    opened_at: float
    escalated: bool = False
    claimed_by: str | None = None
    name: str = ""
    claimed_at: float | None = None

    @property
    def claimed(self) -> bool:
        return self.claimed_by is not None

    @property
    def attempt(self) -> int:
        return 2 if self.escalated else 1


class HelpBook:
    def __init__(
        self, escalate_after_s: float, claim_expire_s: float, limit: int = MAX_OPEN
    ) -> None:
        self.escalate_after_s = escalate_after_s
        self.claim_expire_s = claim_expire_s
        self.limit = limit
        self.requests: dict[str, OpenRequest] = {}

    def open(self, request_id: str, info: HelpInfo, asked: str, now: float) -> list[OpenRequest]:
        """A new request. Returns the oldest ones closed to keep within the limit."""
        self.requests[request_id] = OpenRequest(request_id, info, asked, now)
        dropped = []
        while len(self.requests) > self.limit:
            dropped.append(self.requests.pop(next(iter(self.requests))))
        return dropped

    def get(self, request_id: str) -> OpenRequest | None:
        return self.requests.get(request_id)

    def claim(self, request_id: str, desk: str, name: str, now: float) -> bool:
        """``desk`` says "I'm coming". True if it got the claim (the first one does;
        the same desk claiming again keeps it and may change the name)."""
        request = self.requests.get(request_id)
        if request is None or (request.claimed and request.claimed_by != desk):
            return False
        if request.claimed_by != desk:
            request.claimed_at = now
        request.claimed_by, request.name = desk, name
        return True

    def release(self, request_id: str, desk: str, now: float) -> bool:
        """The claiming desk cannot come after all: open to every desk again."""
        request = self.requests.get(request_id)
        if request is None or request.claimed_by != desk:
            return False
        self._reopen(request, now)
        return True

    def close(self, request_id: str) -> OpenRequest | None:
        return self.requests.pop(request_id, None)

    def due(self, now: float) -> list[tuple[str, OpenRequest]]:
        """What time has brought: ("expired", r) for a claim that ran out and
        ("escalate", r) for a request to send again, louder."""
        out: list[tuple[str, OpenRequest]] = []
        for request in self.requests.values():
            if request.claimed:
                assert request.claimed_at is not None
                if now - request.claimed_at < self.claim_expire_s:
                    continue
                self._reopen(request, now)
                out.append(("expired", request))
                if not request.escalated:
                    request.escalated = True
                    out.append(("escalate", request))
            elif not request.escalated and now - request.opened_at >= self.escalate_after_s:
                request.escalated = True
                out.append(("escalate", request))
        return out

    def waiting(self) -> list[OpenRequest]:
        """Open requests no desk has claimed."""
        return [r for r in self.requests.values() if not r.claimed]

    def oldest_wait(self, now: float) -> float:
        """Seconds the longest-waiting unclaimed request has waited (0: none)."""
        return max((now - r.opened_at for r in self.waiting()), default=0.0)

    @staticmethod
    def _reopen(request: OpenRequest, now: float) -> None:
        request.claimed_by, request.name, request.claimed_at = None, "", None
        request.opened_at = now
