"""Composition root: the one place that builds the kiosk's objects and wires them.

Order matters and is logged: paths and logging first, so anything after can report
a problem; the exception hook before the QApplication exists; then config, flows,
services, speech, translations, window.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import Config, demo_config
from kiosk.core.crashfile import CrashFile, CrashInfo, previous_crashes
from kiosk.core.hardening import disable_core_dumps
from kiosk.core.last_good import load_guarded
from kiosk.core.logs import add_secrets, setup_logging
from kiosk.core.memory import forget_module_sources, keep_start_up_objects
from kiosk.core.metrics import MeteredServices, MeteredStats, Metrics, MetricsLike
from kiosk.core.paths import Paths
from kiosk.core.problems import StartupProblem
from kiosk.core.session import Session, Settings
from kiosk.core.watchdog import Watchdog
from kiosk.flow.loader import FlowError, load_flow
from kiosk.flow.parsed_cache import ParsedCache
from kiosk.flow.spec import Flow
from kiosk.services.catalog import SERVICES
from kiosk.services.lazy_http import LazyCityHttp
from kiosk.services.lazy_services import LazyLiveServices
from kiosk.services.snapshot import Snapshot
from kiosk.speech.headset import jack_source
from kiosk.speech.process_speaker import ProcessSpeaker
from kiosk.speech.speaker import Speaker
from kiosk.staff.audit import AUDIT_FILE, AuditLog
from kiosk.staff.help_request import HelpDedupe, HelpNotifier
from kiosk.staff.lockout import LOCKOUT_FILE, Lockout, PinGate
from kiosk.stats.background import BackgroundStats
from kiosk.stats.store import StatsStore
from kiosk.ui.accessible import install_roles
from kiosk.ui.chime import AplayChime, Chime
from kiosk.ui.first_frame import after_first_frame
from kiosk.ui.handoff import HandoffFiles, default_handoff_dir
from kiosk.ui.i18n import Translations
from kiosk.ui.runner import ServiceRunner
from kiosk.ui.staff_desk import StaffTools
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.fleet.kiosk_client import KioskFleet
    from kiosk.services.live import LiveServices
    from kiosk.ui.letter_warmup import LetterWarmUp

log = logging.getLogger(__name__)

#: Qt's cache of drawn button and frame pieces, KB (Qt's default: 10 240); see build().
PIXMAP_CACHE_KB = 256


@dataclass
class Kiosk:
    """Everything ``build`` made, for the CLI, tests and benchmarks."""

    app: QApplication
    config: Config
    session: Session
    flows: list[Flow]
    speaker: Speaker
    window: KioskWindow
    problems: list[StartupProblem]
    metrics: MetricsLike
    crash_file: CrashFile


def read_config(
    path: Path | None, problems: list[StartupProblem], data_dir: Path | None = None
) -> Config:
    """The configured settings, failing closed (``kiosk.core.last_good``): a bad value
    keeps its built-in default and the rest of the file is used; a file that cannot be
    used, or a bad ``demo`` or PIN hash, gives the last good settings kept in
    ``data_dir`` (or: not a demo, no PINs). Never the demo because of a mistake: only
    no file at all (``path`` None, a developer's ``kiosk run``) is the demo. Every
    problem is logged and shown to staff."""
    if path is None:
        log.warning("no config file: a developer's demo kiosk (offline data, demo PIN)")
        return demo_config()
    guarded = load_guarded(path, data_dir)
    for problem in guarded.problems:
        log.error("config: %s", problem)
        problems.append(StartupProblem("config", str(problem)))
    for notice in guarded.notices:
        log.error("config: %s", notice)
        problems.append(StartupProblem("config", notice))
    if guarded.problems:
        log.error(
            "config has %d problem(s); those keys use their built-in defaults "
            "(security keys: their last good values)",
            len(guarded.problems),
        )
    return guarded.config


def read_flows(
    config: Config,
    flows_dir: Path,
    problems: list[StartupProblem],
    cache: ParsedCache | None = None,
) -> list[Flow]:
    """Enabled flows in the configured order; a broken file leaves only its tile out.
    ``cache``: the flow files' parsed YAML kept from earlier starts (issue 19)."""
    flows = []
    known = sorted(path.stem for path in flows_dir.glob("*.yaml"))
    for flow_id in config.flows.enabled:
        if flow_id not in known:
            problem = (
                f'flows.enabled: there is no flow "{flow_id}" (the flows are {", ".join(known)})'
            )
            log.error("config: %s", problem)
            problems.append(StartupProblem("config", problem))
            continue
        try:
            flows.append(load_flow(flows_dir / f"{flow_id}.yaml", SERVICES, cache))
        except FlowError as exc:
            log.error("flow left out: %s", exc)
            problems.append(StartupProblem("flow", str(exc)))
    if cache is not None:
        cache.save()
    return flows


def usable_flows(flows: list[Flow], config: Config, problems: list[StartupProblem]) -> list[Flow]:
    """Only the flows that can work on this kiosk: a live kiosk without an Open311 API
    key cannot send feedback, so it offers no feedback tile, and staff see why. (A
    demo kiosk sends to its demo recorder.)"""
    if config.kiosk.demo or config.services.open311_api_key:
        return flows
    kept = []
    for flow in flows:
        if any(step.action == "feedback.send" for step in flow.steps):
            log.warning("flow %s left out: no Open311 API key", flow.id)
            problems.append(
                StartupProblem(
                    "flow",
                    f"{flow.id}: left off the home screen: feedback cannot be sent without "
                    "an Open311 API key ([services] open311_api_key)",
                )
            )
            continue
        kept.append(flow)
    return kept


def open_snapshot(assets: Path, *, demo: bool, clock: Clock) -> Snapshot:
    """The offline data: a demo kiosk's is the demo data set (assets/demo), moved to
    the current week; a production kiosk's is the dated snapshot, never moved."""
    if demo:
        return Snapshot(assets / "demo", rebase_to=lambda: clock.now().date())
    return Snapshot(assets / "snapshot")


def build_services(
    config: Config, data_dir: Path, snapshot: Snapshot | None, metrics: Any, clock: Clock
) -> LazyLiveServices:
    """The city's services: live over one cached HTTP session, falling back to the
    dated offline snapshot; a demo kiosk answers from the snapshot only. The services
    are made on the first call, and the HTTP layer on the first live call: neither
    their clients nor requests are imported before (issue 19)."""
    http = LazyCityHttp.from_config(config, cache_path=data_dir / "cache" / "http-cache.sqlite")

    def make() -> LiveServices:
        from kiosk.services.live import LiveServices

        return LiveServices.from_config(
            config,
            http,
            snapshot,
            offline_only=config.kiosk.demo,
            # A demo kiosk may show sample data that is marked as such (e.g. OmaStadi's).
            allow_demo_data=config.kiosk.demo,
            open311_api_key=config.services.open311_api_key or None,
            clock=clock,
            on_fallback=lambda name, error: metrics.api_error(name),
        )

    return LazyLiveServices(make, http)


def make_speaker(config: Config) -> Speaker:
    """The real voice: pyttsx3 (espeak-ng) in a worker process, with the configured
    voices, rate and volume. If it cannot start, it reports itself unavailable."""
    return ProcessSpeaker(
        dict(config.speech.voices),
        rate=config.speech.rate,
        volume=config.speech.volume,
        start=False,  # after the first frame (``build``): the workers would slow it
        spare_at_once=False,  # the attract screen says nothing: the spare can wait
    )


def build_staff_tools(
    config: Config,
    data_dir: Path,
    clock: Clock,
    problems: list[StartupProblem],
    metrics: MetricsLike,
) -> StaffTools:
    """PIN gate, audit log, help notifier and usage figures, all kept in ``data_dir``.
    Each wrong PIN is audited (never its digits) and counted by the metrics'
    ``pin_failed(role)`` (``kiosk_pin_failures_total``) where the metrics have it."""
    lockout = Lockout(
        data_dir / LOCKOUT_FILE,
        max_attempts=config.staff.max_attempts,
        lockout_s=config.staff.lockout_minutes * 60,
        clock=clock,
    )
    audit = AuditLog(
        data_dir / AUDIT_FILE,
        config.kiosk.id,
        clock,
        retention_days=config.audit.retention_days,
        max_bytes=config.audit.max_file_kb * 1024,
    )
    gate = PinGate(
        config.staff.effective_pins(config.kiosk.demo),
        config.staff.effective_admin_pins(config.kiosk.demo),
        lockout,
        on_failure=getattr(metrics, "pin_failed", None),
        audit=audit.record,
    )
    notifier = HelpNotifier.from_config(config, clock)
    return StaffTools(
        gate=gate,
        audit=audit,
        notifier=notifier,
        dedupe=HelpDedupe(clock),
        # Written by a worker thread: a commit waits for the disk (issue 19).
        stats=MeteredStats(
            BackgroundStats(StatsStore.from_config(config, data_dir, clock)), metrics
        ),
        problems=problems,
        fleet=build_fleet(config, clock, notifier),
    )


def build_fleet(config: Config, clock: Clock, notifier: HelpNotifier) -> KioskFleet | None:
    """The kiosk on the library's message bus (``[fleet]``), not yet started; None when
    off. A request no desk claims in time also goes to the help webhook, if one is set."""
    if not config.fleet.enabled:
        return None
    # Imported only with [fleet]: the MQTT client's modules cost a few ms before the
    # first frame, and a kiosk without a fleet never needs them (issue 19).
    from kiosk.fleet.connection import BrokerSettings
    from kiosk.fleet.kiosk_client import KioskFleet
    from kiosk.fleet.messages import RequestState

    fleet = KioskFleet(
        BrokerSettings.from_config(config.fleet),
        config.kiosk.id,
        config.fleet.place,
        place_name=config.kiosk.place_name.get(config.staff.language),
        escalate_after_s=config.help.escalate_after_s,
        claim_expire_s=config.help.claim_expire_s,
        ack_timeout_s=config.help.timeout_s,
        clock=clock,
    )
    if notifier.enabled:

        def escalate(state: RequestState) -> None:
            # On the fleet's worker thread: the POST (with its retries) gets its own.
            threading.Thread(
                target=notifier.send,
                args=(state.flow, state.step, True),
                name="help-escalation",
                daemon=True,
            ).start()

        fleet.on_escalate = escalate
    return fleet


def default_settings(config: Config) -> Settings:
    return Settings(
        language=config.languages.default,
        text_size=config.display.text_size,
        theme=config.display.theme,
        speech=config.speech.enabled,
        volume=config.speech.volume,
        rate=config.speech.rate,
    )


#: Qt messages that say nothing about the kiosk (the offscreen platform's limits).
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _qt_message(mode: QtMsgType, context: Any, message: str) -> None:
    if message in _QT_NOISE:
        return
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def install_crash_handler(
    get_window: Any, crash_file: CrashFile | None = None, metrics: MetricsLike | None = None
) -> None:
    """Log any uncaught exception with an id and show the friendly start screen.

    Qt calls ``sys.excepthook`` for an exception raised in a slot; a resident must
    never see a traceback or a dialog, so the hook logs it and asks the window to
    recover (DESIGN §5, issue "crash safety").
    """

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        import uuid  # at the first crash, not at start: ~2 ms before the first frame (issue 19)

        crash_id = uuid.uuid4().hex[:8]
        # Only the exception type and stack go to the log: messages may quote input.
        stack = "".join(traceback.format_tb(tb))
        log.error("uncaught %s (crash id %s)\n%s", kind.__name__, crash_id, stack)
        if crash_file is not None:
            crash_file.note_error(crash_id, kind.__name__)
        if metrics is not None:
            metrics.crashed()
        window = get_window()
        if window is not None:
            window.recover()

    sys.excepthook = hook


def build(
    argv: list[str] | None = None,
    *,
    config_path: Path | None = None,
    windowed: bool = True,
    inline_services: bool = False,
    clock: Clock | None = None,
    speaker: Speaker | None = None,
    data_dir: Path | None = None,
    size: tuple[int, int] | None = None,
    chime: Chime | None = None,
    all_flows: bool = False,
    staff_language: str | None = None,
) -> Kiosk:
    """Build a ready kiosk window (not yet shown). ``all_flows``: every flow file in
    assets/flows, whatever the config enables (the screenshots command).
    ``staff_language``: the staff screens' language instead of ``[staff] language``
    (tests whose kiosk speaks one language to residents and staff alike)."""
    # Every module the first frame needs is imported by now: the lines of their sources
    # that PySide read (kiosk.core.memory) go, and the window reuses that memory instead
    # of adding its own (~1.2 MB less at the first frame, issue 19).
    forget_module_sources()
    paths = Paths.locate(data_dir=data_dir)
    setup_logging(paths.log_dir)
    log.info("kiosk %s starting; assets %s", __version__, paths.assets)
    crashes: list[CrashInfo] = previous_crashes(paths.data)  # earlier runs; reported once
    crash_file = CrashFile(paths.data)  # enabled by run(), not in tests
    problems: list[StartupProblem] = []
    config = read_config(config_path, problems, paths.data)
    add_secrets(  # …last4 in logs
        config.services.open311_api_key, config.help.webhook_url, config.fleet.password
    )
    if staff_language is not None:
        config = replace(config, staff=replace(config.staff, language=staff_language))
    if all_flows:
        every = tuple(sorted(p.stem for p in (paths.assets / "flows").glob("*.yaml")))
        config = replace(config, flows=replace(config.flows, enabled=every))
    metrics = Metrics.from_config(config.monitoring)
    for crash in crashes:
        log.warning("earlier crash %s (%s): %s", crash.crash_id, crash.kind, crash.summary)
        problems.append(
            StartupProblem(
                "crash", f"{crash.when:%d.%m.%Y %H:%M} crash {crash.crash_id}: {crash.summary}"
            )
        )
        metrics.crashed(crash.timestamp)
    window_ref: list[KioskWindow] = []
    install_crash_handler(lambda: window_ref[0] if window_ref else None, crash_file, metrics)
    qInstallMessageHandler(_qt_message)
    flow_cache = ParsedCache(paths.data / "cache" / "flows.json")
    flows = read_flows(config, paths.assets / "flows", problems, flow_cache)
    flows = usable_flows(flows, config, problems)

    clock = clock or SystemClock()
    snapshot: Snapshot | None = None
    try:
        snapshot = open_snapshot(paths.assets, demo=config.kiosk.demo, clock=clock)
        metrics.set_snapshot_date(snapshot.date)
    except Exception as exc:  # noqa: BLE001 - any snapshot fault must not stop the kiosk
        log.error("offline snapshot unreadable: %s", exc)
        problems.append(StartupProblem("snapshot", f"snapshot: {exc}"))
    services = build_services(config, paths.data, snapshot, metrics, clock)

    # (QT_MAX_CACHED_GLYPH_SIZE above 64 px was tried for speed (issue 19): Qt then drew
    # no 68 and 88 px text at all, so every page's words vanished at 200 %. Not set:
    # the labels draw large text from letters they keep themselves, kiosk.ui.big_text.)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if not isinstance(app, QApplication):  # a QCoreApplication cannot show windows
        raise RuntimeError("a QCoreApplication is already running; the kiosk needs a QApplication")
    app.setApplicationName("kiosk")
    app.setApplicationVersion(__version__)
    # Double-tap time follows the config: two taps closer than this are one (A19).
    app.setDoubleClickInterval(int(config.timeouts.double_tap_s * 1000))
    install_roles(app)  # headings and the window as such for assistive technology
    # Qt keeps drawn pieces of buttons and frames for reuse, up to 10 MB: a kiosk's
    # buttons change size with every screen, text size and language, so the cache
    # filled with pictures seldom drawn again, and RSS grew 10 MB over the first 100
    # visits (bench/sessions.py). Drawing them again costs no step time measured.
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    session = Session(default_settings(config), clock)
    speaker = speaker or make_speaker(config)
    translations = Translations(app)
    runner = ServiceRunner(MeteredServices(services, metrics), inline=inline_services)
    metrics.set_speech_available(lambda: speaker.available)
    chime = chime or AplayChime(paths.assets / "sounds" / "chime.wav")
    staff = build_staff_tools(config, paths.data, clock, problems, metrics)
    # Print PDFs and QR images of one session, emptied at every session end (A8).
    handoff_files = HandoffFiles(
        paths.data / "handoff" if data_dir is not None else default_handoff_dir()
    )
    # Parts that can fail while the kiosk runs report it in the staff panel.
    staff.sources.update(
        {
            "city": services,
            "cache": getattr(services, "http", None),
            "handoff": handoff_files,
            "data": paths,
            "fleet": staff.fleet,
        }
    )
    staff.snapshot_date = snapshot.date if snapshot is not None else None
    window = KioskWindow(
        config,
        session,
        flows,
        runner,
        speaker,
        clock,
        translations,
        chime,
        staff,
        statement_dir=paths.assets / "statement",
        icons_dir=paths.assets / "icons",
        handoff_files=handoff_files,
    )
    window_ref.append(window)
    if staff.stats is not None:
        app.aboutToQuit.connect(staff.stats.close)  # the figures still queued are written
    if staff.fleet is not None:
        staff.fleet.start()  # connects in the background; never waits for the broker
        app.aboutToQuit.connect(staff.fleet.stop)
    metrics.set_fleet(staff.fleet)
    metrics.set_printer(lambda: window.visit.printer)
    if isinstance(speaker, ProcessSpeaker):
        after_first_frame(window, speaker.start)  # starting twice starts nothing more
        # Status changes come from the speaker's own thread; a queued signal brings them
        # to the GUI thread, where the top bar and staff panel show them.
        speaker.on_status_change(lambda status: window.speech_status_changed.emit())
        app.aboutToQuit.connect(speaker.close)
    if config.headset.detect != "none":  # private listening (kiosk.speech.headset)
        window.visit.watch_headset(jack_source(config.headset))
    if size is not None:
        # A fixed size stands in for the kiosk's screen, which the window cannot outgrow.
        window.setFixedSize(*size)
    elif windowed or not config.display.fullscreen:
        window.resize(1280, 800)
    if config.display.hide_cursor and not windowed:
        from PySide6.QtCore import Qt

        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    return Kiosk(app, config, session, flows, speaker, window, problems, metrics, crash_file)


def show(kiosk: Kiosk, windowed: bool) -> None:
    from PySide6.QtCore import Qt

    if windowed or not kiosk.config.display.fullscreen:
        kiosk.window.show()
    else:
        kiosk.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        # Without a window manager (cage aside, e.g. bare X or Xvfb) full screen is
        # only a hint, so cover the screen explicitly as well.
        kiosk.window.setGeometry(kiosk.app.primaryScreen().geometry())
        kiosk.window.showFullScreen()


def watch_restart_request(
    kiosk: Kiosk, request: Any, interval_ms: int = 3000, quit_app: Any = None
) -> Any:
    """Restart for an update without cutting off a resident: every few seconds, if a
    restart was requested (kiosk/core/restart_request.py) and the attract screen is up,
    quit with status 0, and systemd starts the new version. Returns the QTimer."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        if request.take_if_idle(kiosk.window.screen_name):
            kiosk.window.allow_close = True  # as the admin PIN would
            (quit_app or (lambda: kiosk.app.exit(0)))()

    timer = QTimer(kiosk.app)
    timer.timeout.connect(check)
    timer.start(interval_ms)
    return timer


def settle_in(kiosk: Kiosk) -> LetterWarmUp:
    """What a started kiosk does once, a second after its first frame: keep the
    start-up objects out of the garbage collector's walks, then draw its words off
    screen, a slice at a time, so that the visits to come add nothing to its memory
    (`kiosk.ui.letter_warmup`, issue 19)."""
    keep_start_up_objects()
    from kiosk.ui.letter_warmup import LetterWarmUp, kiosk_jobs  # not before the first frame

    warm_up = LetterWarmUp(kiosk_jobs(kiosk.config, kiosk.flows), kiosk.window)
    warm_up.start()  # the window keeps it, and it keeps the fonts it drew in
    return warm_up


def run(config_path: Path | None, windowed: bool, smoke: bool = False, hold_s: float = 0.0) -> int:
    """Start the kiosk and run until it is closed. ``smoke``: exit once the attract
    screen is shown and taking input (for install checks and the startup bench), or
    ``hold_s`` seconds after that (the memory bench measures the kiosk then)."""
    from PySide6.QtCore import QTimer

    disable_core_dumps()  # a core file would hold what the last residents typed
    kiosk = build(config_path=config_path, windowed=windowed)
    kiosk.crash_file.enable()
    kiosk.metrics.start_server()
    watchdog = Watchdog()  # systemd: READY once shown, pings from the GUI thread
    # The input guard, an application-wide Python filter, listens from the first frame
    # on, not before: the first internal Qt object it is handed (one of the
    # application's own children) makes PySide set up every Qt class it has not set up
    # yet, 30-45 ms on the 2-core kiosk, and that need not delay the first frame.
    # Nothing can be touched before the window is there. The set-up is then done at
    # once, while the start screen waits, so that the first touch does not wait for it.
    guard_off = ExitStack()
    guard_off.enter_context(kiosk.window.guard.aside())

    def guard_on() -> None:
        guard_off.close()
        kiosk.app.children()  # hands PySide those objects now (see above)
        log.info("input guard on (touches and keys pass it from now on)")

    after_first_frame(kiosk.window, guard_on)
    show(kiosk, windowed)
    # The data folder may be deleted under a running kiosk: keep the crash file real.
    crash_check = QTimer(kiosk.app)
    crash_check.timeout.connect(kiosk.crash_file.reopen_if_gone)
    crash_check.start(60_000)
    from kiosk.core.restart_request import RestartRequest

    restart_request = RestartRequest.from_env()  # $KIOSK_RESTART_FLAG, set by the service
    if restart_request is not None:
        watch_restart_request(kiosk, restart_request)
    if watchdog.ping_interval_ms:
        pinger = QTimer(kiosk.app)
        pinger.timeout.connect(watchdog.ping)
        pinger.start(watchdog.ping_interval_ms)

    def up() -> None:
        watchdog.ready(f"kiosk {__version__}: start screen up")
        # From now on a hang ends the kiosk (stacks to the crash file, no core dump).
        watchdog.guard_hangs(kiosk.crash_file.path)

    QTimer.singleShot(0, up)
    # A second after the first frame, not before it is shown or the first tap is
    # answered; and not in build(): a test process builds many kiosks.
    after_first_frame(kiosk.window, lambda: QTimer.singleShot(1000, lambda: settle_in(kiosk)))
    if smoke:
        from PySide6.QtCore import QTimer

        def ready() -> None:
            import resource

            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"ready screen={kiosk.window.screen_name} rss_mb={rss_mb:.1f}", flush=True)
            kiosk.window.allow_close = True  # a smoke run ends by itself
            QTimer.singleShot(max(0, round(hold_s * 1000)), kiosk.app.quit)

        # Just after the first frame is painted: the screen is up and taking input.
        after_first_frame(kiosk.window, ready, fallback_ms=5000)  # never hang an install check
    code = kiosk.app.exec()
    watchdog.stopping()
    kiosk.metrics.stop_server()
    kiosk.crash_file.close()
    log.info("kiosk stopped")
    return code
