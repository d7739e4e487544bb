"""kiosk.services.host_health: when a city host is asked normally, hastily or not at all."""

from __future__ import annotations

from kiosk.services.host_health import HostHealth, HostState

HOST = "https://api.hel.fi:443"
OTHER = "https://api.kirjastot.fi:443"


class Ticks:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_no_answer_makes_the_host_failed_for_a_while_and_only_that_host() -> None:
    ticks = Ticks()
    health = HostHealth(quiet_s=60, slow_s=3, clock=ticks)
    health.finished(health.started(HOST), answered=False)
    assert health.state(HOST) is HostState.FAILED
    assert health.state(OTHER) is HostState.WELL
    ticks.now += 61
    assert health.state(HOST) is HostState.WELL  # the next call is a normal one again


def test_any_answer_makes_the_host_well() -> None:
    health = HostHealth(clock=Ticks())
    health.finished(health.started(HOST), answered=False)
    health.finished(health.started(HOST), answered=True)
    assert health.state(HOST) is HostState.WELL


def test_a_call_waiting_too_long_keeps_others_from_going_out_while_it_waits() -> None:
    ticks = Ticks()
    health = HostHealth(slow_s=3, clock=ticks)
    waiting = health.started(HOST)
    ticks.now += 1
    assert health.state(HOST) is HostState.WELL  # still within its time
    ticks.now += 3
    assert health.state(HOST) is HostState.WAITING
    health.finished(waiting, answered=True)
    assert health.state(HOST) is HostState.WELL


def test_a_fault_of_the_kiosk_itself_says_nothing_about_the_host() -> None:
    health = HostHealth(clock=Ticks())
    health.finished(health.started(HOST), answered=False)
    health.finished(health.started(HOST), answered=None)
    assert health.state(HOST) is HostState.FAILED
    health.finished(12345, answered=True)  # an unknown number is ignored
