"""Helpers shared by the fault survival tests: a resident in the library-hours flow,
staff at the PIN pad and the staff panel, the text a screen shows, and a kiosk
configuration that points at the fake city (tests/fakecity/server.py).

The screen-level helpers of ``tests/gui/helpers.py`` (``settle``, ``to_home``, ``tap``
and the like) are reused from there, not defined again here.
"""

from __future__ import annotations

from pathlib import Path

from helpers import across_pages, labels, settle, visible_widgets
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kiosk.staff.pins import DEMO_PIN
from kiosk.ui.widgets import BigButton

#: The flow the storage and data-folder tests walk a resident through.
FLOW = "library-hours"
#: Part of a library's name, typed on the on-screen keyboard.
TYPED = "kallio"
#: The HTTP cache file, under the kiosk's data folder.
CACHE = Path("cache") / "http-cache.sqlite"
#: Where each city service is on the fake city, by its ``[services]`` key prefix.


# Looking and acting --------------------------------------------------------------------


def shown_text(window, *, buttons: bool = False) -> str:
    """The visible labels' text, one a line (with ``buttons``, then the buttons' text)."""

    def shown() -> list[str]:
        parts = [label.text() for label in labels(window)]
        if buttons:
            parts += [button.text() for button in visible_widgets(window, QAbstractButton)]
        return parts

    return "\n".join(across_pages(window, shown))  # every page (issue 14)


def click_button(window, name: str) -> None:
    """Click (``click()``, no mouse) the one visible button called ``name``, then settle."""
    found = [b for b in window.findChildren(QAbstractButton, name) if b.isVisibleTo(window)]
    assert len(found) == 1, f"{window.screen_name}: expected one {name!r}, found {len(found)}"
    found[0].click()
    settle()


# A resident in the library-hours flow -------------------------------------------------


def resident_types_a_name(kiosk) -> QLineEdit:
    """Home → library hours → "another library" → types part of a name (not sent yet)."""
    window = kiosk.window
    window.start_flow(FLOW)
    settle()
    click_button(window, "option_other")
    assert window.screen_name == f"step:{FLOW}:name"
    field = window.page.findChild(QLineEdit, "field_name")
    field.setFocus()
    for char in TYPED:  # on the on-screen keyboard, key by key
        window.page.keyboard.key(char).click()
    assert field.text() == TYPED
    return field


def picks_a_library(window) -> None:
    """From the typed name: Next, then the first library found."""
    click_button(window, "nextButton")
    assert window.screen_name == f"step:{FLOW}:pick", shown_text(window)
    items = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.objectName().startswith("item_") and b.isVisibleTo(window)
    ]
    assert items, shown_text(window)
    items[0].click()
    settle()
    assert window.screen_name == f"step:{FLOW}:hours_other", shown_text(window)


def finishes_and_ends(kiosk) -> None:
    """From the opening hours: Next to the last step, then End, confirmed: all wiped."""
    window = kiosk.window
    click_button(window, "nextButton")
    assert window.screen_name == f"step:{FLOW}:done"
    window.bottom.buttons["end"].click()
    settle()
    click_button(window, "confirmEndButton")
    assert window.screen_name == "attract"
    assert kiosk.session.answers == {} and kiosk.session.drafts == {}


# Staff ---------------------------------------------------------------------------------


def enter_pin(window, digits: str) -> None:
    """Press ``digits`` and OK on the PIN pad shown, then settle."""
    for digit in digits:
        window.page.findChild(BigButton, f"pin_{digit}").click()
    window.page.findChild(BigButton, "pin_ok").click()
    settle()


def open_staff_panel(window, pin: str = DEMO_PIN, *, settle_pad: bool = False) -> None:
    """Enter ``pin`` on the staff PIN pad (``settle_pad``: let it settle first); panel shown."""
    window.request_pin("staff")
    if settle_pad:
        settle()
    enter_pin(window, pin)
    assert window.screen_name == "staff-panel", f"PIN {pin} opens the staff panel"


def staff_panel_problems(window, pin: str = DEMO_PIN, *, settle_pad: bool = False) -> list[str]:
    """Open helper mode with ``pin`` and read the problems the staff panel shows."""
    open_staff_panel(window, pin, settle_pad=settle_pad)
    return [label.text() for label in window.page.findChildren(QLabel, "error")]


def leave_helper(window) -> None:
    """End helper mode with the staff panel's button; fails if it is still on."""
    window.page.findChild(BigButton, "staffLeave").click()
    settle()
    assert not window.helper_active


# A kiosk that asks the fake city -------------------------------------------------------
