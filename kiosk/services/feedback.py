"""Feedback to the city: Open311 GeoReport v2 ("palautews").

- ``GET services.json?locale=fi_FI|sv_SE|en_GB`` → the feedback categories.
- ``POST requests.json`` (form) → a new request: ``api_key``, ``service_code``,
  ``description``; optional ``lat``/``long`` (WGS84), ``service_object_id`` +
  ``service_object_type`` (feedback about a Service Map unit), ``title``,
  ``can_be_published``. **Contact fields** (``first_name``, ``last_name``,
  ``email``, ``phone``) **are sent only when the resident gave consent**; without
  consent they are dropped here, whatever the caller passes. The answer is a list:
  ``[{"service_request_id": …, "service_notice": …}]`` (or ``token`` instead of the
  id when the city assigns it later), or an error list ``[{"code", "description"}]``.
  The POST is never retried, never redirected and never cached
  (`kiosk.services.http`).
- ``GET requests/<id>.json?extensions=true`` → the status (a one-element list); the id
  is typed by the resident, so the look-up is never cached either.

Error texts from the city may quote what was sent (the description, the contact
details, the API key): only known fixed phrases are kept in exceptions
(`kiosk.services.http.known_error`), and no exception here quotes the resident's input.

The API key is a constructor argument (the config has no key for it yet). Real
data has quirks: ``lat``/``long`` may be strings, and were swapped in one record;
coordinates outside Finland are dropped, swapped ones put right. No Qt here.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.core.redact import hidden
from kiosk.services.http import (
    OPEN311,
    HttpClient,
    ServiceDataError,
    ServiceRejected,
    as_int,
    helsinki_time,
    identifier,
    known_error,
    plain,
    valid_lat_lon,
)

#: Attribution / origin shown with the categories.
OPEN311_SOURCE = "City of Helsinki feedback service (Open311)"
#: Kiosk language → Open311 locale.
LOCALES: Mapping[str, str] = {"fi": "fi_FI", "sv": "sv_SE", "en": "en_GB"}
#: servicemap-ui's ``service_object_type`` for a Service Map unit.
SERVICEMAP_OBJECT_TYPE = "https://www.hel.fi/servicemap/v2"
MAX_DESCRIPTION = 5000

_REQUEST_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_FINLAND = ((59.0, 70.5), (19.0, 32.0))  # lat, lon ranges


@dataclass(frozen=True)
class FeedbackService:
    """One feedback category (Open311 service)."""

    code: str
    name: str
    description: str = ""
    group: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedbackServiceList:
    services: tuple[FeedbackService, ...]
    locale: str = "fi_FI"
    source_date: date | None = None
    source: str = OPEN311_SOURCE

    def __iter__(self) -> Any:
        return iter(self.services)

    def __len__(self) -> int:
        return len(self.services)

    def groups(self) -> list[str]:
        return list(dict.fromkeys(s.group for s in self.services if s.group))


@dataclass(frozen=True)
class Contact:
    """What the resident agreed to give. Empty fields are not sent."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""

    @classmethod
    def from_answer(cls, answer: Mapping[str, Any] | None) -> Contact:
        """From a flow ``contact`` step's answer. Keys ``first_name``, ``last_name``,
        ``email``, ``phone``; a single ``name`` is split at its last space."""
        if not isinstance(answer, Mapping):
            return cls()

        def get(key: str) -> str:
            value = answer.get(key)
            return " ".join(value.split()) if isinstance(value, str) else ""

        first, last = get("first_name"), get("last_name")
        if not (first or last) and get("name"):
            first, _, last = get("name").rpartition(" ")
            if not first:
                first, last = last, ""
        return cls(first, last, get("email"), get("phone"))

    def fields(self) -> dict[str, str]:
        return {
            k: v
            for k, v in (
                ("first_name", self.first_name),
                ("last_name", self.last_name),
                ("email", self.email),
                ("phone", self.phone),
            )
            if v
        }


@dataclass(frozen=True)
class FeedbackReceipt:
    """The city's answer to a POST: ``request_id`` (or only ``token`` when the id is
    assigned later), and its notice text."""

    request_id: str | None
    token: str | None = None
    notice: str = ""


@dataclass(frozen=True)
class FeedbackStatus:
    """A request's status: ``status`` "open" / "closed"; ``detailed_status`` e.g.
    "RECEIVED" / "PROCESSED" (Helsinki extension); times in Helsinki."""

    request_id: str
    status: str
    status_notes: str = ""
    service_code: str = ""
    service_name: str = ""
    title: str = ""
    detailed_status: str = ""
    agency: str = ""
    requested: datetime | None = None
    updated: datetime | None = None
    lat: float | None = None
    lon: float | None = None
    source_date: date | None = None
    source: str = OPEN311_SOURCE


