"""What can be on the screen, and which screens lie over which.

A visit is a stack of views: the bottom one is where the resident is (attract,
language, home, a flow step, the waiting screen, sorry); over it lie at most one
resident screen (help, end?, my data, …), the idle warning, and the staff's PIN pad
and panel. Back takes the top one away, so where Back returns to is data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from kiosk.flow.engine import ShowStep


class Screen(StrEnum):
    """Every screen of a visit. The values are the names logs and tests use."""

    ATTRACT = "attract"
    LANGUAGE = "language"
    HOME = "home"
    STEP = "step"
    WAITING = "waiting"
    SORRY = "sorry"
    HELP = "help"
    END_CONFIRM = "confirm-end"
    MY_DATA = "privacy"
    STATEMENT = "statement"
    SPEECH_SETTINGS = "speech-settings"
    PRINT = "print"
    IDLE_WARNING = "idle-warning"
    PIN_PAD = "pin"
    STAFF_PANEL = "staff-panel"
    PRACTICE = "practice"  # a practice lesson (kiosk.journey.practice), or the list


class Layer(Enum):
    """Where a screen lies: the resident's place, over it, or the staff's."""

    PLACE = 0
    OVER = 1
    MENU = 2  # the language menu: over help too, and back to it
    IDLE = 3
    STAFF = 4


LAYER: dict[Screen, Layer] = {
    Screen.ATTRACT: Layer.PLACE,
    Screen.HOME: Layer.PLACE,
    Screen.STEP: Layer.PLACE,
    Screen.WAITING: Layer.PLACE,
    Screen.SORRY: Layer.PLACE,
    Screen.HELP: Layer.OVER,
    Screen.END_CONFIRM: Layer.OVER,
    Screen.MY_DATA: Layer.OVER,
    Screen.STATEMENT: Layer.OVER,
    Screen.SPEECH_SETTINGS: Layer.OVER,
    Screen.PRINT: Layer.OVER,
    Screen.IDLE_WARNING: Layer.IDLE,
    Screen.PIN_PAD: Layer.STAFF,
    Screen.STAFF_PANEL: Layer.STAFF,
    Screen.PRACTICE: Layer.PLACE,
}
# The language screen is the resident's place at the start of a visit, and a screen
# over another when chosen from the top bar (see View.layer).


class EndReason(StrEnum):
    """Why a visit ended. Every one of them forgets the resident the same way."""

    END = "end"  # End and clear, confirmed
    BACK = "back"  # Back from the first language screen
    IDLE = "idle"  # nobody answered the idle warning
    HELPER = "helper"  # staff ended it from the staff panel
    FAULT = "fault"  # an unexpected error: the sorry screen
    CLEAR = "clear"  # Clear now on My data: the resident stays, their data goes
    RESET = "reset"  # the program asked for a fresh start (start-up, screenshots)

    @property
    def counted_as(self) -> str:
        """How the anonymous figures count it (``session_ended`` value)."""
        return {"idle": "idle", "helper": "helper", "fault": "error"}.get(self.value, "end")


@dataclass(frozen=True)
class View:
    """One screen as the journey wants it drawn.

    ``kind`` refines some screens: help ("telling", "told", "desk", and "coming" once
    a desk has claimed the request), print ("printing", "printed", "failed"), PIN pad
    (the role, "staff" or "admin"), waiting ("fetching" or "sending"), language
    ("start" or "menu").
    ``note`` and ``count`` are the PIN pad's message ("wrong" with tries left,
    "locked" with minutes, "not-set-up", "unchecked").
    Practice (kiosk.journey.practice): ``kind`` the lesson ("" the list of lessons),
    ``count`` its step, ``note`` the step's name, ``service`` a wrong answer given.
    ``staff_name``: on help "coming", the first name of the staff member on the way ("" if
    their desk sent none).
    """

    screen: Screen
    kind: str = ""
    step: ShowStep | None = None
    flow_id: str = ""
    service: str = ""
    note: str = ""
    count: int = 0
    staff_name: str = ""

    @property
    def layer(self) -> Layer:
        if self.screen is Screen.LANGUAGE:
            return Layer.MENU if self.kind == "menu" else Layer.PLACE
        return LAYER[self.screen]

    @property
    def name(self) -> str:
        """The name of the screen in logs and tests ("step:<flow>:<step>", "print-failed")."""
        if self.screen is Screen.STEP and self.step is not None:
            return f"step:{self.flow_id}:{self.step.step.id}"
        if self.screen is Screen.PRACTICE and self.kind:
            return f"practice:{self.kind}:{self.note}"
        if self.screen is Screen.PRINT:
            return "printing" if self.kind == "printing" else f"print-{self.kind}"
        return self.screen.value
