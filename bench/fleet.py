"""The fleet under load (issue 16): 50 kiosks and one staff desk on one Mosquitto.

A real broker on a free loopback port; a child process runs the kiosks (threads, each
a real :class:`~kiosk.fleet.kiosk_client.KioskFleet`, its status changing every few
seconds as a visit would); this process is the desk: the real ``kiosk desk`` window
(offscreen) on a real :class:`~kiosk.fleet.desk_client.DeskClient`. Help requests are
asked at random kiosks, several at a time; as each appears in the desk's window the
desk presses "I'm coming", and the kiosk closes the request when the claim reaches it
(the staff member arrived).

Measured (CLOCK_MONOTONIC is one clock for both processes on Linux):

- help request → desk: from the kiosk's ``request_help`` call to the request's row
  in the desk window (GUI thread);
- claim → kiosk: from the desk's "I'm coming" to the kiosk's claimed event;
- the desk process's CPU (user + system, % of one core) while it claims, and then
  over a quiet spell with only the kiosks' status changes; its RSS.

    python bench/fleet.py [--kiosks 50] [--requests 200] [--parallel 5] [--json FILE]

Targets on the 2-core development machine: both p95 ≤ 250 ms.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KIOSKS_PROCESS = r"""
import json, random, sys, threading, time
from kiosk.fleet.connection import BrokerSettings
from kiosk.fleet.kiosk_client import KioskFleet
from kiosk.fleet.messages import HelpInfo, KioskStatus

port, count, status_s = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
out = threading.Lock()

def say(*parts):
    with out:
        print(*parts, flush=True)

def kiosk(n):
    kiosk_id = f"kiosk-{n:02d}"
    fleet = KioskFleet(BrokerSettings("127.0.0.1", port, keepalive_s=30), kiosk_id, "bench",
                       place_name="Bench library")
    def event(e, fleet=fleet):
        if e.kind == "claimed":
            say("claimed", e.request, time.monotonic_ns())
            fleet.close_help("arrived")
    fleet.on_event = event
    fleet.start()
    return fleet

fleets = [kiosk(n) for n in range(count)]
while not all(f.connected for f in fleets):
    time.sleep(0.05)
say("up")

def visits():
    steps = ["which", "name", "pick", "hours_here", "done"]
    rng = random.Random(7)
    while True:
        for n, fleet in enumerate(fleets):
            state = rng.choice(["attract", "session", "session", "session"])
            step = rng.choice(steps) if state == "session" else None
            flow = "library-hours" if step else None
            fleet.set_status(KioskStatus(fleet.kiosk_id, "bench", state, "Bench library",
                                         flow, step, version="bench"))
            time.sleep(status_s / len(fleets))

threading.Thread(target=visits, daemon=True).start()
for line in sys.stdin:
    word, *rest = line.split()
    if word == "ask":
        n = int(rest[0])
        started = time.monotonic_ns()
        rid = fleets[n].request_help(HelpInfo("library-hours", "which", "sv", 150, True))
        say("asked", rid, started, n)
    elif word == "quit":
        break
for fleet in fleets:
    fleet.stop(timeout=2)
