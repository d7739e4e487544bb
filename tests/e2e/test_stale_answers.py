"""Answers before the network (issue 19): an answer the kiosk got from the city
earlier, now past its lifetime, answers the next resident at once and says its day,
while a fresh one is fetched in the background for the one after. Against the real
fake city server and the real requests-cache; behaviour only, nothing timed."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from fakecity.kiosk_config import library_services
from fakecity.server import FakeCity

from kiosk.core.clock import HELSINKI
from kiosk.services.live import LiveServices
from kiosk.services.transport import STALE_FOR, CityHttp

HOURS = {"library": "here"}
LIBRARY = "/v4/library/"


@pytest.fixture
def city(hanging_city: FakeCity) -> FakeCity:
    return hanging_city


def services(city: FakeCity) -> LiveServices:
    http = CityHttp(endpoints=city.endpoints, connect_timeout_s=0.5, read_timeout_s=30)
    # Were the city waited for, a hanging one would be seen (30 s).
    return library_services(http, answer_within_s=30.0)


def age_the_cache(live: LiveServices, fetched_ago: timedelta, expired_ago: timedelta) -> date:
    """Every cached answer as if fetched ``fetched_ago`` and expired ``expired_ago``;
    returns the Helsinki day it was fetched (what the screen should say)."""
    cache = live.http.session.cache
    now = datetime.now(UTC)
    for key in list(cache.responses):
        response = cache.responses[key]
        response.created_at = now - fetched_ago
        response.expires = now - expired_ago
        cache.responses[key] = response
    return (now - fetched_ago).astimezone(HELSINKI).date()


def wait_for(condition: Callable[[], bool], what: str, within_s: float = 20.0) -> None:
    """Polls ``condition`` (what a background thread does is not awaited otherwise)."""
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.02)


def fresh_entries(live: LiveServices) -> int:
    cache = live.http.session.cache
    return sum(1 for key in cache.responses if not cache.responses[key].is_expired)


def test_a_stale_answer_comes_at_once_with_its_day_and_the_city_is_asked_behind_it(
    city: FakeCity,
) -> None:
    live = services(city)
    first = live.call("libraries.week", HOURS, "fi")
    assert first.source_date is None  # live
    fetched = age_the_cache(live, timedelta(hours=20), timedelta(hours=19))
    city.fault(LIBRARY, "slow")  # the city now hangs: waiting for it would take 30 s
    try:
        second = live.call("libraries.week", HOURS, "fi")
        # The day the answer came from the city, not the offline snapshot's (2020).
        assert second.source_date == fetched
        assert second.days == first.days
        # ...and the city was asked again behind it, for the next resident.
        wait_for(lambda: city.count(LIBRARY) == 2, "the city asked for a fresh answer")
    finally:
        city.stop()
    live.http.close()


def test_the_fresh_answer_fetched_behind_a_stale_one_serves_the_next_resident(
    city: FakeCity,
) -> None:
    live = services(city)
    live.call("libraries.week", HOURS, "fi")
    age_the_cache(live, timedelta(hours=3), timedelta(hours=2))
    assert live.call("libraries.week", HOURS, "fi").source_date is not None  # stale
    wait_for(lambda: fresh_entries(live) >= 1, "a fresh answer in the cache")
    asked = city.count(LIBRARY)
    third = live.call("libraries.week", HOURS, "fi")
    assert third.source_date is None  # fresh from the cache: no date line
    assert city.count(LIBRARY) == asked  # and the city was not asked for it
    live.http.close()


def test_an_answer_stale_for_longer_than_a_day_is_not_shown(city: FakeCity) -> None:
    live = services(city)
    live.call("libraries.week", HOURS, "fi")
    age_the_cache(live, STALE_FOR + timedelta(days=2), STALE_FOR + timedelta(hours=1))
    asked = city.count(LIBRARY)
    week = live.call("libraries.week", HOURS, "fi")
    assert week.source_date is None  # the city was waited for, as before
    assert city.count(LIBRARY) == asked + 1
    live.http.close()


def test_a_stale_answer_does_not_tell_staff_the_city_is_down(city: FakeCity) -> None:
    live = services(city)
    live.call("libraries.week", HOURS, "fi")
    age_the_cache(live, timedelta(hours=5), timedelta(hours=4))
    city.fault(LIBRARY, "503")
    live.call("libraries.week", HOURS, "fi")
    wait_for(lambda: city.count(LIBRARY) >= 2, "the background try")
    # The background refresh failed, but no resident waited or got offline data.
    assert live.problem is None
    live.http.close()
