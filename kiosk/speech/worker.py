"""The speech worker: one pyttsx3 engine in its own process (DESIGN §6).

Started by :class:`kiosk.speech.process_speaker.ProcessSpeaker` as
``python -m kiosk.speech.worker`` in a new session, so that killing its process group
also kills the ``aplay`` that is playing. It speaks one sentence at a time
(``engine.say`` + ``runAndWait`` each), so the first sentence plays while the rest waits.

Protocol: JSON, one object a line. The parent writes to stdin::

    {"cmd": "config", "voices": {"fi": "urj/fi", "sv": "gmq/sv", "en": "gmw/en"}}   (first)
    {"cmd": "say", "seq": 7, "parts": [["Hei.", "fi"]], "rate": 140, "volume": 0.8,
     "device": "plughw:0,0"}                               (device: optional, aplay -D)
    {"cmd": "selftest", "seq": 8, "device": null}   (play 0.1 s of silence: can we be heard?)
    {"cmd": "quit"}

The worker answers on stdout (never with the spoken text: it may be personal data)::

    {"event": "ready", "pid": ..., "driver": "espeak", "voices": {"fi": "urj/fi", "sv": null}}
    {"event": "failed", "reason": "espeak-ng not found"}          (then exits with code 3)
    {"event": "settings", "seq": 7, "rate": 140, "volume": 0.8}   (read back from the engine)
    {"event": "voice", "seq": 7, "lang": "fi", "id": "urj/fi"}      (read back from the engine)
    {"event": "audio-start", "seq": 7, "n": 0, "part": 0, "lang": "fi", "pid": <aplay pid>}
    {"event": "audio-end", "seq": 7, "n": 0, "code": 0}      (code: aplay's exit code)
    {"event": "selftest-end", "seq": 8, "n": 0, "code": 0}
    {"event": "skipped", "seq": 7, "lang": "sv", "reason": "no voice for sv"}
    {"event": "error", "seq": 7, "reason": "aplay not found"}
    {"event": "done", "seq": 7}

Environment: ``TMPDIR`` (the parent's private directory: the temporary WAVs hold spoken
text), ``KIOSK_SPEECH_DRIVER`` (pyttsx3 driver name; default: the platform's),
``KIOSK_SPEECH_CAPTURE_DIR`` (tests: keep a copy of every WAV as ``<seq>-<n>-<lang>.wav``).

The pyttsx3 espeak driver synthesises a whole utterance, writes it to a temporary WAV
and plays it with ``os.system("aplay <file> -q")``. This module swaps the driver's
``os`` for a shim whose ``system`` runs ``aplay`` with :mod:`subprocess` instead, so it
can report the player's pid the moment playback starts.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

from kiosk.speech.files import self_test_name
from kiosk.speech.sentences import split_sentences

# The names below are for mypy only (the annotations are never evaluated): importing
# typing would cost every worker process ~0.5 MB of memory (issue 19). Type checkers
# take any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, BinaryIO

FAILED_EXIT_CODE = 3


class _Channel:
    """The protocol stream: the real stdout, which nothing else may write to."""

    def __init__(self) -> None:
        # pyttsx3 prints to stdout ("Playback error: …"), and C libraries may too, so
        # the protocol keeps a private copy of fd 1 and fd 1 itself goes to stderr.
        self._out: BinaryIO = os.fdopen(os.dup(1), "wb", buffering=0)
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        self._lock = threading.Lock()

    def emit(self, event: str, **fields: Any) -> None:
        line = json.dumps({"event": event, **fields}, ensure_ascii=True) + "\n"
        with self._lock:
            try:
                self._out.write(line.encode("ascii"))
            except OSError:  # the parent has gone: nothing left to do
                _kill_own_group()


def _kill_own_group() -> None:
    """Exit now, taking any ``aplay`` of ours with us."""
    try:
        os.killpg(os.getpgrp(), signal.SIGKILL)
    finally:
        os._exit(1)


def describe_init_failure(exc: BaseException, driver: str | None) -> str:
    """A short, text-free reason for a status line and the log."""
    message = str(exc)
    if isinstance(exc, ModuleNotFoundError):
        if (exc.name or "").startswith("pyttsx3.drivers"):
            return f"speech driver {driver or 'default'!r} not found"
        return f"{exc.name or 'a module'} not installed"
    if "espeak" in message.lower() and ("install" in message or "libespeak" in message):
        return "espeak-ng not found"
    if "could not initialize espeak" in message:
        return "espeak-ng could not start"
    return f"speech engine failed to start ({type(exc).__name__})"


def resolve_voice(wanted: str, voices: list[Any]) -> str | None:
    """The id of the engine voice ``wanted`` names: by id first, then by name.

    espeak-ng ids are file identifiers such as ``urj/fi`` (pyttsx3 lower-cases them);
    SAPI5 ids are registry tokens, so on Windows a configured name such as
    ``Microsoft Heidi Desktop`` is matched against the voices' names instead.
    """
    key = wanted.strip().casefold()
    if not key:
        return None
    for voice in voices:
        if str(voice.id).casefold() == key:
            return str(voice.id)
    for voice in voices:
        if str(voice.name or "").casefold() == key:
            return str(voice.id)
    return None


class _Player:
    """Stands in for the espeak driver's ``os.system("aplay <file> -q")``."""

    def __init__(self, channel: _Channel, capture_dir: str | None) -> None:
        self.channel = channel
        self.capture_dir = Path(capture_dir) if capture_dir else None
        self.seq = 0
        self.n = 0
        self.part = 0  # which of the request's parts is playing (for skipping ahead)
        self.lang = ""
        self.device: str | None = None  # the ALSA device (-D); None: the default
        self.silent = False  # warm-up synthesis: write the WAV, play nothing
        self.failed: str | None = None
        #: Called once per request, at its first playback: the engine has applied the
        #: request's settings by then (espeak applies parameters on its own thread).
        self.report_settings: Any = None

    def system(self, command: str) -> int:
        prefix, suffix = "aplay ", " -q"
        if not (command.startswith(prefix) and command.endswith(suffix)):
            return os.system(command)  # not the driver's playback: behave as before
        path = command[len(prefix) : -len(suffix)]
        if self.silent:
            return 0
        if self.report_settings is not None:
            report, self.report_settings = self.report_settings, None
            report()
        if self.capture_dir is not None:
            try:
                shutil.copyfile(path, self.capture_dir / f"{self.seq}-{self.n}-{self.lang}.wav")
            except OSError as exc:
                print(f"speech worker: capture failed: {type(exc).__name__}", file=sys.stderr)
        return self.play(path)

    def play(self, path: str, event: str = "audio") -> int:
        """Play a WAV with aplay on the request's device and report it; the exit code."""
        device = ["-D", self.device] if self.device else []
        try:
            player = subprocess.Popen(
                ["aplay", "-q", *device, path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
            )
        except OSError:
            self.failed = "aplay not found"
            self.channel.emit("error", seq=self.seq, reason=self.failed)
            return 127
        if event == "audio":
            self.channel.emit(
                "audio-start",
                seq=self.seq,
                n=self.n,
                part=self.part,
                lang=self.lang,
                pid=player.pid,
            )
        code = player.wait()
        self.channel.emit(f"{event}-end", seq=self.seq, n=self.n, code=code)
        return code


class _OsShim:
    """The espeak driver's view of :mod:`os`, with ``system`` replaced."""

    def __init__(self, system: Any) -> None:
        self.system = system

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


class Worker:
    def __init__(self, channel: _Channel, engine: Any, driver: str) -> None:
        self.channel = channel
        self.engine = engine
        self.driver = driver
        self.voices: dict[str, str | None] = {}
        self.voice: str | None = None
        self.rate: int | None = None
        self.volume: float | None = None
        self.player = _Player(channel, os.environ.get("KIOSK_SPEECH_CAPTURE_DIR") or None)
        # pyttsx3 has no type information: its driver module is patched as it is.
        module: Any = sys.modules.get("pyttsx3.drivers.espeak")
        self.patched = False
        if module is not None and driver == "espeak" and hasattr(module, "os"):
            module.os = _OsShim(self.player.system)
            self.patched = True
        else:
            # Other drivers (SAPI5, NSSpeech) play by themselves: report their start.
            engine.connect("started-utterance", self._started_elsewhere)
        # A first run turns the engine's queue on, so properties apply at once.
        engine.runAndWait()

    def _started_elsewhere(self, **_: Any) -> None:
        self.channel.emit(
            "audio-start", seq=self.player.seq, n=self.player.n, lang=self.player.lang, pid=None
        )

    def configure(self, wanted: dict[str, str]) -> None:
        try:
            available = list(self.engine.getProperty("voices"))
        except Exception as exc:
            print(f"speech worker: cannot list voices: {type(exc).__name__}", file=sys.stderr)
            available = []
        for lang, name in wanted.items():
            self.voices[lang] = resolve_voice(str(name), available)
        self._warm_up()
        self.channel.emit("ready", pid=os.getpid(), driver=self.driver, voices=self.voices)

    def _warm_up(self) -> None:
        """Load each voice's data and run the whole path once, without sound."""
        if not self.patched:
            return
        self.player.silent = True
        try:
            for voice in dict.fromkeys(v for v in self.voices.values() if v):
                self._wait_idle()
                self._set_voice(voice)
                self.engine.say(".")
                self.engine.runAndWait()
            self._wait_idle()
        finally:
            self.player.silent = False

    def _set_voice(self, voice: str) -> None:
        if voice != self.voice:
            self.engine.setProperty("voice", voice)
            self.voice = voice

    def _wait_idle(self) -> None:
        """Wait until espeak's own thread has done what was queued to it.

        The driver runs espeak in RETRIEVAL mode, where ``SetParameter`` and ``Synth``
        are queued to espeak's thread. ``runAndWait`` first calls the driver's
        ``stop()``, which cancels that queue if it is busy: a rate change just made, or
        the sentence itself, would be dropped.
        """
        if not self.patched:
            return
        from pyttsx3.drivers import _espeak

        deadline = time.monotonic() + 2.0
        while _espeak.IsPlaying() and time.monotonic() < deadline:
            time.sleep(0.0005)

    def _settings(self) -> tuple[int, float]:
        """Rate and volume as the engine has them now."""
        if self.patched:
            # pyttsx3's GetParameter prototype drops espeak's ``current`` argument, so
            # it may answer with the default instead of the value in use.
            from pyttsx3.drivers import _espeak

            get = _espeak.dll.espeak_GetParameter
            get.argtypes, get.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
            return get(_espeak.RATE, 1), get(_espeak.VOLUME, 1) / 100.0
        return int(self.engine.getProperty("rate")), float(self.engine.getProperty("volume"))

    def _report_settings(self) -> None:
        rate, volume = self._settings()
        self.channel.emit("settings", seq=self.player.seq, rate=rate, volume=volume)

    def self_test(self, seq: int, device: str | None) -> None:
        """Play a tenth of a second of silence on ``device``: can the kiosk be heard?"""
        player = self.player
        player.seq, player.n, player.failed, player.device = seq, 0, None, device
        path = os.path.join(tempfile.gettempdir(), self_test_name(seq))
        try:
            with wave.open(path, "wb") as silence:
                silence.setnchannels(1)
                silence.setsampwidth(2)
                silence.setframerate(22050)
                silence.writeframes(b"\0\0" * 2205)
            player.play(path, event="selftest")
        finally:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def say(
        self, seq: int, parts: list[list[str]], rate: int, volume: float, device: str | None = None
    ) -> None:
        player = self.player
        player.seq, player.n, player.failed, player.device = seq, 0, None, device
        player.report_settings = self._report_settings if self.patched else None
        for index, (text, lang) in enumerate(parts):
            player.part = index
            voice = self.voices.get(lang)
            if voice is None:
                self.channel.emit("skipped", seq=seq, lang=lang, reason=f"no voice for {lang}")
                continue
            self._wait_idle()
            self._set_voice(voice)
            self.channel.emit("voice", seq=seq, lang=lang, id=self.engine.getProperty("voice"))
            if rate != self.rate:
                self.engine.setProperty("rate", int(rate))
                self.rate = rate
            if volume != self.volume:
                self.engine.setProperty("volume", float(volume))
                self.volume = volume
            if not self.patched:
                self._report_settings()
            player.lang = lang
            for sentence in split_sentences(text):
                self._wait_idle()
                self.engine.say(sentence)
                self.engine.runAndWait()
                player.n += 1
                if player.failed:
                    return


def _read_commands(commands: queue.SimpleQueue[dict[str, Any]]) -> None:
    """Stdin → queue. When the parent goes away, so do we (and our aplay), even mid-speech."""
    for raw in sys.stdin.buffer:
        try:
            message = json.loads(raw)
        except ValueError:
            print("speech worker: ignored a malformed line", file=sys.stderr)
            continue
        if isinstance(message, dict):
            commands.put(message)
    _kill_own_group()


def main() -> int:
    channel = _Channel()
    driver = os.environ.get("KIOSK_SPEECH_DRIVER") or None
    try:
        import pyttsx3
        from pyttsx3.engine import default_engine_by_sys_platform

        driver = driver or default_engine_by_sys_platform()
        engine = pyttsx3.init(driver)
        worker = Worker(channel, engine, str(engine.driver_name))
    except Exception as exc:
        reason = describe_init_failure(exc, driver)
        print(f"speech worker: {reason}: {type(exc).__name__}", file=sys.stderr)
        channel.emit("failed", reason=reason)
        return FAILED_EXIT_CODE

    commands: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
    threading.Thread(target=_read_commands, args=(commands,), daemon=True).start()
    while True:
        message = commands.get()
        cmd = message.get("cmd")
        if cmd == "quit":
            return 0
        if cmd == "config":
            worker.configure(dict(message.get("voices") or {}))
        elif cmd == "say":
            seq = int(message.get("seq", 0))
            try:
                worker.say(
                    seq,
                    list(message.get("parts") or []),
                    int(message.get("rate", 140)),
                    float(message.get("volume", 1.0)),
                    message.get("device") or None,
                )
            except Exception as exc:
                print(f"speech worker: say failed: {type(exc).__name__}", file=sys.stderr)
                channel.emit("error", seq=seq, reason=f"speech failed ({type(exc).__name__})")
            channel.emit("done", seq=seq)
        elif cmd == "selftest":
            seq = int(message.get("seq", 0))
            try:
                worker.self_test(seq, message.get("device") or None)
            except Exception as exc:
                print(f"speech worker: self-test failed: {type(exc).__name__}", file=sys.stderr)
                channel.emit("selftest-end", seq=seq, n=0, code=-1)


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    # Skip interpreter teardown: pyttsx3's destructors print noise, and espeak must not
    # be terminated from Python (see the driver).
    os._exit(code)
