"""A tactile audio-navigation keypad (issue 18): which key is which action
(``[keypad]``, by Linux key codes), key help, and the Help key's orientation.

A key is known by its Linux key code where the platform gives one (X11 and Wayland
report it plus 8 as the native scan code); where it does not (the offscreen platform
of the tests, some remote sessions) by the Qt key a standard keyboard layout gives
that code. Either way a USB keypad sending arrows, Enter, Esc, + and - works with
the defaults, and a keypad with its own codes is set up in the config alone.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kiosk.core.config import KEYPAD_ACTIONS, KeypadConfig

translate = QCoreApplication.translate

#: X11 and Wayland: native scan code = Linux key code + 8.
_XKB_OFFSET = 8


class Action(StrEnum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    SELECT = "select"
    BACK = "back"
    HELP = "help"
    VOLUME_UP = "volume_up"
    VOLUME_DOWN = "volume_down"


#: Linux key code -> the Qt key a standard layout gives it (for platforms that give
#: no scan code). Only keys a keypad sends; others are known by scan code alone.
EVDEV_TO_QT: dict[int, Qt.Key] = {
    1: Qt.Key.Key_Escape,
    12: Qt.Key.Key_Minus,
    14: Qt.Key.Key_Backspace,
    28: Qt.Key.Key_Return,
    57: Qt.Key.Key_Space,
    59: Qt.Key.Key_F1,
    60: Qt.Key.Key_F2,
    74: Qt.Key.Key_Minus,
    78: Qt.Key.Key_Plus,
    96: Qt.Key.Key_Enter,
    102: Qt.Key.Key_Home,
    103: Qt.Key.Key_Up,
    104: Qt.Key.Key_PageUp,
    105: Qt.Key.Key_Left,
    106: Qt.Key.Key_Right,
    107: Qt.Key.Key_End,
    108: Qt.Key.Key_Down,
    109: Qt.Key.Key_PageDown,
    113: Qt.Key.Key_VolumeMute,
    114: Qt.Key.Key_VolumeDown,
    115: Qt.Key.Key_VolumeUp,
    138: Qt.Key.Key_Help,
    164: Qt.Key.Key_MediaTogglePlayPause,
    207: Qt.Key.Key_MediaPlay,
}


class KeypadMap:
    """The configured keys, by code and by Qt key."""

    def __init__(self, config: KeypadConfig) -> None:
        self._by_code: dict[int, Action] = {}
        self._by_key: dict[int, Action] = {}
        for name in KEYPAD_ACTIONS:
            action = Action(name)
            for code in getattr(config, name):
                self._by_code.setdefault(code, action)
                qt_key = EVDEV_TO_QT.get(code)
                if qt_key is not None:
                    self._by_key.setdefault(int(qt_key.value), action)

    def action(self, event: QKeyEvent) -> Action | None:
        """The action of a pressed key, or None for a key the keypad does not use."""
        scan = event.nativeScanCode()
        if scan > _XKB_OFFSET:
            by_code = self._by_code.get(scan - _XKB_OFFSET)
            if by_code is not None:
                return by_code
        return self._by_key.get(int(event.key()))


def key_help(action: Action, right_to_left: bool = False) -> str:
    """What key help says for a key: its name and what it does. On a mirrored (Arabic)
    screen Left moves on and Right back (kiosk.ui.arrows.forward)."""
    if right_to_left and action is Action.LEFT:
        return translate("keypad", "Left arrow. Moves to the next choice.")
    if right_to_left and action is Action.RIGHT:
        return translate("keypad", "Right arrow. Moves to the previous choice.")
    words = {
        Action.UP: translate("keypad", "Up arrow. Moves to the previous choice."),
        Action.DOWN: translate("keypad", "Down arrow. Moves to the next choice."),
        Action.LEFT: translate("keypad", "Left arrow. Moves to the previous choice."),
        Action.RIGHT: translate("keypad", "Right arrow. Moves to the next choice."),
        Action.SELECT: translate("keypad", "Select. Chooses what you are on."),
        Action.BACK: translate("keypad", "Back. Goes back one screen."),
        Action.HELP: translate("keypad", "Help. Tells where you are. Press it to stop key help."),
        Action.VOLUME_UP: translate("keypad", "Volume up. Makes the speech louder."),
        Action.VOLUME_DOWN: translate("keypad", "Volume down. Makes the speech quieter."),
    }
    return words[action]


def key_help_switched(on: bool) -> str:
    if on:
        return translate(
            "keypad", "Key help on. Press a key to hear what it does. Press Help to stop."
        )
    return translate("keypad", "Key help off.")


def orientation(where: str, choices: int) -> str:
    """Help from the keypad: where you are, how many choices, how to go on."""
    here = translate("keypad", "You are on the screen: %1.").replace("%1", where)
    count = translate("keypad", "There are %n choices.", "", choices)
    how = translate(
        "keypad",
        "Move with the arrow keys and choose with the select key. Back goes back. "
        "Hold Help to learn the keys.",
    )
    return f"{here} {count} {how}"


class Keypad:
    """What the keypad's keys do on the kiosk, key help included.

    The actions are passed in: ``steer(widget, arrow)`` and ``select()`` of
    :class:`kiosk.ui.arrows.Steering`, ``back()``, ``volume(step)``, ``orient()`` (says
    the orientation sentence) and ``say(text)`` (always said: the resident asked).
    """

    def __init__(
        self,
        keys: KeypadMap,
        steer: Callable[[QWidget, Qt.Key], bool],
        select: Callable[[], bool],
        back: Callable[[], None],
        volume: Callable[[int], None],
        orient: Callable[[], None],
        say: Callable[[str], None],
    ) -> None:
        self._keys, self._steer, self._select, self._back = keys, steer, select, back
        self._volume, self._orient, self._say = volume, orient, say
        self.key_help = False

    def reset(self) -> None:
        """The visit ended: the next resident starts without key help."""
        self.key_help = False

    def key(self, watched: QWidget, event: QKeyEvent) -> bool | None:
        """True: spent; False: the widget's own; None: not a keypad key."""
        action = self._keys.action(event)
        if action is None:
            return None
        typed = event.text()
        if isinstance(watched, _FIELDS) and typed and typed.isprintable():
            return None  # a "-" typed into a field is a character, not "quieter"
        if action is Action.HELP:
            if event.isAutoRepeat():  # held down: key help, once
                if not self.key_help:
                    self.key_help = True
                    self._say(key_help_switched(True))
            elif self.key_help:
                self.key_help = False
                self._say(key_help_switched(False))
            else:
                self._orient()
            return True
        if self.key_help:
            if not event.isAutoRepeat():
                self._say(key_help(action, watched.window().isRightToLeft()))
            return True  # key help: nothing is done
        return self._act(action, watched, event)

    def _act(self, action: Action, watched: QWidget, event: QKeyEvent) -> bool:
        if action in _ARROW_OF:
            return self._steer(watched, _ARROW_OF[action])
        if action is Action.SELECT:
            if self._select():
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return False  # the focused control's own Enter
            if isinstance(watched, QAbstractButton):
                watched.click()
                return True
            return False
        if action is Action.BACK:
            self._back()
        else:
            self._volume(+1 if action is Action.VOLUME_UP else -1)
        return True


_FIELDS = (QLineEdit, QPlainTextEdit)
_ARROW_OF = {
    Action.UP: Qt.Key.Key_Up,
    Action.DOWN: Qt.Key.Key_Down,
    Action.LEFT: Qt.Key.Key_Left,
    Action.RIGHT: Qt.Key.Key_Right,
}


def choices(page: QWidget) -> int:
    """The controls of a page a resident can move to (not the bars, not its scroll area)."""
    return sum(
        1
        for w in page.findChildren(QWidget)
        if w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        and not isinstance(w, QAbstractScrollArea)
    )


def heading(page: QWidget) -> str:
    """Where the resident is: the page's name (its heading, kiosk.ui.pages.Page)."""
    if page.accessibleName():
        return page.accessibleName()
    label = page.findChild(QLabel, "heading")
    return label.text() if label is not None else ""
