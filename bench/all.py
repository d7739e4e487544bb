"""Every bench, one table: start-up, the kiosk beside a bare PySide6 window and
Chromium, speech, city services, long-running sessions and the fleet (50 kiosks and a
desk on one broker).

Runs bench/startup.py, bench/compare.py, bench/speech.py, bench/services.py,
bench/sessions.py and bench/fleet.py one after another (never together: they time
things) as subprocesses, each with ``--json`` to a temporary file, prints one table
(metric, value, target, ok?) and writes bench/results.json with every bench's keys
merged (a key two benches share is kept as ``<bench>.<key>``), plus ``failed``: the
benches that did not finish and why, and ``benches``: each bench's own figures, nested
under its name. A bench that fails or times out is shown in the table; the others
still run.

With ``--only``, the benches not run keep their figures from the file's last run (its
``benches`` section): ``--only fleet`` once overwrote the whole file with the fleet's
figures, and issue 19's keys were gone.

    python bench/all.py [--only startup speech ...] [--sessions 1000] [--timeout 1200]
"""

from __future__ import annotations

import argparse
import json
import operator
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("startup", "compare", "speech", "services", "sessions", "fleet")
#: (bench, key, target text, comparison, limit). The first block is issue 19's "Done
#: means", in its order.
TARGETS = (
    ("startup", "startup_s_median", "≤ 0.4 s", operator.le, 0.4),
    ("compare", "start_ratio_vs_bare", "≤ 2.5× bare PySide6", operator.le, 2.5),
    ("sessions", "step_ms_p95", "≤ 16 ms (100 %)", operator.le, 16),
    ("sessions", "step_ms_p95_200", "≤ 20 ms (200 %)", operator.le, 20),
    ("sessions", "step_ms_max", "≤ 50 ms", operator.le, 50),
    ("sessions", "session_end_ms_max", "≤ 50 ms", operator.le, 50),
    ("compare", "pss_ratio_vs_chromium", "≤ 0.25× Chromium", operator.le, 0.25),
    ("sessions", "rss_growth_mb_per_1000", "≤ 0.5 MB", operator.le, 0.5),
    ("services", "offline_first_s", "≤ 3.5 s", operator.le, 3.5),
    ("services", "offline_repeat_s", "≤ 1 s", operator.le, 1.0),
    # Figures of earlier issues, and what the ratios are made of.
    ("startup", "rss_mb", "≤ 120 MB", operator.le, 120),
    ("compare", "compare_start_s", "", None, None),
    ("compare", "compare_pss_mb", "", None, None),
    ("compare", "bare_pss_ratio_vs_chromium", "", None, None),
    ("speech", "first_audio_ms_median", "≤ 150 ms", operator.le, 150),
    ("speech", "stop_ms_median", "≤ 30 ms", operator.le, 30),
    ("speech", "switch_ms_median", "", None, None),
    ("services", "cached_lookup_ms_p95", "≤ 50 ms", operator.le, 50),
    ("sessions", "rss_mb_after", "≤ 150 MB", operator.le, 150),
    ("sessions", "step_ms_p95_150", "", None, None),
    ("sessions", "step_ms_p95_all", "", None, None),
    ("sessions", "session_end_ms_median", "", None, None),
    ("sessions", "tap_ms_p95", "", None, None),
    ("sessions", "tap_ms_max", "", None, None),
    ("sessions", "after_end_busy_ms_median", "", None, None),
    ("sessions", "after_end_busy_ms_max", "", None, None),
    ("sessions", "rss_growth_mb_per_1000_ends", "", None, None),
    ("sessions", "rss_growth_mb_per_1000_after_100", "", None, None),
    ("sessions", "rss_growth_mb_per_1000_repeat", "", None, None),
    ("sessions", "sessions", "", None, None),
    ("fleet", "request_to_desk_ms_p95", "≤ 250 ms", operator.le, 250),
    ("fleet", "claim_to_kiosk_ms_p95", "≤ 250 ms", operator.le, 250),
    ("fleet", "desk_cpu_percent", "", None, None),
    ("fleet", "desk_idle_cpu_percent", "", None, None),
    ("fleet", "desk_rss_mb", "", None, None),
)


