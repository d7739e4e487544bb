"""Explore by touch (issue 18, EN 301 549 5.5.2 / 5.1.3): for a resident who cannot
see the screen, the first touch on a control says what it is, and only a second tap
on the same control uses it, in the manner of Trace's "Talking Fingertip" and
TalkBack. A finger moved over the screen says each control it crosses, at most one
utterance waiting at a time.

The mode is the session's (``Settings.explore``): it resets when the visit ends, and
with it off nothing here touches a tap. The input guard calls :meth:`Explorer.filter`
after its own checks (idle, speech stop, staff corner) and before the double-tap guard,
which must not eat the second, choosing tap.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kiosk.core.clock import Clock
from kiosk.ui.reader import describe_for_speech

translate = QCoreApplication.translate

#: A finger moving over the screen says at most one control this often.
MOVE_SAY_S = 0.4
#: Hold the speech button this long to switch exploring on or off.
HOLD_SPEECH_MS = 1500
_CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit)


def touched_control(root: QWidget, widget: QWidget | None) -> QWidget | None:
    """The control (or text) the resident touches at ``widget``: the nearest control
    among it and its ancestors in ``root``, else a label with text or a picture (a
    widget with the ``picture`` property, e.g. kiosk.ui.phone_picture)."""
    label: QWidget | None = None
    while widget is not None and widget is not root:
        if isinstance(widget, _CONTROLS):
            return widget
        if label is None and isinstance(widget, QLabel) and widget.text():
            label = widget
        if label is None and widget.property("picture"):
            label = widget
        widget = widget.parentWidget()
    return label


def described(widget: QWidget, private_ok: bool) -> str:
    """Name, role and state: "Kallio library, button, selected"; a picture's name
    and what it shows (its description), as the page says it."""
    if widget.property("picture"):
        return f"{widget.accessibleName()} {widget.accessibleDescription()}"
    words = describe_for_speech(widget, private_ok)
    if isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.isChecked():
        words += ", " + translate("explore", "selected")
    if not widget.isEnabled():
        words += ", " + translate("explore", "not available")
    return words


class Explorer:
    """One window's explore-by-touch.

    ``on()`` says whether the session has the mode on, ``say`` speaks a line in the
    resident's language, ``toggle()`` switches the mode (the journey announces it),
    ``private_ok()`` whether private values may be said (a headset).
    """

    def __init__(
        self,
        root: QWidget,
        clock: Clock,
        on: Callable[[], bool],
        say: Callable[[str], None],
        toggle: Callable[[], None],
        private_ok: Callable[[], bool],
        speech_button: QWidget | None = None,
    ) -> None:
        self._root, self._clock, self._on, self._say = root, clock, on, say
        self._toggle, self._private_ok, self._speech_button = toggle, private_ok, speech_button
        self._chosen: QWidget | None = None  # said by the first tap: the next one uses it
        self._under: QWidget | None = None  # what the moving finger is on
        self._said_at = float("-inf")
        self._swallow_release = False
        self.pending: QWidget | None = None  # the one utterance waiting while moving
        self.pending_timer = QTimer(root)
        self.pending_timer.setSingleShot(True)
        self.pending_timer.timeout.connect(self.say_pending)
        self.hold_timer = QTimer(root)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(HOLD_SPEECH_MS)
        self.hold_timer.timeout.connect(self._held)

    def reset(self) -> None:
        """A new screen: nothing chosen, nothing waiting to be said."""
        self._chosen = self._under = self.pending = None
        self.pending_timer.stop()

    def filter(self, watched: QObject, event: QEvent) -> bool:
        """True when the event is spent here (a first tap that only speaks)."""
        kind = event.type()
        if not isinstance(event, QMouseEvent) or not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.MouseButtonPress and self._speech_button is not None:
            button = self._speech_button
            if watched is button or button.isAncestorOf(watched):
                self.hold_timer.start()
        if kind == QEvent.Type.MouseButtonRelease:
            self.hold_timer.stop()
            if self._swallow_release:
                self._swallow_release = False
                return True
        if not self._on():
            return False
        at = self._control_at(event)
        if kind == QEvent.Type.MouseButtonPress:
            self._under = at
            if at is None:
                return False
            if at is self._chosen and isinstance(at, _CONTROLS):
                return False  # the second tap: the control does what it does
            self._chosen = at
            self._speak(at)
            self._swallow_release = True
            return True
        if kind == QEvent.Type.MouseMove and event.buttons():
            if at is not None and at is not self._under:
                self._under = at
                self._chosen = at  # lifting the finger here and tapping again uses it
                self._crossed(at)
            return True  # a finger exploring never drags or scrolls anything
        return kind == QEvent.Type.MouseButtonDblClick  # the first press counted

    def _control_at(self, event: QMouseEvent) -> QWidget | None:
        pos = self._root.mapFromGlobal(event.globalPosition().toPoint())
        if not self._root.rect().contains(pos):
            return None
        return touched_control(self._root, self._root.childAt(QPoint(pos)))

    def _crossed(self, widget: QWidget) -> None:
        """Say a control the finger moved onto: now, or when the last one is said."""
        wait = self._said_at + MOVE_SAY_S - self._clock.monotonic()
        if wait <= 0:
            self._speak(widget)
            return
        self.pending = widget  # replaces any older one: never more than one waits
        self.pending_timer.start(max(1, int(wait * 1000)))

    def say_pending(self) -> None:
        widget, self.pending = self.pending, None
        if widget is not None and shiboken6.isValid(widget):
            self._speak(widget)

    def _speak(self, widget: QWidget) -> None:
        self.pending = None
        self.pending_timer.stop()
        self._said_at = self._clock.monotonic()
        self._say(described(widget, self._private_ok()))

    def _held(self) -> None:
        self._swallow_release = True  # the long press switched the mode; no tap
        self.reset()
        self._toggle()
