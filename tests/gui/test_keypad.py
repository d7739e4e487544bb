"""A keypad alone (issue 18, point 3): the arrows reach every control of every screen
without Tab and never stay inside a scroll area, the on-screen keyboard is walked by
arrows with each key said so the library search can be typed and sent, and an
assistive technology's "press" counts as activity for the idle timer."""

from __future__ import annotations

import pytest
from helpers import (
    app_state_restored,
    arrows_reach_every_control,
    arrows_to_key,
    build_kiosk,
    close_kiosk,
    describe,
    find,
    send_key,
    settle,
    to_home,
    walk_screens,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.core.city_text import without_isolates
from kiosk.core.config import check_config
from kiosk.ui.keypad import Action, choices, heading, key_help
from kiosk.ui.widgets import BigButton

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("restored_and_no_crash")]

#: Not the idle warning (any key means "still here") nor the attract screen (any key
#: starts), by design.
SKIPPED = {"attract", "idle-warning"}


def press(qtbot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key)
    settle()


def said(kiosk) -> list[str]:
    return [u.text for u in kiosk.speaker.log if u.kind == "say"]


def test_an_arrow_leaves_a_scroll_area_once_its_text_is_read(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en", text_size=200)
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "en")
    window.show_statement()
    settle()
    area = window.page.scroll_area
    area.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Down)
        if QApplication.focusWidget() is not area:
            break
    assert QApplication.focusWidget() is not area, "the arrows stayed in the scroll area"
    assert area.verticalScrollBar().value() == area.verticalScrollBar().maximum()


def walk_to(qtbot, keyboard, name: str) -> None:
    arrows_to_key(keyboard, name, lambda key: press(qtbot, key))


