"""Fleet monitoring: an optional Prometheus endpoint with counts and states only.

``Metrics.from_config(config.monitoring)`` gives a ``Metrics`` when ``[monitoring]
enabled = true``, else a ``NullMetrics`` with the same methods doing nothing (so the
composition root calls them unconditionally, and prometheus_client is not even
imported on a kiosk that does not use it). ``start_server()`` serves
``http://ADDRESS:PORT/metrics`` and returns the bound port. The address is 127.0.0.1
unless the config says otherwise. The server (`kiosk.core.metrics_http`) is one thread
with an event loop, however many connections arrive (prometheus_client's own starts a
thread a connection), serves only ``/metrics`` (404 for any other path) and drops
silent or slow clients after a few seconds.

No ``_created`` series: they would give the exact time each flow was first used since
the start (``disable_created_metrics()``, process-wide, when a ``Metrics`` is made).

Every metric lives in the instance's own ``CollectorRegistry``: no process-wide
registry, so two kiosks in one test process do not share numbers.

No personal data: labels are flow ids and service names only, checked against a
strict pattern (anything else is counted as "other"), never text a resident typed,
chose or heard.

Metrics (all prefixed ``kiosk_``): ``up``, ``build_info{version}``,
``sessions_total``, ``flows_started_total{flow}``, ``flows_completed_total{flow}``,
``help_requests_total``, ``idle_timeouts_total``, ``speech_available``,
``api_errors_total{service}``, ``offline_snapshot_age_seconds``,
``last_crash_timestamp_seconds``, ``pin_failures_total{role}`` (a wrong staff or admin
PIN: ``pin_failed(role)``; role "staff", "admin" or "other"; never the digits),
``printer_ok`` (0 after a failed printout until one succeeds; NaN: no printing), and
with ``[fleet]`` (``set_fleet``): ``fleet_connected``, ``fleet_queued_messages``,
``fleet_dropped_messages``, ``help_unclaimed``, ``help_unclaimed_oldest_seconds`` and
``help_escalations`` (all NaN without a fleet). No Qt here.
"""

from __future__ import annotations

import datetime
import logging
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from kiosk import __version__

if TYPE_CHECKING:
    from kiosk.core.metrics_http import MetricsHttpServer

log = logging.getLogger(__name__)

__all__ = [
    "LABEL_OTHER",
    "MeteredServices",
    "MeteredStats",
    "Metrics",
    "MetricsLike",
    "NullMetrics",
]

#: Label values allowed as they are: ids like "library-hours" or "libraries.week".
_LABEL = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
LABEL_OTHER = "other"
#: Roles a PIN can be for (`Metrics.pin_failed`).
PIN_ROLES = frozenset({"staff", "admin"})


def _label(value: object) -> str:
    return value if isinstance(value, str) and _LABEL.fullmatch(value) else LABEL_OTHER


class FleetFigures(Protocol):
    """What the metrics read from the kiosk's fleet client at each scrape."""

    @property
    def connected(self) -> bool: ...
    @property
    def queued(self) -> int: ...
    @property
    def dropped(self) -> int: ...
    @property
    def waiting_count(self) -> int: ...
    @property
    def oldest_wait_s(self) -> float: ...
    @property
    def escalations(self) -> int: ...


#: The fleet's gauges: name, help text, and how to read the value from the client.
_FLEET_GAUGES: tuple[tuple[str, str, Callable[[FleetFigures], float]], ...] = (
    (
        "kiosk_fleet_connected",
        "1 while the MQTT broker is connected ([fleet]).",
        lambda f: 1.0 if f.connected else 0.0,
    ),
    (
        "kiosk_fleet_queued_messages",
        "Messages waiting for the MQTT broker.",
        lambda f: float(f.queued),
    ),
    (
        "kiosk_fleet_dropped_messages",
        "Messages dropped since the start because too many waited for the broker.",
        lambda f: float(f.dropped),
    ),
    (
        "kiosk_help_unclaimed",
        "Open help requests no staff desk has claimed.",
        lambda f: float(f.waiting_count),
    ),
    (
        "kiosk_help_unclaimed_oldest_seconds",
        "How long the oldest unclaimed help request has waited (0: none).",
        lambda f: float(f.oldest_wait_s),
    ),
    (
        "kiosk_help_escalations",
        "Help requests escalated since the start (nobody claimed them in time).",
        lambda f: float(f.escalations),
    ),
)