def run(name: str, extra: list[str], timeout: float) -> tuple[dict | None, str, float]:
    """One bench: its JSON (None if it failed), a failure message, and its wall time."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / f"{name}.json"
        command = [sys.executable, str(HERE / f"{name}.py"), "--json", str(out), *extra]
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        print(f"== {name}: {' '.join(command[1:])}", flush=True)
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            return None, f"timed out after {timeout:.0f} s", time.perf_counter() - started
        except OSError as exc:
            return None, f"could not start: {exc}", time.perf_counter() - started
        elapsed = time.perf_counter() - started
        if done.stdout:
            print(done.stdout.rstrip(), flush=True)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout or "").strip().splitlines()
            return None, f"exit {done.returncode}: {tail[-1] if tail else 'no output'}", elapsed
        try:
            return json.loads(out.read_text(encoding="utf-8")), "", elapsed
        except (OSError, ValueError) as exc:
            return None, f"no JSON: {exc}", elapsed


def show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else "nan"
    if isinstance(value, dict):
        return ", ".join(f"{k} {show(v)}" for k, v in value.items())
    if value is None:
        return "n/a"
    return str(value)


def table(
    results: dict[str, dict | None], failures: dict[str, str]
) -> tuple[list[list[str]], bool]:
    rows, all_ok = [], True
    for bench, key, target, compare, limit in TARGETS:
        if bench not in results:
            continue
        data = results[bench]
        if data is None:
            continue
        value = data.get(key)
        if compare is None:
            ok = ""
        elif not isinstance(value, (int, float)) or value != value:
            ok, all_ok = "no data", False
        else:
            good = compare(value, limit)
            ok, all_ok = ("ok" if good else "MISS"), all_ok and good
        rows.append([f"{bench}.{key}", show(value), target, ok])
    for bench, why in failures.items():
        rows.append([bench, "FAILED", why, "FAIL"])
        all_ok = False
    return rows, all_ok


def print_table(rows: list[list[str]]) -> None:
    header = ["metric", "value", "target", "ok?"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print(line)


def earlier(path: Path) -> tuple[dict[str, dict], dict[str, str], dict[str, float]]:
    """The figures, failures and wall times of each bench in ``path``'s last run (an
    old flat file, unreadable or missing: none)."""
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}, {}
    if not isinstance(old, dict) or not isinstance(old.get("benches"), dict):
        return {}, {}, {}
    benches = {k: v for k, v in old["benches"].items() if k in BENCHES and isinstance(v, dict)}
    failed = old.get("failed") if isinstance(old.get("failed"), dict) else {}
    walls = old.get("bench_wall_s") if isinstance(old.get("bench_wall_s"), dict) else {}
    return benches, failed, walls


def merge(
    results: dict[str, dict | None], failures: dict[str, str], times: dict[str, float]
) -> dict:
    seen: dict[str, int] = {}
    for data in results.values():
        for key in data or {}:
            seen[key] = seen.get(key, 0) + 1
    merged: dict = {}
    for bench, data in results.items():
        for key, value in (data or {}).items():
            merged[key if seen[key] == 1 else f"{bench}.{key}"] = value
    merged["failed"] = failures
    merged["bench_wall_s"] = {name: round(t, 1) for name, t in times.items()}
    merged["benches"] = {name: data for name, data in results.items() if data is not None}
    return merged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=BENCHES, default=list(BENCHES))
    parser.add_argument("--sessions", type=int, help="passed to bench/sessions.py")
    parser.add_argument("--timeout", type=float, default=1200, help="per bench, seconds")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args()

    results: dict[str, dict | None] = {}
    failures: dict[str, str] = {}
    times: dict[str, float] = {}
    for name in BENCHES:
        if name not in args.only:
            continue
        extra = ["--sessions", str(args.sessions)] if name == "sessions" and args.sessions else []
        data, why, times[name] = run(name, extra, args.timeout)
        results[name] = data
        if data is None:
            failures[name] = why
            print(f"== {name} FAILED: {why}", flush=True)

    rows, all_ok = table(results, failures)
    print()
    print_table(rows)
    # The benches not run this time keep their last figures in the file (in BENCHES
    # order, so the file reads the same whichever ran last).
    kept, kept_failures, kept_times = earlier(args.out)
    every = {
        name: results[name] if name in results else kept.get(name)
        for name in BENCHES
        if name in results or name in kept or name in kept_failures
    }
    for name, why in kept_failures.items():
        if name not in results and name in every:
            failures.setdefault(name, why)
    for name, wall in kept_times.items():
        if name not in times and name in every and isinstance(wall, (int, float)):
            times[name] = wall
    args.out.write_text(
        json.dumps(merge(every, failures, times), indent=2) + "\n", encoding="utf-8"
    )
    print(f"{'all targets met' if all_ok else 'some targets missed'}; wrote {args.out}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
