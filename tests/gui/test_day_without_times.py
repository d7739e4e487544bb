"""Issue 15, point 6: a day the data gives no times for, and does not mark closed, is
"no information", never "closed"; a day marked closed is still "closed"."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.services.libraries import NowState, parse_library
from kiosk.ui.results import day_line

pytestmark = pytest.mark.gui

PAYLOAD = {
    "id": 1,
    "name": "Kallion kirjasto",
    "schedules": [
        {"date": "2020-06-22", "info": None, "times": []},  # nothing said
        {"date": "2020-06-23", "closed": False, "times": []},  # open, but no times
        {"date": "2020-06-24", "closed": True, "times": []},  # closed, and said so
    ],
}


def test_a_day_without_times_is_no_information() -> None:
    week = parse_library(PAYLOAD, lang="en")
    monday, tuesday, wednesday = week.days
    assert day_line(monday, "en").endswith(": no information")
    assert day_line(tuesday, "en").endswith(": no information")
    assert day_line(wednesday, "en").endswith(": closed")
    at_noon = datetime(2020, 6, 22, 12, tzinfo=HELSINKI)
    assert week.state_at(at_noon).state is NowState.UNKNOWN
    closed_day = datetime(2020, 6, 24, 12, tzinfo=HELSINKI)
    assert week.state_at(closed_day).state is NowState.CLOSED_TODAY
