"""Render every screen of every enabled flow to PNG, offscreen.

The team looks at these in every language, at 200 % and in high contrast, as a
resident would. File names: ``<flow>-<nn>-<step>-<lang>-<size>-<theme>.png``; the
screens around the flows use the flow name ``journey``.

The kiosk is built by ``kiosk.app.build``, which the caller (``kiosk/cli.py``) hands
in: the UI does not import the composition root that imports it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication

from kiosk.core.clock import FixedClock
from kiosk.core.config import Config
from kiosk.core.paths import Paths
from kiosk.core.session import Session
from kiosk.flow.engine import Answer
from kiosk.flow.spec import Flow
from kiosk.flow.walk import scripts
from kiosk.journey import events as ev
from kiosk.journey import practice
from kiosk.journey.events import PinChecked
from kiosk.services.feedback import DemoFeedback
from kiosk.services.snapshot import Snapshot
from kiosk.speech.recording import RecordingSpeaker
from kiosk.ui.chime import SilentChime
from kiosk.ui.window import KioskWindow

_END = object()


class BuiltKiosk(Protocol):
    """What the screenshots use of the `kiosk.app.Kiosk` that ``build`` returns."""

    app: QApplication
    config: Config
    session: Session
    flows: list[Flow]
    window: KioskWindow


#: ``kiosk.app.build``: keyword arguments in, a ready (not yet shown) kiosk out.
BuildKiosk = Callable[..., BuiltKiosk]

# What the scripts type into text steps, per flow and step.
TYPED = {"library-hours": {"name": "Kallio"}}


def _practice_screens(window: KioskWindow, grab: Callable[[int, str], None]) -> None:
    """Every practice screen (issue 18), a wrong answer's too, then home again."""
    window.show_home()
    window.dispatch(ev.Practice("open"))
    grab(0, "lessons")
    for number, lesson in enumerate(practice.LESSONS, start=1):
        window.dispatch(ev.Practice("lesson", lesson))
        for index, value in enumerate(practice.script(lesson)):
            step = practice.LESSONS[lesson][index]
            grab(number * 10 + index, f"{lesson}-{step}")
            if value:  # an asking step: a wrong answer first, as a resident might
                window.dispatch(ev.Practice("answer", "wrong"))
                grab(number * 10 + index, f"{lesson}-{step}-wrong")
            window.dispatch(ev.Practice("answer", value))
        grab(number * 10 + 9, f"{lesson}-done")
        window.dispatch(ev.Practice("menu"))
    window.show_home()


def _screenshot_clock(assets: Path) -> FixedClock:
    """Half past ten on the first day of the offline data: the hours screens then show
    a real "open now" state instead of "no information for today"."""
    try:
        day = Snapshot(assets / "snapshot").date
    except Exception:  # noqa: BLE001 - screenshots still render without the snapshot
        day = datetime(2020, 6, 22).date()
    return FixedClock(datetime.combine(day, time(10, 30)))


def _send_nothing(services: object) -> None:
    """Screenshots never send anything, whatever the config: feedback goes to the demo
    recorder and the HTTP layer refuses anything but GET (OmaStadi's POST query then
    answers from the offline data, or not at all)."""
    live = services
    while live is not None and not hasattr(live, "http"):
        live = getattr(live, "_services", None)
    if live is not None:
        live.demo_feedback = DemoFeedback()  # type: ignore[attr-defined]
        live.http.read_only = True
    print("screenshots: nothing is sent to the city (feedback goes to the demo recorder)")


def render_all(
    out_dir: Path,
    langs: list[str],
    text_size: int,
    theme: str,
    config_path: Path | None = None,
    size: tuple[int, int] = (1920, 1080),
    all_flows: bool = False,
    practice_only: bool = False,
    *,
    build: BuildKiosk,
) -> int:
    """Write the PNGs; returns how many. ``build`` is ``kiosk.app.build``;
    ``practice_only``: the practice screens alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = Paths.locate()
    clock = _screenshot_clock(paths.assets)
    kiosk = build(
        config_path=config_path,
        windowed=True,
        inline_services=True,
        clock=clock,
        chime=SilentChime(),
        speaker=RecordingSpeaker(),  # screenshots are silent
        all_flows=all_flows,
        size=size,
    )
    window, app = kiosk.window, kiosk.app
    out_dir.mkdir(parents=True, exist_ok=True)
    window.show()
    written = 0

    def grab(flow_id: str, index: int, name: str, lang: str) -> None:
        nonlocal written
        app.processEvents()
        path = out_dir / f"{flow_id}-{index:02d}-{name}-{lang}-{text_size}-{theme}.png"
        window.grab().save(str(path))
        written += 1
        # A screen in pages (issue 14): every page, so nothing goes unlooked at.
        pager = getattr(window.page, "pager", None)
        if pager is None or pager.count() < 2:
            return
        shown = pager.index
        for number in range(pager.count()):
            if number != shown:
                pager.show_page(number, announce=False)
                app.processEvents()
                page_name = f"{name}-page{number + 1}"
                path = out_dir / f"{flow_id}-{index:02d}-{page_name}-{lang}-{text_size}-{theme}.png"
                window.grab().save(str(path))
                written += 1
        pager.show_page(shown, announce=False)
        app.processEvents()

    services = window.runner._services  # the same data the window shows
    _send_nothing(services)
    for lang in langs:
        kiosk.session.defaults = replace(
            kiosk.session.defaults, language=lang, text_size=text_size, theme=theme
        )
        window.show_attract()
        if practice_only:
            window.start_session()
            window.choose_language(lang)
            _practice_screens(window, partial(grab, "practice", lang=lang))
            continue
        grab("journey", 1, "attract", lang)
        window.start_session()
        grab("journey", 2, "language", lang)
        window.choose_language(lang)
        grab("journey", 3, "home", lang)
        window.ask_help()
        grab("journey", 4, "help", lang)
        window.go_back()
        window.confirm_end()
        grab("journey", 5, "confirm-end", lang)
        window.go_back()
        window.show_speech_settings()
        grab("journey", 7, "speech-settings", lang)
        window.go_back()
        clock.advance(kiosk.config.timeouts.idle_s + 1)  # the resident walked away
        window.idle_tick()
        grab("journey", 8, "idle-warning", lang)
        window.go_back()
        window.show_privacy()
        grab("journey", 9, "privacy", lang)
        window.go_back()
        window.show_statement()
        grab("journey", 10, "statement", lang)
        window.go_back()
        window.request_pin("staff")
        grab("journey", 11, "staff-pin", lang)
        window.dispatch(PinChecked("staff", ok=True))  # as the desk reports a right PIN
        grab("journey", 12, "staff-panel", lang)
        window.leave_helper()
        _practice_screens(window, partial(grab, "practice", lang=lang))
        for flow in kiosk.flows:
            done: set[str] = set()
            numbers = {step.id: i + 1 for i, step in enumerate(flow.steps)}
            for script, _outcome in scripts(
                flow, partial(services.call, lang=lang), TYPED.get(flow.id)
            ):
                window.show_home()
                window.start_flow(flow.id)
                for value in [*script, _END]:
                    engine = window.engine
                    assert engine is not None  # start_flow started one
                    step = engine.current
                    if step.id not in done:
                        done.add(step.id)
                        grab(flow.id, numbers[step.id], step.id, lang)
                    if value is _END:
                        break
                    window.send(Answer(value))
        window.recover()
        grab("journey", 6, "sorry", lang)
    window.show_attract()
    window.allow_close = True
    window.close()
    return written
