"""One question, one field (issue 14, point 2): the feedback flow's contact step shows
one field at a time, each with its keyboard, and one Continue (the keyboard's Enter)."""

from __future__ import annotations

import pytest
from helpers import field_widget, find, settle, to_home
from PySide6.QtWidgets import QLineEdit

from kiosk.flow.engine import Answer
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui


def visible_fields(window) -> list[str]:
    return [w.objectName() for w in window.page.findChildren(QLineEdit) if w.isVisibleTo(window)]


def test_contact_step_one_field_a_screen_with_its_keyboard(make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.start_flow("feedback")
    for answer in ("172", "The bench is broken.", "yes"):
        window.send(Answer(answer))
    settle()
    assert window.screen_name == "step:feedback:contact"
    keyboard = window.page.keyboard
    next_button = find(window, BigButton, "nextButton")
    # One button: the page's Continue stands in the keyboard, where Done was.
    assert keyboard.isAncestorOf(next_button) and not keyboard.key("done").isVisibleTo(window)

    assert visible_fields(window) == ["field_name"]
    keyboard.key("a").click()
    next_button.click()
    settle()
    assert visible_fields(window) == ["field_phone"]
    assert keyboard.layer == "numbers"  # digits for a phone number
    for digit in "040":
        keyboard.key(digit).click()
    next_button.click()
    settle()
    assert visible_fields(window) == ["field_email"]
    assert keyboard.layer == "letters"
    for name in ("email_at", "dot_fi", "dot_com"):
        assert keyboard.key(name).isVisibleTo(window), name
    keyboard.key("a").click()
    keyboard.key("email_at").click()
    keyboard.key("b").click()
    keyboard.key("dot_fi").click()
    assert field_widget(window, "email").text() == "a@b.fi"
    next_button.click()
    settle()
    assert window.screen_name == "step:feedback:consent"
    answers = kiosk.session.answers_for("feedback")["contact"]
    assert answers == {"name": "a", "phone": "040", "email": "a@b.fi"}
