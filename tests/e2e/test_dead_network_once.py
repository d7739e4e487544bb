"""A dead network is waited for once a session, not on every call (issue 19): after a
call to the city got no answer, later reads go to the offline answer at once, and the
next call after the city is back is live again. Against the real fake city server;
behaviour only, nothing timed."""

from __future__ import annotations

import pytest
from fakecity.kiosk_config import library_services
from fakecity.server import FakeCity, refused_url

from kiosk.services.http import Endpoints
from kiosk.services.live import LiveServices
from kiosk.services.transport import CityHttp

HOURS = {"library": "here"}


@pytest.fixture
def city(hanging_city: FakeCity) -> FakeCity:
    return hanging_city


def services(endpoints: Endpoints, *, answer_within_s: float = 0.5) -> LiveServices:
    # A short connect timeout: the kiosk stops waiting for a host after it (and
    # after ``answer_within_s``, which is longer, the resident has the snapshot).
    http = CityHttp(endpoints=endpoints, connect_timeout_s=0.2, read_timeout_s=30, backoff_s=0.01)
    return library_services(http, answer_within_s)


def test_a_hanging_server_is_asked_once_and_the_snapshot_answers_again(city: FakeCity) -> None:
    live = services(city.endpoints)
    city.fault("/v4/library/", "slow")
    try:
        first = live.call("libraries.week", HOURS, "en")
        second = live.call("libraries.week", HOURS, "en")
        third = live.call("libraries.week", HOURS, "en")
    finally:
        city.stop()  # lets the hanging answer go
    assert first.source_date is not None  # the snapshot answered
    assert second.source_date == third.source_date == first.source_date
    # The first call is still waiting for the city: the others were not sent at all.
    assert city.count("/v4/library/") == 1


def test_a_closed_port_then_the_city_back_the_next_call_is_live() -> None:
    url = refused_url()
    live = services(Endpoints.local(url))
    assert live.call("libraries.week", HOURS, "en").source_date is not None
    assert live.call("libraries.week", HOURS, "en").source_date is not None  # hastily
    port = int(url.rsplit(":", 1)[1])
    with FakeCity(port=port) as back:
        week = live.call("libraries.week", HOURS, "en")
        assert week.source_date is None  # live: the call noticed the city is back
        assert back.count("/v4/library/") == 1
    live.http.close()


def test_a_write_always_gets_its_full_try() -> None:
    """Feedback is never refused because reads failed a moment ago."""
    url = refused_url()
    http = CityHttp(endpoints=Endpoints.local(url), connect_timeout_s=0.2, backoff_s=0.01)
    with pytest.raises(Exception, match="cannot be reached"):
        http.get_json("test", f"{url}/v4/library/1")
    port = int(url.rsplit(":", 1)[1])
    with FakeCity(port=port) as back:
        with pytest.raises(Exception):  # noqa: B017, PT011 - any answer: it was sent
            http.post_form("test", f"{url}/palautews/rest/v1/requests.json", {"x": "1"})
        assert back.count("/palautews/", method="POST") == 1
    http.close()
