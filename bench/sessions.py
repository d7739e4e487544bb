"""Long-running memory and step time: many complete resident sessions in one process.

Builds the real kiosk in-process (offscreen Qt, inline services, a fixed clock, a
recording speaker, a silent chime, a temporary data folder) and drives it through
``--sessions`` complete scripted sessions, as a resident would: attract → language →
home → a flow walked to its end by one answer script → end. The sessions go through
every enabled flow and every answer script of it (``kiosk.flow.walk.scripts``), in
every enabled language, at text size 100/150/200 % (chosen with the top bar's
text-size button, as a resident would): each (language, script, size) once in 1620
sessions. They come mixed, as residents do at a library (``mixed``): one language
after another, and the flows and sizes spread out, so the first 10 sessions meet
every language, flow and text size. (In language-major order, 1000 sessions met five
of the nine languages, Russian first at session 720, and each language's first use
counted as growth: Arabic's first sessions alone keep 2.1 MB of shaping tables and
letters.) Every 10th session is left
alone: the fixed clock is moved past the idle time (warning shown), then past the
warning, and ``idle_tick()`` ends it; the others end with ``end_session("end")``.

Prints RSS (VmRSS) after 10 sessions and after all of them; the growth per 1000
sessions, as the slope of a straight line through the RSS after every 10th session
from the 10th on (and, beside it, from the first and last of those readings alone);
the Python object count and Qt object counts after every 100 sessions (and the types
that grew most); and the p95 of the step change. What the bench keeps itself (its
timings, the recording speaker's lines, its census) is kept out of the RSS it reads.

Step change = ``window.send(Answer(...))`` (the engine moves on, the new page is
built and set; inline services answer at once) + ``QApplication.processEvents()``
(posted events: layout requests, deferred deletes and the update request, which
paints the window into its backing store, as the next frame). A spy on the new page
checks that it really was painted; if not, ``window.repaint()`` paints it and that
time counts too. Timed with ``time.perf_counter``: the time from the resident's
answer to the next screen painted. (An earlier version always called ``repaint()``
after ``processEvents()`` and so timed two paints of every screen.)

The taps before a flow (the start screen, the language, each text-size step, the
service) are timed the same way and printed apart, per kind: they are answers too,
but the issue's step figures are the flow's steps. A text-size tap restyles the
whole application; it is the slowest tap a resident makes.

Then the first 100 sessions run once more: they bring nothing new (no language,
script or screen the kiosk has not shown), so RSS growth there is what a session
keeps (a leak), apart from first use; printed per 1000 sessions.

Numbers, not assertions: targets are RSS ≤ 150 MB after 1000 sessions, growth
≤ 0.5 MB per 1000 sessions after the first 10, step change p95 ≤ 16 ms (100 %) and
≤ 20 ms (200 %), max ≤ 50 ms, session end ≤ 50 ms (issue 19).

    python bench/sessions.py [--sessions 1000] [--json FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.flow.engine import Answer  # noqa: E402
from kiosk.flow.walk import scripts  # noqa: E402
from kiosk.journey.events import Setting  # noqa: E402

#: Half past ten on the first day of the offline data (as in tests/conftest.py).
SNAPSHOT_MORNING = datetime(2020, 6, 22, 10, 30)
TEXT_SIZES = (100, 150, 200)
#: What scripts type into text steps (a name that finds a library), as in the tests.
TYPED = {"library-hours": {"name": "Kallio"}}
IDLE_EVERY = 10
BATCH = 100
#: Sessions run a second time at the end, to tell a leak from first use.
REPEAT = 100


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def settle(app: QApplication) -> None:
    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Seconds:
    """Timings, in room set aside before the first session: 8 bytes a figure, none of
    it taken while the sessions run. This bench's RSS growth is the kiosk's: some
    19 000 figures over 1000 sessions, kept as a list of floats, added 0.4 MB to it;
    an array that grows as it fills, 0.15 MB."""

    def __init__(self, room: int) -> None:
        self._values = array("d", bytes(8 * room))
        self._count = 0

    def append(self, value: float) -> None:
        if self._count < len(self._values):
            self._values[self._count] = value
        else:  # more than the room: kept all the same
            self._values.append(value)
        self._count += 1

    def extend(self, values: Iterable[float]) -> None:
        for value in values:
            self.append(value)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[float]:
        return iter(self._values[: self._count])


def percentile(values: Iterable[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def build_kiosk(data_dir: Path):
    from kiosk.app import build, settle_in
    from kiosk.core.clock import FixedClock
    from kiosk.speech.recording import RecordingSpeaker
    from kiosk.ui.chime import SilentChime

    kiosk = build(
        windowed=True,
        inline_services=True,
        clock=FixedClock(SNAPSHOT_MORNING),
        speaker=RecordingSpeaker(),
        data_dir=data_dir,
        size=(1920, 1080),
        chime=SilentChime(),
    )
    kiosk.window.show_attract()
    kiosk.window.show()
    settle(kiosk.app)
    # As `kiosk run` does a second after its first frame; the words it then draws a
    # slice at a time from the event loop are drawn here at once, before any visit.
    warm_up = settle_in(kiosk)
    began = time.perf_counter()
    warm_up.finish()
    print(f"the kiosk's letters drawn in {time.perf_counter() - began:.2f} s", flush=True)
    for handler in logging.getLogger().handlers:  # the file log keeps everything
        if type(handler) is logging.StreamHandler:
            handler.setLevel(logging.ERROR)  # "answered from the offline snapshot", ×1000
    return kiosk


def plan(kiosk) -> list[tuple[str, str, list[object]]]:
    """(language, flow, script) for every enabled language, flow and answer script."""
    services = kiosk.window.runner._services  # the same data the window shows
    found = []
    for lang in kiosk.config.languages.enabled:
        for flow in kiosk.flows:
            for script, _outcome in scripts(
                flow,
                lambda name, params, lang=lang: services.call(name, params, lang),
                TYPED.get(flow.id),
            ):
                found.append((lang, flow.id, script))
    return found


def mixed(combos: list[tuple[str, str, list[object]]]) -> list[tuple[str, str, list[object], int]]:
    """Every (language, flow, script) at every text size, once, in the order a day at a
    library might bring them: session i is in the (i mod languages)th language; within a
    language the flows take turns, and so do the sizes. The first len(languages)
    sessions are in different languages, flows (while any is left) and sizes."""
    languages = list(dict.fromkeys(lang for lang, _, _ in combos))
    turns: dict[str, list[tuple[str, str, list[object], int]]] = {}
    for place, lang in enumerate(languages):
        by_flow: dict[str, list[list[object]]] = {}
        for one, flow_id, script in combos:
            if one == lang:
                by_flow.setdefault(flow_id, []).append(script)
        items = [  # the flows in turn: each flow's first script, then each one's second…
            (flow_id, scripts_of[rank])
            for rank in range(max(map(len, by_flow.values())))
            for flow_id, scripts_of in by_flow.items()
            if rank < len(scripts_of)
        ]
        pairs = len(items) * len(TEXT_SIZES)
        turns[lang] = []
        for turn in range(pairs):
            at = (turn + place) % pairs  # the languages start at different flows
            flow_id, script = items[at % len(items)]
            # An item's three turns have three sizes, and neighbours differ.
            size = TEXT_SIZES[(at // len(items) + at % len(items)) % len(TEXT_SIZES)]
            turns[lang].append((lang, flow_id, script, size))
    return [
        turns[lang][turn]
        for turn in range(max(map(len, turns.values())))
        for lang in languages
        if turn < len(turns[lang])
    ]


def type_counts(objects) -> Counter:
    return Counter(type(o).__name__ for o in objects)


class PaintSpy(QObject):
    """Notes whether ``page`` received a paint event (it is drawn on screen)."""

    def __init__(self, page: QObject | None) -> None:
        super().__init__()
        self.seen = page is None
        self.page = page
        if page is not None:
            page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False

    def detach(self) -> None:
        if self.page is not None:
            with contextlib.suppress(RuntimeError):  # the page was already deleted
                self.page.removeEventFilter(self)
            self.page = None


class Census:
    """Object counts after each batch, and which types grew."""

    def __init__(self, app: QApplication, window) -> None:
        self.app, self.window = app, window
        self.rows: list[dict[str, int]] = []
        # The counts by type of the first census and of the latest only: keeping every
        # census's (some 1500 types each) added about 10 KB a census to the RSS growth
        # this bench reports as the kiosk's.
        self.py_types: list[Counter] = []
        self.qt_types: list[Counter] = []

    def take(self, sessions: int) -> None:
        from kiosk.core.memory import release_freed_memory

        gc.collect()
        objects = gc.get_objects()
        widgets = QApplication.allWidgets()
        app_children = self.app.findChildren(QObject)
        window_children = self.window.findChildren(QObject)
        row = {
            "sessions": sessions,
            "python_objects": len(objects),
            "all_widgets": len(widgets),
            "app_qobjects": len(app_children),
            "window_qobjects": len(window_children),
        }
        self.py_types[1:] = [type_counts(objects)]
        self.qt_types[1:] = [type_counts([*widgets, *app_children, *window_children])]
        del objects, widgets, app_children, window_children
        # The census's own lists and counts take 0.3-0.6 MB of heap; given back here,
        # as the kiosk gives back what a visit took, or every RSS read after the first
        # census (the growth's included) would count them as the kiosk's.
        release_freed_memory()
        row["rss_mb"] = round(rss_mb(), 1)
        self.rows.append(row)
        print(
            f"  after {sessions:5d}: python objects {row['python_objects']:8d}, "
            f"allWidgets {row['all_widgets']:5d}, app.findChildren(QObject) "
            f"{row['app_qobjects']:5d}, window.findChildren(QObject) "
            f"{row['window_qobjects']:5d}, RSS {row['rss_mb']:.1f} MB",
            flush=True,
        )

    def growers(self, top: int = 10) -> dict[str, dict[str, int]]:
        if len(self.rows) < 2:
            return {}
        found = {}
        for label, series in (("python", self.py_types), ("qt", self.qt_types)):
            first, last = series[0], series[-1]
            grown = {name: last[name] - first[name] for name in set(first) | set(last)}
            found[label] = dict(
                sorted(((n, d) for n, d in grown.items() if d > 0), key=lambda item: -item[1])[:top]
            )
        return found


def until_painted(app: QApplication, window, action: Callable[[], None]) -> float:
    """Seconds from ``action`` (an answer, a tap, End) to the next screen painted: the
    posted events processed, and a spy on the new page checks that it was painted (if
    not, ``window.repaint()`` paints it and that time counts too)."""
    started = time.perf_counter()
    action()
    painted = PaintSpy(window.page)
    app.processEvents()
    if not painted.seen:
        window.repaint()
    took = time.perf_counter() - started
    painted.detach()
    return took


def run_session(
    kiosk,
    index: int,
    lang: str,
    flow_id: str,
    script: list[object],
    text_size: int,
    idle_s: int,
    warning_s: int,
    steps: Seconds | list[float],
    ends_s: Seconds | None = None,
    after_end_s: Seconds | None = None,
    taps: dict[str, Seconds] | None = None,
) -> str:
    app, window = kiosk.app, kiosk.window

    def tap(kind: str, action: Callable[[], None]) -> None:
        """A tap before the flow, timed like a step (tap → the next screen painted)."""
        took = until_painted(app, window, action)
        if taps is not None:
            taps.setdefault(kind, Seconds(0)).append(took)
        settle(app)

    tap("start", window.start_session)  # the attract screen left by the previous session
    tap("language", lambda: window.choose_language(lang))
    while kiosk.session.settings.text_size != text_size:  # the resident's A+ button
        tap("text size", lambda: window.dispatch(Setting("text_size")))
    tap("service", lambda: window.start_flow(flow_id))
    for value in script:
        if window.engine is None or window.engine.finished:
            break
        steps.append(until_painted(app, window, lambda value=value: window.send(Answer(value))))
    settle(app)
    if index % IDLE_EVERY == IDLE_EVERY - 1:
        kiosk.window.clock.advance(idle_s + 1)
        window.idle_tick()
        settle(app)
        warned = window.screen_name
        kiosk.window.clock.advance(warning_s)
        window.idle_tick()
        kiosk.window.clock.at = kiosk.window.clock.at.replace(  # keep the snapshot's day
            year=SNAPSHOT_MORNING.year,
            month=SNAPSHOT_MORNING.month,
            day=SNAPSHOT_MORNING.day,
            hour=SNAPSHOT_MORNING.hour,
            minute=SNAPSHOT_MORNING.minute,
            second=0,
        )
        if warned != "idle-warning":
            raise SystemExit(f"session {index}: no idle warning (screen {warned!r})")
    else:
        # Session end from the last page of the flow, timed as a step: End → the
        # attract screen painted (with the settings back to the defaults).
        took = until_painted(app, window, lambda: window.end_session("end"))
        if ends_s is not None:
            ends_s.append(took)
        # What the kiosk still does once the start screen is up (the application's
        # restyle after a session in another look, deleting the last page): nobody
        # waits for it, but a tap in that time would.
        started = time.perf_counter()
        settle(app)
        if after_end_s is not None:
            after_end_s.append(time.perf_counter() - started)
    settle(app)
    # The recording speaker keeps every line said, some 57 a session (the real one
    # keeps none): this bench would count them as the kiosk's RSS growth.
    kiosk.speaker.log.clear()
    if window.screen_name != "attract":
        raise SystemExit(f"session {index}: ended on {window.screen_name!r}, not attract")
    return "idle" if index % IDLE_EVERY == IDLE_EVERY - 1 else "end"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    total = max(20, args.sessions)

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        kiosk = build_kiosk(Path(scratch) / "data")
        window = kiosk.window
        combos = plan(kiosk)
        sessions = mixed(combos)
        idle_s = kiosk.config.timeouts.idle_s
        warning_s = kiosk.config.timeouts.warning_s
        flows = sorted({f for _, f, _ in combos})
        print(
            f"sessions: {total} sessions over {len(combos)} (language, flow, script) "
            f"combinations; flows {', '.join(flows)}; languages "
            f"{', '.join(kiosk.config.languages.enabled)}; text sizes "
            f"{'/'.join(map(str, TEXT_SIZES))}; every {IDLE_EVERY}th ends idle",
            flush=True,
        )
        # Room for every figure of the run, set aside now (see Seconds): a session
        # has at most its script's answers, and at most two text-size taps.
        answers = total * max(len(script) for _, _, script, _ in sessions)
        steps = Seconds(answers)
        by_size = {size: Seconds(answers) for size in TEXT_SIZES}
        ends_s = Seconds(total)
        after_end_s = Seconds(total)
        taps = {kind: Seconds(total) for kind in ("start", "language", "service")}
        taps["text size"] = Seconds(2 * total)
        census = Census(app, window)
        ends: Counter = Counter()
        covered: set[tuple[str, str, int]] = set()
        rss_10 = float("nan")
        # RSS after every 10th session from the 10th on: the growth is the slope of a
        # straight line through all of them. The RSS of one moment swings by up to half
        # a MB (which visit just ended; the heap's free pages come and go), so the
        # difference of two single readings, 990 sessions apart, could be off by as
        # much as the figure's target.
        trail_at = Seconds(total // 10)
        trail_mb = Seconds(total // 10)
        started = time.perf_counter()
        for index in range(total):
            lang, flow_id, script, size = sessions[index % len(sessions)]
            these: list[float] = []
            ends[
                run_session(
                    kiosk,
                    index,
                    lang,
                    flow_id,
                    script,
                    size,
                    idle_s,
                    warning_s,
                    these,
                    ends_s,
                    after_end_s,
                    taps,
                )
            ] += 1
            steps.extend(these)
            by_size[size].extend(these)
            covered.add((lang, flow_id, size))
            done = index + 1
            if done == 10:
                gc.collect()
                rss_10 = rss_mb()
                print(f"  RSS after 10 sessions: {rss_10:.1f} MB", flush=True)
            if done >= 10 and done % 10 == 0:
                trail_at.append(done)
                trail_mb.append(rss_10 if done == 10 else rss_mb())
            if done % BATCH == 0 or done == total:
                census.take(done)
        elapsed = time.perf_counter() - started
        gc.collect()
        rss_n = rss_mb()
        # The first REPEAT sessions once more: nothing in them is new to the kiosk (no
        # new language, script, flow or screen), so what RSS still grows here is kept
        # per session (a leak), not first use.
        repeat = min(REPEAT, total)
        for index in range(repeat):
            lang, flow_id, script, size = sessions[index % len(sessions)]
            run_session(kiosk, index, lang, flow_id, script, size, idle_s, warning_s, [])
        gc.collect()
        rss_repeat = rss_mb()
        window.allow_close = True
        window.close()
        settle(app)
        # As when the kiosk quits: the usage figures' writer writes what is queued and
        # closes its file before the temporary folder goes (a run on a busy machine
        # once failed there, the writer opening the file anew as it was removed).
        app.aboutToQuit.emit()

    growth = statistics.linear_regression(trail_at, trail_mb).slope * 1000
    growth_ends = (rss_n - rss_10) / (total - 10) * 1000
    # The first 10 sessions meet every language, flow and size, but not every screen of
    # every script: what grows after them may still be first use (a screen's first
    # glyphs). The same figure from the census after 100 sessions, beside it.
    at_100 = next((row["rss_mb"] for row in census.rows if row["sessions"] == 100), None)
    growth_100 = (
        (rss_n - at_100) / (total - 100) * 1000 if at_100 is not None and total > 100 else None
    )
    growth_repeat = (rss_repeat - rss_n) / repeat * 1000
    ms = [s * 1000 for s in steps]
    p95 = percentile(ms, 95)
    first_combo_pass = min(total, len(combos) * len(TEXT_SIZES))
    print(
        f"sessions: {total} in {elapsed:.1f} s ({ends['end']} ended, {ends['idle']} idle); "
        f"{len(covered)} (language, flow, size) covered; every script run "
        f"{'yes' if total >= first_combo_pass else 'no'}"
    )
    print(
        f"RSS after 10 sessions {rss_10:.1f} MB, after {total} {rss_n:.1f} MB "
        f"(target ≤ 150 MB); growth {growth:.2f} MB per 1000 sessions (target ≤ 0.5; "
        f"the slope through the RSS after every 10th session, {len(trail_at)} readings; "
        f"from the first and last reading alone {growth_ends:.2f})"
        + (f"; after 100 sessions {growth_100:.2f} MB per 1000" if growth_100 is not None else "")
    )
    print(
        f"the first {repeat} sessions again (nothing new to the kiosk): RSS {rss_n:.1f} → "
        f"{rss_repeat:.1f} MB, {growth_repeat:.2f} MB per 1000 sessions (a leak, if not 0)"
    )
    print(
        f"step change (answer → next screen painted): {len(ms)} steps, "
        f"median {percentile(ms, 50):.2f} ms, p95 {p95:.2f} ms, max {max(ms):.2f} ms "
        f"(targets: p95 ≤ 16 ms at 100 %, ≤ 20 ms at 200 %, max ≤ 50 ms)"
    )
    per_size = {size: [v * 1000 for v in values] for size, values in by_size.items() if values}
    for size, values in per_size.items():
        print(
            f"  at {size} %: {len(values)} steps, p50 {percentile(values, 50):.2f} ms, "
            f"p95 {percentile(values, 95):.2f} ms, max {max(values):.2f} ms"
        )
    end_ms = [v * 1000 for v in ends_s] or [float("nan")]
    print(
        f"session end (End → attract painted): {len(ends_s)} ends, "
        f"median {percentile(end_ms, 50):.2f} ms, max {max(end_ms):.2f} ms (target ≤ 50 ms)"
    )
    after_ms = [v * 1000 for v in after_end_s] or [float("nan")]
    print(
        f"  then busy (restyle, deleting the last page) for median "
        f"{percentile(after_ms, 50):.2f} ms, max {max(after_ms):.2f} ms"
    )
    tap_ms = {kind: [v * 1000 for v in values] for kind, values in taps.items()}
    print("taps before the flow (every size; not in the step figures above):")
    for kind, values in tap_ms.items():
        print(
            f"  {kind}: {len(values)} taps, p50 {percentile(values, 50):.2f} ms, "
            f"p95 {percentile(values, 95):.2f} ms, max {max(values):.2f} ms"
        )
    grown = census.growers()
    for label, items in grown.items():
        text = ", ".join(f"{name} +{count}" for name, count in items.items()) or "none"
        print(
            f"grew between {census.rows[0]['sessions']} and {census.rows[-1]['sessions']} "
            f"sessions ({label}): {text}"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "rss_mb_after": round(rss_n, 1),
                    "rss_mb_after_10": round(rss_10, 1),
                    "rss_growth_mb_per_1000": round(growth, 2),
                    "rss_growth_mb_per_1000_ends": round(growth_ends, 2),
                    "rss_growth_mb_per_1000_repeat": round(growth_repeat, 2),
                    "rss_growth_mb_per_1000_after_100": (
                        round(growth_100, 2) if growth_100 is not None else None
                    ),
                    # The step_ms_p95 is at 100 % text; every size together:
                    "step_ms_p95": round(percentile(per_size.get(100, ms), 95), 2),
                    "step_ms_p95_all": round(p95, 2),
                    "step_ms_max": round(max(ms), 2),
                    # The taps before a flow (start, language, text size, service):
                    "tap_ms_p50": {k: round(percentile(v, 50), 2) for k, v in tap_ms.items()},
                    "tap_ms_p95": {k: round(percentile(v, 95), 2) for k, v in tap_ms.items()},
                    "tap_ms_max": {k: round(max(v), 2) for k, v in tap_ms.items()},
                    **{
                        f"step_ms_p95_{size}": round(percentile(values, 95), 2)
                        for size, values in per_size.items()
                    },
                    **{
                        f"step_ms_p50_{size}": round(percentile(values, 50), 2)
                        for size, values in per_size.items()
                    },
                    **{
                        f"step_ms_max_{size}": round(max(values), 2)
                        for size, values in per_size.items()
                    },
                    "session_end_ms_max": round(max(end_ms), 2),
                    "session_end_ms_median": round(percentile(end_ms, 50), 2),
                    "after_end_busy_ms_median": round(percentile(after_ms, 50), 2),
                    "after_end_busy_ms_max": round(max(after_ms), 2),
                    "step_ms_median": round(percentile(ms, 50), 2),
                    "steps": len(ms),
                    "sessions": total,
                    "census": census.rows,
                    "grew": grown,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
