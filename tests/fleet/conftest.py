"""Fixtures of the fleet tests: a real Mosquitto on a free loopback port (installed
by ``make test``'s set-up, scripts/system-deps.sh), stopped after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fleet_broker import MOSQUITTO, Broker


@pytest.fixture
def broker(tmp_path) -> Iterator[Broker]:
    if MOSQUITTO is None:
        pytest.skip("mosquitto is not installed (make test installs it)")
    running = Broker(tmp_path / "broker")
    running.start()
    yield running
    running.stop()


@pytest.fixture
def make_broker(tmp_path) -> Iterator:
    """``make_broker(users=..., acl=...)``: a broker with passwords and an ACL."""
    if MOSQUITTO is None:
        pytest.skip("mosquitto is not installed (make test installs it)")
    made: list[Broker] = []

    def factory(**options) -> Broker:
        running = Broker(tmp_path / f"broker-{len(made)}", **options)
        running.start()
        made.append(running)
        return running

    yield factory
    for running in made:
        running.stop()


@pytest.fixture
def stop_after():
    """``stop_after(client)``: stop this fleet client (kiosk or desk) after the test."""
    started: list = []
    yield started.append
    for client in reversed(started):
        client.stop(timeout=2)
