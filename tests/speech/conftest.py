"""Real speech: real espeak-ng through pyttsx3, real aplay, on a sound device that needs
no sound card.

aplay on ALSA's ``null`` PCM needs nothing else (no card, no ``ctl``: a ``~/.asoundrc``
with ``pcm.!default { type null }`` is enough), but it returns at once: ``null``
swallows the samples without keeping time. That is fine (and fast) where a test only
needs what was played. Where a test needs speech that is *still playing* (stop, new
speech, forget), ``make_speaker(paced=True)`` plays into a *paced* null device instead:
an ALSA ``file`` PCM over ``null`` that pipes the samples to a small reader consuming
them at 44 100 bytes/s (22 050 Hz, 16-bit mono: espeak-ng's format). aplay waits for
that reader when it closes, so each aplay lives about as long as its sentence sounds.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from speech_helpers import RATE, VOICES, VOLUME, Events

from kiosk.speech.process_speaker import ProcessSpeaker

PACER = """\
import sys, time
rate = int(sys.argv[1])
source = sys.stdin.buffer
start, total = time.monotonic(), 0
while chunk := source.read1(4096):
    total += len(chunk)
    ahead = total / rate - (time.monotonic() - start)
    if ahead > 0:
        time.sleep(ahead)
"""


def _missing_tools() -> str | None:
    if shutil.which("aplay") is None:
        return "aplay (alsa-utils) is not installed"
    if shutil.which("soxi") is None:
        return "soxi (sox) is not installed"
    if ctypes.util.find_library("espeak-ng") is None:
        return "libespeak-ng is not installed"
    return None


def _check_tools() -> None:
    missing = _missing_tools()
    if missing:
        pytest.skip(missing)


@pytest.fixture(scope="session")
def null_audio_home(tmp_path_factory) -> Path:
    """A HOME whose ~/.asoundrc makes ALSA's null device the default one."""
    _check_tools()
    home = tmp_path_factory.mktemp("null-audio-home")
    (home / ".asoundrc").write_text("pcm.!default { type null }\n", encoding="utf-8")
    return home


@pytest.fixture(scope="session")
def paced_audio_home(tmp_path_factory) -> Path:
    """A HOME whose ~/.asoundrc makes the default ALSA device the paced null device."""
    _check_tools()
    home = tmp_path_factory.mktemp("paced-audio-home")
    pacer = home / "pace.py"
    pacer.write_text(PACER, encoding="utf-8")
    (home / ".asoundrc").write_text(
        "pcm.!default {\n"
        "    type file\n"
        '    slave.pcm "null"\n'
        f'    file "|exec {sys.executable} -S -I {pacer} 44100"\n'
        '    format "raw"\n'
        "}\n",
        encoding="utf-8",
    )
    return home


@pytest.fixture
def capture_dir(tmp_path) -> Path:
    directory = tmp_path / "capture"
    directory.mkdir()
    return directory


@pytest.fixture
def speech_env(null_audio_home, capture_dir) -> dict[str, str]:
    """The workers' environment: the null device, and a copy of every WAV played."""
    env = dict(os.environ, HOME=str(null_audio_home), KIOSK_SPEECH_CAPTURE_DIR=str(capture_dir))
    env.pop("KIOSK_SPEECH_DRIVER", None)
    return env


@pytest.fixture
def paced_env(speech_env, paced_audio_home) -> dict[str, str]:
    """As ``speech_env``, with the paced device: aplay lasts as long as the sound."""
    return dict(speech_env, HOME=str(paced_audio_home))


@pytest.fixture
def make_speaker(
    speech_env, paced_env, tmp_path
) -> Iterator[Callable[..., tuple[ProcessSpeaker, Events]]]:
    """``make_speaker(voices=VOICES, env=None, paced=False)`` → (speaker, its event log)."""
    made: list[ProcessSpeaker] = []

    def factory(
        voices: dict[str, str] | None = None,
        env: dict[str, str] | None = None,
        paced: bool = False,
        **kwargs: Any,
    ) -> tuple[ProcessSpeaker, Events]:
        if env is None:
            env = paced_env if paced else speech_env
        temp_root = tmp_path / f"speech-tmp-{len(made)}"
        temp_root.mkdir()
        speaker = ProcessSpeaker(
            dict(VOICES if voices is None else voices),
            RATE,
            VOLUME,
            env=env,
            temp_root=temp_root,
            **kwargs,
        )
        events = Events()
        speaker.on_event(events)
        made.append(speaker)
        return speaker, events

    yield factory
    for speaker in made:
        speaker.close()
