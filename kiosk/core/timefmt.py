"""Dates and times written for people, in one place. No Qt.

Two audiences:

- **Residents** (screens, speech, printouts), in the resident's language: ``8.00`` in
  Finnish and Swedish as written in Finland, ``8:00`` in English; ``Maanantai 22.6.`` /
  ``Måndag 22.6.`` / ``Monday 22 June``; ``22.6.2020`` / ``22 June 2020``.
- **Staff** (the staff panel's status lines, which are English): ``08:05`` and
  ``22.6.2020``.

Machine formats (ISO dates in files, logs and the usage figures) are not here: they
are ``isoformat()`` where they are written.

Russian, Estonian, Ukrainian, Arabic and Somali have their own weekday names and
write dates as 22.6.; Russian, Ukrainian, Arabic and Somali write 8:00. Selkokieli is
Finnish (``kiosk.core.languages.base_language``); any other language gets English
names.
"""

from __future__ import annotations

from datetime import date, datetime, time

from kiosk.core.languages import base_language, is_rtl, isolate

#: Weekday names as they stand alone (Monday first). Finnish and Swedish write them
#: in lower case; `format_day` capitalises them at the start of a line.
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "et": ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "so": ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad"),
}
#: Languages that write the time 8:00 (the others, as in Finland, 8.00).
_COLON = frozenset({"en", "ru", "uk", "ar", "so"})
#: English month names (only English writes the month as a word).
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _is_end_of_day(value: time) -> bool:
    # Opening hours end at "24:00", which the data gives as time.max or 23:59.
    return value == time.max or (value.hour == 23 and value.minute == 59)


def format_time(value: time, lang: str) -> str:
    """A time of day for a resident: ``8.00`` (fi, sv), ``8:00`` (en); the end of the
    day is ``24.00`` / ``24:00``."""
    hour, minute = (24, 0) if _is_end_of_day(value) else (value.hour, value.minute)
    separator = ":" if lang in _COLON else "."
    return f"{hour}{separator}{minute:02d}"


def format_time_range(start: time, end: time, lang: str) -> str:
    """``8.00–20.00``; in Arabic in a bidi isolate, or the right-to-left line would
    show it as ``20:00–8:00`` (the dash between two numbers takes the line's
    direction)."""
    text = f"{format_time(start, lang)}–{format_time(end, lang)}"
    return isolate(text) if is_rtl(lang) else text


def format_day(day: date, lang: str, capital: bool = True) -> str:
    """``Maanantai 22.6.`` / ``Måndag 22.6.`` / ``Monday 22 June``; ``capital=False``
    for the middle of a sentence (Finnish and Swedish write weekdays in lower case)."""
    lang = base_language(lang)
    name = _WEEKDAYS.get(lang, _WEEKDAYS["en"])[day.weekday()]
    if lang == "en":
        return f"{name} {day.day} {_MONTHS[day.month - 1]}"
    if is_rtl(lang):
        # 22/6 (a slash between digits keeps them together; a trailing full stop
        # would land at the far end of a right-to-left line).
        return f"{name} {isolate(f'{day.day}/{day.month}')}"
    text = f"{name} {day.day}.{day.month}."
    return text[:1].upper() + text[1:] if capital else text


def format_date(day: date, lang: str) -> str:
    """A date with its year for a resident: ``22.6.2020``, ``22 June 2020`` in English."""
    if lang == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return staff_date(day)


def staff_date(day: date) -> str:
    """A date in a staff line: ``22.6.2020``."""
    return f"{day.day}.{day.month}.{day.year}"


def staff_time(moment: datetime | time) -> str:
    """A time of day in a staff line, 24-hour and zero-padded: ``08:05``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def staff_moment(moment: datetime) -> str:
    """A date and time in a staff line: ``22.6.2020 08:05``."""
    return f"{staff_date(moment.date())} {staff_time(moment)}"
