"""Start-up time and memory: process start → the attract screen's first frame painted.

Runs the real ``kiosk run --smoke`` command several times offscreen and prints the
median wall time and the peak RSS the process reported. The kiosk prints its
``ready`` line just after its first frame is painted (kiosk/ui/first_frame.py), not
on a zero timer that fired before anything was painted. One uncounted run first
warms the disk cache and the data folder (the parsed flows), as on a kiosk that has
started before. Numbers, not assertions: the targets (median ≤ 0.4 s, RSS ≤ 120 MB
on 2 cores) are checked by reading them; bench/compare.py sets the start against a
bare PySide6 window in the same run.

    python bench/startup.py [--runs 7] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(data_dir: str) -> tuple[float, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        KIOSK_DATA_DIR=data_dir,
    )
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--smoke"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    elapsed, rss = float("nan"), float("nan")
    for line in process.stdout:
        if line.startswith("ready "):
            elapsed = time.perf_counter() - started
            fields = dict(part.split("=", 1) for part in line.split()[1:])
            rss = float(fields["rss_mb"])
    if process.wait(timeout=60) != 0:
        raise SystemExit(f"kiosk run --smoke failed with exit code {process.returncode}")
    return elapsed, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        one_run(data_dir)  # warm the disk cache once, as on a kiosk that has booted
        results = [one_run(data_dir) for _ in range(max(5, args.runs))]
    times = [t for t, _ in results]
    median = statistics.median(times)
    rss = max(r for _, r in results)
    print(
        f"startup: {len(times)} runs, median {median:.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f}); peak RSS {rss:.1f} MB"
    )
    if args.json:
        args.json.write_text(
            json.dumps({"startup_s_median": round(median, 4), "rss_mb": round(rss, 1)}, indent=2)
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
