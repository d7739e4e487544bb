"""A seeded monkey tester for the kiosk window (issue 7).

One ``random.Random(seed)`` drives thousands of events into a real kiosk window:
taps on visible, enabled buttons (on-screen keyboard keys included), random text typed
into the focused field (emoji, Arabic and Hebrew, a 10 000-character string, control
characters, combining marks), random keys (Tab, arrows, Enter, Esc, F-keys, Ctrl/Alt
combinations...), and now and then the fixed clock moved on with an ``idle_tick()``, or the
wall clock alone jumped (set back or forward an hour or a day, as NTP or daylight saving do).

A run fails on:

* any uncaught exception (``sys.excepthook`` is wrapped; the kiosk's own hook recovers
  silently, so a "crash id" or a logged exception in the kiosk log counts as well);
* any Qt warning (the kiosk routes Qt messages to the ``qt`` logger);
* a frozen event loop: a zero timer posted after each action must run within a bounded
  number of ``processEvents`` calls (no wall-clock asserts);
* a session not wiped at its end: each time the ``attract`` screen is shown, the
  answers, drafts, settings and the speaker's log must be back to the start;
* a dead end: a tap on the idle warning that does not bring the resident back.

Every action is logged as ``(seed, index, action)``; a failure carries the tail of
that log so the run can be replayed with the same seed.

Used by ``tests/soak/test_monkey.py`` (short, for CI) and ``scripts/soak.py`` (long).
"""

from __future__ import annotations

import logging
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

#: Half past ten on the first day of the offline data (as in tests/conftest.py).
SNAPSHOT_MORNING = datetime(2020, 6, 22, 10, 30)
#: processEvents calls a zero timer may take to run before the loop counts as frozen.
MAX_SPINS = 50
#: Actions shown before a failure.
LOG_TAIL = 40

K = Qt.Key
M = Qt.KeyboardModifier
KEYS: tuple[Qt.Key, ...] = (
    K.Key_Tab,
    K.Key_Backtab,
    K.Key_Up,
    K.Key_Down,
    K.Key_Left,
    K.Key_Right,
    K.Key_Return,
    K.Key_Enter,
    K.Key_Escape,
    K.Key_Space,
    K.Key_Backspace,
    K.Key_Delete,
    K.Key_Home,
    K.Key_End,
    K.Key_PageUp,
    K.Key_PageDown,
    K.Key_Plus,
    K.Key_Minus,
    K.Key_A,
    K.Key_H,
    K.Key_Q,
    K.Key_W,
    K.Key_Z,
    K.Key_C,
    K.Key_V,
    K.Key_X,
    K.Key_1,
    K.Key_0,
    K.Key_VolumeUp,
    K.Key_VolumeDown,
    K.Key_Menu,
    *(getattr(K, f"Key_F{n}") for n in range(1, 13)),
)
MODIFIERS: tuple[Qt.KeyboardModifier, ...] = (
    M.NoModifier,
    M.NoModifier,
    M.NoModifier,
    M.ShiftModifier,
    M.ControlModifier,
    M.AltModifier,
    M.ControlModifier | M.AltModifier,
    M.ControlModifier | M.ShiftModifier,
)

#: Pieces of text a resident (or a stuck key, or a paste) might produce.
TEXT_PIECES: tuple[str, ...] = (
    "Kallio",
    "Oodi",
    "åäö ÅÄÖ",
    "ß",
    "Helsinki 00100",
    "😀",
    "👩‍👩‍👧‍👦",
    "🇫🇮",
    "🏳️‍🌈",
    "👍🏽",
    "مرحبا بالعالم",
    "مكتبة",
    "שלום עולם",
    "ספרייה",
    "abc مكتبة 123 שלום",
    "e\u0301",
    "a\u0308\u0323",
    "Z\u0351\u0354\u0347\u035a",
    "\u200b\u200d\u200e\u200f",
    "\u202e evil \u202c",
    "\ufeff",
    "\u00ad",
    "漢字かなカナ",
    "한국어",
    "Ελληνικά",
    "Русский",
    "  ",
    "\t",
    "'; DROP TABLE x; --",
    "<b>bold</b>",
    "%1 %n %s {0}",
    "\\",
    "&&&",
)


