"""Words for the places services' results: units near the kiosk (``units.near``),
their accessibility (``units.accessibility``) and events for seniors
(``events.seniors``).

Services return plain data; the words around it are UI text, translated with Qt's
system in the context "results_places". Every result read from the offline snapshot
says its date, and every result names its source (the detail's last line is the
source: the detail page prints the other lines and puts that one at the bottom).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kiosk.core.languages import is_rtl, isolate
from kiosk.core.text import fill, join, picked
from kiosk.core.timefmt import format_date, format_day, format_time, format_time_range
from kiosk.services.events import Event, EventList
from kiosk.services.live import LibraryRefs
from kiosk.services.servicemap import AccessibilityInfo, Unit, UnitList
from kiosk.ui import results_access
from kiosk.ui.other_language import marked

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate

#: Closer than this, distance and direction say nothing useful (the kiosk's own place).
NEAR_M = 50


def item_list(data: object, lang: str) -> list[tuple[object, str]] | None:
    """(answer value, button text) for a results step, or None if not ours."""
    if isinstance(data, UnitList):
        return [(unit.id, unit_text(unit, lang)) for unit in data.units]
    if isinstance(data, EventList):
        return [(event.id, event_text(event, lang)) for event in data.events]
    return None


def detail_lines(data: object, now: datetime, lang: str) -> list[str] | None:
    """Sentences for a detail step, or None if not ours."""
    if isinstance(data, AccessibilityInfo):
        return accessibility_lines(data, lang)
    if isinstance(data, (UnitList, EventList)):
        return (list_note(data, lang) or "").splitlines()
    return None


def list_note(data: object, lang: str) -> str | None:
    """The date and source line a results list needs under its buttons: "This
    information is from 28.10.2020. …\\nSource: …". None if ``data`` is not ours."""
    if not isinstance(data, (UnitList, EventList, LibraryRefs)):
        return None
    lines = [date_line(data.source_date, lang)] if data.source_date else []
    if data.source:
        lines.append(source_line(data.source))
    if not lines:
        return None
    return "\n".join(lines)


# -- shared words -------------------------------------------------------------------------


def date_line(day: date, lang: str) -> str:
    return translate(
        "results_places", "This information is from %1. Ask the staff if you are not sure."
    ).replace("%1", format_date(day, lang))


def source_line(source: str) -> str:
    return translate("results_places", "Source: %1.").replace("%1", source)


# -- units near the kiosk ----------------------------------------------------------------


def direction_words(compass: str | None) -> str:
    """The 8 compass keys of `kiosk.services.http.compass_key`, as a resident says them."""
    words = {
        "north": translate("results_places", "north"),
        "north-east": translate("results_places", "north-east"),
        "east": translate("results_places", "east"),
        "south-east": translate("results_places", "south-east"),
        "south": translate("results_places", "south"),
        "south-west": translate("results_places", "south-west"),
        "west": translate("results_places", "west"),
        "north-west": translate("results_places", "north-west"),
    }
    return words.get(compass or "", "")


#: Metres and kilometres in a script of their own (the rest write m and km).
_DISTANCE_UNITS = {"ru": ("м", "км"), "uk": ("м", "км"), "ar": ("م", "كم")}
#: Languages with a decimal point (the rest, as in Finland, a decimal comma).
_DECIMAL_POINT = frozenset({"en", "ar"})


def distance_words(metres: float, lang: str) -> str:
    """ "350 m" (to the nearest 10 m) under a kilometre, else "1,4 km" / "1.4 km";
    "1,4 км" in Russian and Ukrainian, and "1.4 كم" in Arabic (in a bidi isolate, so
    the number stays before its unit in a right-to-left line)."""
    m_unit, km_unit = _DISTANCE_UNITS.get(lang, ("m", "km"))
    if metres < 1000:
        text = f"{int(round(metres, -1))} {m_unit}"
    else:
        km = f"{metres / 1000:.1f}"
        text = f"{km if lang in _DECIMAL_POINT else km.replace('.', ',')} {km_unit}"
    return isolate(text) if is_rtl(lang) else text


