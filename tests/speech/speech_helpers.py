"""Helpers for the speech tests: waiting for worker events, checking processes and WAVs."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.speech.files import SELF_TEST_PREFIX

VOICES = {"fi": "urj/fi", "sv": "gmq/sv", "en": "gmw/en"}
RATE, VOLUME = 140, 0.8
#: Generous upper bounds for things that take well under a second: a guard against a
#: hung test, not a timing requirement.
PATIENCE_S = 20.0


class Events:
    """Every event the speaker's workers send, in arrival order, with waiting."""

    def __init__(self) -> None:
        self._events: list[dict[str, Any]] = []
        self._changed = threading.Condition()

    def __call__(self, event: dict[str, Any]) -> None:
        with self._changed:
            self._events.append(event)
            self._changed.notify_all()

    def all(self, kind: str | None = None, **match: Any) -> list[dict[str, Any]]:
        with self._changed:
            return [
                e
                for e in self._events
                if (kind is None or e.get("event") == kind)
                and all(e.get(k) == v for k, v in match.items())
            ]

    def wait(self, kind: str, **match: Any) -> dict[str, Any]:
        """The first event of ``kind`` with these fields, waiting for it if need be."""
        deadline = time.monotonic() + PATIENCE_S
        with self._changed:
            while True:
                found = [
                    e
                    for e in self._events
                    if e.get("event") == kind and all(e.get(k) == v for k, v in match.items())
                ]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {kind} event with {match}; got {self._events}")
                self._changed.wait(left)


def wait_until(condition: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.01)


def gone(pid: int) -> bool:
    """The process no longer runs (it has exited, even if nobody has reaped it yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return stat[stat.rindex(")") + 2] in "ZX"


def group_alive(pgid: int) -> bool:
    """Some process of the group is still running (zombies do not count)."""
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            stat = stat_file.read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] not in "ZX":
            return True
    return False


def soxi(path: Path, option: str) -> str:
    return subprocess.run(
        ["soxi", option, str(path)], capture_output=True, text=True, check=True, timeout=30
    ).stdout.strip()


def peak_amplitude(path: Path) -> float:
    """The largest sample, 0.0–1.0 (sox's "Maximum amplitude")."""
    report = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True, timeout=30
    ).stderr
    for line in report.splitlines():
        if line.startswith("Maximum amplitude"):
            return float(line.split(":")[1])
    raise AssertionError(f"no amplitude in sox output: {report}")


def wavs(directory: Path) -> list[Path]:
    """The WAVs of speech under ``directory``: not a worker's self-test, a tenth of a
    second of silence that stays until its ``aplay`` has played it."""
    return sorted(p for p in directory.rglob("*.wav") if not p.name.startswith(SELF_TEST_PREFIX))


def ready_workers(events: Events, count: int = 2) -> list[int]:
    """Wait until ``count`` workers have started and loaded their voices; their pids."""
    wait_until(lambda: len(events.all("ready")) >= count, f"{count} ready workers")
    return [e["worker"] for e in events.all("ready")]


def without_espeak(folder: Path) -> str:
    """A PYTHONPATH entry that makes the worker fail to load libespeak-ng, as on a
    machine without it (pyttsx3 loads it with ctypes; every such load now fails)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(
        "import ctypes\n"
        "_load = ctypes.cdll.LoadLibrary\n"
        "def _refuse(name, *args, **kwargs):\n"
        "    if 'espeak' in str(name):\n"
        "        raise OSError(f'{name}: cannot open shared object file')\n"
        "    return _load(name, *args, **kwargs)\n"
        "ctypes.cdll.LoadLibrary = _refuse\n",
        encoding="utf-8",
    )
    return str(folder)
