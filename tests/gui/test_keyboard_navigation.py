"""Keypad and keyboard use (A17): Tab reaches every control and cycles (no trap),
arrows move between buttons, Enter activates, Esc goes back, and the focused control
can be seen.

Every screen type is covered: language, home, help, confirm-end, sorry and each kind
of step the shipped flows use (choice, text, results, detail, info, done).
"""

from __future__ import annotations

import pytest
from helpers import (
    ScreenSpeech,
    app_state_restored,
    crash_lines,
    describe,
    find,
    rect_in,
    settle,
    to_home,
    visible_widgets,
    walk_screens,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

LANG = "en"
#: Step kinds the shipped flows use, and one screen of each.
STEP_KINDS = {
    "choice": "step:library-hours:which",
    "text": "step:library-hours:name",
    "results": "step:library-hours:pick",
    "detail": "step:library-hours:hours_here",
    "info": "step:e-identification:intro",
    "done": "step:e-identification:done",
}
# (Not the idle warning: there any key means "I am still here", by design.)
KEYBOARD_SCREENS = {
    "language",
    "home",
    "help",
    "confirm-end",
    "sorry",
    "speech-settings",
    "privacy",
    "staff-panel",
    "statement",
    *STEP_KINDS.values(),
}


@pytest.fixture(autouse=True)
def _clean(qapp, tmp_path):
    """Leave the application as it was; fail if the kiosk's crash handler (which
    replaces pytest-qt's) had to step in."""
    with app_state_restored(qapp):
        yield
    assert not crash_lines(tmp_path / "data"), "the kiosk recovered from an exception"


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_stops(window) -> list[QWidget]:
    """Visible, enabled widgets that Tab should reach."""
    return [
        w
        for w in visible_widgets(window)
        if w.isEnabled() and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    ]


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has focus now, as a keypad would."""
    target = focused()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)
    settle()


def keyboard_screens(kiosk):
    """Walk every screen; yield the ones this module covers."""
    seen = set()
    for name, window in walk_screens(kiosk, LANG):
        if name in KEYBOARD_SCREENS:
            seen.add(name)
            window.activateWindow()
            yield name, window
    assert seen == KEYBOARD_SCREENS, f"not reached: {KEYBOARD_SCREENS - seen}"


def cycle(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press ``key`` until focus is back where it started; the widgets passed."""
    start = focused()
    name = window.screen_name
    assert start is not None and window.isAncestorOf(start), f"{name}: no focus at start"
    visited = []
    for _ in range(2 * len(tab_stops(window)) + 2):
        press(qtbot, key, modifier)
        now = focused()
        assert window.screen_name == name, f"{name}: moving focus changed the screen"
        assert now is not None and window.isAncestorOf(now), f"{name}: focus left the window"
        visited.append(now)
        if now is start:
            return visited
    raise AssertionError(
        f"{name}: focus never came back to {describe(start)}: trapped in "
        f"{[describe(w) for w in visited[-5:]]}"
    )


def test_tab_and_shift_tab_reach_every_control_and_cycle(qtbot, make_kiosk):
    kiosk = make_kiosk()
    for name, window in keyboard_screens(kiosk):
        expected = set(tab_stops(window))
        # Ask for help is everywhere but on the staff's own screens (staff are here).
        assert (window.bottom.buttons["help"] in expected) is (name != "staff-panel"), name
        for key, modifier in (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
        ):
            visited = cycle(qtbot, window, key, modifier)
            missed = [describe(w) for w in expected - set(visited)]
            assert not missed, f"{name}: {key.name} never reached {missed}"


def test_focused_button_is_lit_and_no_other(qtbot, make_kiosk):
    """The focused button is drawn inverted: its label is told ("lit")."""
    kiosk = make_kiosk()
    for name, window in keyboard_screens(kiosk):
        for _ in tab_stops(window):
            now = focused()
            for button in visible_widgets(window, BigButton):
                assert button.label().property("lit") is (button is now), (
                    f"{name}: {describe(button)} lit={button.label().property('lit')} "
                    f"while {describe(now)} has focus"
                )
            press(qtbot, Qt.Key.Key_Tab)


def test_every_tab_stop_looks_different_when_focused(qtbot, make_kiosk):
    """A17, WCAG 2.4.7: wherever Tab lands, the resident can see it: the pixels of the
    focused control differ from the same control unfocused."""
    kiosk = make_kiosk()
    invisible = []
    for name, window in keyboard_screens(kiosk):
        for _ in tab_stops(window):
            now = focused()
            area = rect_in(now, window)
            with_focus = window.grab(area).toImage()
            window.setFocus(Qt.FocusReason.OtherFocusReason)  # focus nowhere visible
            without_focus = window.grab(area).toImage()
            if with_focus == without_focus:
                invisible.append(f"{name}: {describe(now)}")
            now.setFocus(Qt.FocusReason.TabFocusReason)
            press(qtbot, Qt.Key.Key_Tab)
    assert not invisible, "focus cannot be seen on:\n" + "\n".join(sorted(set(invisible)))


def test_arrow_keys_move_between_buttons(qtbot, make_kiosk):
    kiosk = make_kiosk()
    for name, window in keyboard_screens(kiosk):
        start = focused()
        if not isinstance(start, BigButton):  # a field or scrolling text: arrows move in it
            start = find(window, BigButton, "resumeButton" if name == "statement" else "nextButton")
            start.setFocus(Qt.FocusReason.TabFocusReason)
        for forward, back in (
            (Qt.Key.Key_Down, Qt.Key.Key_Up),
            (Qt.Key.Key_Right, Qt.Key.Key_Left),
        ):
            press(qtbot, forward)
            moved = focused()
            assert moved is not start and window.isAncestorOf(moved), f"{name}: {forward}"
            assert window.screen_name == name
            # From the next control back again (from a button; the scroll area scrolls).
            if isinstance(moved, BigButton):
                press(qtbot, back)
                assert focused() is start, f"{name}: {back.name} did not come back"
            start.setFocus(Qt.FocusReason.TabFocusReason)


def focus_on(qtbot, window, target: QWidget) -> None:
    """Move focus with Tab only until ``target`` has it."""
    for _ in range(2 * len(tab_stops(window)) + 2):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {describe(target)}")


def test_whole_journey_by_keyboard_enter_activates(qtbot, make_kiosk):
    """Tab to a control and press Enter (main or keypad) to use it; no touch at all."""
    kiosk = make_kiosk()
    window = kiosk.window
    speech = ScreenSpeech(kiosk)
    window.activateWindow()
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    assert window.screen_name == "language"
    focus_on(qtbot, window, find(window, BigButton, "language_sv"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "home" and kiosk.session.settings.language == "sv"

    focus_on(qtbot, window, find(window, BigButton, "flow_library-hours"))
    press(qtbot, Qt.Key.Key_Enter)
    assert window.screen_name == "step:library-hours:which"
    focus_on(qtbot, window, find(window, BigButton, "option_other"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:name"

    field = find(window, QLineEdit, "field_name")
    assert focused() is field, "the text field has focus, ready for typing"
    qtbot.keyClicks(field, "Kallio")
    focus_on(qtbot, window, find(window, BigButton, "nextButton"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:pick"
    item = next(b for b in visible_widgets(window, BigButton) if b.objectName().startswith("item_"))
    focus_on(qtbot, window, item)
    press(qtbot, Qt.Key.Key_Enter)
    assert window.screen_name == "step:library-hours:hours_other"

    # The bars work the same way.
    focus_on(qtbot, window, window.bottom.buttons["help"])
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "help"
    focus_on(qtbot, window, find(window, BigButton, "resumeButton"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:hours_other"
    focus_on(qtbot, window, find(window, BigButton, "nextButton"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:done"
    focus_on(qtbot, window, find(window, BigButton, "doneEndButton"))
    press(qtbot, Qt.Key.Key_Return)
    focus_on(qtbot, window, find(window, BigButton, "confirmEndButton"))
    press(qtbot, Qt.Key.Key_Enter)
    assert window.screen_name == "attract"
    assert kiosk.session.answers == {}
    assert speech.names().count("confirm-end") == 1


def test_escape_goes_back_one_screen(qtbot, make_kiosk):
    kiosk = make_kiosk()
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, LANG)

    window.start_flow("library-hours")
    settle()
    find(window, BigButton, "option_other").click()
    settle()
    assert window.screen_name == "step:library-hours:name"
    field = find(window, QLineEdit, "field_name")
    field.setText("Kallio")
    find(window, BigButton, "nextButton").click()
    settle()
    assert window.screen_name == "step:library-hours:pick"

    # Help and confirm-end: Esc returns to where the resident was, nothing lost.
    for open_it, screen in ((window.ask_help, "help"), (window.confirm_end, "confirm-end")):
        open_it()
        settle()
        assert window.screen_name == screen
        press(qtbot, Qt.Key.Key_Escape)
        assert window.screen_name == "step:library-hours:pick", screen
    assert kiosk.session.answers["library-hours"]["name"] == "Kallio"

    # Esc, even from inside the text field, walks back step by step, then out.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "step:library-hours:name"
    assert focused() is find(window, QLineEdit, "field_name")
    assert focused().text() == "Kallio"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "step:library-hours:which"
    assert find(window, BigButton, "option_other").text().startswith("✓")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "home"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "language"
    # Esc again would leave the kiosk: with answers held it asks first (changed: it
    # used to wipe them unasked), and Esc on the question keeps everything.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "confirm-end"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "language"
    assert kiosk.session.answers["library-hours"]["name"] == "Kallio"
    press(qtbot, Qt.Key.Key_Escape)
    find(window, BigButton, "confirmEndButton").click()
    assert window.screen_name == "attract"
    assert kiosk.session.answers == {}


def test_escape_on_a_done_page_goes_home(qtbot, make_kiosk):
    kiosk = make_kiosk()
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, LANG)
    window.start_flow("library-hours")
    settle()
    find(window, BigButton, "option_here").click()
    settle()
    find(window, BigButton, "nextButton").click()
    settle()
    assert window.screen_name == "step:library-hours:done"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "home"
