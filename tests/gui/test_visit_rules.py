"""The visit's rules as a resident meets them (issue 11, "Done means", the GUI list).

Real windows and widgets, driven by the window's public methods and by clicking the
real buttons (BigButton object names), as a resident or a librarian would:

- a late city answer never replaces help, "End and clear?", My data or the idle
  warning: it waits under them, and Back then shows it;
- Back while a slow city call is out goes back at once, and the late answer is dropped;
- the help screen keeps the visit for ``timeouts.help_wait_s``; the idle warning and
  the wipe still come after it;
- once helper mode times out, no staff screen is reachable without the PIN, and the
  idle timer runs again;
- "Ask for help" works on every screen, a flow's Done screen included;
- Clear now deletes this visit's print files from the hand-off folder;
- the clipboard and the X11 PRIMARY selection are empty after every end reason.

The slow answers come from the fake city (tests/fakecity/server.py, fault "slow") over
real HTTP, with the kiosk's calls on its worker threads as in production. Time for
the idle rules is the kiosk's FixedClock, moved by the test.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import FakeCity
from helpers import field_text, field_widget, fill_field, find, settle, to_home
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.flow.engine import Answer
from kiosk.ui import visit as visit_module
from kiosk.ui import window as window_module
from kiosk.ui.handoff import qr_image
from kiosk.ui.printout import print_to_pdf
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

LANG = "en"
#: How long the fake city's "slow" fault holds an answer (the kiosk's read timeout is
#: longer, so the answer does come, late).
SLOW_S = 2.0
#: The library search step (a city call) and the step before it.
NAME_STEP = "step:library-hours:name"
RESULT_STEP = "step:library-hours:pick"
#: Typed on the name step; the fake city's one library matches it.
TYPED = "kallio"
LIBRARY = "Kallion kirjasto"
#: kiosk/ui/screens.py: the waiting screen, and the help screen's promise.
WAITING = "Getting the information…"
FLOW_TITLE = "Library opening hours"
HELP_HEADING = "Do you need help?"
HELP_PROMISE = "Everything you did here stays until you come back."
#: Something a resident copied or selected, that the next resident must not paste.
CANARY = "Kanarialintu-Q7Z 040 999 8877"
DEMO_PIN = "1234"


# ---- looking and acting --------------------------------------------------------------


def shown_text(window) -> str:
    """Every visible label of the window (button labels included), one a line."""
    return "\n".join(
        label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)
    )


def press(window, name: str) -> None:
    """Click the one visible BigButton named ``name``, as a tap would."""
    find(window, BigButton, name).click()
    settle()


def visible_staff_buttons(window) -> list[str]:
    return [
        b.objectName()
        for b in window.findChildren(BigButton)
        if b.objectName().startswith("staff") and b.isVisibleTo(window)
    ]


def enter_pin(window, digits: str) -> None:
    assert window.screen_name == "pin"
    for digit in digits:
        press(window, f"pin_{digit}")
    press(window, "pin_ok")


def demo_config(tmp_path: Path) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text("[kiosk]\ndemo = true\n", encoding="utf-8")
    return path


def to_name_step(kiosk, text: str = TYPED) -> None:
    """Home → library hours → "Another library" → the name typed (not sent yet)."""
    window = kiosk.window
    window.start_flow("library-hours")
    settle()
    press(window, "option_other")
    assert window.screen_name == NAME_STEP
    fill_field(window, "name", text)


# ---- a kiosk on a slow city ------------------------------------------------------------


@pytest.fixture(scope="module")
def city() -> Iterator[FakeCity]:
    with FakeCity(slow_s=SLOW_S) as server:
        yield server


@pytest.fixture
def slow_kiosk(city: FakeCity, make_kiosk, tmp_path: Path):
    """A live kiosk whose library calls run on worker threads and answer SLOW_S late."""
    city.reset()
    config = write_city_config(
        tmp_path / "kiosk.toml", city.url, ["library-hours"], read_timeout_s=SLOW_S + 8
    )
    kiosk = make_kiosk(lang=LANG, config_path=config, inline=False)
    assert kiosk.problems == []
    live_services_on(kiosk, city.endpoints)
    city.fault("/v4/library", "slow")
    to_home(kiosk, LANG)
    return kiosk


def search_libraries(kiosk, city: FakeCity, qtbot) -> float:
    """Type a name and press Next: the library search goes out to the slow city.
    Returns when the request has reached the city (the moment it was sent)."""
    window = kiosk.window
    to_name_step(kiosk)
    sent = time.monotonic()
    press(window, "nextButton")
    qtbot.waitUntil(lambda: city.count("/v4/library") == 1, timeout=5000)
    return sent


# ---- 1. a late answer never replaces what lies over the resident's place ---------------


def _open_help(kiosk) -> None:
    kiosk.window.bottom.buttons["help"].click()


def _open_end(kiosk) -> None:
    kiosk.window.bottom.buttons["end"].click()


def _open_my_data(kiosk) -> None:
    kiosk.window.top.buttons["privacy"].click()


def _walk_away(kiosk) -> None:
    kiosk.window.clock.advance(kiosk.config.timeouts.idle_s + 1)
    kiosk.window.idle_tick()


#: overlay: (how it is opened, its screen name, its heading, its own way back)
OVERLAYS: dict[str, tuple[Callable[[object], None], str, str, str]] = {
    "help": (_open_help, "help", HELP_HEADING, "resumeButton"),
    "end-confirm": (_open_end, "confirm-end", "Do you want to end and clear?", "cancelEndButton"),
    "my-data": (_open_my_data, "privacy", "What does this kiosk know about me?", "resumeButton"),
    "idle-warning": (_walk_away, "idle-warning", "Are you still here?", "stillHereButton"),
}


@pytest.mark.parametrize("overlay", list(OVERLAYS))
def test_a_late_city_answer_waits_under_the_screen_on_top(slow_kiosk, city, qtbot, overlay):
    kiosk = slow_kiosk
    window = kiosk.window
    open_it, screen, heading, back_button = OVERLAYS[overlay]
    search_libraries(kiosk, city, qtbot)
    open_it(kiosk)
    settle()
    assert window.screen_name == screen
    # The answer comes SLOW_S after the call went out, while the overlay is up.
    qtbot.waitUntil(
        lambda: window.journey.place.name == RESULT_STEP, timeout=int((SLOW_S + 8) * 1000)
    )
    qtbot.wait(200)  # anything queued behind the answer gets its turn too
    settle()
    assert window.screen_name == screen, "the late answer replaced the screen on top"
    text = shown_text(window)
    assert heading in text
    assert LIBRARY not in text and WAITING not in text
    assert kiosk.session.active
    press(window, back_button)
    assert window.screen_name == RESULT_STEP
    assert LIBRARY in shown_text(window)


# ---- 2. Back while a slow call is out ------------------------------------------------------


@pytest.mark.parametrize("back", ["waitBackButton", "bottom-bar"])
def test_back_during_a_slow_call_goes_back_at_once(slow_kiosk, city, qtbot, back):
    kiosk = slow_kiosk
    window = kiosk.window
    sent = search_libraries(kiosk, city, qtbot)
    # The resident sees that the kiosk is working, long before the city answers.
    qtbot.waitUntil(lambda: WAITING in shown_text(window), timeout=int(SLOW_S * 1000))
    assert window.screen_name == "waiting"
    assert FLOW_TITLE in shown_text(window)
    assert time.monotonic() - sent < SLOW_S
    if back == "bottom-bar":
        window.bottom.buttons["back"].click()
    else:
        find(window, BigButton, "waitBackButton").click()
    # At once: no event loop has run since the tap, and the city has not answered.
    assert window.screen_name == NAME_STEP
    assert time.monotonic() - sent < SLOW_S, "too slow to tell 'at once' from 'answered'"
    settle()
    assert field_text(window, "name") == TYPED
    assert WAITING not in shown_text(window)
    # The answer still comes (the server holds it SLOW_S), and changes nothing.
    qtbot.wait(int((SLOW_S + 1.0) * 1000))
    settle()
    assert window.screen_name == NAME_STEP
    assert window.journey.place.name == NAME_STEP
    assert LIBRARY not in shown_text(window)
    assert field_text(window, "name") == TYPED
    assert city.count("/v4/library") == 1
    # The kiosk is not stuck on the dropped answer: asking again gets the result.
    city.clear_faults()
    press(window, "nextButton")
    qtbot.waitUntil(lambda: window.screen_name == RESULT_STEP, timeout=5000)
    settle()
    assert LIBRARY in shown_text(window)


# ---- 3. the help screen keeps the visit while the resident is at the desk -----------------


def test_the_help_screen_keeps_the_visit_for_help_wait_s_then_warns(make_kiosk, tmp_path):
    kiosk = make_kiosk(lang=LANG, config_path=demo_config(tmp_path))
    window, clock, t = kiosk.window, kiosk.window.clock, kiosk.config.timeouts
    assert t.help_wait_s > t.idle_s + t.warning_s + 1, "the config leaves nothing to test"
    ended: list[str] = []
    window.session_ended.connect(ended.append)
    to_home(kiosk, LANG)  # the last touch: now
    to_name_step(kiosk, "Kallio")
    window.bottom.buttons["help"].click()
    settle()
    assert window.screen_name == "help"
    assert HELP_PROMISE in shown_text(window)
    # Long past the normal idle time and its warning: the visit is kept.
    waited = 0
    for at in (t.idle_s + 1, t.idle_s + t.warning_s + 1):
        clock.advance(at - waited)
        waited = at
        window.idle_tick()
        assert window.screen_name == "help"
        assert kiosk.session.active and ended == []
        assert HELP_PROMISE in shown_text(window)
    clock.advance(t.help_wait_s - 1 - waited)
    window.idle_tick()
    assert window.screen_name == "help", "one second before help_wait_s"
    clock.advance(1)
    window.idle_tick()
    assert window.screen_name == "idle-warning"
    assert kiosk.session.active
    assert "Are you still here?" in shown_text(window)
    clock.advance(t.warning_s - 1)
    window.idle_tick()
    assert window.screen_name == "idle-warning" and kiosk.session.active
    clock.advance(1)
    window.idle_tick()
    settle()
    assert window.screen_name == "attract"
    assert not kiosk.session.active
    assert ended == ["idle"]


# ---- 4. after helper mode times out, the staff side needs the PIN again -------------------


@pytest.mark.parametrize("opened", ["privacy", "speech"])
def test_after_a_helper_timeout_no_staff_screen_is_reachable(make_kiosk, tmp_path, opened):
    kiosk = make_kiosk(lang=LANG, config_path=demo_config(tmp_path))
    window, t = kiosk.window, kiosk.config.timeouts
    to_home(kiosk, LANG)
    to_name_step(kiosk, "Kallio")
    window.request_pin("staff")
    settle()
    enter_pin(window, DEMO_PIN)
    assert window.screen_name == "staff-panel" and window.banner.isVisible()
    press(window, "staffIdle")  # staff pause the idle timer while they help
    assert window.screen_name == "staff-panel"
    # Over the staff panel, staff open My data (or the speech settings) from the top bar.
    window.top.buttons[opened].click()
    settle()
    screen = {"privacy": "privacy", "speech": "speech-settings"}[opened]
    assert window.screen_name == screen
    window.desk.helper_idle.timeout.emit()  # the librarian walked away
    settle()
    assert not window.banner.isVisible()
    assert window.screen_name == screen
    assert visible_staff_buttons(window) == []
    window.bottom.buttons["back"].click()
    settle()
    assert window.screen_name == NAME_STEP, "Back led to a staff screen without the PIN"
    assert field_text(window, "name") == "Kallio"
    assert visible_staff_buttons(window) == []
    assert not window.banner.isVisible()
    # The banner's button (hidden now, but its signal is the only way in) does nothing.
    window.banner.panel_clicked.emit()
    settle()
    assert window.screen_name == NAME_STEP
    assert visible_staff_buttons(window) == []
    # Back once more walks the resident's own steps, never into the staff panel.
    window.bottom.buttons["back"].click()
    settle()
    assert window.screen_name == "step:library-hours:which"
    # And the idle timer runs again: the resident's visit is not kept forever.
    window.clock.advance(t.idle_s + 1)
    window.idle_tick()
    settle()
    assert window.screen_name == "idle-warning"
    window.clock.advance(t.warning_s)
    window.idle_tick()
    settle()
    assert window.screen_name == "attract" and not kiosk.session.active


# ---- 5. Ask for help on every screen ------------------------------------------------------


def _at_home(kiosk) -> str:
    return "home"


def _at_a_step(kiosk) -> str:
    to_name_step(kiosk, "Kallio")
    return NAME_STEP


def _at_e_identification_done(kiosk) -> str:
    window = kiosk.window
    window.start_flow("e-identification")
    for value in (None, None, "has_codes", None, None):
        window.send(Answer(value))
    return "step:e-identification:done"


def _at_library_hours_done(kiosk) -> str:
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("here"))
    assert window.screen_name == "step:library-hours:hours_here"
    press(window, "nextButton")
    return "step:library-hours:done"


def _at_my_data(kiosk) -> str:
    kiosk.window.top.buttons["privacy"].click()
    return "privacy"


def _at_speech_settings(kiosk) -> str:
    kiosk.window.top.buttons["speech"].click()
    return "speech-settings"


#: where: (how to get there, the resident's place Back returns to from help)
WHERE = {
    "home": (_at_home, "home"),
    "step": (_at_a_step, NAME_STEP),
    "e-identification-done": (_at_e_identification_done, "step:e-identification:done"),
    "library-hours-done": (_at_library_hours_done, "step:library-hours:done"),
    "my-data": (_at_my_data, "home"),
    "speech-settings": (_at_speech_settings, "home"),
}


@pytest.mark.parametrize("where", list(WHERE))
def test_ask_for_help_works_on_every_screen(make_kiosk, tmp_path, where):
    kiosk = make_kiosk(lang=LANG, config_path=demo_config(tmp_path))
    window = kiosk.window
    to_home(kiosk, LANG)
    go, place = WHERE[where]
    screen = go(kiosk)
    settle()
    assert window.screen_name == screen
    assert window.bottom.buttons["help"].isVisibleTo(window)
    window.bottom.buttons["help"].click()
    settle()
    assert window.screen_name == "help", f"Ask for help did nothing on {screen}"
    text = shown_text(window)
    assert HELP_HEADING in text and HELP_PROMISE in text
    press(window, "resumeButton")
    assert window.screen_name == place


# ---- 6. Clear now deletes this visit's print files ----------------------------------------


def test_clear_now_deletes_the_print_files_of_this_visit(make_kiosk, tmp_path, monkeypatch):
    kiosk = make_kiosk(lang=LANG, config_path=demo_config(tmp_path))
    window = kiosk.window
    files = window.handoff_files
    assert files is not None and files.base_dir.is_relative_to(tmp_path)
    made: list[Path] = []

    def print_into_handoff(printout, printer, now):
        # No printer here: the job goes to a PDF in the hand-off folder (as the
        # no-printer fallback would), with the printout's QR code next to it.
        pdf = files.path("printout.pdf")
        made.append(pdf)
        if printout.url:
            qr = files.path("printout-qr.png")
            assert qr_image(printout.url, 4).save(str(qr))
            made.append(qr)
        return print_to_pdf(printout, pdf, now)

    # Where the window's printing looks up print_to (the visit, or the window itself).
    printing = [m for m in (visit_module, window_module) if hasattr(m, "print_to")]
    assert printing, "no kiosk.ui module prints through a print_to of its own any more"
    for module in printing:
        monkeypatch.setattr(module, "print_to", print_into_handoff)
    to_home(kiosk, LANG)
    window.start_flow("library-hours")
    window.send(Answer("here"))
    assert window.screen_name == "step:library-hours:hours_here"
    press(window, "printButton")
    assert window.screen_name == "print-printed"
    assert made and all(path.is_file() for path in made)
    assert files.files() == sorted(made)
    press(window, "resumeButton")
    assert window.screen_name == "step:library-hours:hours_here"
    window.top.buttons["privacy"].click()
    settle()
    assert window.screen_name == "privacy"
    press(window, "clearNowButton")
    assert window.screen_name == "home"
    assert kiosk.session.active, "Clear now keeps the resident's visit"
    assert not any(path.exists() for path in made)
    assert files.files() == []
    assert files.base_dir.is_dir(), "the folder stays, ready for the next printout"


# ---- 7. the clipboard and the PRIMARY selection after every end -----------------------------


def _end_confirmed(kiosk) -> None:
    kiosk.window.bottom.buttons["end"].click()
    settle()
    press(kiosk.window, "confirmEndButton")


def _end_idle(kiosk) -> None:
    window, t = kiosk.window, kiosk.config.timeouts
    window.clock.advance(t.idle_s + 1)
    window.idle_tick()
    assert window.screen_name == "idle-warning"
    window.clock.advance(t.warning_s)
    window.idle_tick()


def _end_by_staff(kiosk) -> None:
    window = kiosk.window
    window.request_pin("staff")
    settle()
    enter_pin(window, DEMO_PIN)
    press(window, "staffEnd")


def _end_back_from_language(kiosk) -> None:
    assert kiosk.window.screen_name == "language"
    kiosk.window.bottom.buttons["back"].click()


def _end_clear_now(kiosk) -> None:
    kiosk.window.top.buttons["privacy"].click()
    settle()
    press(kiosk.window, "clearNowButton")


def _end_fault(kiosk) -> None:
    kiosk.window.recover()


#: reason: (how the visit ends, the screen after it)
ENDS = {
    "end-confirmed": (_end_confirmed, "attract"),
    "idle": (_end_idle, "attract"),
    "staff-end": (_end_by_staff, "attract"),
    "back-from-language": (_end_back_from_language, "attract"),
    "clear-now": (_end_clear_now, "home"),
    "fault": (_end_fault, "sorry"),
}


def _visit_with_copied_text(kiosk, reason: str) -> None:
    """A resident who typed, selected and copied something, then the end ``reason``."""
    window = kiosk.window
    if reason == "back-from-language":
        window.show_attract()
        window.start_session()
        settle()
    else:
        to_home(kiosk, LANG)
        to_name_step(kiosk, CANARY)
        field_widget(window, "name").selectAll()  # a drag or a double tap selects it
    clipboard = QApplication.clipboard()
    clipboard.setText(CANARY, QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText(CANARY, QClipboard.Mode.Selection)
        assert clipboard.text(QClipboard.Mode.Selection) == CANARY


@pytest.fixture
def clean_clipboard(qapp) -> Iterator[None]:
    yield
    clipboard = qapp.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


@pytest.mark.parametrize("reason", list(ENDS))
def test_the_clipboard_is_empty_after_every_end(make_kiosk, tmp_path, clean_clipboard, reason):
    kiosk = make_kiosk(lang=LANG, config_path=demo_config(tmp_path))
    _visit_with_copied_text(kiosk, reason)
    assert QApplication.clipboard().text(QClipboard.Mode.Clipboard) == CANARY
    end, after = ENDS[reason]
    end(kiosk)
    settle()
    assert kiosk.window.screen_name == after
    assert QApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""


@pytest.mark.parametrize("reason", list(ENDS))
def test_the_primary_selection_is_empty_after_every_end(
    make_kiosk, tmp_path, clean_clipboard, reason
):
    clipboard = QApplication.clipboard()
    if not clipboard.supportsSelection():
        pytest.skip(
            f"the {QGuiApplication.platformName()!r} Qt platform has no PRIMARY "
            "selection (run under X11, e.g. xvfb-run with QT_QPA_PLATFORM=xcb)"
        )
    kiosk = make_kiosk(lang=LANG, config_path=demo_config(tmp_path))
    _visit_with_copied_text(kiosk, reason)
    end, after = ENDS[reason]
    end(kiosk)
    settle()
    assert kiosk.window.screen_name == after
    assert clipboard.text(QClipboard.Mode.Selection) == "", "the next resident can paste it"
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""
