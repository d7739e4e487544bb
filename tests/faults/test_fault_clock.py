"""The wall clock jumps while a resident is at the kiosk: set back (NTP after a boot
with a fast hardware clock), set forward a day (a slow one), a daylight-saving change,
a machine in the wrong time zone. Only time that really passes may end a session; the
times residents and staff see stay Helsinki time; nothing typed is lost."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from fault_helpers import open_staff_panel
from helpers import settle, to_home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.core.clock import HELSINKI, FixedClock, SystemClock
from kiosk.flow.engine import Answer
from kiosk.staff.help_request import HelpDedupe, HelpResult
from kiosk.staff.lockout import Lockout
from kiosk.stats.store import StatsStore

pytestmark = pytest.mark.faults

TYPED = "Kallio kirjasto"


def typing_resident(kiosk) -> None:
    """A resident on the library-name step with text typed, not yet answered."""
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.fields["name"].setText(TYPED)
    settle()
    assert window.screen_name == "step:library-hours:name"


def still_there(kiosk) -> None:
    window = kiosk.window
    assert window.screen_name == "step:library-hours:name", window.screen_name
    assert window.page.fields["name"].text() == TYPED
    assert kiosk.session.active


def staff_facts(window) -> list[str]:
    """Every label of the staff panel, opened with the demo PIN."""
    open_staff_panel(window)
    return [label.text() for label in window.page.findChildren(QLabel)]


@pytest.mark.parametrize(
    "jump",
    [timedelta(hours=-1), timedelta(days=1), timedelta(days=-400), timedelta(days=3650)],
    ids=["back-1h", "forward-1d", "back-400d", "forward-10y"],
)
def test_a_wall_clock_jump_neither_ends_nor_stretches_a_session(make_kiosk, qtbot, jump) -> None:
    """After the jump the resident goes on; the idle warning comes after the real wait."""
    kiosk = make_kiosk()
    typing_resident(kiosk)
    window, clock = kiosk.window, kiosk.window.clock
    clock.advance(30)
    clock.at += jump
    window.idle_tick()
    still_there(kiosk)
    idle_s = kiosk.config.timeouts.idle_s
    clock.advance(idle_s - 31)
    window.idle_tick()
    still_there(kiosk)
    clock.advance(1)
    window.idle_tick()
    assert window.screen_name == "idle-warning", "the wait is counted in real time"
    qtbot.mouseClick(window.page, Qt.MouseButton.LeftButton)  # "I am still here"
    settle()
    still_there(kiosk)


def test_the_staff_panel_counts_the_session_in_real_minutes(make_kiosk) -> None:
    """Session time in the staff panel: minutes that passed, not the clock's jump."""
    kiosk = make_kiosk()
    typing_resident(kiosk)
    clock = kiosk.window.clock
    clock.advance(5 * 60)
    clock.at -= timedelta(hours=3)
    facts = staff_facts(kiosk.window)
    assert "Käyttöaika: 5 min" in facts, facts
    kiosk.window.leave_helper()
    settle()
    still_there(kiosk)


def test_a_session_across_the_daylight_saving_change(make_kiosk) -> None:
    """The night clocks go back (04:00 EEST → 03:00 EET): the session simply goes on."""
    kiosk = make_kiosk()
    window, clock = kiosk.window, kiosk.window.clock
    clock.at = datetime(2020, 10, 25, 3, 59, 30, tzinfo=HELSINKI)  # still summer time
    typing_resident(kiosk)
    clock.advance(60)
    clock.at = datetime(2020, 10, 25, 3, 0, 30, fold=1, tzinfo=HELSINKI)  # winter time
    window.idle_tick()
    still_there(kiosk)
    window.send(Answer(TYPED))
    settle()
    assert window.screen_name.startswith("step:library-hours:"), window.screen_name
    window.end_session("end")
    settle()
    assert window.screen_name == "attract"
    assert kiosk.session.answers == {}


def test_a_machine_in_another_time_zone_still_shows_helsinki_time(monkeypatch) -> None:
    """The system's time zone is wrong (UTC, New York): residents see Helsinki time."""
    for zone in ("UTC", "America/New_York", "Asia/Tokyo"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        now = SystemClock().now()
        assert now.tzinfo == HELSINKI
        assert now.utcoffset() in (timedelta(hours=2), timedelta(hours=3))
        # The same instant as the machine's own clock, only told in Helsinki time.
        assert abs(now.timestamp() - time.time()) < 60
    monkeypatch.delenv("TZ")
    time.tzset()


def test_help_once_a_minute_survives_a_clock_set_back() -> None:
    """A help request sent, then the clock set back an hour: a minute later, help
    can be asked again (before, the staff would not hear of it for an hour)."""
    clock = FixedClock(datetime(2024, 5, 2, 10, 30))
    dedupe = HelpDedupe(clock)
    assert dedupe.request()
    dedupe.sent(HelpResult(delivered=True))
    clock.at -= timedelta(hours=1)
    clock.advance(30)
    assert not dedupe.request(), "within the minute: the staff already know"
    clock.advance(31)
    assert dedupe.request(), "a minute later: sent again"


def test_wrong_pins_count_in_real_time_whatever_the_clock_says(tmp_path) -> None:
    """Wrong PINs counted before the clock was set back a day neither linger for a day
    nor are wiped by the change (changed, issue 12: a clock set back used to forget them
    at once, so a guesser could get fresh tries by changing the clock); they are
    forgotten after five real minutes, and a lock ends after its real time."""
    clock = FixedClock(datetime(2024, 5, 2, 10, 30))
    lockout = Lockout(tmp_path / "lockout.json", max_attempts=5, lockout_s=300, clock=clock)
    for _ in range(4):
        lockout.record_failure()
    clock.at -= timedelta(days=1)
    assert lockout.attempts_left() == 1
    clock.advance(300)
    assert lockout.attempts_left() == 5
    for _ in range(5):
        lockout.record_failure()
    assert lockout.is_locked()
    clock.at -= timedelta(days=1)  # set back while locked: the lock still ends in 5 min
    clock.advance(299)
    assert lockout.is_locked()
    clock.advance(1)
    assert not lockout.is_locked()


def test_usage_figures_retry_after_a_clock_set_back(tmp_path) -> None:
    """The figures' folder could not be made; the clock is set back a day: the store
    still tries again after five real minutes, not after a day."""
    clock = FixedClock(datetime(2024, 5, 2, 10, 30))
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    store = StatsStore(blocker / "data" / "stats.sqlite3", "kallio-1", clock=clock)
    assert store.record("session_started") is False
    blocker.unlink()
    clock.at -= timedelta(days=1)
    clock.advance(301)
    assert store.record("session_started") is True
    store.close()
