"""ProcessSpeaker with real workers: real espeak-ng voices, real aplay, a paced null device.

Each test checks what a listener would notice (speech heard, in the right voice; speech
that stops; nothing left behind) through the workers' events and the WAVs they played.
No test asserts how long anything takes.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from speech_helpers import (
    RATE,
    VOLUME,
    gone,
    group_alive,
    peak_amplitude,
    ready_workers,
    soxi,
    wait_until,
    wavs,
    without_espeak,
)

from kiosk.speech.files import self_test_name
from kiosk.speech.process_speaker import ProcessSpeaker, SpeechStatus
from kiosk.speech.speaker import Speaker

#: The first sentence alone sounds for several seconds, so it is still playing when
#: the test stops it.
LONG_FI = (
    "Tervetuloa kirjastoon, tämä kioski lukee jokaisen näytön ääneen hitaasti ja "
    "selkeästi, jotta voit kuunnella ohjeet rauhassa ja valita sitten itsellesi sopivan "
    "palvelun koskettamalla näyttöä. Voit pysäyttää puheen milloin tahansa. "
    "Voit myös kuunnella sen uudelleen."
)
LONG_EN = (
    "Welcome to the library, this kiosk reads every screen aloud slowly and clearly, so "
    "that you can listen to the instructions in peace and then choose the service you "
    "need by touching the screen. You can stop the speech at any time."
)

SAMPLES = {
    "fi": ("Kirjasto on auki tänään klo 8.00–20.00. Tervetuloa!", "urj/fi"),
    "sv": ("Biblioteket är öppet i dag kl. 8–20. Välkommen!", "gmq/sv"),
    "en": ("The library is open today from 8 am to 8 pm. Welcome!", "gmw/en"),
}


def test_is_a_speaker(make_speaker):
    speaker, _ = make_speaker()
    assert isinstance(speaker, Speaker)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_says_text_aloud_in_each_language_with_its_own_voice(make_speaker, capture_dir, lang):
    text, voice = SAMPLES[lang]
    speaker, events = make_speaker()
    speaker.say(text, lang)
    events.wait("done", seq=1)
    assert events.wait("voice", seq=1)["id"] == voice
    assert {e["lang"] for e in events.all("audio-start", seq=1)} == {lang}
    assert all(e["code"] == 0 for e in events.all("audio-end", seq=1))
    played = sorted(capture_dir.glob(f"1-*-{lang}.wav"))
    assert len(played) == 2  # two sentences, played one after the other
    for wav in played:
        assert soxi(wav, "-r") == "22050"
        assert float(soxi(wav, "-D")) > 0.3
        assert peak_amplitude(wav) > 0.05  # not silence


def test_say_many_speaks_each_part_in_its_language(make_speaker, capture_dir):
    speaker, events = make_speaker()
    speaker.say_many([("Suomeksi", "fi"), ("På svenska", "sv"), ("In English", "en")])
    events.wait("done", seq=1)
    assert [(e["lang"], e["id"]) for e in events.all("voice", seq=1)] == [
        ("fi", "urj/fi"),
        ("sv", "gmq/sv"),
        ("en", "gmw/en"),
    ]
    assert [p.name for p in sorted(capture_dir.glob("1-*.wav"))] == [
        "1-0-fi.wav",
        "1-1-sv.wav",
        "1-2-en.wav",
    ]


def test_stop_silences_the_whole_worker_group_and_the_warm_spare_speaks_next(make_speaker):
    speaker, events = make_speaker(paced=True)
    warm = ready_workers(events)
    speaker.say(LONG_FI, "fi")
    playing = events.wait("audio-start", seq=1)
    aplay, worker = playing["pid"], playing["worker"]
    assert not gone(aplay)  # the paced device keeps aplay playing the long sentence
    assert wavs(speaker.temp_dir)  # the sentence's WAV, in the speaker's own directory

    speaker.stop()
    wait_until(lambda: gone(aplay) and not group_alive(worker), "the old group to die")
    wait_until(lambda: not wavs(speaker.temp_dir), "the killed worker's WAV to be removed")
    assert not events.all("audio-start", seq=1, n=1)  # the rest of the text was not said

    speaker.say("Hei taas.", "fi")
    again = events.wait("audio-start", seq=2)
    assert again["worker"] != worker
    assert again["worker"] in warm  # the spare that was already warm took over


def test_new_speech_stops_the_old_first(make_speaker):
    speaker, events = make_speaker(paced=True)
    ready_workers(events)
    speaker.say(LONG_FI, "fi")
    first = events.wait("audio-start", seq=1)
    speaker.say(LONG_EN, "en")
    second = events.wait("audio-start", seq=2)
    wait_until(
        lambda: gone(first["pid"]) and not group_alive(first["worker"]),
        "the first speech to be killed",
    )
    assert second["worker"] != first["worker"]
    assert not gone(second["pid"])  # the new speech is the one playing
    assert not events.all("audio-start", seq=1, n=1)


def test_stop_when_silent_changes_nothing(make_speaker):
    speaker, events = make_speaker()
    speaker.say("Hei.", "fi")
    done = events.wait("done", seq=1)
    speaker.stop()
    speaker.say("Hei taas.", "fi")
    assert events.wait("audio-start", seq=2)["worker"] == done["worker"]


def test_repeat_says_the_same_again_and_forget_clears_it(make_speaker, capture_dir):
    speaker, events = make_speaker()
    speaker.say("Kirjasto sulkeutuu pian.", "fi")
    events.wait("done", seq=1)
    speaker.repeat()
    events.wait("done", seq=2)
    first = [float(soxi(p, "-D")) for p in sorted(capture_dir.glob("1-*-fi.wav"))]
    again = [float(soxi(p, "-D")) for p in sorted(capture_dir.glob("2-*-fi.wav"))]
    assert len(first) == len(again) == 1
    assert again[0] == pytest.approx(first[0], abs=0.05)  # the same words, the same voice

    speaker.forget()
    speaker.repeat()  # nothing to repeat: says nothing
    speaker.say("Goodbye.", "en")
    assert events.wait("audio-start", lang="en")["seq"] == 3
    assert not events.all(seq=4)


def test_repeat_after_say_many_repeats_every_part(make_speaker):
    speaker, events = make_speaker()
    speaker.say_many([("Suomeksi", "fi"), ("In English", "en")])
    events.wait("done", seq=1)
    speaker.repeat()
    events.wait("done", seq=2)
    assert [e["lang"] for e in events.all("voice", seq=2)] == ["fi", "en"]


def test_forget_while_speaking_leaves_no_speech_on_disk(make_speaker):
    speaker, events = make_speaker(paced=True)
    assert stat.S_IMODE(speaker.temp_dir.stat().st_mode) == 0o700
    speaker.say(LONG_FI, "fi")
    playing = events.wait("audio-start", seq=1)
    assert wavs(speaker.temp_dir)
    speaker.forget()
    assert not wavs(speaker.temp_dir)
    wait_until(lambda: gone(playing["pid"]), "speech to stop")
    speaker.repeat()
    speaker.say("Hei.", "fi")
    events.wait("done", seq=2)  # seq 2, not 3: repeat() had nothing
    assert not wavs(speaker.temp_dir)


def test_forget_removes_speech_but_not_a_self_test_about_to_play(make_speaker):
    """Leaving empties the workers' folders of every sentence, but a worker's self-test
    (a tenth of a second of silence) stays for its ``aplay``: removed as the kiosk
    reset itself just after start on a busy machine, it failed the self-test, and
    speech was reported broken (a CI run of 7 December)."""
    speaker, events = make_speaker(self_test=False)
    ready_workers(events, 1)
    folders = [folder for folder in speaker.temp_dir.iterdir() if folder.is_dir()]
    assert folders
    for folder in folders:
        (folder / self_test_name(7)).write_bytes(b"RIFF")
        (folder / "3-0-fi.wav").write_bytes(b"RIFF")
    speaker.forget()
    for folder in folders:
        assert (folder / self_test_name(7)).exists()
        assert not (folder / "3-0-fi.wav").exists()


def test_rate_and_volume_reach_the_worker_and_reset_restores_them(make_speaker, capture_dir):
    text = "Kirjasto on auki arkisin kahdeksasta kahdeksaan."
    speaker, events = make_speaker()
    speaker.set_rate(220)
    speaker.set_volume(0.3)
    speaker.say(text, "fi")
    settings = events.wait("settings", seq=1)
    assert (settings["rate"], settings["volume"]) == (220, 0.3)
    events.wait("done", seq=1)
    speaker.reset()
    assert (speaker.rate, speaker.volume) == (RATE, VOLUME)
    speaker.say(text, "fi")
    settings = events.wait("settings", seq=2)
    assert (settings["rate"], settings["volume"]) == (RATE, VOLUME)
    events.wait("done", seq=2)
    # What a listener notices: faster speech is over sooner, quieter speech is quieter.
    fast, normal = capture_dir / "1-0-fi.wav", capture_dir / "2-0-fi.wav"
    assert float(soxi(fast, "-D")) < float(soxi(normal, "-D"))
    assert peak_amplitude(fast) < peak_amplitude(normal)


def test_out_of_range_settings_are_clamped(make_speaker):
    speaker, _ = make_speaker()
    speaker.set_volume(3)
    speaker.set_rate(5)
    assert (speaker.volume, speaker.rate) == (1.0, 50)
    speaker.set_volume(-1)
    assert speaker.volume == 0.0


def test_a_worker_killed_from_outside_is_replaced_and_speech_goes_on(make_speaker):
    speaker, events = make_speaker()
    statuses: list[SpeechStatus] = []
    speaker.on_status_change(statuses.append)
    speaker.say("Hei.", "fi")
    victim = events.wait("done", seq=1)["worker"]
    os.killpg(victim, signal.SIGKILL)
    wait_until(
        lambda: "crashed, restarted" in (speaker.status.reason or ""),
        "the crash to show in the status",
    )
    assert speaker.available
    wait_until(
        lambda: any("crashed" in (s.reason or "") for s in statuses),
        "the status callback to hear of the crash",
    )
    speaker.say("Toimiiko puhe vielä?", "fi")
    assert events.wait("audio-start", seq=2)["worker"] != victim
    speaker.reset()  # a new session: the note goes
    assert speaker.status.reason is None


def test_repeated_crashes_pause_restarts_then_speech_retries(make_speaker):
    speaker, events = make_speaker(retry_after_s=1.0)
    seen: set[int] = set()
    for crashes in range(1, 4):
        wait_until(lambda n=crashes + 1: len(events.all("ready")) >= n, "a worker to be ready")
        victim = next(e["worker"] for e in events.all("ready") if e["worker"] not in seen)
        seen.add(victim)
        os.killpg(victim, signal.SIGKILL)
        wait_until(lambda v=victim: gone(v), "the worker to die")
    wait_until(lambda: "paused" in (speaker.status.reason or ""), "speech to pause")
    for event in events.all("ready"):  # no restarts now: end whatever is left
        if event["worker"] not in seen:
            os.killpg(event["worker"], signal.SIGKILL)
            seen.add(event["worker"])
    wait_until(lambda: not speaker.available, "speech to be unavailable")
    speaker.say("Hei.", "fi")  # must not raise
    assert not speaker.available

    pause_ends = time.monotonic() + 1.0
    wait_until(lambda: time.monotonic() > pause_ends, "the pause to end")
    speaker.say("Hei taas.", "fi")
    assert events.wait("audio-start", lang="fi")["worker"] not in seen
    wait_until(lambda: speaker.available, "speech to be available again")


def test_engine_that_cannot_start_makes_speech_unavailable_without_raising(
    make_speaker, speech_env
):
    statuses: list[SpeechStatus] = []
    speaker, events = make_speaker(env=dict(speech_env, KIOSK_SPEECH_DRIVER="nosuchdriver"))
    speaker.on_status_change(statuses.append)
    wait_until(lambda: not speaker.available, "speech to be unavailable")
    assert speaker.status.reason == "speech driver 'nosuchdriver' not found"
    speaker.say("Hei.", "fi")
    speaker.say_many([("Hei.", "fi"), ("Hej.", "sv")])
    speaker.repeat()
    speaker.stop()
    speaker.forget()
    wait_until(lambda: statuses and not statuses[-1].available, "the callback to be told")
    assert not events.all("audio-start")


def test_missing_espeak_ng_library_is_reported(make_speaker, speech_env, tmp_path):
    hide = without_espeak(tmp_path / "hide-espeak")
    speaker, events = make_speaker(env=dict(speech_env, PYTHONPATH=hide))
    wait_until(lambda: not speaker.available, "speech to be unavailable")
    assert speaker.status.reason == "espeak-ng not found"
    speaker.say("Hei.", "fi")
    assert not events.all("audio-start")


def test_unknown_voice_makes_only_that_language_unavailable(make_speaker, caplog):
    speaker, events = make_speaker(voices={"fi": "urj/fi", "sv": "gmq/nosuchvoice", "en": "gmw/en"})
    ready_workers(events)
    wait_until(lambda: speaker.status.languages.get("sv") is False, "sv to be unavailable")
    status = speaker.status
    assert status.available
    assert dict(status.languages) == {"fi": True, "sv": False, "en": True}
    assert status.reason == "no voice for sv"
    assert status.speaks("fi") and not status.speaks("sv")
    with caplog.at_level(logging.WARNING):
        speaker.say("Hej.", "sv")
    assert "no voice for sv" in caplog.text
    speaker.say("Hei.", "fi")
    assert events.wait("audio-start", lang="fi")["seq"] == 1  # the sv request sent nothing
    assert not events.all("audio-start", lang="sv")


def test_a_voice_can_be_named_instead_of_given_by_id(make_speaker):
    speaker, events = make_speaker(voices={"fi": "Finnish"})
    speaker.say("Hei.", "fi")
    assert events.wait("voice", seq=1)["id"] == "urj/fi"


def test_calls_return_without_waiting_for_speech_and_the_last_say_is_heard(
    make_speaker, capture_dir
):
    speaker, events = make_speaker(paced=True)
    ready_workers(events)
    for number in range(50):
        speaker.say(f"Tämä on lause numero {number}.", "fi")
    # Fifty requests went out before the last one's worker could even start speaking.
    assert not events.all("audio-start", seq=50)
    last = events.wait("audio-start", seq=50)
    for event in events.all("audio-start"):
        if event["seq"] != 50:
            wait_until(lambda e=event: gone(e["pid"]), "earlier speech to be stopped")
    for _ in range(50):
        speaker.stop()
    wait_until(lambda: gone(last["pid"]), "the last speech to stop")
    assert (capture_dir / "50-0-fi.wav").exists()
    heard_after = [e for e in events.all("audio-start") if e["received"] > last["received"]]
    assert all(e["seq"] == 50 for e in heard_after)
    speaker.say("Viimeinen lause.", "fi")
    events.wait("audio-start", seq=51)


def test_close_ends_every_worker_and_removes_the_temp_dir(make_speaker):
    speaker, events = make_speaker(paced=True)
    speaker.say(LONG_FI, "fi")
    playing = events.wait("audio-start", seq=1)
    workers = [e["worker"] for e in events.all("ready")]
    speaker.close()
    assert not speaker.temp_dir.exists()
    wait_until(lambda: all(gone(pid) for pid in [playing["pid"], *workers]), "every process to end")
    speaker.say("Hei.", "fi")  # after close: ignored, no error
    assert not speaker.available


def test_the_log_never_contains_spoken_text(make_speaker, caplog, speech_env):
    secret = "Henkilötunnus 010101A1234"
    with caplog.at_level(logging.DEBUG):
        speaker, events = make_speaker(voices={"fi": "urj/fi", "sv": "gmq/nosuchvoice"})
        ready_workers(events)
        speaker.say(secret, "fi")
        events.wait("done", seq=1)
        speaker.say(secret, "sv")
        speaker.say(secret, "de")
        speaker.say(LONG_FI + " " + secret, "fi")
        victim = events.wait("audio-start", seq=2)["worker"]
        os.killpg(victim, signal.SIGKILL)
        wait_until(lambda: "crashed" in (speaker.status.reason or ""), "the crash")
        broken, _ = make_speaker(env=dict(speech_env, KIOSK_SPEECH_DRIVER="nosuchdriver"))
        wait_until(lambda: not broken.available, "the broken speaker to give up")
        broken.say(secret, "fi")
    assert "speech" in caplog.text  # the log did say things
    assert "010101A1234" not in caplog.text
    assert "Henkilötunnus" not in caplog.text


def test_constructing_and_closing_never_waits_for_a_worker(tmp_path, speech_env):
    speaker = ProcessSpeaker({"fi": "urj/fi"}, env=speech_env, temp_root=tmp_path)
    speaker.say("Hei.", "fi")  # before any worker is ready: queued, not waited for
    speaker.close()
    assert not speaker.temp_dir.exists()


def test_saying_nothing_just_stops(make_speaker):
    speaker, events = make_speaker(paced=True)
    speaker.say(LONG_FI, "fi")
    playing = events.wait("audio-start", seq=1)
    speaker.say("   ", "fi")
    wait_until(
        lambda: gone(playing["pid"]) and not group_alive(playing["worker"]), "speech to stop"
    )
    speaker.repeat()  # the Repeat buffer still holds the last real text
    assert events.wait("audio-start", seq=2)["lang"] == "fi"


def test_speech_ends_when_the_kiosk_process_dies(paced_env, capture_dir, tmp_path):
    """A crashed kiosk leaves no worker speaking on: workers notice their parent is gone."""
    script = tmp_path / "kiosk_that_crashes.py"
    script.write_text(
        "import json, os, sys, threading\n"
        "from kiosk.speech.process_speaker import ProcessSpeaker\n"
        "playing = threading.Event()\n"
        "found = {}\n"
        "def on_event(e):\n"
        "    if e.get('event') == 'audio-start':\n"
        "        found.update(aplay=e['pid'], worker=e['worker']); playing.set()\n"
        "speaker = ProcessSpeaker({'fi': 'urj/fi'}, env=json.loads(sys.argv[1]),\n"
        "                         temp_root=sys.argv[2])\n"
        "speaker.on_event(on_event)\n"
        f"speaker.say({LONG_FI!r}, 'fi')\n"
        "playing.wait(20)\n"
        "print(json.dumps(found), flush=True)\n"
        "os._exit(1)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script), json.dumps(paced_env), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found, done.stderr
    wait_until(
        lambda: gone(found["aplay"]) and not group_alive(found["worker"]),
        "the orphaned worker to end its speech",
    )
    assert [p.name for p in wavs(capture_dir)] == ["1-0-fi.wav"]  # no further sentence
