"""Dates and times for people (kiosk/core/timefmt.py): residents' and staff's forms."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kiosk.core.timefmt import (
    format_date,
    format_day,
    format_time,
    staff_date,
    staff_moment,
    staff_time,
)

MONDAY = date(2020, 6, 22)


@pytest.mark.parametrize(("lang", "expected"), [("fi", "8.05"), ("sv", "8.05"), ("en", "8:05")])
def test_a_time_is_written_as_in_finland_or_in_english(lang: str, expected: str) -> None:
    assert format_time(time(8, 5), lang) == expected


@pytest.mark.parametrize("end", [time.max, time(23, 59)])
def test_the_end_of_the_day_is_24(end: time) -> None:
    assert format_time(end, "fi") == "24.00"
    assert format_time(end, "en") == "24:00"
    assert format_time(time(0, 0), "fi") == "0.00"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "Maanantai 22.6."),
        ("sv", "Måndag 22.6."),
        ("en", "Monday 22 June"),
    ],
)
def test_a_day_has_its_weekday(lang: str, expected: str) -> None:
    assert format_day(MONDAY, lang) == expected


def test_in_the_middle_of_a_sentence_finnish_and_swedish_weekdays_are_lower_case() -> None:
    assert format_day(MONDAY, "fi", capital=False) == "maanantai 22.6."
    assert format_day(MONDAY, "sv", capital=False) == "måndag 22.6."
    assert format_day(MONDAY, "en", capital=False) == "Monday 22 June"


def test_every_weekday_and_month_has_its_name() -> None:
    week = [format_day(date(2020, 6, 22 + i), "fi") for i in range(7)]
    assert [w.split()[0] for w in week] == [
        "Maanantai",
        "Tiistai",
        "Keskiviikko",
        "Torstai",
        "Perjantai",
        "Lauantai",
        "Sunnuntai",
    ]
    assert format_day(date(2020, 6, 28), "sv") == "Söndag 28.6."
    assert [format_date(date(2021, m, 1), "en").split()[1] for m in (1, 5, 12)] == [
        "January",
        "May",
        "December",
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "2.6.2020"),
        ("sv", "2.6.2020"),
        ("en", "2 June 2020"),
    ],
)
def test_a_date_has_its_year(lang: str, expected: str) -> None:
    assert format_date(date(2020, 6, 2), lang) == expected


def test_another_language_gets_english_names_and_finnish_numbers() -> None:
    assert format_day(MONDAY, "de") == "Monday 22.6."
    assert format_date(date(2020, 6, 2), "de") == "2.6.2020"
    assert format_time(time(8, 5), "de") == "8.05"


def test_the_kiosks_other_languages_have_their_own_names() -> None:
    """Issue 17: no English weekday on a Russian, Estonian, Ukrainian, Arabic or Somali
    screen; selkokieli writes as Finnish does."""
    assert format_day(MONDAY, "ru") == "Понедельник 22.6."
    assert format_day(MONDAY, "et") == "Esmaspäev 22.6."
    assert format_day(MONDAY, "uk") == "Понеділок 22.6."
    assert format_day(MONDAY, "so") == "Isniin 22.6."
    assert format_day(MONDAY, "fi-x-selko") == format_day(MONDAY, "fi")
    assert format_time(time(8, 5), "ru") == "8:05"
    assert format_time(time(8, 5), "et") == "8.05"


def test_staff_lines_use_a_24_hour_zero_padded_clock() -> None:
    moment = datetime(2020, 6, 2, 8, 5, 59)
    assert staff_time(moment) == "08:05"
    assert staff_time(time(17, 30)) == "17:30"
    assert staff_date(moment.date()) == "2.6.2020"
    assert staff_moment(moment) == "2.6.2020 08:05"
