"""Fault survival: the speech worker dies mid-sentence in the running kiosk.

The kiosk here speaks with the real ProcessSpeaker (espeak-ng through pyttsx3) into the
paced null device, so a sentence is still playing when its worker is killed. What is
checked is what a resident and the staff notice: the screen keeps answering taps, the
next screen is spoken again (or the kiosk says plainly that speech is not working),
nothing typed is lost, and no error ever reaches the crash hook's "sorry" screen.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from speech_helpers import PATIENCE_S, Events, gone, wait_until, without_espeak

from kiosk.speech.process_speaker import CRASH_LIMIT
from kiosk.ui.widgets import BigButton

pytestmark = [pytest.mark.faults, pytest.mark.gui]

FLOW = "library-hours"
#: qtbot waits, in ms: a guard against a hung test, not a timing requirement.
PATIENCE_MS = int(PATIENCE_S * 1000)
NOT_WORKING = "Speech is not working."
RECOVERED = "Speech had a problem. It works now."


# Driving the kiosk as a resident would ----------------------------------------------


def start_flow(window, flow_id: str = FLOW) -> None:
    """A fresh session in English, straight into ``flow_id``'s first step."""
    window.show_attract()
    window.start_session()
    window.choose_language("en")
    window.start_flow(flow_id)


def tap(qtbot, widget) -> None:
    """A real tap: it passes the window's event filter, which stops speech (A3)."""
    assert widget is not None
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(window, name: str) -> BigButton:
    """The control ``name`` on the screen: the page's, or its Continue in the space bar's
    row of the window's keyboard on a text step."""
    found = [b for b in window.findChildren(BigButton, name) if b.isVisibleTo(window)]
    assert len(found) == 1, f"no {name} on {window.screen_name}"
    return found[0]


def type_on_keyboard(qtbot, window, text: str) -> None:
    """Type with the on-screen keyboard; each key is echoed aloud as it would be."""
    for char in text:
        tap(qtbot, window.page.keyboard.key(char))


def loop_answers(qtbot) -> None:
    """The GUI event loop runs a queued call promptly: the screen is not frozen."""
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=2000)


def screen_texts(window) -> list[str]:
    return [label.text() for label in window.page.findChildren(QLabel)]


def open_staff_panel(qtbot, window) -> None:
    """Enter helper mode with the demo PIN, as staff do at the kiosk."""
    window.request_pin("staff")
    for digit in "1234":
        button(window, f"pin_{digit}").click()
    button(window, "pin_ok").click()
    qtbot.waitUntil(lambda: window.screen_name == "staff-panel", timeout=PATIENCE_MS)


def staff_panel_texts(qtbot, window) -> list[str]:
    """What the staff panel says, read in helper mode; then back to the resident."""
    open_staff_panel(qtbot, window)
    texts = screen_texts(window)
    button(window, "staffLeave").click()
    return texts


def last_seq(events: Events) -> int:
    """The newest request any worker has reported on (requests are numbered in order)."""
    return max((e["seq"] for e in events.all() if "seq" in e), default=0)


def next_audio(events: Events, after_seq: int, not_from: int | None = None) -> dict[str, Any]:
    """The first sentence of a request newer than ``after_seq`` to start playing, from
    any worker but ``not_from``. (Numbers, not arrival order: a killed worker's last
    events may still be on their way.)"""

    def found() -> list[dict[str, Any]]:
        return [
            e for e in events.all("audio-start") if e["seq"] > after_seq and e["worker"] != not_from
        ]

    wait_until(found, "a sentence to start")
    return found()[0]


def finish_flow(qtbot, window) -> None:
    """From the name step: Next, the first library found, Next, the done screen."""
    tap(qtbot, button(window, "nextButton"))
    assert window.screen_name == f"step:{FLOW}:pick"
    item = next(
        b for b in window.page.findChildren(BigButton) if b.objectName().startswith("item_")
    )
    tap(qtbot, item)
    assert window.screen_name == f"step:{FLOW}:hours_other"
    tap(qtbot, button(window, "nextButton"))
    assert window.screen_name == f"step:{FLOW}:done"


def assert_never_crashed(shown: list[str], caplog) -> None:
    """Nothing reached the kiosk's crash hook (it logs "uncaught" and shows "sorry"),
    and no speech callback failed on the speaker's notifier thread."""
    assert "sorry" not in shown
    messages = [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if m.startswith("uncaught")]
    assert not [m for m in messages if "callback failed" in m]