class MetricsLike(Protocol):
    """What the composition root calls; ``Metrics`` and ``NullMetrics`` both fit."""

    def record_event(self, event: str, flow: str | None = None, **_fields: Any) -> None: ...
    def session_started(self) -> None: ...
    def flow_started(self, flow_id: str) -> None: ...
    def flow_completed(self, flow_id: str) -> None: ...
    def help_requested(self) -> None: ...
    def idle_timeout(self) -> None: ...
    def set_speech_available(self, available: bool | Callable[[], bool]) -> None: ...
    def api_error(self, service: str) -> None: ...
    def set_snapshot_date(self, day: datetime.date | None) -> None: ...
    def crashed(self, timestamp: float | None = None) -> None: ...
    def pin_failed(self, role: str) -> None: ...
    def set_fleet(self, fleet: FleetFigures | None) -> None: ...
    def set_printer(self, state: Callable[[], str]) -> None: ...
    def start_server(self) -> int | None: ...
    def stop_server(self) -> None: ...


class NullMetrics:
    """Monitoring switched off: every call does nothing."""

    enabled = False

    def record_event(self, event: str, flow: str | None = None, **_fields: Any) -> None:
        pass

    def session_started(self) -> None:
        pass

    def flow_started(self, flow_id: str) -> None:
        pass

    def flow_completed(self, flow_id: str) -> None:
        pass

    def help_requested(self) -> None:
        pass

    def idle_timeout(self) -> None:
        pass

    def set_speech_available(self, available: bool | Callable[[], bool]) -> None:
        pass

    def api_error(self, service: str) -> None:
        pass

    def set_snapshot_date(self, day: datetime.date | None) -> None:
        pass

    def crashed(self, timestamp: float | None = None) -> None:
        pass

    def pin_failed(self, role: str) -> None:
        pass

    def set_fleet(self, fleet: FleetFigures | None) -> None:
        pass

    def set_printer(self, state: Callable[[], str]) -> None:
        pass

    def start_server(self) -> int | None:
        return None

    def stop_server(self) -> None:
        pass


