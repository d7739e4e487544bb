"""A first screen that invites (issue 14, point 3): one large Start button in the
first three languages, and a touch anywhere still starts."""

from __future__ import annotations

import pytest
from helpers import find, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.ui.theme import MIN_TARGET_MM
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui


def test_attract_has_one_big_start_button_that_starts(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    window.show_attract()
    settle()
    start = find(window, BigButton, "startButton")
    assert start.isVisibleTo(window)
    assert start.text() == "Aloita · Börja · Start"
    pitch = kiosk.config.display.pixel_pitch_mm
    assert start.height() * pitch >= MIN_TARGET_MM and start.width() > window.width() / 2
    start.click()
    settle()
    assert window.screen_name == "language"


def test_a_touch_anywhere_else_still_starts(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    window.show_attract()
    settle()
    QTest.mouseClick(window.page, Qt.MouseButton.LeftButton, pos=QPoint(window.width() // 2, 200))
    settle()
    assert window.screen_name == "language"
