"""The civic flows end to end: feedback to the city (Open311) and participatory
budgeting (OmaStadi), driven through the real window against the fake city server
(tests/fakecity/server.py), in every language."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import parse_qs

import pytest
from fakecity.kiosk_config import write_city_config
from fakecity.server import API_KEY, FakeCity
from gui.helpers import across_pages, fill_field, settle, to_home
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.core.text import Text
from kiosk.services.feedback import FeedbackReceipt
from kiosk.services.omastadi import BudgetingRound, BudgetingSummary, BudgetStep
from kiosk.speech.spoken import spoken
from kiosk.ui import results_civic
from kiosk.ui.handoff import QrWidget

LANGS = ("fi", "sv", "en")
POST_PATH = "/palautews/rest/v1/requests.json"
FEEDBACK = {
    "fi": "Kirjaston edessä oleva penkki on rikki.",
    "sv": "Bänken framför biblioteket är trasig.",
    "en": "The bench in front of the library is broken.",
}
CONTACT = {"name": "Aino Virtanen", "phone": "0401234567", "email": "aino@example.fi"}
#: The fake city's request id (token_hex(10)) as shown: groups of four characters.
REFERENCE = re.compile(r"([0-9a-f]{4} ?){4}[0-9a-f]{4}")


@pytest.fixture(scope="module")
def city():
    with FakeCity(slow_s=1.5) as server:
        yield server


@pytest.fixture
def kiosk(city: FakeCity, make_kiosk, tmp_path):
    city.reset()
    config = write_city_config(
        tmp_path / "kiosk.toml",
        city.url,
        ["feedback", "budgeting", "library-hours", "e-identification"],
        read_timeout_s=0.5,
        open311_api_key=API_KEY,
    )
    return make_kiosk(config_path=config)


# ---- driving the window ------------------------------------------------------------------


def _visible(window, kind, name: str):
    found = [w for w in window.findChildren(kind, name) if w.isVisibleTo(window)]
    assert len(found) == 1, f"{window.screen_name}: expected one {name!r}, found {len(found)}"
    return found[0]


def tap(window, name: str) -> None:
    _visible(window, QAbstractButton, name).click()
    settle()


def shown_text(window) -> str:
    """Every page's labels (a result may be in pages, issue 14)."""
    return "\n".join(
        across_pages(
            window, lambda: [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
        )
    )


def said(kiosk) -> str:
    return "\n".join(u.text for u in kiosk.speaker.log if u.kind == "say")


def start(kiosk, flow_id: str, lang: str):
    window = kiosk.window
    to_home(kiosk, lang)
    window.start_flow(flow_id)
    settle()
    return window


def to_review(
    kiosk, lang: str, *, answer: str, consent: bool | None = None, place: str = "nowhere"
):
    """From home to the review screen of the feedback flow."""
    window = start(kiosk, "feedback", lang)
    assert window.screen_name == "step:feedback:topic"
    tap(window, "option_172")
    assert window.screen_name == "step:feedback:text"
    fill_field(window, "text", FEEDBACK[lang])
    tap(window, "nextButton")
    assert window.screen_name == "step:feedback:answer"
    tap(window, f"option_{answer}")
    if answer == "yes":
        assert window.screen_name == "step:feedback:contact"
        for field_id, value in CONTACT.items():  # one field a screen (issue 14)
            assert window.screen_name == "step:feedback:contact"
            fill_field(window, field_id, value)
            tap(window, "nextButton")
        assert window.screen_name == "step:feedback:consent"
        tap(window, "agreeButton" if consent else "declineButton")
    assert window.screen_name == "step:feedback:place"
    tap(window, f"option_{place}")
    review = "review_here" if place == "here" else "review"
    assert window.screen_name == f"step:feedback:{review}"
    return window


def posts(city: FakeCity) -> list[dict[str, list[str]]]:
    return [
        parse_qs(r.body.decode("utf-8"))
        for r in city.requests
        if r.method == "POST" and r.path == POST_PATH
    ]


# ---- feedback ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_with_consent_sends_contact_and_shows_the_reference(
    kiosk, city: FakeCity, lang: str
) -> None:
    window = to_review(kiosk, lang, answer="yes", consent=True, place="here")
    tap(window, "nextButton")  # Send
    assert window.screen_name == "step:feedback:send_here"
    (form,) = posts(city)
    assert form["api_key"] == [API_KEY]
    assert form["service_code"] == ["172"]
    assert form["description"] == [FEEDBACK[lang]]
    assert form["first_name"] == ["Aino"] and form["last_name"] == ["Virtanen"]
    assert form["phone"] == [CONTACT["phone"]] and form["email"] == [CONTACT["email"]]
    assert "lat" in form and "long" in form  # "near this library"
    # The reference number is shown and spoken.
    match = REFERENCE.search(shown_text(window))
    assert match, shown_text(window)
    assert spoken(match.group(0), lang) in said(kiosk)  # spelled, group by group
    tap(window, "nextButton")
    assert window.screen_name == "step:feedback:done"


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_declining_consent_sends_no_contact(kiosk, city: FakeCity, lang: str) -> None:
    window = to_review(kiosk, lang, answer="yes", consent=False)
    tap(window, "nextButton")
    assert window.screen_name == "step:feedback:send"
    (form,) = posts(city)
    assert form["service_code"] == ["172"] and form["description"] == [FEEDBACK[lang]]
    assert form["api_key"] == [API_KEY]
    for key in ("first_name", "last_name", "email", "phone", "lat", "long"):
        assert key not in form, key
    assert REFERENCE.search(shown_text(window))


