"""Render every screen of every enabled flow to PNG, offscreen.

The team looks at these in every language, at 200 % and in high contrast, as a
resident would. File names: ``<flow>-<nn>-<step>-<lang>-<size>-<theme>.png``; the
screens around the flows use the flow name ``journey``.

The kiosk is built by ``kiosk.app.build``, which the caller (``kiosk/cli.py``) hands
in: the UI does not import the composition root that imports it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
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
from kiosk.flow.spec import Flow, StepKind
from kiosk.flow.walk import covering
from kiosk.journey import events as ev
from kiosk.journey import practice
from kiosk.journey.events import PinChecked
from kiosk.services.feedback import DemoFeedback
from kiosk.services.lazy_services import LazyLiveServices
from kiosk.services.snapshot import Snapshot
from kiosk.speech.recording import RecordingSpeaker
from kiosk.ui.chime import SilentChime
from kiosk.ui.window import KioskWindow

_END = object()


@dataclass(frozen=True)
class Shown:
    """A screen the walk has put on the window: its flow (``journey`` and ``practice``
    for the screens around the flows), number and name in that flow, and language."""

    flow: str
    index: int
    name: str
    lang: str = ""

    @property
    def file_stem(self) -> str:
        return f"{self.flow}-{self.index:02d}-{self.name}-{self.lang}"


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


def _practice_screens(window: KioskWindow) -> Iterator[Shown]:
    """Every practice screen (issue 18), a wrong answer's too, then home again."""
    window.show_home()
    window.dispatch(ev.Practice("open"))
    yield from _with_pages(window, Shown("practice", 0, "lessons"))
    for number, lesson in enumerate(practice.LESSONS, start=1):
        window.dispatch(ev.Practice("lesson", lesson))
        for index, value in enumerate(practice.script(lesson)):
            step = practice.LESSONS[lesson][index]
            yield from _with_pages(
                window, Shown("practice", number * 10 + index, f"{lesson}-{step}")
            )
            if value:  # an asking step: a wrong answer first, as a resident might
                window.dispatch(ev.Practice("answer", "wrong"))
                yield from _with_pages(
                    window, Shown("practice", number * 10 + index, f"{lesson}-{step}-wrong")
                )
            window.dispatch(ev.Practice("answer", value))
        yield from _with_pages(window, Shown("practice", number * 10 + 9, f"{lesson}-done"))
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
    while live is not None and not isinstance(live, LazyLiveServices):
        live = getattr(live, "_services", None)
    if live is not None:
        live.real().demo_feedback = DemoFeedback()
        live.http.read_only = True
    print("screenshots: nothing is sent to the city (feedback goes to the demo recorder)")


def build_for_walk(
    build: BuildKiosk,
    config_path: Path | None = None,
    size: tuple[int, int] = (1920, 1080),
    all_flows: bool = False,
) -> tuple[BuiltKiosk, FixedClock]:
    """A silent kiosk on the screenshot clock that sends nothing, and its clock (the
    walk moves it on to show the idle warning)."""
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
    _send_nothing(kiosk.window.runner._services)
    return kiosk, clock