def where_words(unit: Unit, lang: str) -> str:
    """ "350 m, north-east"; "Very close, less than 50 m" for the kiosk's own place."""
    if unit.distance_m is None:
        return ""
    if unit.distance_m < NEAR_M:
        return translate("results_places", "Very close, less than 50 m")
    direction = direction_words(unit.compass)
    distance = distance_words(unit.distance_m, lang)
    comma = "، " if lang == "ar" else ", "  # the Arabic comma
    return f"{distance}{comma}{direction}" if direction else distance


def unit_text(unit: Unit, lang: str) -> str:
    lines = [picked(unit.name, lang), where_words(unit, lang), picked(unit.street, lang)]
    return join("\n", [line for line in lines if line])


# -- accessibility -------------------------------------------------------------------------


def _viewpoint_line(key: str, verdict: str) -> str | None:
    who = {
        "wheelchair": translate("results_places", "Wheelchair"),
        "reduced_mobility": translate("results_places", "Walking is difficult"),
        "rollator": translate("results_places", "Rollator"),
        "stroller": translate("results_places", "Pushchair"),
        "visually_impaired": translate("results_places", "Low vision"),
        "hearing_aid": translate("results_places", "Hearing aid"),
    }.get(key)
    if who is None or verdict not in ("ok", "problems"):
        return None
    if verdict == "ok":
        return translate("results_places", "%1: no known problems.").replace("%1", who)
    return translate("results_places", "%1: there are some problems.").replace("%1", who)


def accessibility_lines(info: AccessibilityInfo, lang: str) -> list[str]:
    """Name and address; the verdict for each group of users (in the order the data
    gives them: the service may put the resident's own need first); the sentences,
    one line a part of the way in; how to ask; the date; the source (last)."""
    name = picked(info.name, lang)
    lines: list[str] = [name or translate("results_places", "Accessibility")]
    street = picked(info.street, lang)
    if street:
        lines.append(fill(translate("results_places", "Address: %1"), street))
    lines += results_access.need_lines(info, lang)  # what is in the way for them
    verdicts = [_viewpoint_line(v.key, v.verdict) for v in info.viewpoints if v.key != info.need]
    lines += [line for line in verdicts if line]
    for group in info.groups:
        sentences = join(" ", [picked(s, lang) for s in group.sentences if s.get(lang)])
        title = picked(group.title, lang)
        if sentences:
            lines.append(fill("%1: %2", title, sentences) if title else sentences)
    if not info.has_data:
        lines.append(translate("results_places", "There is no information about access here."))
    if info.phone:
        lines.append(
            translate("results_places", "Ask about access by phone: %1").replace("%1", info.phone)
        )
    if info.source_date is not None:
        lines.append(date_line(info.source_date, lang))
    lines.append(source_line(info.source))
    return lines


# -- events --------------------------------------------------------------------------------


def event_time_words(event: Event, lang: str) -> str:
    """ "Maanantai 1.6. klo 16.45–19.00" / "Monday 1 June at 16:45–19:00" (Helsinki)."""
    start = event.start
    clock = format_time(start.time(), lang)
    if event.end is not None and event.end.date() == start.date():
        clock = format_time_range(start.time(), event.end.time(), lang)
    return (
        translate("results_places", "%1 at %2")
        .replace("%1", format_day(start.date(), lang))
        .replace("%2", clock)
    )


def event_text(event: Event, lang: str) -> str:
    """Button text: name, when, where, and a warning if it will not happen as planned."""
    lines: list[str] = [marked(event.name, lang), event_time_words(event, lang)]
    where = (picked(event.place_name, lang), picked(event.street, lang))
    place = join(", ", [p for p in where if p])
    if place:
        lines.append(place)
    status = {
        "cancelled": translate("results_places", "This event is cancelled."),
        "postponed": translate("results_places", "This event is postponed."),
        "rescheduled": translate("results_places", "The time of this event has changed."),
    }.get(event.status)
    if status:
        lines.append(status)
    return join("\n", [line for line in lines if line])