def test_feedback_without_an_answer_skips_contact_and_consent(kiosk, city: FakeCity) -> None:
    window = to_review(kiosk, "fi", answer="no")
    answers = kiosk.session.answers["feedback"]
    assert "contact" not in answers and "consent" not in answers
    tap(window, "nextButton")
    (form,) = posts(city)
    assert set(form) == {"api_key", "service_code", "description"}
    assert REFERENCE.search(shown_text(window))


def test_feedback_shorter_than_ten_characters_is_refused(kiosk, city: FakeCity) -> None:
    window = start(kiosk, "feedback", "en")
    tap(window, "option_171")
    fill_field(window, "text", "Broken")
    tap(window, "nextButton")
    assert window.screen_name == "step:feedback:text"
    assert "at least" in shown_text(window)


@pytest.mark.parametrize("mode", ["500", "close", "slow"])
def test_feedback_send_fault_keeps_the_feedback(kiosk, city: FakeCity, mode: str) -> None:
    window = to_review(kiosk, "en", answer="yes", consent=True)
    city.fault(POST_PATH, mode, times=1)
    tap(window, "nextButton")
    assert window.screen_name == "step:feedback:send"
    text = shown_text(window)
    # A clear message, no reference number. "close" and "slow" went out before the
    # answer was lost: the city may have it (issue 15, point 5).
    uncertain = mode != "500"
    assert ("We do not know if it was sent" if uncertain else "Sorry") in text
    assert "staff" in text
    assert not REFERENCE.search(text)
    assert ("We do not know" if uncertain else "Sorry") in said(kiosk)
    answers = kiosk.session.answers["feedback"]
    assert answers["text"] == FEEDBACK["en"]
    assert answers["topic"] == "172" and answers["contact"]["email"] == CONTACT["email"]
    # Back returns to the review with everything there; sending again works only
    # when the first send surely did not go out.
    window.go_back()
    settle()
    assert window.screen_name == "step:feedback:review"
    assert FEEDBACK["en"] in shown_text(window)
    tap(window, "nextButton")
    assert window.screen_name == "step:feedback:send"
    if uncertain:
        assert "We do not know if it was sent" in shown_text(window)
        assert len(posts(city)) == 1
    else:
        assert REFERENCE.search(shown_text(window))
        assert len(posts(city)) == 2
    assert posts(city)[-1]["description"] == [FEEDBACK["en"]]


