"""Redirects from the city (kiosk.services.http): a POST never follows one, a GET only
to the same host. The fake city answers a redirect to a second fake city on another
loopback port, which records whether anything reached it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakecity.server import API_KEY, FakeCity

from kiosk.services.feedback import Contact, FeedbackClient
from kiosk.services.http import KIRJASTOT, ServiceRedirected
from kiosk.services.libraries_live import LibrariesClient
from kiosk.services.live import LiveServices
from kiosk.services.transport import CityHttp

SEND = "/palautews/rest/v1/requests.json"
KALLIO = "/v4/library/84860"


@pytest.fixture
def cities() -> Iterator[tuple[FakeCity, FakeCity]]:
    with FakeCity() as city, FakeCity() as elsewhere:
        yield city, elsewhere


@pytest.fixture
def http(cities: tuple[FakeCity, FakeCity]) -> Iterator[CityHttp]:
    with CityHttp(endpoints=cities[0].endpoints, retries=0, read_timeout_s=2.0) as client:
        yield client


def send(http: CityHttp) -> object:
    return FeedbackClient(http, API_KEY).send(
        "172",
        "Penkki rikki",
        consent=True,
        contact=Contact("Aino", "Virtanen", "aino@example.org", "040 123"),
    )


@pytest.mark.parametrize("status", [307, 308, 301, 302, 303])
@pytest.mark.parametrize("where", ["another host", "the same host"])
def test_a_feedback_post_is_never_redirected(
    cities: tuple[FakeCity, FakeCity], http: CityHttp, status: int, where: str
) -> None:
    city, elsewhere = cities
    target = elsewhere.url + SEND if where == "another host" else city.url + "/elsewhere"
    city.redirect(SEND, target, status)
    with pytest.raises(ServiceRedirected, match="answered oddly") as caught:
        send(http)
    assert caught.value.status == status
    # A 307/308 says the city did not take it; after 301/302/303 it may have.
    assert caught.value.maybe_sent is (status not in (307, 308))
    assert elsewhere.requests == [], "the API key and contact details went elsewhere"
    assert city.count(SEND, "POST") == 1, "sent once, never again"
    assert city.count("/elsewhere") == 0


def test_the_live_service_reports_it_as_odd_and_does_not_resend(
    cities: tuple[FakeCity, FakeCity], http: CityHttp
) -> None:
    city, elsewhere = cities
    city.redirect(SEND, elsewhere.url + SEND, 307)
    live = LiveServices(
        http,
        None,
        library_id=84860,
        latitude=60.18,
        longitude=24.95,
        open311_api_key=API_KEY,
        answer_within_s=None,
    )
    with pytest.raises(ServiceRedirected) as caught:
        live.call(
            "feedback.send",
            {
                "service_code": "172",
                "description": "Penkki rikki",
                "consent": True,
                "contact": {"email": "a@example.org"},
            },
            "fi",
        )
    assert caught.value.maybe_sent is False  # a 307: not taken, so "not sent" is true
    assert live.problem is not None and "answered oddly" in live.problem
    assert elsewhere.requests == [] and city.count(SEND, "POST") == 1


def test_a_graphql_post_is_not_redirected(
    cities: tuple[FakeCity, FakeCity], http: CityHttp
) -> None:
    city, elsewhere = cities
    city.redirect("/api", elsewhere.url + "/api", 308)
    with pytest.raises(ServiceRedirected):
        http.post_json("OmaStadi", city.url + "/api", {"query": "{ x }"})
    assert elsewhere.requests == []


@pytest.mark.parametrize("host", ["another port", "another name for the same port"])
def test_a_get_is_not_redirected_to_another_host(
    cities: tuple[FakeCity, FakeCity], http: CityHttp, host: str
) -> None:
    city, elsewhere = cities
    target = (
        elsewhere.url + KALLIO
        if host == "another port"
        else f"http://localhost:{city.port}{KALLIO}"
    )
    city.redirect(KALLIO, target, 302)
    with pytest.raises(ServiceRedirected, match="answered oddly"):
        LibrariesClient(http).week(84860)
    assert elsewhere.requests == []
    assert city.count(KALLIO) == 1  # "localhost" is another host: not followed either


def test_a_get_follows_a_redirect_on_the_same_host(
    cities: tuple[FakeCity, FakeCity], http: CityHttp
) -> None:
    city, elsewhere = cities
    city.redirect("/v4/library/moved", KALLIO, 301)  # relative: the same host
    city.redirect("/v4/library/also-moved", city.url + KALLIO, 307)
    for path in ("/v4/library/moved", "/v4/library/also-moved"):
        data = http.get_json(KIRJASTOT, city.url + path)
        assert data["data"]["id"] == 84860
    assert city.count(KALLIO) >= 1 and elsewhere.requests == []  # the second: cached
