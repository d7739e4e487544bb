from datetime import datetime

from kiosk.core.clock import FixedClock
from kiosk.core.idle import IdleState, IdleWatch


def watch() -> tuple[IdleWatch, FixedClock]:
    clock = FixedClock(datetime(2026, 3, 1, 12, 0))
    return IdleWatch(clock, idle_s=120, warning_s=30), clock


def test_warns_after_the_idle_time_then_expires():
    idle, clock = watch()
    clock.advance(119)
    assert idle.tick() == IdleState.ACTIVE
    clock.advance(1)
    assert idle.tick() == IdleState.WARNING
    assert idle.seconds_left() == 30
    clock.advance(29)
    assert idle.tick() == IdleState.WARNING
    clock.advance(1)
    assert idle.tick() == IdleState.EXPIRED


def test_any_input_extends_without_limit():
    idle, clock = watch()
    for _ in range(10):
        clock.advance(140)
        assert idle.tick() == IdleState.WARNING
        idle.activity()
        assert idle.tick() == IdleState.ACTIVE
    clock.advance(150)
    assert idle.tick() == IdleState.EXPIRED


def test_paused_never_warns():
    idle, clock = watch()
    idle.pause(True)
    clock.advance(10_000)
    assert idle.tick() == IdleState.ACTIVE
    idle.pause(False)
    clock.advance(121)
    assert idle.tick() == IdleState.WARNING
