"""City services: a cached lookup, and the time from a dead network to the offline answer.

Runs `LiveServices` against the fake city server (tests/fakecity/server.py) on
127.0.0.1 with the configured timeouts (connect 3 s, read 10 s) and the SQLite
response cache in a temporary folder, as on a kiosk. Prints:

- the p95 of a cached lookup (``units.near``, answered from the cache), in ms;
- the time until the offline (snapshot) answer of ``libraries.week`` when the
  connection is refused, when connecting never completes (a blackholed address),
  and when the server accepts but never answers; ``offline_message_s`` (and
  ``offline_first_s``) is the worst first call of a session, ``offline_repeat_s``
  the worst of the next calls in the same session (the HTTP layer remembers the
  failure: target ≤ 1 s).

Numbers, not assertions: the targets (≤ 50 ms, ≤ 3.5 s) are checked by reading them.

    python bench/services.py [--lookups 300] [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakecity.server import Blackhole, FakeCity, refused_url  # noqa: E402

from kiosk.core.config import Config  # noqa: E402
from kiosk.services.http import Endpoints  # noqa: E402
from kiosk.services.live import LiveServices  # noqa: E402
from kiosk.services.snapshot import Snapshot  # noqa: E402
from kiosk.services.transport import CityHttp  # noqa: E402

CONFIG = Config()
SNAPSHOT = Snapshot(ROOT / "assets" / "snapshot")


def services(endpoints: Endpoints, cache_path: Path | None = None) -> LiveServices:
    http = CityHttp(
        endpoints=endpoints,
        cache_path=cache_path,
        cache=cache_path is not None,
        connect_timeout_s=CONFIG.services.connect_timeout_s,
        read_timeout_s=CONFIG.services.read_timeout_s,
        kiosk_id="bench",
    )
    return LiveServices.from_config(CONFIG, http, SNAPSHOT)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def cached_lookups(city: FakeCity, count: int, folder: Path) -> list[float]:
    live = services(city.endpoints, folder / "http-cache.sqlite")
    try:
        params = {"service_node": "349", "radius": 1500}
        live.call("units.near", params, "fi")  # fills the cache
        before = city.count()
        times = []
        for _ in range(count):
            started = time.perf_counter()
            result = live.call("units.near", params, "fi")
            times.append((time.perf_counter() - started) * 1000)
            assert result.source_date is None and len(result) == 2
        assert city.count() == before, "a cached lookup reached the server"
        return times
    finally:
        live.http.close()


#: Calls after the first in one session (one kiosk process, one HTTP layer).
REPEATS = 3


def offline_answer(endpoints: Endpoints) -> tuple[float, float]:
    """(first call, worst later call) until the offline answer, in one session: the
    HTTP layer remembers the failure (kiosk/services/host_health.py)."""
    live = services(endpoints)
    try:
        times = []
        for _ in range(1 + REPEATS):
            started = time.perf_counter()
            week = live.call("libraries.week", {"library": "here"}, "fi")
            times.append(time.perf_counter() - started)
            assert week.source_date == SNAPSHOT.date, "not the snapshot's answer"
        return times[0], max(times[1:])
    finally:
        live.http.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lookups", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # not the fallback warnings, expected here
    with tempfile.TemporaryDirectory() as folder, FakeCity(slow_s=30.0) as city:
        lookups = cached_lookups(city, max(20, args.lookups), Path(folder))
        dead: dict[str, list[float]] = {"refused": [], "blackholed": [], "no answer": []}
        again: dict[str, list[float]] = {name: [] for name in dead}
        city.fault("/v4/library/", "slow")
        for _ in range(max(1, args.runs)):
            for name, first, later in (
                ("refused", *offline_answer(Endpoints.local(refused_url()))),
                ("no answer", *offline_answer(city.endpoints)),
            ):
                dead[name].append(first)
                again[name].append(later)
            with Blackhole() as hole:
                first, later = offline_answer(Endpoints.local(hole.url))
                dead["blackholed"].append(first)
                again["blackholed"].append(later)
    p95 = percentile(lookups, 95)
    print(
        f"cached lookup (units.near, SQLite cache), {len(lookups)} calls: "
        f"median {statistics.median(lookups):.2f} ms, p95 {p95:.2f} ms "
        f"(target ≤ 50 ms)"
    )
    print(
        f"dead network → offline answer (connect {CONFIG.services.connect_timeout_s:g} s, "
        f"read {CONFIG.services.read_timeout_s:g} s), worst of {args.runs} runs:"
    )
    for name, values in dead.items():
        print(
            f"  {name:<11} first call {max(values):.2f} s, "
            f"later calls of the session {max(again[name]):.2f} s"
        )
    worst = max(max(values) for values in dead.values())
    worst_again = max(max(values) for values in again.values())
    print(f"offline message after {worst:.2f} s (target ≤ 3.5 s)")
    print(f"later calls of a session: offline after {worst_again:.2f} s (target ≤ 1 s)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "cached_lookup_ms_p95": round(p95, 3),
                    "offline_message_s": round(worst, 3),
                    "offline_first_s": round(worst, 3),
                    "offline_repeat_s": round(worst_again, 3),
                    "offline_repeat_by_kind_s": {
                        name: round(max(values), 3) for name, values in again.items()
                    },
                    "offline_s": {name: round(max(values), 3) for name, values in dead.items()},
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
