"""Metrics of issue 16: the fleet connection, unclaimed help requests, the printer."""

from __future__ import annotations

import math
from dataclasses import dataclass

from kiosk.core.metrics import Metrics, NullMetrics


@dataclass
class Fleet:
    connected: bool = True
    queued: int = 0
    dropped: int = 0
    waiting_count: int = 0
    oldest_wait_s: float = 0.0
    escalations: int = 0


def value(metrics: Metrics, name: str) -> float:
    found = metrics.registry.get_sample_value(name)
    assert found is not None, name
    return found


FLEET = (
    "kiosk_fleet_connected",
    "kiosk_fleet_queued_messages",
    "kiosk_fleet_dropped_messages",
    "kiosk_help_unclaimed",
    "kiosk_help_unclaimed_oldest_seconds",
    "kiosk_help_escalations",
)


def test_without_a_fleet_the_fleet_gauges_are_not_a_number():
    metrics = Metrics(port=0)
    for name in FLEET:
        assert math.isnan(value(metrics, name)), name
    assert math.isnan(value(metrics, "kiosk_printer_ok"))  # no printer known


def test_the_fleet_gauges_read_the_client_at_each_scrape():
    metrics, fleet = Metrics(port=0), Fleet()
    metrics.set_fleet(fleet)
    assert value(metrics, "kiosk_fleet_connected") == 1
    fleet.connected, fleet.queued, fleet.dropped = False, 7, 2
    fleet.waiting_count, fleet.oldest_wait_s, fleet.escalations = 1, 312.5, 3
    assert [value(metrics, name) for name in FLEET] == [0, 7, 2, 1, 312.5, 3]


def test_the_printer_gauge_follows_the_last_printout():
    metrics, state = Metrics(port=0), ["ok"]
    metrics.set_printer(lambda: state[0])
    assert value(metrics, "kiosk_printer_ok") == 1
    state[0] = "failed"
    assert value(metrics, "kiosk_printer_ok") == 0
    state[0] = "off"
    assert math.isnan(value(metrics, "kiosk_printer_ok"))


def test_a_broken_probe_does_not_break_the_scrape():
    class Broken:
        @property
        def connected(self) -> bool:
            raise RuntimeError("gone")

    metrics = Metrics(port=0)
    metrics.set_fleet(Broken())  # type: ignore[arg-type]
    assert math.isnan(value(metrics, "kiosk_fleet_connected"))


def test_null_metrics_take_the_same_calls():
    metrics = NullMetrics()
    metrics.set_fleet(Fleet())
    metrics.set_printer(lambda: "ok")