def walk_screens(
    kiosk: BuiltKiosk,
    clock: FixedClock,
    langs: list[str],
    text_size: int = 100,
    theme: str = "standard",
    revisit_chosen: bool = False,
    practice_only: bool = False,
) -> Iterator[Shown]:
    """Show every screen of the journey and of every flow, one after another; each is
    yielded while it is on the window. With ``revisit_chosen``, each choice and list
    step is also shown again after Back, with the resident's answer marked on it;
    ``practice_only``: the practice screens alone."""
    window = kiosk.window
    services = window.runner._services  # the same data the window shows
    for lang in langs:
        kiosk.session.defaults = replace(
            kiosk.session.defaults, language=lang, text_size=text_size, theme=theme
        )
        window.show_attract()
        if practice_only:
            window.start_session()
            window.choose_language(lang)
            for shown in _practice_screens(window):
                yield replace(shown, lang=lang)
            continue
        yield from _with_pages(window, Shown("journey", 1, "attract", lang))
        window.start_session()
        yield from _with_pages(window, Shown("journey", 2, "language", lang))
        window.choose_language(lang)
        yield from _with_pages(window, Shown("journey", 3, "home", lang))
        window.ask_help()
        yield from _with_pages(window, Shown("journey", 4, "help", lang))
        window.go_back()
        window.confirm_end()
        yield from _with_pages(window, Shown("journey", 5, "confirm-end", lang))
        window.go_back()
        window.show_speech_settings()
        yield from _with_pages(window, Shown("journey", 7, "speech-settings", lang))
        window.go_back()
        clock.advance(kiosk.config.timeouts.idle_s + 1)  # the resident walked away
        window.idle_tick()
        yield from _with_pages(window, Shown("journey", 8, "idle-warning", lang))
        window.go_back()
        window.show_privacy()
        yield from _with_pages(window, Shown("journey", 9, "privacy", lang))
        window.go_back()
        window.show_statement()
        yield from _with_pages(window, Shown("journey", 10, "statement", lang))
        window.go_back()
        window.request_pin("staff")
        yield from _with_pages(window, Shown("journey", 11, "staff-pin", lang))
        window.dispatch(PinChecked("staff", ok=True))  # as the desk reports a right PIN
        yield from _with_pages(window, Shown("journey", 12, "staff-panel", lang))
        window.leave_helper()
        for shown in _practice_screens(window):
            yield replace(shown, lang=lang)
        for flow in kiosk.flows:
            yield from _flow_screens(window, flow, services, lang, revisit_chosen)
        window.recover()
        yield from _with_pages(window, Shown("journey", 6, "sorry", lang))
    window.show_attract()


def _with_pages(window: KioskWindow, shown: Shown) -> Iterator[Shown]:
    """The screen, then each other page of a screen in pages (issue 14): nothing goes
    unlooked at. Back on its first page afterwards."""
    yield shown
    pager = getattr(window.page, "pager", None)
    if pager is None or pager.count() < 2:
        return
    first = pager.index
    for number in range(pager.count()):
        if number != first:
            pager.show_page(number, announce=False)
            yield replace(shown, name=f"{shown.name}-page{number + 1}")
    pager.show_page(first, announce=False)


#: Steps whose answer is drawn on the step when the resident comes Back to it.
_MARKED = (StepKind.CHOICE, StepKind.RESULTS)


def _flow_screens(
    window: KioskWindow, flow: Flow, services: object, lang: str, revisit_chosen: bool
) -> Iterator[Shown]:
    done: set[str] = set()
    numbers = {step.id: i + 1 for i, step in enumerate(flow.steps)}
    call = partial(services.call, lang=lang)  # type: ignore[attr-defined]
    for script in covering(flow, call, TYPED.get(flow.id)):
        window.show_home()
        window.start_flow(flow.id)
        for value in [*script, _END]:
            engine = window.engine
            assert engine is not None  # start_flow started one
            step = engine.current
            first = step.id not in done
            if first:
                done.add(step.id)
                yield from _with_pages(window, Shown(flow.id, numbers[step.id], step.id, lang))
            if value is _END:
                break
            window.send(Answer(value))
            if first and revisit_chosen and step.kind in _MARKED:
                after = window.engine
                if after is not None and after.current.id != step.id:
                    window.go_back()
                    if window.engine is not None and window.engine.current.id == step.id:
                        yield from _with_pages(
                            window, Shown(flow.id, numbers[step.id], f"{step.id}-chosen", lang)
                        )
                        window.send(Answer(value))


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
    kiosk, clock = build_for_walk(build, config_path, size, all_flows)
    window, app = kiosk.window, kiosk.app
    out_dir.mkdir(parents=True, exist_ok=True)
    window.show()
    written = 0
    for shown in walk_screens(kiosk, clock, langs, text_size, theme, practice_only=practice_only):
        app.processEvents()
        path = out_dir / f"{shown.file_stem}-{text_size}-{theme}.png"
        window.grab().save(str(path))
        written += 1
    window.allow_close = True
    window.close()
    return written
