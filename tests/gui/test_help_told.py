"""Help that says what happens next (issue 14, point 6): once the library staff have
been told, the help screen says so in one sentence and offers one way on."""

from __future__ import annotations

import pytest
from helpers import settle, to_home, visible_widgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.journey.views import Screen, View
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui
translate = QCoreApplication.translate


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_staff_told_one_sentence_and_only_back_to_where_i_was(make_kiosk, lang):
    kiosk = make_kiosk(lang=lang)
    window = kiosk.window
    to_home(kiosk, lang)
    window.draw(View(Screen.HELP, "told"))  # as the journey draws it once staff know
    settle()
    lines = [
        label.text()
        for label in visible_widgets(window.page, QLabel)
        if label.objectName() == "body"
    ]
    source = "The library staff know you need help and will come to you here."
    told = translate("window", source)
    assert lang == "en" or told != source, "not translated"
    assert ". " not in told  # one sentence
    kept = translate("window", "Everything you did here stays until you come back.")
    assert lines == [told, kept]  # what happened, and that the visit is kept
    names = [button.objectName() for button in visible_widgets(window.page, BigButton)]
    assert names == ["resumeButton"]