def test_library_search_typed_and_sent_by_keypad_alone(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.activateWindow()
    qtbot.keyClick(window.page, Qt.Key.Key_Return)  # any key starts
    settle()
    kiosk.session.change(speech=True)

    def arrow_to(name: str) -> None:
        for _ in range(40):
            widget = QApplication.focusWidget()
            if widget is not None and widget.objectName() == name:
                return
            if widget is not None and widget.objectName() == "moreChoices":
                press(qtbot, Qt.Key.Key_Return)  # the next page of choices (issue 14)
                continue
            press(qtbot, Qt.Key.Key_Down)
        raise AssertionError(f"the arrows never reached {name}")

    arrow_to("language_en")
    press(qtbot, Qt.Key.Key_Return)
    arrow_to("flow_library-hours")
    press(qtbot, Qt.Key.Key_Return)
    arrow_to("option_other")
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:name"
    field = find(window, QLineEdit, "field_name")
    assert QApplication.focusWidget() is field
    keyboard = window.page.keyboard
    for char in "kallio":
        walk_to(qtbot, keyboard, char)
        assert said(kiosk)[-1] == char, f"walking onto {char!r} did not say it"
        assert QApplication.focusWidget() is field, "the field keeps the focus"
        press(qtbot, Qt.Key.Key_Return)
        assert said(kiosk)[-1] == char, "the typed key is echoed"
    assert field.text() == "kallio"
    walk_to(qtbot, keyboard, "done")
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "step:library-hours:pick"
    assert kiosk.session.answers["library-hours"]["name"] == "kallio"


def test_tab_goes_from_the_field_to_continue_then_on_to_the_next_step(qtbot, make_kiosk):
    """The keyboard is the window's, kept between text steps (issue 19), and drawn
    below the page: the page's Continue in its Space row still comes right after the
    field, for Tab and for every later text step too."""
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.activateWindow()
    for _ in range(2):  # a second visit borrows the same kept keyboard
        to_home(kiosk, "en")
        window.start_flow("library-hours")
        settle()
        find(window, BigButton, "option_other").click()
        settle()
        field = find(window, QLineEdit, "field_name")
        assert QApplication.focusWidget() is field
        press(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is window.page.keyboard.adopted(), focused.objectName()
        assert focused.objectName() == "nextButton" and focused.isVisible()


def test_an_assistive_technology_press_resets_the_idle_timer(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    idle_s = kiosk.config.timeouts.idle_s
    kiosk.window.clock.advance(idle_s - 5)
    size = window.top.buttons["textSize"]
    # What the AT-SPI bridge calls for a screen reader's "press": no touch, no key.
    actions = QAccessible.queryAccessibleInterface(size).actionInterface()
    actions.doAction(actions.actionNames()[0])  # "Press"
    # Qt animates the press (a short timer): wait for the event, not a fixed time.
    qtbot.waitUntil(lambda: kiosk.session.settings.text_size == 150)
    kiosk.window.clock.advance(10)
    window.idle_tick()
    settle()
    assert window.screen_name != "idle-warning"


# ---- the tactile keypad's keys ([keypad]), key help and Help's orientation -----------

#: Orientation and key help words in each language checked (issue 18: fi, sv, en).
WHERE = {"fi": "Olet näytöllä", "sv": "Du är på skärmen", "en": "You are on the screen"}
KEY_HELP_ON = {
    "fi": "Näppäinten ohjeet ovat päällä",
    "sv": "Tangenthjälpen är på",
    "en": "Key help on",
}
#: The default keypad's keys as a Qt platform without scan codes reports them.
KEYS = {
    "up": Qt.Key.Key_Up,
    "down": Qt.Key.Key_Down,
    "left": Qt.Key.Key_Left,
    "right": Qt.Key.Key_Right,
    "select": Qt.Key.Key_Return,
    "back": Qt.Key.Key_Escape,
    "volume_up": Qt.Key.Key_Plus,
    "volume_down": Qt.Key.Key_Minus,
}


@pytest.fixture(scope="module", params=["fi", "sv", "en"])
def screens_kiosk(request, qapp, tmp_path_factory):
    """One kiosk per language for the every-screen keypad checks (shared: cheap)."""
    with app_state_restored(qapp):
        kiosk = build_kiosk(tmp_path_factory.mktemp("keypad") / "data", request.param)
        yield request.param, kiosk
        close_kiosk(kiosk)


def scroll_position(window) -> int:
    area = getattr(window.page, "scroll_area", None)
    return area.verticalScrollBar().value() if area is not None else 0


def test_every_keypad_action_key_help_and_orientation_on_every_screen(screens_kiosk):
    """Help says where you are; held, key help says each key and does nothing; the
    arrows move (or scroll text still to read) and the volume keys change the volume.
    Select and Back, which leave the screen, are checked below and in
    test_keyboard_navigation.py. In English (once is enough): the arrows alone reach
    every control, and key help says every key."""
    lang, kiosk = screens_kiosk
    for name, window in walk_screens(kiosk, lang):
        if name in SKIPPED:
            continue
        window.activateWindow()
        if QApplication.focusWidget() is None or not window.isAncestorOf(
            QApplication.focusWidget()
        ):
            window.page.setFocus()
        focus, volume = QApplication.focusWidget(), kiosk.session.settings.volume
        send_key(Qt.Key.Key_F1)
        heard = said(kiosk)[-1]
        assert heard.startswith(WHERE[lang]), f"{lang} {name}: {heard!r}"
        assert (
            without_isolates(heading(window.page)) in heard and str(choices(window.page)) in heard
        ), name

        send_key(Qt.Key.Key_F1, held=True)  # held down: key help
        assert said(kiosk)[-1].startswith(KEY_HELP_ON[lang]), f"{lang} {name}"
        for action, key in KEYS.items() if lang == "en" else [("down", Qt.Key.Key_Down)]:
            send_key(key)
            assert said(kiosk)[-1] == key_help(Action(action)), f"{lang} {name}: {action}"
        assert window.screen_name == name, f"{lang} {name}: key help did something"
        assert QApplication.focusWidget() is focus, f"{lang} {name}: key help moved focus"
        assert kiosk.session.settings.volume == volume
        send_key(Qt.Key.Key_F1)  # pressed again: key help ends, the keys act again
        assert not window.keypad.key_help

        scrolled = scroll_position(window)
        send_key(Qt.Key.Key_Down)
        moved = (
            QApplication.focusWidget() is not focus
            or scroll_position(window) != scrolled
            or window.steering.walk.key is not None  # from a field onto its keyboard
        )
        assert moved, f"{lang} {name}: down did nothing"
        kiosk.session.change(volume=0.5)
        send_key(Qt.Key.Key_Plus)
        assert kiosk.session.settings.volume > 0.5, f"{name}: volume up"
        send_key(Qt.Key.Key_Minus)
        assert kiosk.session.settings.volume == 0.5, f"{name}: volume down"
        assert window.screen_name == name
        if lang == "en":
            arrows_reach_every_control(window, name)


def test_a_keypad_known_by_its_key_codes_selects_and_goes_back(qtbot, make_kiosk, tmp_path):
    """A keypad whose select and back send other keys works from the config alone."""
    config = tmp_path / "kiosk.toml"
    # KEY_KP5 (76) selects, KEY_KP0 (82) goes back; the platform gives scan codes.
    config.write_text("[keypad]\nselect = [76]\nback = [82]\n", encoding="utf-8")
    kiosk = make_kiosk(lang="en", config_path=config)
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "en")
    find(window, BigButton, "flow_library-hours").setFocus()
    send_key(Qt.Key.Key_5, scan=76 + 8)
    assert window.screen_name == "step:library-hours:which"
    send_key(Qt.Key.Key_0, scan=82 + 8)
    assert window.screen_name == "home"


def test_a_bad_keypad_config_keeps_the_default_keys(qtbot, make_kiosk, tmp_path):
    """A wrong [keypad] value is reported by check-config; the kiosk still starts, and
    that action keeps its default key."""
    config = tmp_path / "kiosk.toml"
    config.write_text('[keypad]\ndown = "KEY_DOWN"\n', encoding="utf-8")
    assert [p.key for p in check_config(config)] == ["keypad.down"]
    kiosk = make_kiosk(lang="en", config_path=config)
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "en")
    first = find(window, BigButton, "flow_library-hours")
    first.setFocus()
    send_key(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is not first, "Down moves on (its default)"
    send_key(Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first


def test_on_an_arabic_screen_left_moves_to_the_control_on_the_left(qtbot, make_kiosk):
    """Arabic reads right to left and the screen is mirrored: the next choice stands to
    the left, so Left moves on and Right back, each arrow where it points; key help
    says so."""
    kiosk = make_kiosk(lang="ar")
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "ar")
    assert window.isRightToLeft()
    tiles = [w for w in window.page.findChildren(BigButton) if w.isVisibleTo(window)]
    top_row_y = min(t.mapTo(window, t.rect().topLeft()).y() for t in tiles)
    row = sorted(
        (t for t in tiles if t.mapTo(window, t.rect().topLeft()).y() == top_row_y),
        key=lambda t: -t.mapTo(window, t.rect().topLeft()).x(),
    )
    assert len(row) >= 2, "the home screen has two tiles side by side"
    row[0].setFocus(Qt.FocusReason.TabFocusReason)  # the first, at the right
    send_key(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is row[1], describe(QApplication.focusWidget())
    send_key(Qt.Key.Key_Right)
    assert QApplication.focusWidget() is row[0]
    send_key(Qt.Key.Key_Right)  # back from the first choice: not on to the left
    assert QApplication.focusWidget() is not row[1]

    row[0].setFocus(Qt.FocusReason.TabFocusReason)
    send_key(Qt.Key.Key_F1, held=True)
    send_key(Qt.Key.Key_Left)
    assert said(kiosk)[-1] == "سهم لليسار. ينقلك إلى الخيار التالي."  # ... to the next
    send_key(Qt.Key.Key_Right)
    assert said(kiosk)[-1] == "سهم لليمين. ينقلك إلى الخيار السابق."  # ... the previous
    assert QApplication.focusWidget() is row[0], "key help moved nothing"