# ---- budgeting ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_budgeting_reaches_the_hand_off(kiosk, city: FakeCity, lang: str) -> None:
    window = start(kiosk, "budgeting", lang)
    assert window.screen_name == "step:budgeting:intro"
    tap(window, "nextButton")
    assert window.screen_name == "step:budgeting:current"
    assert city.count("/api", "POST") == 1
    # The fake city answers with the Decidim docs example: no round is on.
    assert "Source:" in shown_text(window) or "OmaStadi" in shown_text(window)
    tap(window, "nextButton")
    assert window.screen_name == "step:budgeting:how"
    tap(window, "nextButton")
    assert window.screen_name == "step:budgeting:link"
    (qr,) = [w for w in window.findChildren(QrWidget) if w.isVisibleTo(window)]
    assert qr is not None
    tap(window, "nextButton")
    assert window.screen_name == "step:budgeting:done"


# ---- the words ---------------------------------------------------------------------------

NOW = datetime(2020, 6, 22, 10, 30)


def test_receipt_lines() -> None:
    lines = results_civic.detail_lines(FeedbackReceipt("3qp16kaphhsc78uc422l"), NOW, "en")
    assert lines[0] == "Your reference number is 3qp1 6kap hhsc 78uc 422l."
    assert lines[-1] == "Sent to: City of Helsinki feedback service."
    later = results_civic.detail_lines(FeedbackReceipt(None, token="abc"), NOW, "en")
    assert "later" in later[0]


def test_budgeting_lines(qapp) -> None:
    empty = results_civic.detail_lines(BudgetingSummary(None, 2), NOW, "en")
    assert empty[0] == "No voting round is open now."
    assert empty[-1].startswith("Source: OmaStadi")
    round_ = BudgetingRound(
        "1",
        "omastadi-2025",
        Text({"fi": "OmaStadi 2025", "en": "OmaStadi 2025"}),
        steps=(BudgetStep(Text({"fi": "Äänestys", "en": "Voting"}), active=True),),
        start=date(2025, 1, 1),
        end=date(2025, 12, 31),
    )
    summary = BudgetingSummary(round_, 1, source_date=date(2025, 5, 1))
    lines = results_civic.detail_lines(summary, NOW, "en")
    assert lines[0] == "OmaStadi 2025"
    assert "Now: Voting" in lines
    assert "The round runs from 1 January 2025 to 31 December 2025." in lines
    assert any("1 May 2025" in line for line in lines)
    fi = results_civic.detail_lines(summary, NOW, "fi")
    assert "Now: Äänestys" in fi or any("Äänestys" in line for line in fi)


def test_other_results_are_not_ours() -> None:
    assert results_civic.detail_lines(object(), NOW, "fi") is None
    assert results_civic.item_list(object(), "fi") is None


@pytest.mark.parametrize("lang", LANGS)
def test_the_feedback_text_is_shown_but_not_read_to_the_room(
    kiosk, city: FakeCity, lang: str
) -> None:
    """A resident's own words to the city stay theirs on the loudspeaker (issue 12):
    the review shows them and says only how many words there are."""
    window = to_review(kiosk, lang, answer="no")
    assert FEEDBACK[lang] in shown_text(window)
    assert FEEDBACK[lang] not in said(kiosk)
    words = len(FEEDBACK[lang].split())
    expected = {
        "fi": f"Tekstisi: {words} sanaa.",
        "sv": f"Din text: {words} ord.",
        "en": f"Your text: {words} words.",
    }[lang]
    assert expected in said(kiosk)


def test_typing_feedback_echoes_only_character(kiosk, city: FakeCity) -> None:
    window = start(kiosk, "feedback", "en")
    tap(window, "option_172")
    assert window.screen_name == "step:feedback:text"
    field = window.page.fields["text"]
    field.setFocus()
    settle()
    kiosk.speaker.log.clear()
    for char in "bench":
        window.page.keyboard.key(char).click()
    echoed = [u.text for u in kiosk.speaker.log if u.kind == "say"]
    assert echoed == ["character"] * 5