class DemoFeedback:
    """The demo kiosk's stand-in for Open311: a send is counted here and answered with
    a demo reference number (``DEMO0001``, …); nothing leaves the kiosk. It keeps no
    resident text: only the category and whether contact details came with it."""

    PREFIX = "DEMO"
    #: Sends remembered: the latest only, so that a demo kiosk left running for
    #: months does not grow with every feedback (issue 19).
    KEPT = 100

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.sent: deque[tuple[str, bool]] = deque(maxlen=self.KEPT)
        self._count = 0

    def send(self, params: Mapping[str, Any]) -> FeedbackReceipt:
        with self._lock:
            self.sent.append((str(params.get("service_code")), bool(params.get("contact"))))
            self._count += 1
            number = self._count
        return FeedbackReceipt(f"{self.PREFIX}{number:04d}")


# --------------------------------------------------------------------------- parsing


def parse_services(payload: Any, *, source: str = OPEN311) -> tuple[FeedbackService, ...]:
    """Categories from ``services.json`` (a bare list)."""
    if isinstance(payload, Mapping) and isinstance(payload.get("services"), list):
        payload = payload["services"]
    if not isinstance(payload, list):
        raise ServiceDataError(source, "expected a list of feedback services")
    services: dict[str, FeedbackService] = {}
    for item in payload:
        if not isinstance(item, Mapping):
            continue
        code = identifier(item.get("service_code"))
        name = plain(item.get("service_name"))
        if not code or not name or code in services:
            continue
        keywords = item.get("keywords")
        words = (
            tuple(w.strip() for w in keywords.split(",") if w.strip())
            if isinstance(keywords, str)
            else ()
        )
        services[code] = FeedbackService(
            code, name, plain(item.get("description")), plain(item.get("group")), words
        )
    return tuple(services.values())


def _open311_error(item: Mapping[str, Any]) -> ServiceRejected:
    """An Open311 error item: its code, and its description only when it is a known
    phrase (any other may quote what was sent)."""
    status = as_int(item.get("code"))
    description = plain(item.get("description"))
    reason = known_error(description) or (
        f"a reason of {len(description)} characters" if description else "no reason given"
    )
    return ServiceRejected(OPEN311, f"refused the request ({status}: {reason})", status=status)


def parse_receipt(payload: Any, *, source: str = OPEN311) -> FeedbackReceipt:
    """The POST answer: ``[{"service_request_id"|"token", "service_notice"}]``, or an
    error list (→ `ServiceRejected`)."""
    if isinstance(payload, Mapping):
        payload = [payload]
    if not isinstance(payload, list) or not payload:
        raise ServiceDataError(source, "expected a list with the new request")
    first = payload[0]
    if not isinstance(first, Mapping):
        raise ServiceDataError(source, "the answer's first item is not an object")
    if "code" in first and "service_request_id" not in first and "token" not in first:
        raise _open311_error(first)
    request_id = identifier(first.get("service_request_id")) or None
    token = identifier(first.get("token")) or None
    if request_id is None and token is None:
        raise ServiceDataError(source, "the answer has neither a request id nor a token")
    return FeedbackReceipt(request_id, token, plain(first.get("service_notice")))


def _coordinates(lat: Any, lon: Any) -> tuple[float, float] | None:
    """Open311 lat/long (numbers or strings), swapped back when that is what they
    plainly are, dropped when outside Finland either way."""
    (la0, la1), (lo0, lo1) = _FINLAND
    point = valid_lat_lon(lat, lon)
    if point and la0 <= point[0] <= la1 and lo0 <= point[1] <= lo1:
        return point
    swapped = valid_lat_lon(lon, lat)
    if swapped and la0 <= swapped[0] <= la1 and lo0 <= swapped[1] <= lo1:
        return swapped
    return None


def parse_status(payload: Any, *, source: str = OPEN311) -> FeedbackStatus:
    """``requests/<id>.json``: a one-element list (an object is accepted too)."""
    if isinstance(payload, list):
        if not payload:
            raise ServiceRejected(source, "no such feedback request", status=404)
        payload = payload[0]
    if not isinstance(payload, Mapping):
        raise ServiceDataError(source, "expected a feedback request object")
    if "code" in payload and "service_request_id" not in payload:
        raise _open311_error(payload)
    request_id = identifier(payload.get("service_request_id"))
    if not request_id:
        raise ServiceDataError(source, "the request has no service_request_id")
    extended = payload.get("extended_attributes")
    extended = extended if isinstance(extended, Mapping) else {}
    point = _coordinates(payload.get("lat"), payload.get("long"))
    status = plain(payload.get("status")).lower()
    return FeedbackStatus(
        request_id=request_id,
        status=status if status in ("open", "closed") else "unknown",
        status_notes=str(payload.get("status_notes") or "").strip(),
        service_code=identifier(payload.get("service_code")),
        service_name=plain(payload.get("service_name")),
        title=plain(extended.get("title")),
        detailed_status=plain(extended.get("detailed_status")),
        agency=plain(payload.get("agency_responsible")),
        requested=helsinki_time(payload.get("requested_datetime")),
        updated=helsinki_time(payload.get("updated_datetime")),
        lat=point[0] if point else None,
        lon=point[1] if point else None,
    )


