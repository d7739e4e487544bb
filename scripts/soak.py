"""The long monkey run (issue 7): many seeds, thousands of events each.

    python scripts/soak.py --seeds 20 --events 5000 [--first-seed 0] [--keep-going]

Prints the events run for each seed and the totals; exits 1 if any seed failed, with
the failure and the last actions of that seed (replay: the same seed and event count).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "soak")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20, help="how many seeds")
    parser.add_argument("--events", type=int, default=5000, help="events per seed")
    parser.add_argument("--first-seed", type=int, default=0, help="the first seed")
    parser.add_argument("--lang", default="fi", help="the default language")
    parser.add_argument("--verbose", action="store_true", help="print every action")
    args = parser.parse_args(argv)

    from monkey import Monkey, build_kiosk, close_kiosk, ensure_app

    app = ensure_app()  # noqa: F841 - kept alive for the whole run
    total, failed, started = 0, [], time.monotonic()
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        with tempfile.TemporaryDirectory(prefix=f"soak-{seed}-") as folder:
            kiosk = build_kiosk(Path(folder) / "data", args.lang)

            def show(index: int, action: str, seed: int = seed) -> None:
                print(f"  seed={seed} #{index}: {action}", flush=True)

            monkey = Monkey(kiosk, seed, on_action=show if args.verbose else None)
            seed_started = time.monotonic()
            failures = monkey.run(args.events)
            close_kiosk(kiosk)
        total += monkey.events_run
        status = "FAILED" if failures else "ok"
        print(
            f"seed {seed}: {monkey.events_run}/{args.events} events, "
            f"{monkey.attract_checks} wipe checks, {time.monotonic() - seed_started:.1f}s, "
            f"{status}",
            flush=True,
        )
        for failure in failures:
            print(failure, flush=True)
            failed.append(failure)
    print(
        f"total: {total} events over {args.seeds} seeds in {time.monotonic() - started:.0f}s;"
        f" {len(failed)} failing seed(s)"
        + (": " + ", ".join(str(f.seed) for f in failed) if failed else ""),
        flush=True,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
