"""Issue 15, point 1: the demo offers all six services, and each reaches a real result.

A kiosk with no config file is the developer's demo (`make run`): six tiles, the
"Esittely · Demo" badge, and the demo data set (assets/demo) moved to the current
week. Each flow is walked along every branch (kiosk.flow.walk) in fi, sv, en and ar,
with the real clock and with a fixed clock, and no step may end in a failure:
every service answers from the demo data, and feedback goes to the demo recorder.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from gui.helpers import settle, to_home
from PySide6.QtWidgets import QLabel

from kiosk.core.clock import HELSINKI, FixedClock, SystemClock
from kiosk.core.config import DEMO_FLOWS
from kiosk.flow.engine import Answer
from kiosk.flow.walk import scripts
from kiosk.services.feedback import DemoFeedback

pytestmark = pytest.mark.gui

#: A Sunday evening (the demo library is closed on Sundays) and a Wednesday morning.
CLOCKS = {
    "real": None,
    "wednesday-10": datetime(2031, 3, 12, 10, 0, tzinfo=HELSINKI),
    "sunday-19": datetime(2027, 8, 29, 19, 0, tzinfo=HELSINKI),
}


def demo_on(clock_name: str, make_kiosk, monkeypatch):
    """``make_kiosk`` for a demo kiosk (no config file) on the named clock."""
    import kiosk.app as app_module

    at = CLOCKS[clock_name]
    clock = SystemClock() if at is None else FixedClock(at)
    real_build = app_module.build
    monkeypatch.setattr(
        app_module, "build", lambda *a, **kw: real_build(*a, **{**kw, "clock": clock})
    )
    return make_kiosk


@pytest.fixture
def demo(make_kiosk, monkeypatch):
    return demo_on("real", make_kiosk, monkeypatch)


def shown_labels(window) -> str:
    return "\n".join(w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window))


def test_six_tiles_and_the_demo_badge(demo) -> None:
    kiosk = demo(lang="fi")
    assert kiosk.config.kiosk.demo
    assert [f.id for f in kiosk.flows] == list(DEMO_FLOWS)
    to_home(kiosk, "fi")
    home = shown_labels(kiosk.window)
    for flow in kiosk.flows:
        assert flow.title.get("fi") in home, home
    assert "Esittely · Demo" in shown_labels(kiosk.window)


@pytest.mark.parametrize(
    ("clock_name", "lang"),
    [
        ("real", "fi"),
        ("real", "sv"),
        ("real", "en"),
        ("wednesday-10", "sv"),
        ("sunday-19", "en"),
        # Arabic (issue 17): mirrored, every flow to its end, the library typed in Latin.
        ("wednesday-10", "ar"),
        # Every other shipped language, every flow to its end (issue 17).
        ("wednesday-10", "fi-x-selko"),
        ("sunday-19", "ru"),
        ("wednesday-10", "et"),
        ("wednesday-10", "uk"),
        ("sunday-19", "so"),
    ],
)
def test_every_flow_reaches_a_real_result(
    make_kiosk, monkeypatch, clock_name: str, lang: str
) -> None:
    kiosk = demo_on(clock_name, make_kiosk, monkeypatch)(lang=lang)
    window = kiosk.window
    to_home(kiosk, lang)
    services = window.runner._services
    for flow in kiosk.flows:
        walked = scripts(flow, partial(services.call, lang=lang), {"name": "Kallio"})
        assert walked, flow.id
        for script, outcome in walked:
            assert outcome == "completed", (flow.id, script, outcome)
            window.show_home()
            settle()
            window.start_flow(flow.id)
            settle()
            for value in script:
                view = kiosk.window.journey.place
                step = view.step
                assert step is None or step.error is None, (
                    f"{flow.id}: {step.step.id} failed: {step.error}"
                )
                window.send(Answer(value))
                settle()
            assert window.journey.place.step.error is None
    live = services._services.real()
    assert isinstance(live.demo_feedback, DemoFeedback)
    assert live.demo_feedback.sent, "the feedback flow sent nothing to the demo recorder"


def test_a_live_kiosk_without_an_api_key_offers_no_feedback_tile(make_kiosk, tmp_path) -> None:
    from fakecity.kiosk_config import write_city_config

    config = write_city_config(
        tmp_path / "kiosk.toml", "http://127.0.0.1:9", ["library-hours", "feedback"]
    )
    kiosk = make_kiosk(lang="en", config_path=config)
    assert [f.id for f in kiosk.flows] == ["library-hours"]
    (problem,) = [p for p in kiosk.problems if p.kind == "flow"]
    assert "feedback" in problem.detail and "open311_api_key" in problem.detail
    to_home(kiosk, "en")
    assert "Esittely · Demo" not in shown_labels(kiosk.window)  # not a demo
