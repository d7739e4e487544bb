"""Shared helpers for the screen-level tests: walking every screen, finding widgets,
measuring them in millimetres.

Tests drive the kiosk window the way the ``screenshots`` command does (through the
flow walker), so every step of every shipped flow is reached without each test
repeating the path.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from kiosk.core.languages import SHIPPED
from kiosk.flow.engine import Answer
from kiosk.flow.walk import scripts
from kiosk.journey.events import PinChecked

ROOT = Path(__file__).resolve().parents[2]
#: Half past ten on the first day of the offline data, as in tests/conftest.py: the
#: hours screens show "open now". (Not imported: every test folder's conftest.py is
#: the module ``conftest``, so which one an import finds depends on collection order.)
SNAPSHOT_MORNING = datetime(2020, 6, 22, 10, 30)
FLOWS_DIR = ROOT / "assets" / "flows"
#: Every language complete in this release (issue 17: selkokieli too).
LANGS = SHIPPED
#: The city's three main languages: every walk runs in these at every text size and
#: theme. The other shipped languages are walked at the largest size (200 %), where
#: longer words and wider scripts fail first; that keeps `make test` under 15 minutes.
MAIN_LANGS = ("fi", "sv", "en")
#: What the walk types into text steps, per flow and step (a name that finds a library).
TYPED = {"library-hours": {"name": "Kallio"}}
#: Controls a resident can tap or type into.
CONTROL_TYPES = (QAbstractButton, QLineEdit, QPlainTextEdit)


def flow_yaml(flow_id: str) -> dict[str, Any]:
    """A shipped flow file as plain data (the content tests assert against)."""
    return yaml.safe_load((FLOWS_DIR / f"{flow_id}.yaml").read_text(encoding="utf-8"))


def yaml_step(flow_id: str, step_id: str) -> dict[str, Any]:
    return next(s for s in flow_yaml(flow_id)["steps"] if s["id"] == step_id)


def settle() -> None:
    """Let layouts, deferred deletes and zero timers run."""
    app = QApplication.instance()
    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents()
    # Pages replaced by newer ones are deleted later; outside an event loop, now.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Building and walking ---------------------------------------------------------------


def set_defaults(kiosk, lang: str, text_size: int = 100, theme: str = "standard") -> None:
    """What the kiosk starts each session with (the config's defaults)."""
    kiosk.session.defaults = replace(
        kiosk.session.defaults, language=lang, text_size=text_size, theme=theme
    )


def build_kiosk(data_dir: Path, lang: str = "fi", text_size: int = 100, theme: str = "standard"):
    """A kiosk built like the ``make_kiosk`` fixture's, for module-scoped fixtures."""

    from kiosk.app import build
    from kiosk.core.clock import FixedClock
    from kiosk.speech.recording import RecordingSpeaker

    kiosk = build(
        windowed=True,
        inline_services=True,
        clock=FixedClock(SNAPSHOT_MORNING),
        speaker=RecordingSpeaker(),
        data_dir=data_dir,
        size=(1920, 1080),
        staff_language=lang,  # staff and residents of a test kiosk share its language
    )
    set_defaults(kiosk, lang, text_size, theme)
    kiosk.window.show_attract()
    kiosk.window.show()
    settle()
    return kiosk


def close_kiosk(kiosk) -> None:
    kiosk.window.allow_close = True  # as the admin PIN would
    kiosk.window.close()
    kiosk.window.deleteLater()
    settle()


def crash_lines(data_dir: Path) -> list[str]:
    """Lines of the kiosk's log that report an uncaught exception."""
    log = data_dir / "logs" / "kiosk.log"
    if not log.exists():
        return []
    return [line for line in log.read_text(encoding="utf-8").splitlines() if "crash id" in line]


@contextmanager
def app_state_restored(app) -> Iterator[None]:
    """Put back what building a kiosk changes for the whole process: the application
    style sheet and font, installed translators, the default locale and
    ``sys.excepthook`` and the layout direction (Arabic mirrors the application), so
    later tests (and other modules) start clean."""
    style, font, hook, locale = app.styleSheet(), app.font(), sys.excepthook, QLocale()
    direction = app.layoutDirection()
    before = set(app.findChildren(QTranslator))
    try:
        yield
    finally:
        settle()  # windows closed by the test's fixtures are deleted first
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
        app.setStyleSheet(style)
        app.setFont(font)
        QLocale.setDefault(locale)
        app.setLayoutDirection(direction)
        sys.excepthook = hook


def flow_scripts(kiosk, lang: str) -> dict[str, list[list[object]]]:
    """Answer scripts per flow that together visit every step and every option."""
    services = kiosk.window.runner._services  # the same data the window shows
    found = {}
    for flow in kiosk.flows:
        found[flow.id] = [
            script
            for script, _outcome in scripts(
                flow,
                lambda name, params, lang=lang: services.call(name, params, lang),
                TYPED.get(flow.id),
            )
        ]
    return found


def to_home(kiosk, lang: str) -> None:
    """From anywhere: a fresh session, the language chosen, the home tiles shown."""
    window = kiosk.window
    window.show_attract()
    window.start_session()
    window.choose_language(lang)
    settle()


def walk_away(kiosk) -> None:
    """The resident leaves: the kiosk's clock moves past the idle time, and the next
    tick shows the idle warning."""
    kiosk.window.clock.advance(kiosk.config.timeouts.idle_s + 1)
    kiosk.window.idle_tick()


def walk_screens(kiosk, lang: str, *, sorry: bool = True) -> Iterator[tuple[str, Any]]:
    """Show every screen a resident can reach in ``lang`` and yield ``(name, window)``
    once per screen, after its layout has settled.

    Order: attract, language, home, help, confirm-end, speech settings, privacy, idle
    warning, staff PIN pad, staff panel, every step of every enabled flow (first visit
    only), then the sorry screen. Ends back on the attract screen.
    """
    window = kiosk.window
    window.show_attract()
    settle()
    yield window.screen_name, window
    window.start_session()
    settle()
    yield window.screen_name, window
    window.choose_language(lang)
    settle()
    yield window.screen_name, window
    window.ask_help()
    settle()
    yield window.screen_name, window
    window.go_back()
    window.confirm_end()
    settle()
    yield window.screen_name, window
    window.go_back()
    for show in (
        window.show_speech_settings,
        window.show_privacy,
        lambda: walk_away(kiosk),
        window.show_statement,
    ):
        show()
        settle()
        yield window.screen_name, window
        window.go_back()
    window.request_pin("staff")
    settle()
    yield window.screen_name, window
    window.dispatch(PinChecked("staff", ok=True))  # as the staff desk reports a right PIN
    settle()
    yield window.screen_name, window
    window.leave_helper()
    settle()
    seen: set[str] = set()
    for flow_id, flow_scripts_ in flow_scripts(kiosk, lang).items():
        for script in flow_scripts_:
            window.show_home()
            window.start_flow(flow_id)
            for index in range(len(script) + 1):
                settle()
                if window.screen_name not in seen:
                    seen.add(window.screen_name)
                    yield window.screen_name, window
                if index == len(script):
                    break
                window.send(Answer(script[index]))
    if sorry:
        window.recover()
        settle()
        yield window.screen_name, window
    window.show_attract()
    settle()


# Finding and measuring widgets -------------------------------------------------------


def visible_widgets(window: QWidget, kind: type | tuple[type, ...] = QWidget) -> list[Any]:
    """Every widget of ``kind`` in the window that is shown (not hidden, not in a
    hidden layer or bar)."""
    return [
        w for w in window.findChildren(QWidget) if isinstance(w, kind) and w.isVisibleTo(window)
    ]


def controls(window: QWidget) -> list[Any]:
    """Visible tappable / typeable controls, on-screen keyboard keys included."""
    return visible_widgets(window, CONTROL_TYPES)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rectangle in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area ``widget`` scrolls in, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area ``widget`` scrolls in, or None."""
    area = scroll_area(widget)
    return None if area is None else area.viewport()


def gap_px(a: QRect, b: QRect) -> int:
    """Distance between two rectangles along the axis where they are apart (0: touching
    or overlapping)."""
    dx = max(0, b.x() - (a.x() + a.width()), a.x() - (b.x() + b.width()))
    dy = max(0, b.y() - (a.y() + a.height()), a.y() - (b.y() + b.height()))
    return max(dx, dy)


def describe(widget: QWidget) -> str:
    """A short name for messages: class, objectName and visible text."""
    text = ""
    if hasattr(widget, "text"):
        try:
            text = widget.text()
        except TypeError:
            text = ""
    name = widget.objectName() or "-"
    return f"{type(widget).__name__}#{name} {text[:40]!r}"


def find(window: QWidget, kind: type, name: str) -> Any:
    """The one visible ``kind`` named ``name``; fails the test clearly otherwise.
    On a screen in pages (issue 14) it taps "More choices" until the control shows,
    as a resident looking for it would."""
    found = [w for w in window.findChildren(kind, name) if w.isVisibleTo(window)]
    pager = getattr(getattr(window, "page", None), "pager", None)
    if not found and pager is not None and pager.count() > 1:
        more = window.page.findChild(QAbstractButton, "moreChoices")
        for _ in range(pager.count() - 1):
            more.click()
            QApplication.processEvents()
            found = [w for w in window.findChildren(kind, name) if w.isVisibleTo(window)]
            if found:
                break
    assert len(found) == 1, f"expected one visible {kind.__name__} {name!r}, found {len(found)}"
    return found[0]


def labels(window: QWidget) -> list[QLabel]:
    return visible_widgets(window, QLabel)


@dataclass(frozen=True)
class Size:
    """One display configuration a layout test walks."""

    text_size: int
    theme: str = "standard"

    @property
    def id(self) -> str:
        return f"{self.text_size}-{self.theme}"


# Acting like a resident -----------------------------------------------------------------


def tap(qtbot, widget: QWidget) -> None:
    """Scroll ``widget`` into view, as a resident would, and tap it once."""
    window = widget.window()
    assert widget.isVisibleTo(window), f"{describe(widget)} is not shown"
    assert widget.isEnabled(), f"{describe(widget)} is disabled"
    area = scroll_area(widget)
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()


def tap_name(qtbot, window: QWidget, name: str, kind: type = QAbstractButton) -> None:
    """Tap the one visible control named ``name``."""
    tap(qtbot, find(window, kind, name))


class ScreenSpeech:
    """Records, for every screen the window shows, what was said while it appeared.

    A screen's speech is said just before ``screen_shown`` is emitted, so the
    utterances since the previous screen belong to the new one.
    """

    def __init__(self, kiosk) -> None:
        self.speaker = kiosk.speaker
        self.shown: list[tuple[str, list[Any]]] = []
        self._mark = len(self.speaker.log)
        kiosk.window.screen_shown.connect(self._on_shown)

    def _on_shown(self, name: str) -> None:
        log = self.speaker.log
        if len(log) < self._mark:  # the log was forgotten (session wiped)
            self._mark = 0
        said = [u for u in log[self._mark :] if u.kind == "say"]
        self._mark = len(log)
        self.shown.append((name, said))

    def names(self) -> list[str]:
        return [name for name, _ in self.shown]


# Fields ---------------------------------------------------------------------------


def field_widget(window: QWidget, field_id: str) -> QLineEdit | QPlainTextEdit:
    """The one visible text field of a step, by its field id."""
    found = [
        w
        for kind in (QLineEdit, QPlainTextEdit)
        for w in window.findChildren(kind, f"field_{field_id}")
        if w.isVisibleTo(window)
    ]
    assert len(found) == 1, f"{window.screen_name}: no field {field_id}"
    return found[0]


def field_text(window: QWidget, field_id: str) -> str:
    """What the field shows now."""
    found = field_widget(window, field_id)
    return found.toPlainText() if isinstance(found, QPlainTextEdit) else found.text()


def fill_field(window: QWidget, field_id: str, text: str) -> None:
    """Put ``text`` into the field, as a paste would."""
    found = field_widget(window, field_id)
    if isinstance(found, QPlainTextEdit):
        found.setPlainText(text)
    else:
        found.setText(text)


def arrows_to_key(keyboard: QWidget, name: str, press) -> None:
    """From a text field, with the arrow keys only (``press(key)``), onto the on-screen
    keyboard's key ``name`` (kiosk.ui.key_walk draws the walked key pressed in)."""
    from kiosk.ui.key_walk import key_rows

    target = keyboard.key(name)
    if name == "done" and not target.isVisibleTo(keyboard) and keyboard._adopted is not None:
        target = keyboard._adopted  # the page's Continue, where Done was (issue 14)
    for _ in range(40):
        if target.isDown():
            return
        rows = key_rows(keyboard)
        at = next((r for r, row in enumerate(rows) if any(k.isDown() for k in row)), None)
        goal = next(r for r, row in enumerate(rows) if target in row)
        if at is None or goal != at:
            press(Qt.Key.Key_Down if at is None or goal > at else Qt.Key.Key_Up)
            continue
        here = next(i for i, k in enumerate(rows[at]) if k.isDown())
        press(Qt.Key.Key_Right if rows[at].index(target) > here else Qt.Key.Key_Left)
    raise AssertionError(f"the arrows never reached key {name}")


# Keys -------------------------------------------------------------------------------


def stops(window) -> set[QWidget]:
    """The controls focus can reach (Tab stops) in ``window``."""
    return {
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    }


def send_key(key: Qt.Key, held: bool = False, scan: int = 0) -> None:
    """A key press (and release) on the focused widget; ``held``: an auto-repeat, as a
    key held down sends; ``scan``: the native scan code (Linux key code + 8)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, scan, 0, 0, "", held)
        QApplication.sendEvent(target, event)
    settle()


def arrows_reach_every_control(window, name: str) -> None:
    """Down alone reaches every control of the screen (no Tab); so does Up where a
    field or a scroll area could hold the arrows (elsewhere Up is Down reversed)."""
    expected = stops(window)
    trap = any(isinstance(w, (QLineEdit, QAbstractScrollArea)) for w in expected)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up) if trap else (Qt.Key.Key_Down,):
        visited: set[QWidget] = set()
        # Walking a keyboard's rows and scrolling a long page take extra presses.
        for _ in range(2 * len(expected) + 40):
            send_key(key)
            assert window.screen_name == name, f"{name}: an arrow changed the screen"
            visited.add(QApplication.focusWidget())
            if expected <= visited:
                break
        missed = sorted(describe(w) for w in expected - visited)
        assert not missed, f"{name}: {key.name} never reached {missed}"
