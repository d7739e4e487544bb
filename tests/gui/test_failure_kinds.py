"""Each kind of failed city call has its own sentence, and "Try again" only where it
can help (kiosk/ui/failures.py; issue 15, points 2 and 5)."""

from __future__ import annotations

import pytest

from kiosk.ui.failures import can_retry, failure_kind, failure_sentence

pytestmark = pytest.mark.gui

CASES = [
    ("ServiceUnavailable: feedback (Open311): did not answer in time", "timeout", True),
    ("ServiceUnavailable: x: no answer within 2 s", "timeout", True),
    ("ServiceUnavailable: x: the connection broke (ChunkedEncodingError)", "broken", True),
    ("ServiceUnavailable: x: cannot be reached (network down or service off)", "unreachable", True),
    ("ServiceUnavailable: x: answered with error 503", "error", True),
    ("ServiceDataError: x: the answer is not JSON (Expecting value)", "unreadable", True),
    ("ServiceDataError: x: the answer was empty", "unreadable", True),
    ("ServiceRejected: x: refused the request (400: 31 characters)", "refused", False),
    ("ServiceRedirected: x: answered oddly: a redirect (302)", "redirected", False),
    ("ServiceUnavailable: feedback.send: demo mode: nothing is sent to the city", "demo", False),
    ("ServiceUnavailable: the answer to the send never came", "no_answer", False),
    ("KeyError: details not logged", "fault", True),
]


@pytest.mark.parametrize(("reason", "kind", "retry"), CASES)
def test_kind_and_retry(reason: str, kind: str, retry: bool) -> None:
    assert failure_kind(reason) == kind
    assert can_retry(reason) is retry


def test_every_kind_has_its_own_sentence() -> None:
    sentences = {failure_sentence(reason) for reason, _, _ in CASES}
    assert len(sentences) == len({kind for _, kind, _ in CASES})
    assert not any("connection broke" in s for s in sentences - {failure_sentence(CASES[2][0])})
