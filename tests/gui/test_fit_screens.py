"""Question screens fit the view at 200 % text (issue 14, points 1-2), shown on the
screens that did not: a long place, the consent text, a text step with its keyboard.

The layout walk (test_layout.py) checks every screen; these tests say what a resident
sees and hears instead of the scroll bar they had.
"""

from __future__ import annotations

import pytest
from helpers import find, settle, to_home
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.flow.engine import Answer
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui


def at_step(make_kiosk, lang: str, text_size: int, flow: str, answers: list[object]):
    kiosk = make_kiosk(lang=lang, text_size=text_size)
    to_home(kiosk, lang)
    kiosk.window.start_flow(flow)
    for answer in answers:
        kiosk.window.send(Answer(answer))
    settle()
    return kiosk, kiosk.window


def no_scrolling(window) -> bool:
    return window.page.scroll_area.verticalScrollBar().maximum() == 0


def shown_texts(window) -> list[str]:
    body = window.page.scroll_area.widget()
    return [
        label.text()
        for label in body.findChildren(QLabel)
        if label.isVisibleTo(window) and label.objectName() != "buttonLabel"
    ]


def said(window) -> str:
    return " ".join(text for text, _lang in window.page.speech)


def test_consent_text_in_pages_answers_after_the_last(make_kiosk):
    """At 200 % the consent text and its two answers are taller than the view: the
    text is read a page at a time (Previous/Next, "Page 1/2"), and Yes/No follow the
    last sentence, side by side."""
    kiosk, window = at_step(
        make_kiosk, "fi", 200, "feedback", ["172", "Penkki on rikki.", "yes", {}]
    )
    assert window.screen_name == "step:feedback:consent"
    page = window.page
    pager = page.pager
    assert pager is not None and pager.count() > 1
    number = find(window, QLabel, "pageNumber")
    assert number.text() == f"Sivu 1/{pager.count()}"
    assert f"Sivu 1/{pager.count()}" in said(window)
    # Keypad users land on something: the way on, as no control is on the page.
    assert QApplication.focusWidget() is find(window, BigButton, "nextPage")
    seen: list[str] = []
    for index in range(pager.count()):
        assert no_scrolling(window), f"page {index + 1} scrolls"
        seen += shown_texts(window)[1:]  # after the heading
        last = index == pager.count() - 1
        for name in ("agreeButton", "declineButton"):
            assert page.findChild(BigButton, name).isVisibleTo(window) is last, name
        if not last:
            find(window, BigButton, "nextPage").click()
            settle()
    agree = find(window, BigButton, "agreeButton")
    assert QApplication.focusWidget() is agree
    assert abs(agree.y() - find(window, BigButton, "declineButton").y()) < 2  # one row
    text = " ".join(seen)
    assert "Lähetämme nimesi" in text and "ilman niitä" in text
    assert "Helsingin kaupungin palautepalvelu" in text
    assert len(seen) == len(set(seen))  # each sentence on one page only


def test_consent_fits_one_page_at_100(make_kiosk):
    kiosk, window = at_step(
        make_kiosk, "en", 100, "feedback", ["172", "The bench is broken.", "yes", {}]
    )
    assert window.screen_name == "step:feedback:consent"
    assert window.page.pager.count() == 1
    assert find(window, BigButton, "agreeButton").isVisibleTo(window)
    assert not window.page.findChild(BigButton, "nextPage").isVisibleTo(window)


def test_a_long_place_is_shown_without_the_instructions_which_are_said(make_kiosk):
    """A place's button is three lines: at 200 % the heading, the instructions, one
    place and "More choices" are taller than the view. The instructions are said."""
    kiosk, window = at_step(make_kiosk, "fi", 200, "services-near", ["349"])
    assert window.screen_name == "step:services-near:place"
    page = window.page
    assert page.instructions is not None and not page.instructions.isVisibleTo(window)
    assert "Lähin on ensimmäisenä" in said(window)
    assert page.heading_label.isVisibleTo(window)
    assert no_scrolling(window)


def test_instructions_stay_where_they_fit(make_kiosk):
    kiosk, window = at_step(make_kiosk, "fi", 100, "services-near", ["349"])
    assert window.page.instructions.isVisibleTo(window)


@pytest.mark.parametrize("text_size", [150, 200])
def test_text_step_question_field_and_keyboard_on_one_screen(make_kiosk, text_size):
    """The keys keep their size: the question and the field are shown above them, the
    instructions are said; an error is shown with the field, still without scrolling."""
    kiosk, window = at_step(make_kiosk, "en", text_size, "feedback", ["172"])
    assert window.screen_name == "step:feedback:text"
    page = window.page
    field = page.fields["text"]
    assert page.heading_label.isVisibleTo(window) and field.isVisibleTo(window)
    assert no_scrolling(window)
    assert "Write at least 10 characters" in said(window)
    find(window, BigButton, "nextButton").click()  # nothing written: too short
    settle()
    assert page.error_label.isVisibleTo(window) and field.isVisibleTo(window)
    assert no_scrolling(window)


def test_contact_field_shows_its_caption_first(make_kiosk):
    """On the contact step the field's caption ("Name (1/3)") says what to type; it is
    kept before the step's heading, which is the same for all three fields."""
    kiosk, window = at_step(
        make_kiosk, "en", 200, "feedback", ["172", "The bench is broken.", "yes"]
    )
    assert window.screen_name == "step:feedback:contact"
    captions = [t for t in shown_texts(window) if "(1/3)" in t]
    assert captions, shown_texts(window)
    assert no_scrolling(window)


def test_review_send_is_on_every_page_beside_more(make_kiosk):
    """Send is the review's one action: below the answers' view, beside "More
    answers", so it is on the screen whichever answers show."""
    kiosk, window = at_step(
        make_kiosk,
        "ru",
        200,
        "feedback",
        ["172", "Скамейка сломана у входа в библиотеку, пожалуйста почините", "yes", {}],
    )
    for answer in (False, "here"):
        window.send(Answer(answer))
    settle()
    assert window.screen_name.startswith("step:feedback:review")
    page = window.page
    assert page.pager is not None and page.pager.count() > 1
    send = find(window, BigButton, "nextButton")
    more = find(window, BigButton, "moreChoices")
    assert not page.scroll_area.widget().isAncestorOf(send)
    assert abs(send.y() - more.y()) < 2  # one row
    for _index in range(page.pager.count()):
        assert no_scrolling(window)
        assert send.isVisibleTo(window)
        more.click()
        settle()
