"""The headset's device reaches aplay (issue 13, point 5): after set_output, the worker
plays every sentence, and the self-test, with ``aplay -D <device>``; None is the
default device again."""

from __future__ import annotations

import os
import shutil

from speech_helpers import ready_workers, wait_until


def test_set_output_plays_through_the_headsets_device(make_speaker, speech_env, tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "aplay.log"
    aplay = folder / "aplay"
    # Logs its arguments, then plays the file (its last argument) on the null device.
    last = '"$(eval echo \\${$#})"'
    real = shutil.which("aplay")
    aplay.write_text(f'#!/bin/sh\necho "$@" >> {log}\nexec {real} -q {last}\n', encoding="utf-8")
    aplay.chmod(0o755)
    env = dict(speech_env, PATH=f"{folder}{os.pathsep}{speech_env.get('PATH', '')}")
    speaker, events = make_speaker(env=env, self_test=False)
    ready_workers(events)
    speaker.set_output("plughw:1,0")
    speaker.say("Kuulokkeissa.", "fi")
    assert events.wait("audio-end", seq=1)["code"] == 0
    speaker.self_test()
    wait_until(lambda: events.all("selftest-end"), "the self-test")
    speaker.set_output(None)
    speaker.say("Kaiuttimessa.", "fi")
    assert events.wait("audio-end", seq=2)["code"] == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("-q -D plughw:1,0 ")  # the sentence
    assert lines[1].startswith("-q -D plughw:1,0 ")  # the self-test
    assert "-D" not in lines[2]  # the default device again
