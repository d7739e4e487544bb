"""Shared helpers for the screen-level tests: walking every screen, finding widgets,
measuring them in millimetres.

Tests drive the kiosk window the way the ``screenshots`` command does (through the
flow walker), so every step of every shipped flow is reached without each test
repeating the path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kiosk.flow.engine import Answer
from kiosk.flow.walk import scripts

ROOT = Path(__file__).resolve().parents[2]
FLOWS_DIR = ROOT / "assets" / "flows"
LANGS = ("fi", "sv", "en")
#: What the walk types into text steps, per flow and step (a name that finds a library).
TYPED = {"library-hours": {"name": "Kallio"}}
#: Screens around the flows, in the order the walk shows them.
CHROME_SCREENS = ("language", "home", "help", "confirm-end")
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


# The walk -----------------------------------------------------------------------------


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
    window._on_language_chosen(lang)
    settle()


def walk_screens(kiosk, lang: str, *, sorry: bool = True) -> Iterator[tuple[str, Any]]:
    """Show every screen a resident can reach in ``lang`` and yield ``(name, window)``
    once per screen, after its layout has settled.

    Order: language, home, help, confirm-end, every step of every enabled flow
    (first visit only), then the sorry screen. Ends back on the attract screen.
    """
    window = kiosk.window
    window.show_attract()
    window.start_session()
    settle()
    yield window.screen_name, window
    window._on_language_chosen(lang)
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


def scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area ``widget`` scrolls in, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


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
    """The one visible ``kind`` named ``name``; fails the test clearly otherwise."""
    found = [w for w in window.findChildren(kind, name) if w.isVisibleTo(window)]
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