# --------------------------------------------------------------------------- client


class FeedbackClient:
    """Open311, blocking. ``api_key`` None or "": reading works, sending is refused
    before anything leaves the kiosk."""

    def __init__(self, http: HttpClient, api_key: str | None = None) -> None:
        self.http = http
        self._api_key = api_key or ""

    @property
    def can_send(self) -> bool:
        return bool(self._api_key)

    def services(self, lang: str = "fi") -> FeedbackServiceList:
        locale = LOCALES.get(lang, LOCALES["fi"])
        services = self.http.get_json(
            OPEN311,
            self.http.endpoints.open311 + "services.json",
            {"locale": locale},
            parse=parse_services,
        )
        return FeedbackServiceList(services, locale=locale)

    def form(
        self,
        service_code: str,
        description: str,
        *,
        consent: bool,
        contact: Contact | None = None,
        lat: float | None = None,
        lon: float | None = None,
        service_object_id: int | None = None,
        title: str | None = None,
        can_be_published: bool | None = None,
    ) -> dict[str, str]:
        """The POST fields (without the API key). ValueError for bad input."""
        code = identifier(service_code)
        if not code:
            raise ValueError("feedback: no service_code")
        text = description.strip() if isinstance(description, str) else ""
        if not text:
            raise ValueError("feedback: the description is empty")
        if len(text) > MAX_DESCRIPTION:
            raise ValueError(f"feedback: the description is over {MAX_DESCRIPTION} characters")
        data = {"service_code": code, "description": text}
        if lat is not None or lon is not None:
            point = valid_lat_lon(lat, lon)
            if point is None:
                raise ValueError(f"feedback: bad coordinates {lat!r}, {lon!r}")
            data["lat"], data["long"] = f"{point[0]:.6f}", f"{point[1]:.6f}"
        if service_object_id is not None:
            data["service_object_id"] = str(int(service_object_id))
            data["service_object_type"] = SERVICEMAP_OBJECT_TYPE
        if title and plain(title):
            data["title"] = plain(title)
        if can_be_published is not None:
            data["can_be_published"] = "true" if can_be_published else "false"
        if consent is True and contact is not None:
            data.update(contact.fields())
        return data

    def send(
        self,
        service_code: str,
        description: str,
        *,
        consent: bool,
        contact: Contact | None = None,
        **optional: Any,
    ) -> FeedbackReceipt:
        """POST ``requests.json``. Raises `ServiceRejected` without an API key (nothing
        is sent) or when the city refuses; `ServiceUnavailable` when it cannot be
        reached (then nothing may have arrived: never retried automatically)."""
        data = self.form(service_code, description, consent=consent, contact=contact, **optional)
        if not self._api_key:
            raise ServiceRejected(OPEN311, "no API key configured: feedback cannot be sent")
        receipt: FeedbackReceipt = self.http.post_form(
            OPEN311,
            self.http.endpoints.open311 + "requests.json",
            {"api_key": self._api_key, **data},
            parse=parse_receipt,
            private=True,
        )
        return receipt

    def status(self, request_id: str) -> FeedbackStatus:
        """``requests/<id>.json?extensions=true``; ValueError for an id that cannot be
        one (only letters, digits, - and _)."""
        rid = request_id.strip() if isinstance(request_id, str) else ""
        if not _REQUEST_ID.match(rid):
            # Not quoted: the resident typed it.
            raise ValueError(
                f"not a feedback request id ({len(rid)} characters; only "
                f"letters, digits, - and _ up to 64)"
            )

        def parse(payload: Any) -> FeedbackStatus:
            result = parse_status(payload)
            if result.request_id != rid:
                raise ServiceDataError(OPEN311, "the answer is about another request")
            return result

        with hidden(rid):  # in the path: cut from any log line while it is asked for
            status: FeedbackStatus = self.http.get_json(
                OPEN311,
                f"{self.http.endpoints.open311}requests/{rid}.json",
                {"extensions": "true"},
                parse=parse,
                private=True,
            )
        return status
