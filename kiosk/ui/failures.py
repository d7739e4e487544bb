"""What went wrong with a city call, in one true sentence a kind.

The runner reports a failure as ``"ExceptionName: service: problem"`` (kiosk/ui/runner.py;
the problems are the fixed texts of kiosk/services/http.py and live.py). A resident is
told which of these it was, because they mean different things: a send that timed out
may be with the city, one the city refused is not, and only some are worth trying again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

#: Kinds after which one more try can give another outcome.
RETRY_HELPS = frozenset({"timeout", "broken", "unreachable", "error", "unreadable", "fault"})


def failure_kind(reason: str | None) -> str:
    """One of: timeout, broken, no_answer, unreachable, error, unreadable, redirected,
    refused, demo, fault."""
    name, _, _ = (reason or "").partition(":")
    text = (reason or "").casefold()
    if "demo mode" in text:
        return "demo"
    if name == "ServiceRejected":
        return "refused"
    if name == "ServiceRedirected":
        return "redirected"
    if name == "ServiceDataError":
        return "unreadable"
    if name == "ServiceUnavailable":
        for words, kind in (
            ("did not answer in time", "timeout"),
            ("no answer within", "timeout"),
            ("connection broke", "broken"),
            ("never came", "no_answer"),
            ("cannot be reached", "unreachable"),
        ):
            if words in text:
                return kind
        return "error"
    return "fault"


def can_retry(reason: str | None) -> bool:
    """Whether "Try again" can help (not after a refusal, a redirect or in demo mode)."""
    return failure_kind(reason) in RETRY_HELPS


def failure_sentence(reason: str | None) -> str:
    """What happened, in the resident's language (one sentence)."""
    sentences = {
        "timeout": translate("failures", "The city's service did not answer in time."),
        "broken": translate("failures", "The connection broke in the middle."),
        "no_answer": translate("failures", "The answer from the city never came."),
        "unreachable": translate("failures", "The kiosk could not reach the city's service."),
        "error": translate("failures", "The city's service has a fault right now."),
        "unreadable": translate("failures", "The city answered, but the answer could not be read."),
        "redirected": translate("failures", "The city's service answered in an unexpected way."),
        "refused": translate("failures", "The city's service did not accept it."),
        "demo": translate("failures", "This kiosk is a demo. Nothing is sent to the city."),
    }
    return sentences.get(
        failure_kind(reason), translate("failures", "Something went wrong in the kiosk.")
    )
