"""Open311 feedback: categories, the POST answer shapes, status records with real
quirks, and the form that goes out (contact fields only with consent)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.services.feedback import (
    Contact,
    FeedbackClient,
    parse_receipt,
    parse_services,
    parse_status,
)
from kiosk.services.http import ServiceDataError, ServiceRejected
from kiosk.services.transport import CityHttp

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "city"


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_services() -> None:
    services = parse_services(load("feedback_open311_services_fi.json"))
    assert [s.code for s in services] == ["172", "246", "176", "171", "198"]
    assert services[0].name == "Ilkivalta" and services[0].group == "Puhtaanapito"
    assert services[0].keywords[:2] == ("ilkivalta", "penkit")
    odd = parse_services(
        [
            None,
            {"service_code": 1, "service_name": "A"},
            {"service_code": "1", "service_name": "dup"},
            {"service_code": "2"},
            {"service_name": "no code"},
        ]
    )
    assert [(s.code, s.name, s.keywords) for s in odd] == [("1", "A", ())]
    with pytest.raises(ServiceDataError):
        parse_services({"not": "a list"})


def test_receipt_shapes() -> None:
    shapes = load("feedback_open311_post_response_shape.json")
    receipt = parse_receipt(shapes["success_example_from_test_server"])
    assert receipt.request_id.startswith("<ripemd160") and receipt.notice == ""
    token = parse_receipt([{"token": "12345"}])
    assert (token.request_id, token.token) == (None, "12345")
    with pytest.raises(ServiceRejected, match="Missing or Invalid API Key") as caught:
        parse_receipt(shapes["error_example_from_test_server"])
    assert caught.value.status == 400
    for bad in ([], None, [1], [{"service_notice": "x"}], "ok"):
        with pytest.raises(ServiceDataError):
            parse_receipt(bad)


def test_status_with_real_quirks() -> None:
    status = parse_status([load("feedback_open311_request_detail_extended.json")])
    assert status.request_id == "3qp16kaphhsc78uc422l"
    assert status.status == "closed" and status.detailed_status == "PROCESSED"
    assert status.title == "Raskaiden ajoneuvojen parkkipaikoista"
    assert status.service_name == ""
    assert status.updated == datetime(2016, 3, 24, 16, 6, 40, tzinfo=HELSINKI)
    assert (status.lat, status.lon) == (60.451667, 22.266944)  # strings, swapped: put right
    assert status.status_notes.startswith("Kiitos kysymyksestänne")


def test_status_from_the_request_list() -> None:
    first, second = load("feedback_open311_requests_list.json")
    status = parse_status(first)
    assert (status.lat, status.lon) == (60.2380422, 25.1078005)  # numbers, right way round
    assert status.service_name == "Traffic signs"
    assert parse_status({**second, "lat": 0, "long": 0}).lat is None  # outside Finland
    assert parse_status({**second, "status": "weird"}).status == "unknown"
    with pytest.raises(ServiceRejected) as caught:
        parse_status([])
    assert caught.value.status == 404
    with pytest.raises(ServiceRejected):
        parse_status([{"code": 404, "description": "not found"}])
    with pytest.raises(ServiceDataError):
        parse_status([{"status": "open"}])


def test_contact_from_a_flow_answer() -> None:
    assert Contact.from_answer({"name": "  Aino   Maria Virtanen ", "phone": "040 123"}) == Contact(
        "Aino Maria", "Virtanen", "", "040 123"
    )
    assert Contact.from_answer({"name": "Aino"}) == Contact("Aino", "", "", "")
    assert Contact.from_answer(
        {"first_name": "A", "last_name": "B", "name": "ignored", "email": 5}
    ) == Contact("A", "B", "", "")
    assert Contact.from_answer(None) == Contact()
    assert Contact("A", "", "a@b.fi", "").fields() == {"first_name": "A", "email": "a@b.fi"}


def test_form_sends_contact_only_with_consent() -> None:
    with CityHttp(cache=False) as http:
        client = FeedbackClient(http, "key")
        contact = Contact("Aino", "Virtanen", "aino@example.fi", "040")
        for consent in (False, "yes", 1, None):
            form = client.form("172", "Teksti", consent=consent, contact=contact)
            assert form == {"service_code": "172", "description": "Teksti"}
        form = client.form(
            "172",
            "  Teksti  ",
            consent=True,
            contact=contact,
            lat=60.1,
            lon=24.9,
            service_object_id=8215,
            title="<b>Otsikko</b>",
            can_be_published=False,
        )
        assert form == {
            "service_code": "172",
            "description": "Teksti",
            "first_name": "Aino",
            "last_name": "Virtanen",
            "email": "aino@example.fi",
            "phone": "040",
            "lat": "60.100000",
            "long": "24.900000",
            "service_object_id": "8215",
            "service_object_type": "https://www.hel.fi/servicemap/v2",
            "title": "Otsikko",
            "can_be_published": "false",
        }
        assert "api_key" not in form
        for bad in (
            {"service_code": ""},
            {"description": ""},
            {"description": "x" * 5001},
            {"lat": 91, "lon": 0},
            {"lat": 60.1},
        ):
            args = {"service_code": "172", "description": "Teksti", **bad}
            with pytest.raises(ValueError):
                client.form(
                    args.pop("service_code"), args.pop("description"), consent=False, **args
                )
        assert client.can_send and not FeedbackClient(http).can_send


def test_the_demo_recorder_keeps_only_the_latest_sends_and_numbers_on() -> None:
    """A demo kiosk left running does not grow with every feedback (issue 19)."""
    from kiosk.services.feedback import DemoFeedback

    demo = DemoFeedback()
    receipts = [demo.send({"service_code": "171", "contact": n % 2}) for n in range(250)]
    assert len(demo.sent) == DemoFeedback.KEPT
    assert receipts[-1].request_id == "DEMO0250" and receipts[0].request_id == "DEMO0001"
