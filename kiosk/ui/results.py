"""Turns service results into sentences a resident can read and hear.

Services return plain data; the words around it are UI text, so they are translated
here with Qt's system. Dates and times are written by `kiosk.core.timefmt`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kiosk.core.text import fill, in_language, join
from kiosk.core.timefmt import format_date, format_day, format_time, format_time_range
from kiosk.services.libraries import DaySchedule, LibraryRef, LibraryWeek, NowState, OpenStatus
from kiosk.services.servicemap import AccessibilityInfo
from kiosk.ui import results_civic, results_places

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate

#: The other modules' words for their own result types; each answers None for the rest.
_ITEM_LISTS: tuple[Callable[[object, str], list[tuple[object, str]] | None], ...] = (
    results_places.item_list,
    results_civic.item_list,
)
_DETAIL_LINES: tuple[Callable[[object, datetime, str], list[str] | None], ...] = (
    results_places.detail_lines,
    results_civic.detail_lines,
)


def item_list(data: object, lang: str = "fi") -> list[tuple[object, str]]:
    """(answer value, button text) for a ``results`` step."""
    for module_items in _ITEM_LISTS:
        items = module_items(data, lang)
        if items is not None:
            return items
    if isinstance(data, list):
        return [(entry.id, _library_text(entry)) for entry in data if isinstance(entry, LibraryRef)]
    return []


def _library_text(entry: LibraryRef) -> str:
    """Name and street, in the language the data has them in (issue 13)."""
    lang = entry.text_lang or None
    return join("\n", [in_language(t, lang) for t in (entry.name, entry.street) if t])


def lead_lines(data: object, lang: str) -> int:
    """How many of a detail's first lines answer what the resident asked: they are said
    first, right after the heading (issue 13)."""
    if isinstance(data, LibraryWeek):
        return 2  # the library, and whether it is open now and until when
    if isinstance(data, AccessibilityInfo):
        # The place and what the data says about getting in: everything but how to
        # ask, the date and the source (said in parts within the budget).
        told = len(results_places.accessibility_lines(data, lang))
        return told - 1 - bool(data.source_date) - bool(data.phone)
    return 1


def no_items_text() -> str:
    return translate("results", "Nothing was found. Go back and try other words.")


def detail_lines(data: object, now: datetime, lang: str) -> list[str]:
    """Sentences for a ``detail`` step, most important first."""
    for module_lines in _DETAIL_LINES:
        lines = module_lines(data, now, lang)
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


def day_line(day: DaySchedule, lang: str) -> str:
    name = format_day(day.date, lang)
    if not day.known:  # no times, and not said to be closed
        return translate("results", "%1: no information").replace("%1", name)
    if day.closed or not day.ranges:
        return translate("results", "%1: closed").replace("%1", name)
    parts = [
        f"{format_time_range(r.start, r.end, lang)} {_status_words(r.status)}" for r in day.ranges
    ]
    return f"{name}: " + ", ".join(parts)


def library_week_lines(week: LibraryWeek, now: datetime, lang: str) -> list[str]:
    # Names and streets are in the language the data has them in (issue 13).
    place_lang = week.text_lang or None
    lines: list[str] = [in_language(week.name, place_lang), now_sentence(week, now, lang)]
    street = in_language(week.address.street, place_lang)
    address = join(", ", [p for p in (street, week.address.zipcode) if p])
    if address:
        lines.append(fill(translate("results", "Address: %1"), address))
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
