"""Issue 15, point 5: a send whose answer was lost is never repeated by one tap.

The feedback flow is walked in the real window against the fake city. When the POST
went out and its answer timed out, broke or could not be read, the screen says which
of these happened, offers "Ask staff to check" and no "Try again", and neither a tap
on the page, Back and Send again, nor a new visit of the flow sends a second POST (the
fake city counts them). A send that surely did not go out may be tried again, and
one the city refused is not offered again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import API_KEY, FakeCity
from gui.helpers import across_pages, fill_field, settle, to_home
from PySide6.QtWidgets import QAbstractButton, QLabel

pytestmark = pytest.mark.gui

LANG = "en"
POSTS = "/palautews/rest/v1/requests.json"
READ_TIMEOUT_S = 1.0
TEXT = "The lift at the back door does not work."
#: kiosk/ui/failures.py, one sentence a kind of failure.
SENTENCES = {
    "slow": "The city's service did not answer in time.",
    "close": "The connection broke in the middle.",
    "html": "The city answered, but the answer could not be read.",
    "empty": "The city answered, but the answer could not be read.",
    "invalid_json": "The city answered, but the answer could not be read.",
}


@pytest.fixture(scope="module")
def city():
    with FakeCity(slow_s=READ_TIMEOUT_S + 0.6) as server:
        yield server


@pytest.fixture
def kiosk(city: FakeCity, make_kiosk, tmp_path: Path):
    city.reset()
    config = write_city_config(
        tmp_path / "kiosk.toml",
        city.url,
        ["feedback"],
        read_timeout_s=READ_TIMEOUT_S,
        open311_api_key=API_KEY,
    )
    built = make_kiosk(lang=LANG, config_path=config)
    live_services_on(built, city.endpoints)
    to_home(built, LANG)
    return built


def visible(window, kind, name: str | None = None) -> list:
    return [w for w in window.findChildren(kind, name) if w.isVisibleTo(window)]


def shown_text(window) -> str:
    """Every page's labels and buttons (a result may be in pages, issue 14)."""
    return "\n".join(
        across_pages(
            window,
            lambda: [w.text() for w in visible(window, QLabel) + visible(window, QAbstractButton)],
        )
    )


def tap(window, name: str) -> None:
    (button,) = visible(window, QAbstractButton, name)
    button.click()
    settle()


def to_review(window) -> None:
    window.start_flow("feedback")
    settle()
    tap(window, "option_172")
    fill_field(window, "text", TEXT)
    tap(window, "nextButton")
    tap(window, "option_no")
    tap(window, "option_nowhere")
    assert window.screen_name == "step:feedback:review", shown_text(window)


def posts(city: FakeCity) -> int:
    return city.count(POSTS, "POST")


@pytest.mark.parametrize("mode", list(SENTENCES))
def test_an_uncertain_send_offers_a_check_and_is_never_sent_twice(
    kiosk, city: FakeCity, mode: str
) -> None:
    window = kiosk.window
    to_review(window)
    city.fault(POSTS, mode)
    tap(window, "nextButton")  # Send
    assert posts(city) == 1
    assert window.screen_name == "step:feedback:send"
    text = shown_text(window)
    assert "We do not know if it was sent" in text, text
    assert SENTENCES[mode] in text, text
    assert "the connection broke" not in text.casefold() or mode == "close", text
    assert visible(window, QAbstractButton, "retryButton") == []
    assert len(visible(window, QAbstractButton, "checkButton")) == 1
    city.clear_faults()

    # Whatever the resident does next, nothing more goes to the city.
    window.go_back()
    settle()
    assert window.screen_name == "step:feedback:review"
    tap(window, "nextButton")  # Send again from the review
    assert window.screen_name == "step:feedback:send"
    assert "We do not know if it was sent" in shown_text(window)
    window.show_home()
    settle()
    to_review(window)  # the whole flow again, in the same visit
    tap(window, "nextButton")
    assert "We do not know if it was sent" in shown_text(window)
    assert posts(city) == 1

    tap(window, "checkButton")  # "Ask staff to check" asks for help
    assert window.screen_name == "help", window.screen_name


def test_after_the_visit_ends_a_new_resident_can_send(kiosk, city: FakeCity) -> None:
    window = kiosk.window
    to_review(window)
    city.fault(POSTS, "slow")
    tap(window, "nextButton")
    city.clear_faults()
    window.end_session("end")
    settle()
    to_home(kiosk, LANG)
    to_review(window)
    tap(window, "nextButton")
    assert "Thank you for your feedback" in shown_text(window)
    assert posts(city) == 2


def test_a_send_that_did_not_go_out_may_be_tried_again(kiosk, city: FakeCity) -> None:
    window = kiosk.window
    to_review(window)
    city.fault(POSTS, "503", times=1)
    tap(window, "nextButton")
    text = shown_text(window)
    assert "It was not sent" in text and "The city's service has a fault right now." in text
    tap(window, "retryButton")
    assert "Thank you for your feedback" in shown_text(window)
    assert posts(city) == 2


def test_a_refused_send_is_not_offered_again(kiosk, city: FakeCity) -> None:
    window = kiosk.window
    to_review(window)
    city.fault(POSTS, "echo_400", times=1)
    tap(window, "nextButton")
    text = shown_text(window)
    assert "It was not sent" in text and "The city's service did not accept it." in text
    assert visible(window, QAbstractButton, "retryButton") == []
    assert posts(city) == 1
