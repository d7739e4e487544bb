"""Every city service a flow may name, with its params and its result, in words.

`kiosk.services.live.LiveServices` answers each of them (``call(name, params,
lang)``); `kiosk.services.catalog.SERVICES` is the set of their names. Which ones
write, and which the offline snapshot can answer, is decided in live.py.

Every result has ``source_date: date | None`` (None = live; a date = from the
offline snapshot, which the UI must say) and ``source`` (attribution to show), except
``libraries.week`` (`LibraryWeek`: ``source_date``, ``source_name``, ``licence``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceSpec:
    """What a service takes and gives, for people reading the code."""

    params: Mapping[str, str]  # name → meaning; "(required)" marks the required ones
    result: str


SPECS: Mapping[str, ServiceSpec] = {
    "units.near": ServiceSpec(
        {
            "service_node": "(required) Service Map service node id(s): 349 libraries, "
            "2148 advice for the elderly, 319 service points, 2217 senior "
            'sports; a number, "349,2148" or a list',
            "radius": "metres from the kiosk, 100–10000 (default 1500)",
            "limit": "at most this many units, 1–50 (default 10)",
        },
        "UnitList(units: tuple[Unit], service_nodes, origin, radius_m, source_date, "
        "source); Unit(id, name: Text, street: Text, lat, lon, distance_m, bearing_deg, "
        "compass, phone, www: Text, shortcomings, kirkanta_id)",
    ),
    "units.accessibility": ServiceSpec(
        {"unit": "(required) Service Map / TPR unit id"},
        "AccessibilityInfo(unit_id, name: Text, street: Text, groups: "
        "tuple[SentenceGroup(key, title: Text, sentences: tuple[Text])], viewpoints: "
        "tuple[Viewpoint(key, verdict, code)], www, phone, email, source_date, source)",
    ),
    "events.seniors": ServiceSpec(
        {
            "when": '"today" or "week" (today and the next six days; default)',
            "where": '"here" (this library) or "nearby" (default, 2 km)',
        },
        "EventList(events: tuple[Event], when, where, first_day, last_day, source_date, "
        "source); Event(id, name: Text, start, end, place_name: Text, street: Text, "
        "short_description: Text, free, info_url: Text, place_id, price: Text, status, "
        "lat, lon, keywords)",
    ),
    "libraries.week": ServiceSpec(
        {"library": '(required) kirjastot.fi id or "here"'},
        "LibraryWeek (kiosk.services.libraries)",
    ),
    "libraries.search": ServiceSpec(
        {"name": "(required) text typed by the resident"},
        "LibraryRefs: a list of LibraryRef with .source_date and .source",
    ),
    "feedback.services": ServiceSpec(
        {},
        "FeedbackServiceList(services: tuple[FeedbackService(code, name, description, "
        "group, keywords)], locale, source_date, source)",
    ),
    "feedback.send": ServiceSpec(
        {
            "service_code": "(required) from feedback.services",
            "description": "(required) the resident's text, at most 5000 characters",
            "consent": "True only if the resident agreed to send contact details",
            "contact": "a contact step's answer: first_name/last_name/name, email, phone "
            "(sent only with consent)",
            "location": '"here" to send the kiosk\'s coordinates',
            "unit": "a Service Map unit id the feedback is about",
            "can_be_published": "True/False: may the city publish it",
        },
        "FeedbackReceipt(request_id, token, notice)",
    ),
    "feedback.status": ServiceSpec(
        {"request": "(required) a service_request_id"},
        "FeedbackStatus(request_id, status, status_notes, service_code, service_name, "
        "title, detailed_status, agency, requested, updated, lat, lon, source_date, "
        "source)",
    ),
    "budgeting.current": ServiceSpec(
        {},
        "BudgetingSummary(round: BudgetingRound | None, processes_seen, source_date, "
        "source); BudgetingRound(id, slug, title: Text, subtitle: Text, start, end, "
        "steps, budgets, has_budgets, url)",
    ),
}

LIVE_SERVICES: frozenset[str] = frozenset(SPECS)