say("bye")
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_broker(folder: Path) -> tuple[subprocess.Popen[bytes], int]:
    mosquitto = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    if not Path(mosquitto).exists():
        raise SystemExit("bench/fleet.py needs mosquitto (make setup installs it)")
    port = free_port()
    config = folder / "mosquitto.conf"
    config.write_text(
        f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
        f"user {getpass.getuser()}\nmax_queued_messages 10000\n",
        encoding="utf-8",
    )
    broker = subprocess.Popen(
        [mosquitto, "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return broker, port
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit("mosquitto did not start") from None
            time.sleep(0.05)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosks", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--parallel", type=int, default=5, help="help requests open at the same time"
    )
    parser.add_argument(
        "--status-s", type=float, default=5.0, help="each kiosk's status changes about this often"
    )
    parser.add_argument(
        "--idle-s", type=float, default=10.0, help="then this long with status changes only"
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as scratch:
        broker, port = start_broker(Path(scratch))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        kiosks = subprocess.Popen(
            [sys.executable, "-c", KIOSKS_PROCESS, str(port), str(args.kiosks), str(args.status_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert kiosks.stdin is not None and kiosks.stdout is not None
        try:
            return run(args, port, kiosks)
        finally:
            if kiosks.poll() is None:
                kiosks.kill()
            kiosks.wait(10)
            broker.terminate()
            broker.wait(10)


def run(args: argparse.Namespace, port: int, kiosks: subprocess.Popen[str]) -> int:
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kiosk.fleet.connection import BrokerSettings
    from kiosk.fleet.desk_client import DeskClient
    from kiosk.ui.chime import SilentChime
    from kiosk.ui.desk_window import DeskWindow

    assert kiosks.stdin is not None and kiosks.stdout is not None
    # The offscreen platform's note about size hints says nothing about the desk.
    qInstallMessageHandler(
        lambda _mode, _context, message: (
            None if "propagateSizeHints" in message else print(message, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication([])
    asked: dict[str, int] = {}  # request id → when the kiosk asked (ns)
    at_desk: dict[str, int] = {}  # request id → when the desk window showed it
    claim_sent: dict[str, int] = {}
    claimed: dict[str, int] = {}
    busy: dict[str, int] = {}  # request id → its kiosk
    # Kiosks without an open request (one resident a kiosk at a time).
    state: dict[str, Any] = {"sent": 0, "free": set(range(args.kiosks))}
    lock = threading.Lock()
    up = threading.Event()

    def read_kiosks() -> None:
        for line in kiosks.stdout:
            word, *rest = line.split()
            with lock:
                if word == "up":
                    up.set()
                elif word == "asked":
                    asked[rest[0]] = int(rest[1])
                    busy[rest[0]] = int(rest[2])
                elif word == "claimed":
                    claimed[rest[0]] = int(rest[1])
                    if rest[0] in busy:
                        state["free"].add(busy[rest[0]])

    threading.Thread(target=read_kiosks, daemon=True).start()
    if not up.wait(60):
        raise SystemExit("the kiosks did not connect")

    client = DeskClient(BrokerSettings("127.0.0.1", port, keepalive_s=30), ("bench",))
    window = DeskWindow(client, chime=SilentChime(), name="Aino")
    window.show()
    client.start()

    def on_view(_view: object) -> None:
        # In the GUI thread, after the window drew the new view: what a person sees.
        now = time.monotonic_ns()
        for request in client.view.requests:
            rid = request.state.id
            if rid not in at_desk:
                at_desk[rid] = now
                claim_sent[rid] = time.monotonic_ns()
                client.claim(request.key, "Aino")  # "I'm coming", at once

    window.changed.connect(on_view)
    rng = random.Random(11)

    def drive() -> None:
        with lock:
            open_now = state["sent"] - len(claimed)
            free = sorted(state["free"])
        while state["sent"] < args.requests and open_now < args.parallel and free:
            n = free.pop(rng.randrange(len(free)))
            with lock:
                state["free"].discard(n)
            kiosks.stdin.write(f"ask {n}\n")
            kiosks.stdin.flush()
            state["sent"] += 1
            open_now += 1
        with lock:
            finished = len(claimed) >= args.requests
        if finished:
            app.quit()

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    wall0 = time.monotonic()
    timer = QTimer()
    timer.timeout.connect(drive)
    QTimer.singleShot(2000, lambda: timer.start(20))  # the desk has the retained status
    QTimer.singleShot(max(60_000, args.requests * 500), app.quit)  # never hang
    app.exec()
    wall = time.monotonic() - wall0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    # Then a quiet spell: only the kiosks' status changes, as on a normal day.
    timer.stop()
    QTimer.singleShot(int(args.idle_s * 1000), app.quit)
    app.exec()
    cpu2 = resource.getrusage(resource.RUSAGE_SELF)
    idle_cpu_s = (cpu2.ru_utime - cpu1.ru_utime) + (cpu2.ru_stime - cpu1.ru_stime)
    kiosks.stdin.write("quit\n")
    kiosks.stdin.flush()
    client.stop()
    window.close()

    with lock:
        to_desk = [(at_desk[r] - asked[r]) / 1e6 for r in at_desk if r in asked]
        to_kiosk = [(claimed[r] - claim_sent[r]) / 1e6 for r in claimed if r in claim_sent]
    cpu_s = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    result = {
        "kiosks": args.kiosks,
        "requests": len(to_kiosk),
        "parallel": args.parallel,
        "kiosks_seen_by_desk": len(client.view.kiosks),
        "request_to_desk_ms_p50": round(statistics.median(to_desk), 1),
        "request_to_desk_ms_p95": round(percentile(to_desk, 0.95), 1),
        "request_to_desk_ms_max": round(max(to_desk), 1),
        "claim_to_kiosk_ms_p50": round(statistics.median(to_kiosk), 1),
        "claim_to_kiosk_ms_p95": round(percentile(to_kiosk, 0.95), 1),
        "claim_to_kiosk_ms_max": round(max(to_kiosk), 1),
        "desk_cpu_percent": round(100 * cpu_s / wall, 1),
        "desk_idle_cpu_percent": round(100 * idle_cpu_s / args.idle_s, 1),
        "desk_rss_mb": round(rss_mb(), 1),
        "desk_peak_rss_mb": round(cpu1.ru_maxrss / 1024, 1),
        "seconds": round(wall, 1),
    }
    print(
        f"{args.kiosks} kiosks, 1 desk window, {result['requests']} help requests "
        f"({args.parallel} at a time), {wall:.0f} s"
    )
    print(
        f"help request -> desk : p50 {result['request_to_desk_ms_p50']} ms, "
        f"p95 {result['request_to_desk_ms_p95']} ms (target <= 250)"
    )
    print(
        f"claim -> kiosk       : p50 {result['claim_to_kiosk_ms_p50']} ms, "
        f"p95 {result['claim_to_kiosk_ms_p95']} ms (target <= 250)"
    )
    print(
        f"desk                 : CPU {result['desk_cpu_percent']} % of one core while "
        f"claiming, {result['desk_idle_cpu_percent']} % with status changes only; "
        f"RSS {result['desk_rss_mb']} MB (peak {result['desk_peak_rss_mb']} MB)"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["requests"] == args.requests else 1


if __name__ == "__main__":
    raise SystemExit(main())
