"""Turns service results into sentences a resident can read and hear.

Services return plain data; the words around it are UI text, so they are translated
here with Qt's system. Dates and weekday names come from QLocale.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.services.libraries import LibraryRef, LibraryWeek, NowState, OpenStatus
from kiosk.ui import results_civic, results_places
from kiosk.ui.i18n import LOCALES

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


def _locale(lang: str) -> QLocale:
    return QLocale(LOCALES.get(lang, "en_GB"))


def format_time(value: time, lang: str) -> str:
    """8.00 in Finnish and Swedish (as written in Finland), 8:00 in English."""
    minutes = f"{value.minute:02d}"
    hour = 24 if value == time.max or (value.hour == 23 and value.minute == 59) else value.hour
    return f"{hour}:{minutes}" if lang == "en" else f"{hour}.{minutes}"


def format_day(day: date, lang: str, capital: bool = True) -> str:
    """'Maanantai 22.6.' / 'Måndag 22.6.' / 'Monday 22 June'; ``capital=False`` for the
    middle of a sentence (Finnish and Swedish write weekdays in lower case)."""
    locale = _locale(lang)
    # The stand-alone name: in Finnish "dddd" gives the inflected "maanantaina".
    name = locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    if lang == "en":
        month = locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
        text = f"{name} {day.day} {month}"
    else:
        text = f"{name} {day.day}.{day.month}."
    if not capital and lang != "en":
        return text
    return text[:1].upper() + text[1:]


def format_date(day: date, lang: str) -> str:
    pattern = "d MMMM yyyy" if lang == "en" else "d.M.yyyy"
    return _locale(lang).toString(QDate(day.year, day.month, day.day), pattern)


def item_list(data: object, lang: str = "fi") -> list[tuple[object, str]]:
    """(answer value, button text) for a ``results`` step."""
    for module in (results_places, results_civic):
        items = module.item_list(data, lang)
        if items is not None:
            return items
    if isinstance(data, list):
        items = []
        for entry in data:
            if isinstance(entry, LibraryRef):
                text = f"{entry.name}\n{entry.street}" if entry.street else entry.name
                items.append((entry.id, text))
        return items
    return []


def no_items_text() -> str:
    return translate("results", "Nothing was found. Go back and try other words.")


def detail_lines(data: object, now: datetime, lang: str) -> list[str]:
    """Sentences for a ``detail`` step, most important first."""
    for module in (results_places, results_civic):
        lines = module.detail_lines(data, now, lang)
        if lines is not None:
            return lines
    if isinstance(data, LibraryWeek):
        return library_week_lines(data, now, lang)
    return []


def _status_words(status: OpenStatus) -> str:
    return {
        OpenStatus.STAFF: translate("results", "staff are here"),
        OpenStatus.SELF_SERVICE: translate("results", "self-service, no staff"),
        OpenStatus.TEMPORARILY_CLOSED: translate("results", "temporarily closed"),
    }[status]


def _next_open_words(moment: datetime, now: datetime, lang: str) -> str:
    clock = format_time(moment.time(), lang)
    if moment.date() == now.date():
        return translate("results", "today at %1").replace("%1", clock)
    return (
        translate("results", "%1 at %2")
        .replace("%1", format_day(moment.date(), lang, capital=False))
        .replace("%2", clock)
    )


def now_sentence(week: LibraryWeek, now: datetime, lang: str) -> str:
    status = week.state_at(now)
    until = format_time(status.until, lang) if status.until else ""
    if status.state == NowState.OPEN_STAFF:
        return translate("results", "Open now. Staff are here until %1.").replace("%1", until)
    if status.state == NowState.OPEN_SELF_SERVICE:
        return translate(
            "results", "Open now for self-service until %1. No staff are here."
        ).replace("%1", until)
    if status.state in (NowState.CLOSED, NowState.CLOSED_TODAY):
        first = (
            translate("results", "Closed now.")
            if status.state == NowState.CLOSED
            else translate("results", "Closed today.")
        )
        if status.next_open is not None:
            opens = _next_open_words(status.next_open, now, lang)
            return f"{first} " + translate("results", "Opens %1.").replace("%1", opens)
        return first
    return translate("results", "The saved information does not say if the library is open today.")


def day_line(day, lang: str) -> str:
    name = format_day(day.date, lang)
    if day.closed or not day.ranges:
        return translate("results", "%1: closed").replace("%1", name)
    parts = [
        f"{format_time(r.start, lang)}–{format_time(r.end, lang)} {_status_words(r.status)}"
        for r in day.ranges
    ]
    return f"{name}: " + ", ".join(parts)


def library_week_lines(week: LibraryWeek, now: datetime, lang: str) -> list[str]:
    lines = [week.name, now_sentence(week, now, lang)]
    address = ", ".join(p for p in (week.address.street, week.address.zipcode) if p)
    if address:
        lines.append(translate("results", "Address: %1").replace("%1", address))
    if week.days:
        lines.append(translate("results", "Opening hours:"))
        lines.extend(day_line(day, lang) for day in week.days)
    if week.source_date is not None:
        lines.append(
            translate(
                "results", "This information is from %1. Ask the staff if you are not sure."
            ).replace("%1", format_date(week.source_date, lang))
        )
    lines.append(
        translate("results", "Source: %1, licence %2.")
        .replace("%1", week.source_name)
        .replace("%2", week.licence)
    )
    return lines
