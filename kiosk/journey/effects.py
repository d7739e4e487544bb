"""What the window must do for a visit (journey → window)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.journey.views import EndReason, View


@dataclass(frozen=True)
class Show:
    """Draw ``view`` (the top of the stack); ``speak``: read it aloud."""

    view: View
    speak: bool = True


@dataclass(frozen=True)
class Countdown:
    """The idle warning is up: show the seconds left."""

    seconds: int


@dataclass(frozen=True)
class Chime:
    """Play the attention sound (before the idle warning)."""


@dataclass(frozen=True)
class CallService:
    """Run the city service ``name`` off the GUI thread; answer with ServiceAnswered."""

    request: int
    name: str
    params: dict[str, object]


@dataclass(frozen=True)
class CancelService:
    """No answer is awaited any more."""


@dataclass(frozen=True)
class WaitLater:
    """Send WaitingDue(request) in a moment if nothing has answered by then."""

    request: int


@dataclass(frozen=True)
class SendHelp:
    """Tell staff (webhook) off the GUI thread; answer with HelpAnswered."""

    flow_id: str
    step_id: str


@dataclass(frozen=True)
class CloseHelp:
    """The help request is over: ``why`` "arrived" (staff opened helper mode at the
    kiosk) or "left" (the visit ended). Desks stop showing it."""

    why: str


@dataclass(frozen=True)
class StartPrint:
    """Print what the current step offers; answer with Printed(request, ok)."""

    request: int


@dataclass(frozen=True)
class CheckPin:
    """Check ``digits`` for ``role`` off the GUI thread; answer with PinChecked."""

    role: str
    digits: str


@dataclass(frozen=True)
class Helper:
    """Helper mode is now on or off (the banner, the helper idle timer)."""

    active: bool


@dataclass(frozen=True)
class ApplySettings:
    """The session's settings changed: language, theme, size, voice."""


@dataclass(frozen=True)
class Announce:
    """Say a short message aloud, even with screen speech off when ``always``.

    ``what`` names the message (the window holds the words in every language),
    or several joined by "+" to be said as one; ``args`` fill its %1, %2, …"""

    what: str
    args: tuple[int, ...] = ()
    always: bool = False


@dataclass(frozen=True)
class Forget:
    """Forget the resident: every trace outside the session (widgets, clipboard and
    selection, speech and its Repeat buffer, print and QR files) and, unless
    ``keep_settings``, the display and voice settings. The session itself has been
    wiped by the journey already."""

    reason: EndReason
    keep_settings: bool = False


@dataclass(frozen=True)
class Stat:
    """An anonymous usage figure (allow-listed events, no personal data)."""

    event: str
    fields: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Audit:
    """A staff action for the audit log, with where the resident was."""

    action: str
    flow_id: str | None = None
    step_id: str | None = None


@dataclass(frozen=True)
class ScheduleRecover:
    """Send RecoverDone after the sorry screen has been read."""


@dataclass(frozen=True)
class CloseKiosk:
    """The admin PIN was right: let the window close."""


Effect = (
    Show
    | Countdown
    | Chime
    | CallService
    | CancelService
    | WaitLater
    | SendHelp
    | CloseHelp
    | StartPrint
    | CheckPin
    | Helper
    | ApplySettings
    | Announce
    | Forget
    | Stat
    | Audit
    | ScheduleRecover
    | CloseKiosk
)