class Metrics:
    """The kiosk's metrics in a private registry, and the HTTP endpoint serving them.

    ``clock`` gives seconds since the epoch (for the snapshot's age); tests pass a
    fixed one.
    """

    enabled = True

    def __init__(
        self,
        address: str = "127.0.0.1",
        port: int = 9464,
        clock: Callable[[], float] = time.time,
        version: str = __version__,
    ) -> None:
        from prometheus_client import (
            CollectorRegistry,
            Counter,
            Gauge,
            Info,
            disable_created_metrics,
        )

        # First-use times per flow are nobody's business (prometheus_client has no
        # annotation on this function; the variable gives it one).
        no_created: Callable[[], None] = disable_created_metrics
        no_created()
        self.address = address
        self.port = port
        self._clock = clock
        self._server: MetricsHttpServer | None = None
        self._snapshot_time: float | None = None
        self._last_crash_time = 0.0
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self._up = Gauge("kiosk_up", "1 while the kiosk is running.", registry=registry)
        self._up.set(1)
        Info("kiosk_build", "Version of the kiosk software.", registry=registry).info(
            {"version": version}
        )
        self._sessions = Counter("kiosk_sessions", "Resident sessions started.", registry=registry)
        self._flows_started = Counter(
            "kiosk_flows_started", "Flows started, by flow id.", ["flow"], registry=registry
        )
        self._flows_completed = Counter(
            "kiosk_flows_completed",
            "Flows completed (their done step), by flow id.",
            ["flow"],
            registry=registry,
        )
        self._help = Counter("kiosk_help_requests", "Ask for help requests.", registry=registry)
        self._idle = Counter(
            "kiosk_idle_timeouts",
            "Sessions ended because nobody answered the idle warning.",
            registry=registry,
        )
        self._speech_source: bool | Callable[[], bool] = False
        Gauge(
            "kiosk_speech_available",
            "1 when speech output works, 0 when it does not.",
            registry=registry,
        ).set_function(self._speech_value)
        self._api_errors = Counter(
            "kiosk_api_errors",
            "Failed city interface calls, by service.",
            ["service"],
            registry=registry,
        )
        snapshot_age = Gauge(
            "kiosk_offline_snapshot_age_seconds",
            "Age of the bundled offline city data (NaN: none).",
            registry=registry,
        )
        snapshot_age.set_function(self._snapshot_age)
        self._last_crash = Gauge(
            "kiosk_last_crash_timestamp_seconds",
            "Time of the last crash (0: none known).",
            registry=registry,
        )
        self._pin_failures = Counter(
            "kiosk_pin_failures",
            "Wrong PINs typed, by role (staff, admin).",
            ["role"],
            registry=registry,
        )
        for role in sorted(PIN_ROLES):  # 0 from the start, so alerts see every role
            self._pin_failures.labels(role=role)
        self._printer: Callable[[], str] = lambda: "off"
        Gauge(
            "kiosk_printer_ok",
            "1 while printing works (or nothing was printed yet), 0 after a failed "
            "printout until one succeeds; NaN when this kiosk does not print.",
            registry=registry,
        ).set_function(self._printer_value)
        self._fleet: FleetFigures | None = None
        for name, text, read in _FLEET_GAUGES:
            Gauge(name, text, registry=registry).set_function(self._fleet_reader(read))

    @classmethod
    def from_config(cls, monitoring: Any, **kwargs: Any) -> Metrics | NullMetrics:
        """``Metrics`` for ``[monitoring] enabled = true``, else ``NullMetrics``."""
        if not monitoring.enabled:
            return NullMetrics()
        return cls(monitoring.address, monitoring.port, **kwargs)

    # -- events ----------------------------------------------------------------------

    def record_event(self, event: str, flow: str | None = None, **_fields: Any) -> None:
        """Count a usage-figures event (``kiosk.stats.store.EVENTS`` names): the same
        events the anonymous statistics record, so the two always agree."""
        if event == "session_started":
            self.session_started()
        elif event == "flow_started" and flow:
            self.flow_started(flow)
        elif event == "flow_completed" and flow:
            self.flow_completed(flow)
        elif event == "help_requested":
            self.help_requested()
        elif event == "idle_timeout":
            self.idle_timeout()

    def session_started(self) -> None:
        self._sessions.inc()

    def flow_started(self, flow_id: str) -> None:
        self._flows_started.labels(flow=_label(flow_id)).inc()

    def flow_completed(self, flow_id: str) -> None:
        self._flows_completed.labels(flow=_label(flow_id)).inc()

    def help_requested(self) -> None:
        self._help.inc()

    def idle_timeout(self) -> None:
        self._idle.inc()

    def set_speech_available(self, available: bool | Callable[[], bool]) -> None:
        """Whether speech works: a value, or a function read at each scrape (e.g.
        ``lambda: speaker.available``; it runs on the endpoint's thread)."""
        self._speech_source = available

    def _speech_value(self) -> float:
        source = self._speech_source
        try:
            return 1.0 if (source() if callable(source) else source) else 0.0
        except Exception:  # noqa: BLE001 - a scrape must not fail on a broken probe
            return float("nan")

    def api_error(self, service: str) -> None:
        self._api_errors.labels(service=_label(service)).inc()

    def set_snapshot_date(self, day: datetime.date | None) -> None:
        """The date of the offline data (its age is computed at each scrape)."""
        if day is None:
            self._snapshot_time = None
            return
        start = datetime.datetime(day.year, day.month, day.day)
        self._snapshot_time = start.astimezone().timestamp()  # local midnight

    def crashed(self, timestamp: float | None = None) -> None:
        """A crash happened at ``timestamp`` (default now); keeps the latest."""
        stamp = self._clock() if timestamp is None else timestamp
        self._last_crash_time = max(stamp, self._last_crash_time)
        self._last_crash.set(self._last_crash_time)

    def pin_failed(self, role: str) -> None:
        """A wrong PIN was typed for ``role`` ("staff" or "admin"; anything else is
        counted as "other"). Never pass the digits."""
        self._pin_failures.labels(role=role if role in PIN_ROLES else LABEL_OTHER).inc()

    def set_fleet(self, fleet: FleetFigures | None) -> None:
        """The kiosk's fleet client (read at each scrape), or None: no fleet."""
        self._fleet = fleet

    def _fleet_reader(self, read: Callable[[FleetFigures], float]) -> Callable[[], float]:
        def value() -> float:
            fleet = self._fleet
            if fleet is None:
                return float("nan")
            try:
                return read(fleet)
            except Exception:  # noqa: BLE001 - a scrape must not fail on a broken probe
                return float("nan")

        return value

    def set_printer(self, state: Callable[[], str]) -> None:
        """``state()``: "ok", "failed" or "off" (see ``kiosk.ui.visit.Visit.printer``)."""
        self._printer = state

    def _printer_value(self) -> float:
        try:
            state = self._printer()
        except Exception:  # noqa: BLE001
            return float("nan")
        return {"ok": 1.0, "failed": 0.0}.get(state, float("nan"))

    def _snapshot_age(self) -> float:
        if self._snapshot_time is None:
            return float("nan")
        return max(0.0, self._clock() - self._snapshot_time)

    # -- endpoint --------------------------------------------------------------------

    def start_server(self) -> int | None:
        """Serve /metrics on ``address:port`` (one daemon thread, see the module
        docstring); the bound port (useful with port 0). None, logged, if the port
        cannot be opened: monitoring must never stop the kiosk."""
        if self._server is not None:
            return self._server.server_port
        # Here, not at the top: asyncio, socket and ssl cost ~50 ms at every start, on
        # kiosks without monitoring too (issue 19).
        from kiosk.core.metrics_http import MetricsHttpServer

        server = MetricsHttpServer(self.address, self.port, self._page)
        try:
            port = server.start()
        except OSError as exc:
            log.error(
                "metrics endpoint not started on %s port %s: %s",
                self.address,
                self.port,
                exc.strerror or exc,
            )
            return None
        self._server = server
        log.info("metrics endpoint on http://%s:%d/metrics", self.address, port)
        return port

    def stop_server(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def _page(self) -> tuple[bytes, str]:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return generate_latest(self.registry), CONTENT_TYPE_LATEST

    def exposition(self) -> str:
        """The metrics as Prometheus text (what /metrics serves)."""
        return self._page()[0].decode("utf-8")


# --------------------------------------------------------------------------- wiring
#
# Two thin wrappers, so the composition root can feed the metrics without the UI
# knowing about them: the UI already records every usage event in the stats store and
# runs every city interface call through the services object.


class MeteredStats:
    """A usage-figures store (``StatsStore``) whose ``record`` also counts the event in
    the metrics. Everything else is the store's own."""

    def __init__(self, stats: Any, metrics: MetricsLike) -> None:
        self._stats = stats
        self._metrics = metrics

    def record(self, event: str, **fields: Any) -> bool:
        try:
            self._metrics.record_event(event, **fields)
        except Exception:  # noqa: BLE001 - counting must never break the resident's flow
            log.exception("metrics: could not count %s", event)
        return bool(self._stats.record(event, **fields))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stats, name)


class MeteredServices:
    """A services object (``call(name, params, lang)``) that counts failed calls in
    ``api_errors_total{service}`` and passes everything through unchanged."""

    def __init__(self, services: Any, metrics: MetricsLike) -> None:
        self._services = services
        self._metrics = metrics

    def call(self, name: str, params: Any, lang: str) -> object:
        try:
            return self._services.call(name, params, lang)
        except Exception:
            self._metrics.api_error(name)
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._services, name)
