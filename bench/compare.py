"""Side by side in one run: the kiosk, a bare PySide6 window and Chromium ``--kiosk``.

Starts one Xvfb (1920×1080) and runs, in turn (kiosk, bare, Chromium, kiosk, …, so
the machine's drift hits all alike), each contender showing the attract screen:

- **kiosk**: ``kiosk run --smoke --hold S`` (the demo config, a data folder warmed by
  one uncounted run, as on a kiosk that has started before);
- **bare**: bench/bare_window.py, a full-screen PySide6 window with the attract
  texts in three labels, importing nothing but PySide6;
- **chromium** (where ``chromium`` is installed; ``make bench`` installs Debian's when
  run as root): ``chromium --kiosk`` on an equivalent static page.

Start = process start → its first frame painted (the kiosk's and the bare window's
"ready" line, printed just after their first paint; the page's console line from
its second animation frame, logged by Chromium). Memory = PSS (shared pages split
between the processes that share them) of the process and all its descendants
(the kiosk's speech workers, Chromium's zygote, GPU and renderer processes),
read ``--hold`` × 0.8 seconds after the first frame, when the kiosk's speech worker
has started. Prints medians, and the ratios of the medians of the pairwise ratios
(kiosk/bare start, kiosk/Chromium PSS). Numbers, not assertions. Nine runs each: with
five, two ``make bench`` runs half an hour apart on the same start-up code gave the
kiosk 2.27× and 2.52× the bare window (the machine's speed drifts).

    python bench/compare.py [--runs 9] [--hold 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from kiosk.core.languages import LANGUAGES  # noqa: E402

MARKER = "kiosk-bench-painted"
PAGE = """<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>kiosk</title>
<style>body{{font-family:"DejaVu Sans",sans-serif;text-align:center;background:#fff;
color:#000;margin:0;padding-top:30vh}}h1{{font-size:44px}}p{{font-size:34px}}</style>
</head><body><h1>{title}</h1><p>{first}</p><p>{second}</p>
<script>requestAnimationFrame(()=>requestAnimationFrame(()=>console.log("{marker}")));
</script></body></html>
"""


def attract_texts() -> list[str]:
    fi, en = LANGUAGES["fi"], LANGUAGES["en"]
    return [f"{fi.services} · Helsinki", fi.touch, en.touch]


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


def children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def pss_mb(pid: int) -> float:
    """PSS of ``pid`` and all its descendants, MB."""
    tree, total, todo, seen = children_of(), 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo += tree.get(current, [])
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
    return total / 1024


class Contender:
    def __init__(self, name: str, command: list[str], env: dict[str, str], marker: str) -> None:
        self.name, self.command, self.env, self.marker = name, command, env, marker
        self.starts: list[float] = []
        self.pss: list[float] = []

    def run_once(self, hold_s: float, timeout_s: float = 60.0) -> tuple[float, float]:
        started = time.perf_counter()
        process = subprocess.Popen(
            self.command,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            start_new_session=True,
        )
        seen = threading.Event()
        painted: list[float] = []

        def watch() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                if not seen.is_set() and self.marker in line:
                    painted.append(time.perf_counter() - started)
                    seen.set()
            seen.set()  # the process ended without it

        reader = threading.Thread(target=watch, daemon=True)
        reader.start()
        try:
            if not seen.wait(timeout_s) or not painted:
                raise SystemExit(f"{self.name}: no first frame within {timeout_s:.0f} s")
            time.sleep(hold_s * 0.8)
            memory = pss_mb(process.pid)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            reader.join(timeout=5)
        return painted[0], memory


def median_ratio(first: list[float], second: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(first, second, strict=True) if b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--hold", type=float, default=5.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is not installed (apt install xvfb)")
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            base = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
            base.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            texts = attract_texts()
            page = Path(scratch) / "attract.html"
            title, first, second = texts
            page.write_text(
                PAGE.format(title=title, first=first, second=second, marker=MARKER),
                encoding="utf-8",
            )
            hold = str(args.hold)
            contenders = [
                Contender(
                    "kiosk",
                    [sys.executable, "-m", "kiosk", "run", "--smoke", "--hold", hold],
                    dict(
                        base,
                        KIOSK_DATA_DIR=str(Path(scratch) / "data"),
                        PYTHONPATH=os.pathsep.join(
                            filter(None, [str(ROOT), base.get("PYTHONPATH")])
                        ),
                    ),
                    "ready ",
                ),
                Contender(
                    "bare",
                    [
                        sys.executable,
                        str(ROOT / "bench" / "bare_window.py"),
                        "--hold",
                        hold,
                        *texts,
                    ],
                    base,
                    "ready",
                ),
            ]
            browser = shutil.which("chromium")
            if browser:
                contenders.append(
                    Contender(
                        "chromium",
                        [
                            browser,
                            "--kiosk",
                            "--no-first-run",
                            "--no-default-browser-check",
                            "--disable-gpu",
                            "--disable-component-update",
                            "--enable-logging=stderr",
                            "--v=0",
                            f"--user-data-dir={Path(scratch) / 'chromium'}",
                            *(["--no-sandbox"] if os.geteuid() == 0 else []),
                            page.as_uri(),
                        ],
                        base,
                        MARKER,
                    )
                )
            else:
                print("compare: chromium is not installed; kiosk and bare window only")
            for contender in contenders:  # warm-up: disk cache, data folder, profile
                contender.run_once(0.5)
            for _ in range(max(1, args.runs)):
                for contender in contenders:
                    start, memory = contender.run_once(args.hold)
                    contender.starts.append(start)
                    contender.pss.append(memory)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)

    by_name = {c.name: c for c in contenders}
    print(f"compare: {args.runs} runs each, in turn, one Xvfb {display} (1920x1080)")
    for c in contenders:
        print(
            f"  {c.name:<9} first frame median {statistics.median(c.starts):.3f} s "
            f"(min {min(c.starts):.3f}, max {max(c.starts):.3f}); PSS with children "
            f"median {statistics.median(c.pss):.1f} MB (min {min(c.pss):.1f}, max {max(c.pss):.1f})"
        )
    kiosk, bare = by_name["kiosk"], by_name["bare"]
    results: dict[str, object] = {
        "compare_start_s": {c.name: round(statistics.median(c.starts), 4) for c in contenders},
        "compare_pss_mb": {c.name: round(statistics.median(c.pss), 1) for c in contenders},
        "start_ratio_vs_bare": round(median_ratio(kiosk.starts, bare.starts), 3),
        "pss_ratio_vs_bare": round(median_ratio(kiosk.pss, bare.pss), 3),
        "pss_ratio_vs_chromium": None,
        "bare_pss_ratio_vs_chromium": None,
        "chromium": bool(browser),
    }
    print(
        f"  kiosk/bare: start {results['start_ratio_vs_bare']}× (target ≤ 2.5), "
        f"PSS {results['pss_ratio_vs_bare']}×"
    )
    if "chromium" in by_name:
        chromium = by_name["chromium"]
        results["pss_ratio_vs_chromium"] = round(median_ratio(kiosk.pss, chromium.pss), 3)
        results["bare_pss_ratio_vs_chromium"] = round(median_ratio(bare.pss, chromium.pss), 3)
        results["start_ratio_vs_chromium"] = round(median_ratio(kiosk.starts, chromium.starts), 3)
        print(
            f"  kiosk/chromium: PSS {results['pss_ratio_vs_chromium']}× (target ≤ 0.25), "
            f"start {results['start_ratio_vs_chromium']}×; bare/chromium PSS "
            f"{results['bare_pss_ratio_vs_chromium']}×"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
