"""What happens to a visit (window → journey): taps, keys, timers and answers."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.flow.engine import Answer, Edit
from kiosk.journey.views import EndReason, Screen


@dataclass(frozen=True)
class Touch:
    """Any touch or key: the resident is here (restarts the idle wait)."""


@dataclass(frozen=True)
class Tick:
    """About once a second: the idle decisions."""


@dataclass(frozen=True)
class Start:
    """The attract screen was touched (or a key pressed)."""

    by_key: bool = False


@dataclass(frozen=True)
class OpenLanguages:
    """The top bar's language button."""


@dataclass(frozen=True)
class ChooseLanguage:
    lang: str


@dataclass(frozen=True)
class ChooseFlow:
    flow_id: str


@dataclass(frozen=True)
class FlowInput:
    """An answer or an edit on a flow step."""

    event: Answer | Edit


@dataclass(frozen=True)
class GoHome:
    """The done screen's "to the services" button."""


@dataclass(frozen=True)
class GoBack:
    """Back (bottom bar, Esc, a screen's "Back to where I was")."""


@dataclass(frozen=True)
class AskHelp:
    """The bottom bar's Ask for help, on any screen."""


@dataclass(frozen=True)
class HelpAnswered:
    """The help request reached staff (or could not)."""

    delivered: bool


@dataclass(frozen=True)
class HelpClaimed:
    """A staff member pressed "I'm coming" at a desk ([fleet]); ``name``: the first
    name their desk sent, or ""."""

    name: str = ""


@dataclass(frozen=True)
class HelpReleased:
    """The claim is over before the staff member arrived: ``why`` "released" (the desk
    cannot come after all) or "expired" (nobody came in time); the request is open to
    every desk again. "done": a desk closed the request."""

    why: str = "released"


@dataclass(frozen=True)
class Open:
    """Show a resident screen over the current one: My data, the statement, speech."""

    screen: Screen


@dataclass(frozen=True)
class AskEnd:
    """End and clear: asks once."""


@dataclass(frozen=True)
class EndVisit:
    """End the visit now, for ``reason`` (confirmed End, staff, fault, program)."""

    reason: EndReason


@dataclass(frozen=True)
class RecoverDone:
    """The sorry screen has been up long enough: back to the start screen."""


@dataclass(frozen=True)
class ServiceAnswered:
    """A city service answered the request ``request`` (data, or a failure)."""

    request: int
    ok: bool
    data: object = None
    reason: str = ""
    maybe_sent: bool = False


@dataclass(frozen=True)
class WaitingDue:
    """The request ``request`` has been out long enough to say that the kiosk works."""

    request: int


@dataclass(frozen=True)
class Print:
    """The resident asked for a printout of the screen they are on."""


@dataclass(frozen=True)
class Printed:
    request: int
    ok: bool


@dataclass(frozen=True)
class Setting:
    """Change how the kiosk looks or sounds: ``name`` is text_size, contrast,
    speech (each a toggle or cycle, ``step`` unused), volume or rate (``step`` ±1)."""

    name: str
    step: int = 0


@dataclass(frozen=True)
class AskPin:
    role: str = "staff"


@dataclass(frozen=True)
class PinEntered:
    digits: str


@dataclass(frozen=True)
class PinChecked:
    """The result of a PIN check (run off the GUI thread)."""

    role: str
    ok: bool
    outcome: str = ""  # "wrong", "locked", "disabled", "error"
    tries_left: int = 0
    locked_s: float = 0.0


@dataclass(frozen=True)
class HelperIdle:
    """Helper mode saw no input for ``timeouts.helper_idle_s``."""


@dataclass(frozen=True)
class StaffAction:
    """A button of the staff panel: resume, back, restart, language, text_size,
    contrast, speech, idle, end, leave, close."""

    action: str


@dataclass(frozen=True)
class Practice:
    """Practice mode (issue 18): ``action`` "open" (the list of lessons), "lesson"
    (``value`` the lesson's id), "answer" (``value`` the answer's id, "" for Next) or
    "menu". Never anything the resident typed."""

    action: str
    value: str = ""


@dataclass(frozen=True)
class ClearNow:
    """My data → Clear now: forget what the resident chose and wrote, keep going."""


@dataclass(frozen=True)
class Headset:
    """A headset was plugged in (``plugged``) or out (EN 301 549 5.1.3.9): speech goes
    to it and starts at ``volume``, a level safe for the ears; private values may be
    said there while it is in."""

    plugged: bool
    volume: float = 0.5


Event = (
    Touch
    | Tick
    | Start
    | OpenLanguages
    | ChooseLanguage
    | ChooseFlow
    | FlowInput
    | GoHome
    | GoBack
    | AskHelp
    | HelpAnswered
    | HelpClaimed
    | HelpReleased
    | Open
    | AskEnd
    | EndVisit
    | RecoverDone
    | ServiceAnswered
    | WaitingDue
    | Print
    | Printed
    | Setting
    | AskPin
    | PinEntered
    | PinChecked
    | HelperIdle
    | StaffAction
    | ClearNow
    | Practice
    | Headset
)
