"""Fleet metrics (kiosk.core.metrics): a real HTTP GET of the Prometheus endpoint on
127.0.0.1, and the exposition text parsed back."""

from __future__ import annotations

import datetime
import math
import socket
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk import __version__
from kiosk.core.config import MonitoringConfig
from kiosk.core.metrics import LABEL_OTHER, Metrics, NullMetrics

NOW = datetime.datetime(2026, 11, 22, 12, 0).astimezone().timestamp()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """(sample name, sorted labels) -> value."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


@pytest.fixture
def metrics() -> Iterator[Metrics]:
    m = Metrics("127.0.0.1", free_port(), clock=lambda: NOW)
    yield m
    m.stop_server()


def get(port: int) -> tuple[int, str, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return (
            response.status,
            response.headers.get("Content-Type", ""),
            response.read().decode("utf-8"),
        )


def test_endpoint_serves_every_metric(metrics: Metrics) -> None:
    metrics.session_started()
    metrics.session_started()
    metrics.flow_started("library-hours")
    metrics.flow_started("library-hours")
    metrics.flow_started("e-identification")
    metrics.flow_completed("library-hours")
    metrics.help_requested()
    metrics.idle_timeout()
    metrics.set_speech_available(True)
    metrics.api_error("libraries.week")
    metrics.set_snapshot_date(datetime.date(2026, 11, 20))
    metrics.crashed(NOW - 3600)

    port = metrics.start_server()
    assert port == metrics.port
    status, content_type, text = get(port)
    assert status == 200
    assert content_type.startswith("text/plain")
    values = samples(text)
    assert values[("kiosk_up", ())] == 1
    assert values[("kiosk_build_info", (("version", __version__),))] == 1
    assert values[("kiosk_sessions_total", ())] == 2
    assert values[("kiosk_flows_started_total", (("flow", "library-hours"),))] == 2
    assert values[("kiosk_flows_started_total", (("flow", "e-identification"),))] == 1
    assert values[("kiosk_flows_completed_total", (("flow", "library-hours"),))] == 1
    assert values[("kiosk_help_requests_total", ())] == 1
    assert values[("kiosk_idle_timeouts_total", ())] == 1
    assert values[("kiosk_speech_available", ())] == 1
    assert values[("kiosk_api_errors_total", (("service", "libraries.week"),))] == 1
    assert values[("kiosk_offline_snapshot_age_seconds", ())] == pytest.approx(2.5 * 86400)
    assert values[("kiosk_last_crash_timestamp_seconds", ())] == NOW - 3600


def test_values_change_between_scrapes(metrics: Metrics) -> None:
    port = metrics.start_server()
    assert port is not None
    assert samples(get(port)[2])[("kiosk_sessions_total", ())] == 0
    metrics.session_started()
    metrics.set_speech_available(False)
    values = samples(get(port)[2])
    assert values[("kiosk_sessions_total", ())] == 1
    assert values[("kiosk_speech_available", ())] == 0


def test_port_zero_binds_a_free_port() -> None:
    metrics = Metrics("127.0.0.1", 0)
    try:
        port = metrics.start_server()
        assert port and port > 0
        assert metrics.start_server() == port  # a second call changes nothing
        assert get(port)[0] == 200
    finally:
        metrics.stop_server()


def test_a_busy_port_is_logged_not_raised(caplog) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        metrics = Metrics("127.0.0.1", busy.getsockname()[1])
        assert metrics.start_server() is None
    assert any("metrics endpoint not started" in r.getMessage() for r in caplog.records)


def test_each_instance_has_its_own_registry() -> None:
    first, second = Metrics(port=0), Metrics(port=0)
    first.session_started()
    assert samples(first.exposition())[("kiosk_sessions_total", ())] == 1
    assert samples(second.exposition())[("kiosk_sessions_total", ())] == 0
    from prometheus_client import REGISTRY

    assert REGISTRY.get_sample_value("kiosk_sessions_total") is None


@pytest.mark.parametrize(
    "label", ["Matti Meikäläinen", "040 123 4567", "a b", "", "x" * 80, "UPPER", "../etc"]
)
def test_labels_never_carry_free_text(label: str) -> None:
    metrics = Metrics(port=0)
    metrics.flow_started(label)
    metrics.api_error(label)
    values = samples(metrics.exposition())
    assert values[("kiosk_flows_started_total", (("flow", LABEL_OTHER),))] == 1
    assert values[("kiosk_api_errors_total", (("service", LABEL_OTHER),))] == 1
    if label:
        assert label not in metrics.exposition()


def test_unknown_snapshot_and_no_crash() -> None:
    values = samples(Metrics(port=0).exposition())
    assert math.isnan(values[("kiosk_offline_snapshot_age_seconds", ())])
    assert values[("kiosk_last_crash_timestamp_seconds", ())] == 0


def test_last_crash_keeps_the_latest() -> None:
    metrics = Metrics(port=0, clock=lambda: NOW)
    metrics.crashed(NOW - 10)
    metrics.crashed(NOW - 100)
    assert samples(metrics.exposition())[("kiosk_last_crash_timestamp_seconds", ())] == NOW - 10
    metrics.crashed()
    assert samples(metrics.exposition())[("kiosk_last_crash_timestamp_seconds", ())] == NOW


def test_from_config_is_off_by_default() -> None:
    off = Metrics.from_config(MonitoringConfig())
    assert isinstance(off, NullMetrics)
    assert off.start_server() is None
    for call in (off.session_started, off.help_requested, off.idle_timeout, off.stop_server):
        call()
    off.flow_started("x")
    off.flow_completed("x")
    off.api_error("x")
    off.set_speech_available(True)
    off.set_snapshot_date(None)
    off.crashed()
    on = Metrics.from_config(MonitoringConfig(enabled=True, address="127.0.0.1", port=0))
    assert isinstance(on, Metrics)
    assert (on.address, on.port) == ("127.0.0.1", 0)


def test_usage_events_feed_the_metrics_through_the_stats_store() -> None:
    from kiosk.core.metrics import MeteredStats

    class Store:
        def __init__(self) -> None:
            self.events: list[tuple[str, dict]] = []
            self.problem = None

        def record(self, event: str, **fields) -> bool:
            self.events.append((event, fields))
            return True

    metrics, store = Metrics(port=0), Store()
    stats = MeteredStats(store, metrics)
    assert stats.record("session_started")
    stats.record("flow_started", flow="library-hours")
    stats.record("flow_completed", flow="library-hours")
    stats.record("help_requested", flow="library-hours", step="name")
    stats.record("idle_timeout")
    stats.record("language", value="sv")  # not a metric; still saved
    assert stats.problem is None  # the store's other attributes pass through
    assert [e for e, _ in store.events] == [
        "session_started",
        "flow_started",
        "flow_completed",
        "help_requested",
        "idle_timeout",
        "language",
    ]
    values = samples(metrics.exposition())
    assert values[("kiosk_sessions_total", ())] == 1
    assert values[("kiosk_flows_started_total", (("flow", "library-hours"),))] == 1
    assert values[("kiosk_flows_completed_total", (("flow", "library-hours"),))] == 1
    assert values[("kiosk_help_requests_total", ())] == 1
    assert values[("kiosk_idle_timeouts_total", ())] == 1


def test_failed_service_calls_are_counted_and_re_raised() -> None:
    from kiosk.core.metrics import MeteredServices

    class Services:
        library_id = 84860

        def call(self, name, params, lang):
            if name == "libraries.search":
                raise RuntimeError("city data unavailable")
            return {"ok": True}

    metrics = Metrics(port=0)
    services = MeteredServices(Services(), metrics)
    assert services.call("libraries.week", {}, "fi") == {"ok": True}
    with pytest.raises(RuntimeError):
        services.call("libraries.search", {"name": "Kallio"}, "fi")
    assert services.library_id == 84860
    values = samples(metrics.exposition())
    assert values[("kiosk_api_errors_total", (("service", "libraries.search"),))] == 1
    assert ("kiosk_api_errors_total", (("service", "libraries.week"),)) not in values


def test_speech_available_can_be_read_live() -> None:
    metrics = Metrics(port=0)
    state = {"up": True}
    metrics.set_speech_available(lambda: state["up"])
    assert samples(metrics.exposition())[("kiosk_speech_available", ())] == 1
    state["up"] = False
    assert samples(metrics.exposition())[("kiosk_speech_available", ())] == 0

    def broken() -> bool:
        raise RuntimeError("speech worker gone")

    metrics.set_speech_available(broken)
    assert math.isnan(samples(metrics.exposition())[("kiosk_speech_available", ())])
