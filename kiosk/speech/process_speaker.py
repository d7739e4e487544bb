"""The Speaker the kiosk uses: pyttsx3 in a worker process (DESIGN §6).

One pyttsx3 engine lives in each worker process (``python -m kiosk.speech.worker``, in
its own session and so its own process group). The speaker keeps two: the *active*
worker that speaks, and a warm *spare* that has already loaded the engine and voices.

* ``say()`` sends the text to the active worker, which speaks it sentence by sentence.
* ``stop()`` (and any ``say()`` while speaking) kills the active worker's whole process
  group with SIGKILL, which silences ``aplay`` at once, promotes the spare, and starts
  a new spare in the background.
* Every public method returns at once: requests go through a queue to a writer thread
  per worker, replies are read by a reader thread per worker, processes are started and
  reaped off the caller's thread, and callbacks run on a notifier thread.

Failures never raise to the caller: no espeak-ng, a broken engine, no voice for a
language or a crashed worker show in :attr:`ProcessSpeaker.status` and the log. Crashed
workers are replaced, up to ``CRASH_LIMIT`` crashes in ``CRASH_WINDOW_S`` seconds;
after that (or after the engine fails to start) speech pauses for ``RETRY_AFTER_S``
seconds, and the next request after that tries again. A request whose worker died
before it began to play (even unnoticed, just before the request was sent) goes to the
next worker, once; one cut off mid-sentence is not said again.

Nothing heard is not working: a sentence whose ``aplay`` exits non-zero (no audio
device, a device that fails) makes speech "not available" at once, with the reason, so
the top bar, the staff panel and ``kiosk_speech_available`` say so within one sentence.
At start, and every ``audio_retry_s`` while playback fails, a worker plays a tenth of a
second of silence through the device (:meth:`ProcessSpeaker.self_test`): the first
sentence or self-test that plays again makes speech available again, with a note
("…; works again") for staff until the session ends.

Privacy: the log has lengths and languages, never text. The temporary WAVs the engine
writes (they hold spoken text) go to a private directory per speaker (mode 0700, in
``$RUNTIME_DIRECTORY`` under systemd, else ``$XDG_RUNTIME_DIR`` when there is one: both
memory-backed); files of a killed worker are removed after it dies, ``forget()``
removes every one, ``close()`` the directory. The directory's name records this
process (`kiosk.core.temp_dirs`), so the folders a killed kiosk left behind are removed
when the next speaker starts. The only history kept is the Repeat buffer, in memory.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.temp_dirs import make_private_dir, remove_stale, temp_roots
from kiosk.speech.files import SELF_TEST_PREFIX

#: Crashes tolerated in ``CRASH_WINDOW_S`` before speech pauses for ``RETRY_AFTER_S``.
CRASH_LIMIT = 3
CRASH_WINDOW_S = 60.0
RETRY_AFTER_S = 60.0
#: While playback fails, the silent self-test runs again this often, so the kiosk
#: notices when the device works again even if nobody is listening.
AUDIO_RETRY_S = 15.0
#: Accepted ranges; values outside are clamped.
RATE_RANGE = (50, 400)
VOLUME_RANGE = (0.0, 1.0)

#: The directory that holds the ``kiosk`` package: the worker runs with it as cwd, so
#: ``python -m kiosk.speech.worker`` imports this same code.
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class SpeechStatus:
    """What staff and the UI need to know about speech.

    ``available`` is False when nothing can be spoken. ``reason`` explains a problem
    ("espeak-ng not found", "no voice for sv", "worker crashed, restarted"), else None.
    ``languages`` maps each configured language to whether it can be spoken; before
    the first worker has reported its voices every language counts as available.
    """

    available: bool
    reason: str | None = None
    languages: Mapping[str, bool] = field(default_factory=dict)

    def speaks(self, lang: str) -> bool:
        return self.available and bool(self.languages.get(lang, False))


class _Worker:
    """One worker process and its three threads (writer, stdout reader, stderr reader)."""

    def __init__(self, owner: ProcessSpeaker, number: int, tmpdir: Path) -> None:
        self.owner = owner
        self.number = number
        self.tmpdir = tmpdir
        self.lock = threading.Lock()
        self.proc: subprocess.Popen[bytes] | None = None
        self.killed = False  # the speaker ended it: its exit is no crash
        self.signalled = False  # no more signals: it is being reaped (pid may be reused)
        self.failed_reason: str | None = None
        self.ready = False
        self.voices: dict[str, str | None] = {}
        self.busy_seq: int | None = None  # a say in flight (no "done" yet)
        self.request: dict[str, Any] | None = None  # that say, to resend if it is lost
        self.request_resent = False  # it already went to a worker that died
        self.playing = False  # it has started to play (an audio-start)
        self.testing = False  # a self-test is playing
        self.outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.finished = threading.Event()

    @property
    def pid(self) -> int | None:
        proc = self.proc
        return proc.pid if proc is not None else None

    def start(self) -> None:
        threading.Thread(target=self._run, name=f"speech-worker-{self.number}", daemon=True).start()

    def send(self, message: dict[str, Any]) -> None:
        self.outbox.put(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")

    def kill(self) -> None:
        """Kill the whole process group now (or stop it from ever starting)."""
        with self.lock:
            self.killed = True
        self._signal_group()
        self.outbox.put(None)

    def _signal_group(self, last: bool = False) -> None:
        with self.lock:
            proc = self.proc
            if proc is None or self.signalled:
                return
            if last:
                self.signalled = True
            try:
                if hasattr(os, "killpg"):
                    os.killpg(proc.pid, signal.SIGKILL)
                else:  # pragma: no cover - Windows has no process groups to kill
                    proc.kill()
            except (ProcessLookupError, PermissionError):
                pass

    # Threads ------------------------------------------------------------------------

    def _run(self) -> None:
        """Start the process, then write queued requests to its stdin."""
        log = self.owner.log
        try:
            with self.lock:
                killed = self.killed
            if killed:  # stopped before it ever started
                self._finish(None)
                return
            try:
                proc = subprocess.Popen(
                    self.owner.command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    env=self.owner.worker_env(self.tmpdir),
                    cwd=_PACKAGE_ROOT,
                    start_new_session=True,
                    close_fds=True,
                )
            except OSError as exc:
                log.error("speech: cannot start the speech worker: %s", type(exc).__name__)
                self.failed_reason = "speech worker could not start"
                self._finish(None)
                return
            with self.lock:
                self.proc = proc
                killed = self.killed
            threading.Thread(
                target=self._read_replies, name=f"speech-reader-{self.number}", daemon=True
            ).start()
            threading.Thread(
                target=self._read_stderr, name=f"speech-stderr-{self.number}", daemon=True
            ).start()
            if killed:
                self._signal_group()
            assert proc.stdin is not None
            while (line := self.outbox.get()) is not None:
                try:
                    proc.stdin.write(line)
                    proc.stdin.flush()
                except (OSError, ValueError):
                    break
            with contextlib.suppress(OSError):
                proc.stdin.close()
        except Exception:
            log.exception("speech: worker writer failed")

    def _read_replies(self) -> None:
        proc = self.proc
        assert proc is not None and proc.stdout is not None
        try:
            for raw in proc.stdout:
                received = time.perf_counter()
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(event, dict):
                    event["worker"] = proc.pid
                    event["received"] = received
                    self.owner._on_event(self, event)
        except Exception:
            self.owner.log.exception("speech: worker reader failed")
        finally:
            # Its stdout closed: the worker is dead. Kill what it may have left playing
            # while its pid still holds the group id, then reap it.
            self._signal_group(last=True)
            code = proc.wait()
            with contextlib.suppress(OSError):
                proc.stdout.close()
            self.outbox.put(None)
            self._finish(code)

    def _read_stderr(self) -> None:
        proc = self.proc
        assert proc is not None and proc.stderr is not None
        try:
            for raw in proc.stderr:
                line = raw.decode("utf-8", "replace").rstrip()
                if line:
                    # The worker never writes spoken text; aplay and espeak write errors.
                    self.owner.log.warning("speech worker %d: %s", self.number, line[:300])
        except Exception:
            self.owner.log.exception("speech: worker stderr reader failed")
        finally:
            with contextlib.suppress(OSError):
                proc.stderr.close()

    def _finish(self, code: int | None) -> None:
        shutil.rmtree(self.tmpdir, ignore_errors=True)
        try:
            self.owner._on_exit(self, code)
        finally:
            self.finished.set()


class ProcessSpeaker:
    """:class:`kiosk.speech.speaker.Speaker` backed by pyttsx3 in worker processes.

    ``voices`` maps a language to an engine voice id (espeak-ng: ``urj/fi``) or name
    (SAPI5). ``rate`` is words per minute, ``volume`` 0.0–1.0; both are the defaults
    :meth:`reset` returns to. ``env`` is the workers' environment (default: ours).
    """

    def __init__(
        self,
        voices: Mapping[str, str],
        rate: int = 140,
        volume: float = 0.8,
        *,
        python: str = sys.executable,
        env: Mapping[str, str] | None = None,
        log: logging.Logger | None = None,
        temp_root: str | os.PathLike[str] | None = None,
        crash_limit: int = CRASH_LIMIT,
        crash_window_s: float = CRASH_WINDOW_S,
        retry_after_s: float = RETRY_AFTER_S,
        self_test: bool = True,
        audio_retry_s: float = AUDIO_RETRY_S,
        start: bool = True,
        spare_at_once: bool = True,
    ) -> None:
        self.log = log or logging.getLogger("kiosk.speech")
        self.voices = dict(voices)
        self.command = [python, "-m", "kiosk.speech.worker"]
        self._env = dict(os.environ if env is None else env)
        self._defaults = (self._clamp_rate(rate), self._clamp_volume(volume))
        self._rate, self._volume = self._defaults
        self._lock = threading.RLock()
        self._closed = False
        self._numbers = 0
        self._seq = 0
        self._tests = 0
        self._active: _Worker | None = None
        self._spare: _Worker | None = None
        self._workers: set[_Worker] = set()
        self._last: list[tuple[str, str]] | None = None
        self._breaks: tuple[int, ...] = ()  # where each section of _last begins
        self._sent: list[int] = []  # the _last index of each part the worker was sent
        self._at: int | None = None  # the _last index of the part heard last
        self._languages = {lang: True for lang in self.voices}
        self._fatal: str | None = None
        self._crash_note: str | None = None
        self._audio_problem: str | None = None  # playback fails: speech is not working
        self._audio_note: str | None = None  # it failed, and works again
        self._device: str | None = None  # aplay's device; None: the default one
        self._self_test_due = self_test  # at start, once a worker is ready
        self._audio_retry_s = audio_retry_s
        self._retry_timer: threading.Timer | None = None
        self._crashes: list[float] = []
        self._crash_limit, self._crash_window_s = crash_limit, crash_window_s
        self._retry_after_s = retry_after_s
        self._retry_at = 0.0
        self._status_callbacks: list[Callable[[SpeechStatus], object]] = []
        self._event_callbacks: list[Callable[[dict[str, Any]], object]] = []
        self._notices: queue.SimpleQueue[Callable[[], object] | None] = queue.SimpleQueue()
        self._published: SpeechStatus | None = None
        self.temp_dir = _make_private_dir(temp_root)
        self._unvoiced: set[str] = set()  # languages already logged as having no voice
        #: False: the warm spare starts with the first thing said, not before. A kiosk
        #: whose resting screen says nothing keeps one worker (~13 MB) until a resident
        #: comes; the active worker is warm, so the first words are not later.
        self._spare_wanted = spare_at_once
        threading.Thread(target=self._notify_loop, name="speech-notify", daemon=True).start()
        if start:
            self.start()

    def start(self) -> None:
        """Start the worker processes (``start=False`` leaves it to the caller: the
        kiosk starts them after its first frame, so they do not slow it down). Anything
        said before starts them too."""
        if self.voices:
            with self._lock:
                self._ensure_workers()

    # The Speaker protocol ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.status.available

    def say(self, text: str, lang: str) -> None:
        self._speak([(text, lang)])

    def say_many(self, parts: Iterable[tuple[str, str]]) -> None:
        self._speak([(text, lang) for text, lang in parts])

    def say_sections(self, sections: Iterable[Iterable[tuple[str, str]]]) -> None:
        parts: list[tuple[str, str]] = []
        breaks: list[int] = []
        for section in sections:
            kept = [(str(t), str(lang)) for t, lang in section if t and str(t).strip()]
            if kept:
                breaks.append(len(parts))
                parts.extend(kept)
        self._speak(parts, breaks)

    def skip(self) -> None:
        """Go on at the next section after the one playing (or stopped, or about to
        play); after the last one, stop."""
        with self._lock:
            parts, breaks, at = self._last, self._breaks, self._at
            if not parts:
                return
            if at is None:
                at = self._sent[0] if self._sent else 0
            following = next((b for b in breaks if b > at), None)
            if following is None:
                self._stop_locked()
                return
        self.log.debug("speech: skipped to part %d of %d", following, len(parts))
        self._speak(parts, breaks, start=following)

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def repeat(self) -> None:
        with self._lock:
            parts, breaks = self._last, self._breaks
        if parts:
            self._speak(parts, breaks)

    def set_rate(self, rate: int) -> None:
        with self._lock:
            self._rate = self._clamp_rate(rate)

    def set_volume(self, volume: float) -> None:
        with self._lock:
            self._volume = self._clamp_volume(volume)

    def forget(self) -> None:
        """Drop the Repeat buffer, stop speech (it may be personal) and remove its files."""
        with self._lock:
            self._last, self._breaks, self._sent, self._at = None, (), [], None
            self._stop_locked()
            live = {w.tmpdir for w in (self._active, self._spare) if w is not None}
        self._remove_speech_files(live)

    # Beyond the protocol ----------------------------------------------------------------

    @property
    def rate(self) -> int:
        return self._rate

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def warm(self) -> bool:
        """An idle active worker and a spare have both loaded the engine and voices (and
        the active one is not playing the self-test)."""
        with self._lock:
            active, spare = self._active, self._spare
            return (
                active is not None
                and active.ready
                and active.busy_seq is None
                and not active.testing
                and spare is not None
                and spare.ready
            )

    @property
    def status(self) -> SpeechStatus:
        with self._lock:
            return self._compute_status()

    def reset(self) -> None:
        """Session end: rate and volume back to the constructor's values (EN 5.1.3.13)."""
        with self._lock:
            self._rate, self._volume = self._defaults
            self._crash_note = self._audio_note = None
        self._publish()

    def self_test(self) -> None:
        """Play a tenth of a second of silence on the output device, off this thread;
        the result shows in :attr:`status` (a failure makes speech not available)."""
        with self._lock:
            worker = next(
                (
                    w
                    for w in (self._spare, self._active)
                    if w is not None and w.ready and w.busy_seq is None and not w.testing
                ),
                None,
            )
            if worker is None:
                self._self_test_due = True  # when a worker is ready
                return
            self._self_test_due, worker.testing = False, True
            self._tests += 1  # numbered apart from the says: -1, -2, …
            worker.send({"cmd": "selftest", "seq": -self._tests, "device": self._device})

    def set_output(self, device: str | None) -> None:
        """Play from now on through this ALSA device (aplay -D; None: the default)."""
        with self._lock:
            self._device = device or None

    def on_status_change(self, callback: Callable[[SpeechStatus], object]) -> None:
        """Call ``callback(status)`` now and on every change, from the notifier thread."""
        with self._lock:
            self._status_callbacks.append(callback)
            status = self._compute_status()
        self._notices.put(lambda: callback(status))

    def on_event(self, callback: Callable[[dict[str, Any]], object]) -> None:
        """Call ``callback(event)`` for every worker event (diagnostics, tests, bench).

        Events are the worker's replies (see :mod:`kiosk.speech.worker`; never text) plus
        ``worker`` (its pid, also its process group) and ``received`` (perf_counter).
        """
        with self._lock:
            self._event_callbacks.append(callback)

    def close(self, timeout: float = 2.0) -> None:
        """Kill every worker and remove the temporary directory (app exit).

        Waits up to ``timeout`` seconds for the killed workers to be reaped.
        """
        with self._lock:
            if self._closed:
                return
            self._closed = True
            workers = list(self._workers)
            self._active = self._spare = None
            timer, self._retry_timer = self._retry_timer, None
        if timer is not None:
            timer.cancel()
        for worker in workers:
            worker.kill()
        deadline = time.monotonic() + timeout
        for worker in workers:
            worker.finished.wait(max(0.0, deadline - time.monotonic()))
        shutil.rmtree(self.temp_dir, ignore_errors=True)
        self._notices.put(None)

    def __enter__(self) -> ProcessSpeaker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Internals --------------------------------------------------------------------------

    @staticmethod
    def _clamp_rate(rate: int) -> int:
        return int(min(max(int(rate), RATE_RANGE[0]), RATE_RANGE[1]))

    @staticmethod
    def _clamp_volume(volume: float) -> float:
        return float(min(max(float(volume), VOLUME_RANGE[0]), VOLUME_RANGE[1]))

    def worker_env(self, tmpdir: Path) -> dict[str, str]:
        env = dict(self._env)
        env["TMPDIR"] = str(tmpdir)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(_PACKAGE_ROOT), env.get("PYTHONPATH")])
        )
        return env

    def _speak(
        self, parts: list[tuple[str, str]], breaks: Iterable[int] = (), start: int = 0
    ) -> None:
        """Stop, then say ``parts`` from ``start`` on (``breaks``: where sections begin)."""
        if not breaks:
            parts = [(str(t), str(lang)) for t, lang in parts if t and str(t).strip()]
        with self._lock:
            if self._closed:
                return
            self._stop_locked()
            if not parts:
                return
            self._last, self._breaks, self._at = parts, tuple(breaks), None
            self._sent = [
                i for i in range(start, len(parts)) if self._languages.get(parts[i][1], False)
            ]
            wanted = [parts[i] for i in self._sent]
            for _text, lang in parts[start:]:
                if not self._languages.get(lang, False):
                    level = logging.DEBUG if lang in self._unvoiced else logging.WARNING
                    self._unvoiced.add(lang)
                    self.log.log(level, "speech: no voice for %s; a part was not spoken", lang)
            if not wanted:
                return
            self._spare_wanted = True
            self._ensure_workers()
            worker = self._active
            if worker is None:
                self.log.warning(
                    "speech: unavailable (%s); %d part(s) not spoken",
                    self._compute_status().reason,
                    len(wanted),
                )
                return
            self._seq += 1
            self._send_say(
                worker,
                {
                    "cmd": "say",
                    "seq": self._seq,
                    "parts": wanted,
                    "rate": self._rate,
                    "volume": self._volume,
                    "device": self._device,
                },
            )
            self.log.debug(
                "speech: say seq %d, %d part(s), %d chars, languages %s",
                self._seq,
                len(wanted),
                sum(len(t) for t, _ in wanted),
                ",".join(dict.fromkeys(lang for _, lang in wanted)),
            )

    @staticmethod
    def _send_say(worker: _Worker, request: dict[str, Any], resent: bool = False) -> None:
        worker.busy_seq = request["seq"]
        worker.request, worker.request_resent, worker.playing = request, resent, False
        worker.send(request)

    def _stop_locked(self) -> None:
        worker = self._active
        if worker is None or worker.busy_seq is None:
            return
        worker.kill()
        self._active = None
        self._ensure_workers()

    def _ensure_workers(self) -> None:
        """Have an active worker and a warm spare (no new ones while pausing; no spare
        before the first words when not ``spare_at_once``)."""
        if self._closed:
            return
        if self._active is None:
            self._active, self._spare = self._spare, None
        if self._pausing():
            return
        if self._active is None:
            self._active = self._new_worker()
        if self._spare is None and self._spare_wanted:
            self._spare = self._new_worker()

    def _new_worker(self) -> _Worker:
        self._numbers += 1
        tmpdir = self.temp_dir / f"w{self._numbers}"
        tmpdir.mkdir(mode=0o700)
        worker = _Worker(self, self._numbers, tmpdir)
        worker.send({"cmd": "config", "voices": self.voices})
        self._workers.add(worker)
        worker.start()
        return worker

    def _remove_speech_files(self, live: set[Path]) -> None:
        """Empty the live workers' directories; remove the others (killed workers).

        A live worker's self-test file stays: it is a tenth of a second of silence,
        nothing a resident said or heard, and the worker removes it once played.
        Removed under a starting ``aplay`` (a session reset just after start, on a
        busy machine), it failed the self-test, and speech was reported broken."""
        try:
            entries = list(self.temp_dir.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry not in live:
                shutil.rmtree(entry, ignore_errors=True)
                continue
            with contextlib.suppress(OSError):
                for item in entry.iterdir():
                    if item.name.startswith(SELF_TEST_PREFIX):
                        continue
                    if item.is_file() or item.is_symlink():
                        with contextlib.suppress(OSError):
                            item.unlink()

    def _on_event(self, worker: _Worker, event: dict[str, Any]) -> None:
        kind = event.get("event")
        test_now = False
        with self._lock:
            current = worker is self._active or worker is self._spare
            if kind == "ready":
                worker.ready = True
                worker.voices = dict(event.get("voices") or {})
                if current:
                    self._fatal = None
                    if self._crash_note and not self._pausing() and "paused" in self._crash_note:
                        self._crash_note = "worker crashed, restarted"
                    self._languages = {lang: bool(worker.voices.get(lang)) for lang in self.voices}
                test_now = self._self_test_due and worker.busy_seq is None
            elif kind == "failed":
                worker.failed_reason = str(event.get("reason") or "speech engine failed")
            elif kind == "done":
                if worker.busy_seq == event.get("seq"):
                    worker.busy_seq = None
                    worker.request = None
            elif kind == "audio-start":
                if worker.busy_seq == event.get("seq"):
                    worker.playing = True
                    part = event.get("part")
                    if worker is self._active and isinstance(part, int) and part < len(self._sent):
                        self._at = self._sent[part]
            elif kind == "error":
                worker.testing = False
                self.log.warning("speech: worker %d: %s", worker.number, event.get("reason"))
                if event.get("reason") == "aplay not found":
                    self._audio_failed("aplay not found")
            elif kind in ("audio-end", "selftest-end"):
                worker.testing = worker.testing and kind != "selftest-end"
                code = event.get("code")
                if code:
                    self._audio_failed(f"audio output failed (aplay exit code {code})")
                elif self._audio_problem is not None:
                    self.log.warning("speech: audio output works again")
                    self._audio_note = f"{self._audio_problem}; works again"
                    self._audio_problem = None
            callbacks = list(self._event_callbacks)
        for callback in callbacks:
            self._notices.put(functools.partial(callback, event))
        if kind == "ready" and test_now:
            self.self_test()
        if kind in ("ready", "error", "audio-end", "selftest-end"):
            self._publish()

    def _audio_failed(self, problem: str) -> None:
        """Playback failed: speech is not working until a sentence or the self-test
        plays again (tried every ``audio_retry_s``)."""
        if problem != self._audio_problem:
            self.log.error("speech not working: %s", problem)
        self._audio_problem = problem
        if self._retry_timer is None and not self._closed:
            self._retry_timer = threading.Timer(self._audio_retry_s, self._retry_audio)
            self._retry_timer.daemon = True
            self._retry_timer.start()

    def _retry_audio(self) -> None:
        with self._lock:
            self._retry_timer = None
            failing = self._audio_problem is not None and not self._closed
        if failing:
            self.self_test()
            with self._lock:  # no answer (all workers busy or gone): try again later
                if self._audio_problem is not None and self._retry_timer is None:
                    self._audio_failed(self._audio_problem)

    def _on_exit(self, worker: _Worker, code: int | None) -> None:
        with self._lock:
            self._workers.discard(worker)
            was_active = self._active
            if worker is self._active:
                self._active = None
            if worker is self._spare:
                self._spare = None
            if worker.killed or self._closed:
                return
            # A say the worker never began to play (it died before, or just after, the
            # say was sent to it, before anyone noticed) would be lost without a sound:
            # it goes to the next worker, once. A say cut off mid-sentence is not
            # repeated: the resident can tap Repeat, and a text that crashes the engine
            # must not crash every worker after it.
            lost = (
                worker.request
                if worker is was_active
                and worker.busy_seq is not None
                and not worker.playing
                and not worker.request_resent
                else None
            )
            now = time.monotonic()
            if worker.failed_reason is not None:
                if self._fatal != worker.failed_reason:
                    self.log.error("speech unavailable: %s", worker.failed_reason)
                self._fatal = worker.failed_reason
                self._retry_at = now + self._retry_after_s
            elif self._pausing():
                self.log.warning(
                    "speech worker %d exited (code %s) while speech is paused", worker.number, code
                )
            else:
                window = self._crash_window_s
                self._crashes = [t for t in self._crashes if now - t < window]
                self._crashes.append(now)
                if len(self._crashes) >= self._crash_limit:
                    self._crash_note = (
                        f"worker crashed {len(self._crashes)} times in "
                        f"{window:.0f} s; speech paused"
                    )
                    self._retry_at = now + self._retry_after_s
                    self._crashes.clear()
                    self.log.error(
                        "speech worker %d exited (code %s); %s",
                        worker.number,
                        code,
                        self._crash_note,
                    )
                    self._ensure_workers()  # a warm spare may still take over
                else:
                    self._crash_note = "worker crashed, restarted"
                    self.log.warning(
                        "speech worker %d exited unexpectedly (code %s); restarting it",
                        worker.number,
                        code,
                    )
                    self._ensure_workers()
            if lost is not None and worker.failed_reason is None:
                self._ensure_workers()  # while paused, this only promotes a live spare
                if self._active is not None:
                    self.log.warning(
                        "speech: worker %d died before speaking seq %s; sent again to worker %d",
                        worker.number,
                        lost["seq"],
                        self._active.number,
                    )
                    self._send_say(self._active, lost, resent=True)
        self._publish()

    def _compute_status(self) -> SpeechStatus:
        languages = dict(self._languages)
        if self._closed:
            return SpeechStatus(False, "closed", languages)
        reasons: list[str] = []
        available = True
        if self._fatal:
            available = False
            reasons.append(self._fatal)
        elif self._pausing() and self._active is None and self._spare is None:
            available = False
        if self._crash_note:
            reasons.append(self._crash_note)
        if self._audio_problem:
            # Nothing can be heard: the top bar, the staff panel and the metric say so.
            reasons.append(self._audio_problem)
            available = False
        elif self._audio_note:
            reasons.append(self._audio_note)
        if not self.voices:
            reasons.append("no voices configured")
        missing = [lang for lang, ok in languages.items() if not ok]
        if missing:
            reasons.append("no voice for " + ", ".join(missing))
        if not any(languages.values()):
            available = False
        return SpeechStatus(available, "; ".join(reasons) or None, languages)

    def _pausing(self) -> bool:
        return time.monotonic() < self._retry_at

    def _publish(self) -> None:
        """Queue a status notification if the status changed."""
        with self._lock:
            status = self._compute_status()
            if status == self._published:
                return
            self._published = status
            callbacks = list(self._status_callbacks)
        for callback in callbacks:
            self._notices.put(functools.partial(callback, status))

    def _notify_loop(self) -> None:
        while (notice := self._notices.get()) is not None:
            try:
                notice()
            except Exception:
                self.log.exception("speech: a status or event callback failed")


#: Name prefix of the speakers' private directories.
TEMP_PREFIX = "kiosk-speech-"


def _make_private_dir(temp_root: str | os.PathLike[str] | None) -> Path:
    """A new directory only we can read (mode 0700), memory-backed if possible, after
    removing the ones that speakers of killed kiosks left (`kiosk.core.temp_dirs`)."""
    roots = temp_roots(temp_root)
    remove_stale(TEMP_PREFIX, roots)
    return make_private_dir(TEMP_PREFIX, roots)
