"""Speech latency: how soon speech starts, and how soon it stops.

Runs the real ProcessSpeaker (pyttsx3 + espeak-ng in worker processes, aplay) and
measures, over ``--runs`` rounds:

* first audio: ``say()`` → the worker's ``audio-start`` event (aplay started), with a
  warm, idle worker and a warm spare;
* switch: ``say()`` while speaking → the new text's ``audio-start`` (the old worker is
  killed and the spare takes over, while a new spare starts);
* stop: ``stop()`` while aplay plays → the old process group is gone
  (``os.killpg(pgid, 0)`` raises); also "silent": the worker and its aplay have died
  (they may still wait to be reaped).

A group is gone only once its dead members are reaped. aplay's parent (the worker) dies
with it, so aplay is reaped by init, which systemd does at once; some container inits
poll (this sandbox's takes 1–2 s). By default the bench therefore makes itself a child
subreaper, so orphans come to it and it reaps them at once, like systemd would;
``--no-reaper`` measures with the machine's own init.

With no sound card (``/proc/asound/cards`` empty) aplay plays into a *paced* null
device (see tests/speech/conftest.py), so it lasts as long as the sound would.
Numbers, not assertions: targets are first audio ≤ 150 ms and stop ≤ 30 ms (medians).

    python bench/speech.py [--runs 25] [--json FILE] [--device auto|default|paced-null]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.speech.process_speaker import ProcessSpeaker  # noqa: E402

VOICES = {"fi": "urj/fi", "sv": "gmq/sv", "en": "gmw/en"}
#: A screen as the kiosk reads it: a heading, then instructions.
SCREEN = (
    "Kirjaston aukioloajat. Valitse kirjasto, jonka aukioloajat haluat kuulla, "
    "koskettamalla sen nimeä näytöllä. Voit palata takaisin Takaisin-painikkeella."
)
NEXT_SCREEN = (
    "Kallion kirjasto on tänään auki kello kahdeksasta kahteenkymmeneen. "
    "Haluatko kuulla koko viikon aukioloajat?"
)
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
PATIENCE_S = 10.0


class Events:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.changed = threading.Condition()

    def __call__(self, event: dict[str, Any]) -> None:
        with self.changed:
            self.items.append(event)
            self.changed.notify_all()

    def wait(self, kind: str, seq: int) -> dict[str, Any]:
        deadline = time.monotonic() + PATIENCE_S
        with self.changed:
            while True:
                for event in self.items:
                    if event.get("event") == kind and event.get("seq") == seq:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SystemExit(f"no {kind} for request {seq}: is speech working?")
                self.changed.wait(left)

    def workers(self) -> set[int]:
        with self.changed:
            return {e["worker"] for e in self.items if e.get("event") == "ready"}


def has_sound_card() -> bool:
    try:
        return "no soundcards" not in Path("/proc/asound/cards").read_text()
    except OSError:
        return False


def paced_null_home(directory: Path) -> Path:
    pacer = directory / "pace.py"
    pacer.write_text(PACER, encoding="utf-8")
    (directory / ".asoundrc").write_text(
        'pcm.!default {\n    type file\n    slave.pcm "null"\n'
        f'    file "|exec {sys.executable} -S -I {pacer} 44100"\n    format "raw"\n}}\n',
        encoding="utf-8",
    )
    return directory


def become_subreaper() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER


def stat_fields(pid: int | str) -> list[str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()  # state, ppid, pgrp, ...


def dead(pid: int) -> bool:
    fields = stat_fields(pid)
    return fields is None or fields[0] in "ZX"


def reap_orphans(pgid: int, workers: set[int]) -> None:
    """Reap our orphaned children of group ``pgid`` (not the workers: Popen reaps those)."""
    me = str(os.getpid())
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) in workers:
            continue
        fields = stat_fields(entry.name)
        if fields and fields[1] == me and fields[2] == str(pgid) and fields[0] == "Z":
            with contextlib.suppress(ChildProcessError):
                os.waitpid(int(entry.name), os.WNOHANG)


def group_exists(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def wait_warm(speaker: ProcessSpeaker) -> None:
    deadline = time.monotonic() + PATIENCE_S
    while not speaker.warm:
        if time.monotonic() > deadline:
            raise SystemExit(f"speech workers did not start: {speaker.status}")
        time.sleep(0.005)
    time.sleep(0.05)  # let the new spare's start-up finish its work


def one_run(
    speaker: ProcessSpeaker, events: Events, seq: int, reaper: bool
) -> tuple[float, float, float, float]:
    wait_warm(speaker)
    started = time.perf_counter()
    speaker.say(SCREEN, "fi")
    first = events.wait("audio-start", seq + 1)["received"] - started
    time.sleep(0.2)

    started = time.perf_counter()
    speaker.say(NEXT_SCREEN, "fi")
    playing = events.wait("audio-start", seq + 2)
    switch = playing["received"] - started
    time.sleep(0.2)

    aplay, pgid = playing["pid"], playing["worker"]
    if dead(aplay):
        raise SystemExit(
            "aplay had already finished: the stop measurement needs a device "
            "that plays in real time (try --device paced-null)"
        )
    workers = events.workers()
    silent = gone = float("nan")
    started = time.perf_counter()
    speaker.stop()
    deadline = started + PATIENCE_S
    while time.perf_counter() < deadline:
        now = time.perf_counter()
        if silent != silent and dead(aplay) and dead(pgid):  # NaN: not yet silent
            silent = now - started
        if not group_exists(pgid):
            gone = now - started
            if silent != silent:
                silent = gone
            break
        if reaper and silent == silent:
            reap_orphans(pgid, workers)
        time.sleep(0.0002)
    return first, switch, silent, gone


def summary(name: str, values: list[float]) -> tuple[float, float]:
    ms = sorted(v * 1000 for v in values if v == v)
    if not ms:
        print(f"{name}: no data")
        return float("nan"), float("nan")
    median = statistics.median(ms)
    p95 = ms[min(len(ms) - 1, max(0, round(0.95 * len(ms)) - 1))]
    print(
        f"{name}: {len(ms)} runs, median {median:.1f} ms, p95 {p95:.1f} ms "
        f"(min {ms[0]:.1f}, max {ms[-1]:.1f})"
    )
    return round(median, 2), round(p95, 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--device", choices=("auto", "default", "paced-null"), default="auto")
    parser.add_argument(
        "--no-reaper",
        dest="reaper",
        action="store_false",
        help="leave orphaned aplay processes to the machine's init",
    )
    args = parser.parse_args()
    runs = max(20, args.runs)
    reaper = args.reaper and become_subreaper()

    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ)
        env.pop("KIOSK_SPEECH_CAPTURE_DIR", None)
        device = args.device
        if device == "auto":
            device = "default" if has_sound_card() else "paced-null"
        if device == "paced-null":
            env["HOME"] = str(paced_null_home(Path(scratch)))
        speaker = ProcessSpeaker(VOICES, 140, 0.8, env=env, temp_root=scratch)
        events = Events()
        speaker.on_event(events)
        try:
            results = [one_run(speaker, events, 2 * i, reaper) for i in range(runs)]
        finally:
            speaker.close()

    print(f"speech: device {device}, {'bench reaps orphans' if reaper else 'init reaps'}")
    first = summary("first audio (say → aplay started, warm worker)", [r[0] for r in results])
    switch = summary("switch (say while speaking → new aplay started)", [r[1] for r in results])
    silent = summary("stop → worker and aplay dead", [r[2] for r in results])
    stop = summary("stop → process group gone (killpg(pgid, 0) raises)", [r[3] for r in results])
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "first_audio_ms_median": first[0],
                    "first_audio_ms_p95": first[1],
                    "stop_ms_median": stop[0],
                    "stop_ms_p95": stop[1],
                    "switch_ms_median": switch[0],
                    "switch_ms_p95": switch[1],
                    "stop_silent_ms_median": silent[0],
                    "stop_silent_ms_p95": silent[1],
                    "runs": runs,
                    "device": device,
                    "bench_reaps_orphans": reaper,
                },
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