class WorkerKiller:
    """Kills every speech worker that has started (and, once on, every new one), as a
    broken engine or an out-of-memory killer would: SIGKILL to its process group, so
    its aplay dies with it."""

    def __init__(self, events: Events) -> None:
        self.events = events
        self.on = False
        self.killed: set[int] = set()
        self._lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> None:
        # Runs on the speaker's notifier thread, after ``events`` has recorded the event.
        if self.on and event.get("event") == "ready":
            self.kill(event["worker"])

    def start(self) -> None:
        self.on = True
        for event in self.events.all("ready"):
            self.kill(event["worker"])

    def stop(self) -> None:
        self.on = False

    def kill(self, pid: int) -> None:
        with self._lock:
            # A worker pid is also its group id; never signal one that is already gone
            # (its number may belong to someone else by now).
            if pid in self.killed or gone(pid):
                return
            self.killed.add(pid)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)


@pytest.fixture
def watch(caplog):
    """Record every log line (the kiosk's crash hook and the speaker log there)."""
    caplog.set_level(logging.INFO)
    return caplog


# The tests ----------------------------------------------------------------------------


def typing_a_name(make_kiosk, qtbot, speaker, text: str):
    """A kiosk with ``speaker``; the resident has typed ``text`` on the library-name
    step and speech has settled. Returns (kiosk, window, screens shown so far)."""
    kiosk = make_kiosk(lang="en", speaker=speaker)
    window = kiosk.window
    shown: list[str] = []
    window.screen_shown.connect(shown.append)
    start_flow(window)
    tap(qtbot, button(window, "option_other"))
    assert window.screen_name == f"step:{FLOW}:name"
    type_on_keyboard(qtbot, window, text)
    # Every key echo is over and a warm spare waits: the next sentence is the screen's.
    wait_until(lambda: speaker.warm, "speech to settle after typing")
    return kiosk, window, shown


def test_worker_killed_mid_sentence_the_resident_goes_on_and_hears_the_next_screen(
    make_kiosk, make_speaker, qtbot, watch
):
    """A worker killed mid-sentence: taps still work, the next screen is spoken, text kept."""
    speaker, events = make_speaker(paced=True)
    kiosk, window, shown = typing_a_name(make_kiosk, qtbot, speaker, "kallio")

    before = last_seq(events)
    tap(qtbot, window.bottom.buttons["repeat"])  # the resident asks to hear the screen
    playing = next_audio(events, before)
    victim, seq = playing["worker"], playing["seq"]
    os.killpg(victim, signal.SIGKILL)

    loop_answers(qtbot)  # the kill does not freeze the screen
    wait_until(lambda: gone(playing["pid"]), "the interrupted sentence to go silent")
    wait_until(
        lambda: "crashed, restarted" in (speaker.status.reason or ""),
        "the speaker to notice the crash",
    )
    assert not events.all("done", seq=seq), "the worker died mid-request, not after it"
    # IT finds the crash in the log; the resident's screen and top bar stay as they were.
    assert any("exited unexpectedly" in r.getMessage() for r in watch.records)
    assert window.screen_name == f"step:{FLOW}:name"
    assert window.page.fields["name"].text() == "kallio"
    assert window.top.buttons["speech"].accessibleDescription() == "Speech: on"
    # Speech works again, so staff are not told it is broken (no false alarm).
    panel = staff_panel_texts(qtbot, window)
    assert not any(text.startswith(NOT_WORKING) for text in panel)
    assert any(text.startswith(RECOVERED) and "crashed" in text for text in panel), panel
    assert window.screen_name == f"step:{FLOW}:name"
    assert window.page.fields["name"].text() == "kallio"

    before = last_seq(events)
    tap(qtbot, button(window, "nextButton"))
    assert window.screen_name == f"step:{FLOW}:pick"
    heard = next_audio(events, before, not_from=victim)
    assert heard["n"] == 0  # a new worker speaks the new screen from its start
    loop_answers(qtbot)

    # Back: the typed name is still in the field, as the answers and drafts keep it.
    tap(qtbot, window.bottom.buttons["back"])
    assert window.screen_name == f"step:{FLOW}:name"
    assert window.page.fields["name"].text() == "kallio"
    assert kiosk.session.drafts[FLOW]["name.name"] == "kallio"
    finish_flow(qtbot, window)
    answers = kiosk.session.answers[FLOW]
    assert answers["which"] == "other" and answers["name"] == "kallio" and answers["pick"]
    assert speaker.available
    assert_never_crashed(shown, watch)


