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
    clock.advance(120)
    assert idle.tick() == IdleState.WARNING
    clock.advance(30)
    assert idle.tick() == IdleState.EXPIRED


def test_missed_ticks_still_give_the_whole_warning():
    """Ten minutes without a tick (a stalled loop): the warning still comes first."""
    idle, clock = watch()
    clock.advance(600)
    assert idle.tick() == IdleState.WARNING
    assert idle.seconds_left() == 30
    clock.advance(29)
    assert idle.tick() == IdleState.WARNING
    clock.advance(1)
    assert idle.tick() == IdleState.EXPIRED


def test_the_wall_clock_does_not_count():
    """The wall clock set back an hour or on a day: only time that passes counts."""
    from datetime import timedelta

    idle, clock = watch()
    clock.advance(60)
    clock.at -= timedelta(hours=1)  # NTP corrects a fast hardware clock
    clock.advance(60)
    assert idle.tick() == IdleState.WARNING, "two minutes passed, whatever the wall says"
    idle.activity()
    clock.at += timedelta(days=1)  # a boot with the hardware clock a day behind, corrected
    assert idle.tick() == IdleState.ACTIVE


def test_paused_never_warns():
    idle, clock = watch()
    idle.pause(True)
    clock.advance(10_000)
    assert idle.tick() == IdleState.ACTIVE
    idle.pause(False)
    clock.advance(121)
    assert idle.tick() == IdleState.WARNING
