"""Speech says when nothing can be heard (issue 13, point 4).

A fake ``aplay`` on the workers' PATH exits 1, as aplay does when the audio device
fails. Within one sentence the speaker says speech is not working, and so do the top
bar, the staff panel and ``kiosk_speech_available``; when the device works again the
silent self-test notices it without anybody speaking. At start the self-test plays a
tenth of a second of silence through the device before anyone needs speech.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from speech_helpers import ready_workers, wait_until

from kiosk.journey.events import PinChecked

FAILING = "#!/bin/sh\n# The audio device fails: aplay gives up at once.\nexit 1\n"


def speech_metric(metrics) -> float:
    """``kiosk_speech_available`` as a scrape of /metrics reads it."""
    for family in text_string_to_metric_families(metrics.exposition()):
        for sample in family.samples:
            if sample.name == "kiosk_speech_available":
                return sample.value
    raise AssertionError("no kiosk_speech_available")


@pytest.fixture
def fake_aplay(tmp_path: Path, speech_env: dict[str, str]) -> tuple[dict[str, str], Callable]:
    """(the workers' environment with a failing aplay first on PATH, works(bool))."""
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    script = folder / "aplay"
    real = shutil.which("aplay")

    def works(ok: bool) -> None:
        script.write_text(f'#!/bin/sh\nexec {real} "$@"\n' if ok else FAILING, encoding="utf-8")
        script.chmod(0o755)

    works(False)
    env = dict(speech_env, PATH=f"{folder}{os.pathsep}{speech_env.get('PATH', '')}")
    return env, works


def test_a_failing_device_means_not_working_within_one_sentence(make_speaker, fake_aplay):
    env, works = fake_aplay
    speaker, events = make_speaker(env=env, self_test=False, audio_retry_s=0.3)
    seen: list[tuple] = []
    speaker.on_event(lambda e: seen.append(("event", e.get("event"), e.get("n"))))
    speaker.on_status_change(lambda s: seen.append(("status", s.available)))
    ready_workers(events)
    assert speaker.available
    speaker.say("Ensimmäinen lause. Toinen lause. Kolmas lause.", "fi")
    assert events.wait("audio-end", seq=1, n=0)["code"] == 1
    wait_until(lambda: not speaker.available, "speech reported as not working")
    wait_until(lambda: ("event", "audio-start", 1) in seen, "the second sentence")
    # Status callbacks and events arrive in the order they happened: the status
    # changed after the first sentence, before the second one began.
    down = seen.index(("status", False))
    assert down < seen.index(("event", "audio-start", 1))
    assert "aplay exit code 1" in (speaker.status.reason or "")

    events.wait("done", seq=1)
    assert not speaker.available  # every sentence failed

    works(True)  # the device is back; nobody speaks, the self-test notices it
    wait_until(lambda: speaker.available, "recovery noticed")
    assert "works again" in (speaker.status.reason or "")
    # The self-test's own event may reach the test's log a moment after the status:
    # waited for, not read at once (it failed under load in CI).
    assert events.wait("selftest-end", code=0)
    speaker.reset()  # the session ends: the note is for the session it happened in
    assert speaker.status.reason is None


def test_the_start_up_self_test_finds_a_failing_device_before_anyone_speaks(
    make_speaker, fake_aplay
):
    env, _works = fake_aplay
    speaker, events = make_speaker(env=env)
    assert events.wait("selftest-end")["code"] == 1
    wait_until(lambda: not speaker.available, "the self-test's failure")
    assert events.all("audio-start") == []
    assert "audio output failed" in (speaker.status.reason or "")


def test_the_start_up_self_test_passes_on_a_working_device(make_speaker):
    speaker, events = make_speaker()
    assert events.wait("selftest-end")["code"] == 0
    assert events.wait("selftest-end")["seq"] < 0  # apart from the says' numbers
    assert speaker.available and speaker.status.reason is None
    wait_until(lambda: speaker.warm, "warm workers after the self-test")


def test_top_bar_staff_panel_and_metric_say_it_and_say_it_works_again(
    make_kiosk, make_speaker, fake_aplay, qtbot, tmp_path
):
    env, works = fake_aplay
    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\ndemo = true\n[monitoring]\nenabled = true\n", encoding="utf-8")
    speaker, _events = make_speaker(env=env, audio_retry_s=0.3)
    kiosk = make_kiosk(lang="fi", speaker=speaker, config_path=config)
    window = kiosk.window
    window.start_session()
    window.choose_language("fi")
    qtbot.waitUntil(lambda: window.top.buttons["speech"].text() == "Puhe: ei toimi", timeout=10_000)
    assert speech_metric(kiosk.metrics) == 0
    window.request_pin("staff")
    window.dispatch(PinChecked("staff", ok=True))  # as the staff desk reports a right PIN
    assert window.screen_name == "staff-panel"
    assert any(line.startswith("Puhe ei toimi.") for line in kiosk.window.desk.problems())

    works(True)
    qtbot.waitUntil(
        lambda: window.top.buttons["speech"].accessibleDescription() == "Puhe: päällä",
        timeout=10_000,
    )
    assert speech_metric(kiosk.metrics) == 1
    problems = kiosk.window.desk.problems()
    assert any(line.startswith("Puheessa oli vika. Nyt se toimii.") for line in problems)
    assert not any(line.startswith("Puhe ei toimi.") for line in problems)
