"""The fleet's pure parts: the life of a help request, and the messages on the bus."""

from __future__ import annotations

import json

import pytest

from kiosk.fleet.book import MAX_OPEN, HelpBook
from kiosk.fleet.messages import (
    DeskAction,
    HelpInfo,
    KioskStatus,
    RequestState,
    Topic,
    clean_name,
    decode,
    desk_subscriptions,
    desk_topic,
    parse_topic,
    request_topic,
    status_topic,
)

INFO = HelpInfo("library-hours", "which", "sv", 150, True)
ESCALATE, EXPIRE = 180.0, 900.0


@pytest.fixture
def book() -> HelpBook:
    book = HelpBook(ESCALATE, EXPIRE)
    book.open("a1", INFO, "2026-03-01T12:00:00+02:00", now=0.0)
    return book


def test_the_first_claim_wins_and_a_second_desk_is_refused(book):
    assert book.claim("a1", "desk-1", "Aino", now=5)
    assert not book.claim("a1", "desk-2", "Ville", now=5)
    request = book.get("a1")
    assert (request.claimed_by, request.name, request.claimed_at) == ("desk-1", "Aino", 5)
    # The same desk again keeps its claim (and may correct the name).
    assert book.claim("a1", "desk-1", "Aino-Maria", now=9)
    assert (book.get("a1").name, book.get("a1").claimed_at) == ("Aino-Maria", 5)
    assert not book.claim("nope", "desk-1", "", now=9)


def test_only_the_claiming_desk_can_release(book):
    book.claim("a1", "desk-1", "Aino", now=5)
    assert not book.release("a1", "desk-2", now=6)
    assert book.release("a1", "desk-1", now=7)
    request = book.get("a1")
    assert (request.claimed, request.opened_at) == (False, 7)
    assert book.claim("a1", "desk-2", "Ville", now=8)


def test_an_unclaimed_request_escalates_once(book):
    assert book.due(ESCALATE - 1) == []
    due = book.due(ESCALATE)
    assert [(what, r.id) for what, r in due] == [("escalate", "a1")]
    assert book.get("a1").escalated and book.get("a1").attempt == 2
    assert book.due(ESCALATE * 5) == []


def test_a_claimed_request_does_not_escalate_but_its_claim_expires(book):
    book.claim("a1", "desk-1", "Aino", now=10)
    assert book.due(10 + ESCALATE) == []
    assert book.due(10 + EXPIRE - 1) == []
    due = book.due(10 + EXPIRE)
    # The claim ran out: open to everyone again, and escalated (somebody failed to come).
    assert [what for what, _ in due] == ["expired", "escalate"]
    assert not book.get("a1").claimed and book.get("a1").name == ""
    assert book.waiting() == [book.get("a1")]


def test_the_oldest_wait_counts_unclaimed_requests_only(book):
    book.open("b2", INFO, "…", now=50)
    assert book.oldest_wait(100) == 100
    book.claim("a1", "desk-1", "", now=100)
    assert book.oldest_wait(100) == 50
    book.close("b2")
    assert book.oldest_wait(100) == 0


def test_the_book_is_bounded(book):
    dropped = []
    for n in range(MAX_OPEN + 3):
        dropped += book.open(f"{n:08x}", INFO, "…", now=n)
    assert len(book.requests) == MAX_OPEN
    assert [r.id for r in dropped] == ["a1", "00000000", "00000001", "00000002"]


# ---- messages ----------------------------------------------------------------------


def test_topics_are_built_and_taken_apart():
    assert status_topic("kallio", "kallio-1") == "kiosk/kallio/kallio-1/status"
    assert parse_topic("kiosk/kallio/kallio-1/status") == Topic("status", "kallio", "kallio-1")
    rid = "0123abcd0123abcd"
    assert parse_topic(request_topic("kallio", "kallio-1", rid)) == Topic(
        "request", "kallio", "kallio-1", rid
    )
    assert parse_topic(desk_topic("kallio", "kallio-1", rid)) == Topic(
        "desk", "kallio", "kallio-1", rid
    )
    for bad in (
        "kiosk/Kallio/k/status",
        "kiosk/kallio/k",
        "other/kallio/k/status",
        "kiosk/kallio/k/help/NOT-HEX",
        "kiosk/kallio/k/help/0123abcd/other",
    ):
        assert parse_topic(bad) is None, bad
    assert desk_subscriptions(("kallio", "pasila")) == [
        "kiosk/kallio/+/status",
        "kiosk/kallio/+/help/+",
        "kiosk/pasila/+/status",
        "kiosk/pasila/+/help/+",
    ]


def test_messages_carry_ids_and_settings_never_free_text():
    status = KioskStatus("kallio-1", "kallio", "session", flow="library-hours", step="which")
    data = decode(status.to_json())
    assert data is not None and data["v"] == 1
    assert KioskStatus.from_json(data) == status
    # Something that is not an id is dropped, not shown.
    assert KioskStatus.from_json({**data, "flow": "Matti Meikäläinen 040 123"}).flow is None
    assert KioskStatus.from_json({**data, "state": "exploded"}) is None
    assert KioskStatus.from_json({**data, "newer_field": 1}) == status

    state = RequestState("0123abcd", "kallio-1", "kallio", "claimed", "2026-03-01T12:00:00")
    assert RequestState.from_json(json.loads(state.to_json())) == state
    assert RequestState.from_json({**json.loads(state.to_json()), "id": "../x"}) is None


def test_desk_actions_and_staff_names_are_checked():
    action = DeskAction("claim", "desk-pc-1", "Aino Maria Virtanen")
    assert DeskAction.from_json(json.loads(action.to_json())) == DeskAction(
        "claim", "desk-pc-1", "Aino"
    )
    assert DeskAction.from_json({"action": "delete", "desk": "d"}) is None
    assert DeskAction.from_json({"action": "claim"}) is None
    assert clean_name("  Åsa-Lena  ") == "Åsa-Lena"
    assert clean_name("<script>") == ""
    assert clean_name("R2D2") == ""
    assert clean_name(None) == ""
    assert clean_name("x" * 99) == "x" * 30


def test_decode_takes_only_small_json_objects():
    assert decode(b"") is None
    assert decode(b"[1, 2]") is None
    assert decode(b"\xff") is None
    assert decode(b'{"a": 1}') == {"a": 1}
    assert decode(b'{"a": "' + b"x" * 9000 + b'"}') is None