def random_text(rng: random.Random) -> str:
    """A random string: pieces above, control characters, or a 10 000-char string."""
    roll = rng.random()
    if roll < 0.05:
        return "".join(rng.choice("aé漢😀م ש") for _ in range(10_000))
    if roll < 0.2:
        return "".join(chr(rng.randrange(0x00, 0x20)) for _ in range(rng.randint(1, 6)))
    parts = [rng.choice(TEXT_PIECES) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.3:
        parts.insert(rng.randrange(len(parts) + 1), chr(rng.randrange(0x00, 0x20)))
    return "".join(parts)


@dataclass
class Failure:
    seed: int
    index: int
    kind: str
    detail: str
    actions: list[tuple[int, int, str]]

    def __str__(self) -> str:
        tail = "\n".join(f"  seed={s} #{i}: {a}" for s, i, a in self.actions[-LOG_TAIL:])
        return (
            f"{self.kind} at seed={self.seed} event #{self.index}: {self.detail}\n"
            f"last actions:\n{tail}"
        )


class _Records(logging.Handler):
    """Collects what must never appear in the kiosk's log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.bad: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.name == "qt" and record.levelno >= logging.WARNING:
            self.bad.append(f"Qt {record.levelname}: {message}")
        elif "crash id" in message or record.exc_info:
            self.bad.append(f"{record.name} {record.levelname}: {message.splitlines()[0]}")


@dataclass
class Monkey:
    """Drives one kiosk with one seed. ``run(events)`` returns the failures found
    (it stops at the first one: later events would only show its consequences)."""

    kiosk: Any
    seed: int
    on_action: Callable[[int, str], None] | None = None
    actions: list[tuple[int, int, str]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    attract_checks: int = 0
    events_run: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.window = self.kiosk.window
        self.app = QApplication.instance()
        self._index = -1
        self._records = _Records()
        self._exceptions: list[str] = []

    # Set-up ----------------------------------------------------------------------

    def _install(self) -> Callable[[], None]:
        root = logging.getLogger()
        root.addHandler(self._records)
        previous_hook = sys.excepthook

        def hook(kind, value, tb):  # noqa: ANN001 - the sys.excepthook signature
            self._exceptions.append(f"{kind.__name__}: {value}")
            previous_hook(kind, value, tb)

        sys.excepthook = hook
        self.window.screen_shown.connect(self._on_screen)

        def uninstall() -> None:
            root.removeHandler(self._records)
            sys.excepthook = previous_hook
            self.window.screen_shown.disconnect(self._on_screen)

        return uninstall

    # Checks ----------------------------------------------------------------------

    def _fail(self, kind: str, detail: str) -> None:
        self.failures.append(Failure(self.seed, self._index, kind, detail, list(self.actions)))

    def _on_screen(self, name: str) -> None:
        if name != "attract":
            return
        self.attract_checks += 1
        session, speaker = self.kiosk.session, self.window.speaker
        problems = []
        if session.answers != {}:
            problems.append(f"answers={session.answers!r:.200}")
        if session.drafts != {}:
            problems.append(f"drafts={session.drafts!r:.200}")
        if session.settings != session.defaults:
            problems.append(f"settings={session.settings} defaults={session.defaults}")
        if session.started_at is not None or session.flow_id is not None:
            problems.append(f"started_at={session.started_at} flow_id={session.flow_id}")
        log = getattr(speaker, "log", [])
        if log:
            problems.append(f"speaker log not empty: {log[:3]!r:.200}")
        if problems:
            self._fail("session not wiped", "; ".join(problems))

    def _spin(self) -> bool:
        """Post a zero timer; True when it ran within MAX_SPINS processEvents calls."""
        ran: list[bool] = []
        QTimer.singleShot(0, lambda: ran.append(True))
        for _ in range(MAX_SPINS):
            self.app.sendPostedEvents()
            self.app.processEvents()
            if ran:
                break
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return bool(ran)

    def _check(self) -> None:
        if not self._spin():
            self._fail(
                "frozen event loop",
                f"a zero timer did not run within {MAX_SPINS} processEvents calls",
            )
        if self._exceptions:
            self._fail("uncaught exception", " | ".join(self._exceptions))
            self._exceptions.clear()
        if self._records.bad:
            self._fail("bad log line", " | ".join(self._records.bad))
            self._records.bad.clear()

    # Actions ---------------------------------------------------------------------

    def _buttons(self) -> list[QAbstractButton]:
        window = self.window
        return [
            b
            for b in window.findChildren(QAbstractButton)
            if b.isVisibleTo(window) and b.isEnabled()
        ]

    def _label(self, widget: QWidget) -> str:
        text = widget.text() if hasattr(widget, "text") else ""
        return f"{type(widget).__name__}#{widget.objectName() or '?'}({text[:30]!r})"

    def _tap(self) -> str:
        buttons = self._buttons()
        if not buttons:
            return "tap: nothing to tap"
        button = self.rng.choice(buttons)
        label, screen = self._label(button), self.window.screen_name
        area = button.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(button)
        centre = button.rect().center()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, M.NoModifier, centre)
        if screen == "idle-warning" and self.window.screen_name == "idle-warning":
            # One touch anywhere must bring the resident back (A7): never a dead end.
            self._fail("stuck", f"a tap on {label} left the idle warning on screen")
        return f"tap {label} on screen {screen}"

    def _tap_corner(self) -> str:
        """A tap (not a long press) near a corner, where the staff gesture lives."""
        x = self.rng.choice((2, self.window.width() - 3))
        y = self.rng.choice((2, self.window.height() - 3))
        target = self.window.childAt(QPoint(x, y)) or self.window
        local = target.mapFrom(self.window, QPoint(x, y))
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, M.NoModifier, local)
        return f"tap corner ({x},{y}) on {type(target).__name__}"

    def _type(self) -> str:
        focus = self.app.focusWidget()
        if not isinstance(focus, (QLineEdit, QPlainTextEdit)) or not self.window.isAncestorOf(
            focus
        ):
            return self._key()
        text = random_text(self.rng)
        name = focus.objectName() or type(focus).__name__
        shown = f"{len(text)} chars" if len(text) > 60 else repr(text)
        if len(text) > 200 or self.rng.random() < 0.2:
            # What an input method or a paste delivers: one commit of the whole string.
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            self.app.sendEvent(focus, event)
            return f"commit {shown} into {name}"
        for char in text:  # one key event per code point (emoji are not split)
            if not focus.isVisible():
                break
            press = QKeyEvent(QEvent.Type.KeyPress, 0, M.NoModifier, char)
            self.app.sendEvent(focus, press)
            release = QKeyEvent(QEvent.Type.KeyRelease, 0, M.NoModifier, char)
            self.app.sendEvent(focus, release)
        return f"type {shown} into {name}"

    def _key(self) -> str:
        key = self.rng.choice(KEYS)
        mods = self.rng.choice(MODIFIERS)
        target = self.app.focusWidget()
        if target is None or not (target is self.window or self.window.isAncestorOf(target)):
            target = self.window
        QTest.keyClick(target, key, mods)
        return f"key {key.name} mods={mods.value:#x} on {type(target).__name__}"

    def _idle(self) -> str:
        if self.rng.random() < 0.15:
            return self._wall_jump()
        seconds = self.rng.choice((1, 5, 30, 60, 90, 119, 120, 121, 150, 300, 3600))
        seconds = self.rng.uniform(0, seconds) if self.rng.random() < 0.3 else seconds
        ticks = self.rng.randint(1, 3)
        # A resident who walks away: the warning comes at one tick and its countdown
        # runs out at a later one (time passes between ticks, as on the kiosk).
        for _ in range(ticks):
            self.window.clock.advance(seconds / ticks)
            self.window.idle_tick()
        return f"clock +{seconds:.1f}s over {ticks} idle_tick(s)"

    def _wall_jump(self) -> str:
        """The wall clock alone jumps (NTP, an administrator, daylight saving); half the
        time it goes back to the offline data's morning, so results stay reachable."""
        clock = self.window.clock
        if self.rng.random() < 0.5:
            jump = timedelta(seconds=self.rng.choice((-86400, -3600, -60, 3600, 86400)))
            clock.at += jump
            shown = f"{jump}"
        else:
            clock.at = SNAPSHOT_MORNING.replace(tzinfo=clock.at.tzinfo)
            shown = "the offline data's morning"
        self.window.idle_tick()
        return f"wall clock {shown}, idle_tick"

    def step(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return self._tap()
        if roll < 0.72:
            return self._type()
        if roll < 0.9:
            return self._key()
        if roll < 0.98:
            return self._idle()
        return self._tap_corner()

    # Running ---------------------------------------------------------------------

    def run(self, events: int) -> list[Failure]:
        uninstall = self._install()
        try:
            self._spin()
            for index in range(events):
                self._index = index
                # Decided before acting, so the log shows it even if the action raises.
                try:
                    action = self.step()
                except Exception as error:  # noqa: BLE001 - reported as a failure
                    action = "action raised"
                    self._exceptions.append(f"{type(error).__name__}: {error}")
                self.actions.append((self.seed, index, action))
                if self.on_action is not None:
                    self.on_action(index, action)
                self._check()
                self.events_run = index + 1
                if self.failures:
                    break
        finally:
            uninstall()
        return self.failures


# Building a kiosk outside pytest (scripts/soak.py) -----------------------------------


def ensure_app() -> QApplication:
    """The QApplication (made here when there is none yet)."""
    return QApplication.instance() or QApplication(sys.argv[:1])


def build_kiosk(data_dir: Path, lang: str = "fi"):
    """A kiosk as the ``make_kiosk`` fixture builds it, printing to PDF files only."""
    import kiosk.ui.visit as window_module
    from kiosk.app import build
    from kiosk.core.clock import FixedClock
    from kiosk.speech.recording import RecordingSpeaker
    from kiosk.ui.chime import SilentChime

    kiosk = build(
        windowed=True,
        inline_services=True,
        clock=FixedClock(SNAPSHOT_MORNING),
        speaker=RecordingSpeaker(),
        data_dir=data_dir,
        size=(1920, 1080),
        chime=SilentChime(),
    )
    kiosk.session.defaults = replace(kiosk.session.defaults, language=lang)
    no_paper_printing(window_module, data_dir)
    kiosk.window.show_attract()
    kiosk.window.show()
    QApplication.instance().processEvents()
    return kiosk


def no_paper_printing(window_module: Any, data_dir: Path) -> Callable[[], None]:
    """Make the window "print" to a PDF in ``data_dir`` instead of a real CUPS queue.
    Returns a function that puts the real ``print_to`` back."""
    from kiosk.ui.printout import print_to_pdf

    real = window_module.print_to

    def fake(printout, printer, now):  # noqa: ANN001 - same signature as print_to
        return print_to_pdf(printout, Path(data_dir) / "printout.pdf", now)

    window_module.print_to = fake

    def restore() -> None:
        window_module.print_to = real

    return restore


def close_kiosk(kiosk) -> None:
    kiosk.window.allow_close = True
    kiosk.window.close()
    kiosk.window.deleteLater()
    app = QApplication.instance()
    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