@pytest.mark.parametrize("when", ["idle", "mid-sentence"])
def test_a_worker_that_died_unnoticed_just_before_a_tap_still_leaves_the_screen_spoken(
    make_kiosk, make_speaker, qtbot, watch, when
):
    """A worker dies just as the resident taps on: the next screen is still spoken."""
    speaker, events = make_speaker(paced=True)
    kiosk, window, shown = typing_a_name(make_kiosk, qtbot, speaker, "kallio")
    if when == "idle":
        # The worker that echoed the last key is the idle active one: the next say is its.
        victim = max(events.all("done"), key=lambda e: e["seq"])["worker"]
    else:
        before = last_seq(events)
        tap(qtbot, window.bottom.buttons["repeat"])
        victim = next_audio(events, before)["worker"]

    before = last_seq(events)
    # Holding the speaker's lock keeps its reader thread from noticing the death until
    # the tap has sent the next screen's speech: the unlucky order, made certain. (The
    # lock is re-entrant and the tap runs on this same thread.)
    with speaker._lock:
        os.killpg(victim, signal.SIGKILL)
        wait_until(lambda: gone(victim), "the worker to die")
        tap(qtbot, button(window, "nextButton"))
        assert window.screen_name == f"step:{FLOW}:pick"
    heard = next_audio(events, before, not_from=victim)
    assert heard["n"] == 0  # the whole new screen, from its start
    if when == "idle":
        # The say had gone to the dead worker; the speaker sent it on (and logs that).
        assert any("sent again" in r.getMessage() for r in watch.records)
    assert kiosk.session.answers[FLOW]["name"] == "kallio"
    assert speaker.available
    assert_never_crashed(shown, watch)


def test_every_worker_dying_pauses_speech_and_the_resident_still_finishes(
    make_kiosk, make_speaker, qtbot, watch
):
    """Workers that keep dying: speech pauses, top bar and staff say so, the flow finishes."""
    # The pause outlasts the test, so "not working" holds while it is checked; the
    # retry after the pause is test_speech_process.py's.
    speaker, events = make_speaker(paced=True, retry_after_s=600.0)
    killer = WorkerKiller(events)
    speaker.on_event(killer)
    kiosk, window, shown = typing_a_name(make_kiosk, qtbot, speaker, "ka")
    before = last_seq(events)
    tap(qtbot, window.bottom.buttons["repeat"])
    playing = next_audio(events, before)  # the name screen is being read aloud

    killer.start()  # the speaking worker, the warm spare and every one after them
    loop_answers(qtbot)
    # The resident types on while workers die; every key still lands in the field.
    type_on_keyboard(qtbot, window, "llio")
    loop_answers(qtbot)
    assert not events.all("done", seq=playing["seq"]), "killed mid-request"
    qtbot.waitUntil(
        lambda: window.top.buttons["speech"].text() == "Speech: not working", timeout=PATIENCE_MS
    )
    assert "paused" in (speaker.status.reason or "")
    assert window.page.fields["name"].text() == "kallio"

    assert any(text.startswith(NOT_WORKING) for text in staff_panel_texts(qtbot, window))
    assert window.screen_name == f"step:{FLOW}:name"
    # The speech button tells the resident too, and Back returns with the text intact.
    tap(qtbot, window.top.buttons["speech"])
    assert window.screen_name == "speech-settings"
    assert any("Speech is not working now." in text for text in screen_texts(window))
    tap(qtbot, window.bottom.buttons["back"])
    assert window.screen_name == f"step:{FLOW}:name"
    assert window.page.fields["name"].text() == "kallio"

    finish_flow(qtbot, window)
    answers = kiosk.session.answers[FLOW]
    assert answers["which"] == "other" and answers["name"] == "kallio" and answers["pick"]
    assert window.top.buttons["speech"].text() == "Speech: not working"
    killer.stop()
    assert len(killer.killed) >= CRASH_LIMIT
    assert_never_crashed(shown, watch)


@pytest.mark.parametrize("broken", ["espeak-ng missing", "worker cannot start"])
def test_without_a_working_engine_the_kiosk_serves_silently(
    make_kiosk, make_speaker, speech_env, tmp_path, qtbot, watch, broken
):
    """No espeak-ng, or no worker at all: the kiosk works silently and says so."""
    if broken == "espeak-ng missing":
        hide = without_espeak(tmp_path / "hide-espeak")
        speaker, events = make_speaker(env=dict(speech_env, PYTHONPATH=hide))
    else:
        speaker, events = make_speaker(python=str(tmp_path / "no-such-python"))
    kiosk = make_kiosk(lang="en", speaker=speaker)
    window = kiosk.window
    shown: list[str] = []
    window.screen_shown.connect(shown.append)
    start_flow(window)
    # Staff look at the panel while the engine fails (or just after): it says so.
    open_staff_panel(qtbot, window)
    qtbot.waitUntil(
        lambda: any(t.startswith(NOT_WORKING) for t in screen_texts(window)), timeout=PATIENCE_MS
    )
    button(window, "staffLeave").click()
    assert window.screen_name == f"step:{FLOW}:which"
    assert window.top.buttons["speech"].text() == "Speech: not working"
    tap(qtbot, button(window, "option_other"))
    type_on_keyboard(qtbot, window, "kallio")
    finish_flow(qtbot, window)
    assert kiosk.session.answers[FLOW]["name"] == "kallio"
    assert not events.all("audio-start")
    assert_never_crashed(shown, watch)
