"""Service points near the kiosk (Service Map v2) and their accessibility (TPR v4).

**Coordinates.** Service Map v2 ``location.coordinates`` is GeoJSON **[lon, lat]**;
TPR v4 has ``latitude`` / ``longitude`` fields. Both become `Unit.lat` / `Unit.lon`
here. Distance and direction are computed from the kiosk's own coordinates
(haversine, initial bearing → an 8-point compass key such as ``"north-east"``, which
the UI translates), so they agree with each other even for snapshot data.

**Accessibility.** TPR v4 ``unit/<id>`` gives ready-made sentences in fi/sv/en,
grouped by *where* (route to the main entrance, main entrance, interior…), and a
per-*viewpoint* verdict (``accessibility_viewpoints`` ``"11:red,21:green,…"``:
wheelchair, reduced mobility, rollator, stroller, visually impaired, hearing aid).
`AccessibilityInfo` carries both: ``groups`` of sentences and ``viewpoints``.

Parsing is defensive: an item without a usable id is skipped, a missing field is
empty, missing languages fall back fi → sv → en (`kiosk.core.text.Text`). A payload
that is not a unit list / unit record at all raises `ServiceDataError`. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.core.text import Text
from kiosk.services.http import (
    SERVICEMAP,
    TPR,
    HttpClient,
    ServiceDataError,
    as_float,
    as_int,
    bearing_deg,
    compass_key,
    distance_m,
    plain,
    suffixed_text,
    text_of,
    valid_lat_lon,
)

#: Attribution shown with Service Map results (CITY_APIS §a).
SERVICEMAP_SOURCE = "City of Helsinki Service Map, CC BY 4.0"
#: Attribution for the accessibility sentences (CITY_APIS §a2: credit the Service Map).
ACCESSIBILITY_SOURCE = "City of Helsinki Service Map (palvelukartta), attribution licence"

#: Service nodes (= TPR ontologytree ids) useful at a library kiosk (check them live).
PUBLIC_LIBRARIES = 349
ELDERLY_ADVICE = 2148
SERVICE_POINTS = 319
SENIOR_SPORTS = 2217

#: Fields asked of ``/v2/unit/`` (full units are large).
UNIT_FIELDS = "id,name,street_address,location,phone,www,accessibility_shortcoming_count"

#: First digit of a TPR viewpoint id → our key (the Service Map's profile names).
VIEWPOINT_KEYS: Mapping[str, str] = {
    "1": "wheelchair",
    "2": "reduced_mobility",
    "3": "rollator",
    "4": "stroller",
    "5": "visually_impaired",
    "6": "hearing_aid",
}
#: The viewpoint whose verdict stands for each profile (12/13 are about cars, …).
_PRIMARY_VIEWPOINTS = ("11", "21", "31", "41", "51", "61")
_VERDICTS = {"green": "ok", "red": "problems"}


@dataclass(frozen=True)
class SentenceGroup:
    """Accessibility sentences about one part of the way in (``key`` is TPR's
    ``sentence_group_name``, e.g. "Pääsisäänkäynti"; ``title`` is for the screen)."""

    key: str
    title: Text
    sentences: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Viewpoint:
    """The verdict for one group of users: ``key`` e.g. "wheelchair", ``verdict``
    "ok" (TPR green), "problems" (red) or "unknown"; ``code`` the TPR id ("11")."""

    key: str
    verdict: str
    code: str = ""


@dataclass(frozen=True)
class AccessibilityInfo:
    """Accessibility of one unit, from TPR v4 ``unit/<id>``.

    ``shortcomings``: what the register says is in the way, per user group (``key``
    as in `Viewpoint`), as sentences in fi/sv/en; a group listed with no sentences is
    one the register says has no shortcomings; a group not listed is one it has no
    information about. ``need``: the resident's own group, if they chose one."""

    unit_id: int
    name: Text = field(default_factory=Text)
    street: Text = field(default_factory=Text)
    groups: tuple[SentenceGroup, ...] = ()
    viewpoints: tuple[Viewpoint, ...] = ()
    www: str = ""
    phone: str = ""
    email: str = ""
    source_date: date | None = None
    source: str = ACCESSIBILITY_SOURCE
    shortcomings: tuple[tuple[str, tuple[Text, ...]], ...] = ()
    need: str | None = None

    def viewpoint(self, key: str) -> Viewpoint | None:
        return next((v for v in self.viewpoints if v.key == key), None)

    def shortcomings_for(self, key: str) -> tuple[Text, ...] | None:
        """The shortcomings for ``key``: () when the register says there are none,
        None when it has no information."""
        return dict(self.shortcomings).get(key)

    @property
    def has_data(self) -> bool:
        return (
            bool(self.groups)
            or bool(self.shortcomings)
            or any(v.verdict != "unknown" for v in self.viewpoints)
        )


@dataclass(frozen=True)
class Unit:
    """A service point. ``lat``/``lon`` are WGS84 (from Service Map's [lon, lat]).
    ``distance_m``/``bearing_deg``/``compass`` are from the kiosk (None without
    coordinates). ``shortcomings`` is Service Map's ``accessibility_shortcoming_count``
    as (profile, count) pairs; empty means none *or* unknown."""

    id: int
    name: Text = field(default_factory=Text)
    street: Text = field(default_factory=Text)
    lat: float | None = None
    lon: float | None = None
    distance_m: float | None = None
    bearing_deg: float | None = None
    compass: str | None = None
    phone: str = ""
    www: Text = field(default_factory=Text)
    shortcomings: tuple[tuple[str, int], ...] = ()
    kirkanta_id: int | None = None

    def shortcoming_count(self, key: str) -> int | None:
        return dict(self.shortcomings).get(key)


@dataclass(frozen=True)
class UnitList:
    """Units near ``origin`` (lat, lon), nearest first."""

    units: tuple[Unit, ...]
    service_nodes: tuple[int, ...] = ()
    origin: tuple[float, float] | None = None
    radius_m: int | None = None
    source_date: date | None = None
    source: str = SERVICEMAP_SOURCE

    def __iter__(self) -> Any:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)


# --------------------------------------------------------------------------- parsing


def _shortcomings(value: Any) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, Mapping):
        return ()
    pairs = []
    for key, count in value.items():
        number = as_int(count)
        if isinstance(key, str) and number is not None and number >= 0:
            pairs.append((key, number))
    return tuple(sorted(pairs))


def _kirkanta_id(sources: Any) -> int | None:
    if not isinstance(sources, list):
        return None
    for item in sources:
        if isinstance(item, Mapping) and item.get("source") == "kirkanta":
            return as_int(item.get("id"))
    return None


def _geojson_lat_lon(location: Any) -> tuple[float, float] | None:
    """(lat, lon) from a GeoJSON Point, whose coordinates are [lon, lat]."""
    if not isinstance(location, Mapping):
        return None
    coordinates = location.get("coordinates")
    if not isinstance(coordinates, (list, tuple)) or len(coordinates) < 2:
        return None
    return valid_lat_lon(coordinates[1], coordinates[0])


def _is_tpr_record(item: Mapping[str, Any]) -> bool:
    return "latitude" in item or "name_fi" in item or "street_address_fi" in item


def _unit(item: Any, origin: tuple[float, float] | None) -> Unit | None:
    if not isinstance(item, Mapping):
        return None
    unit_id = as_int(item.get("id"))
    if unit_id is None or unit_id <= 0:
        return None
    if _is_tpr_record(item):  # TPR v4 list item (the bundled snapshot)
        position = valid_lat_lon(item.get("latitude"), item.get("longitude"))
        name, street = suffixed_text(item, "name"), suffixed_text(item, "street_address")
        www = suffixed_text(item, "www")
    else:  # Service Map v2 unit (or search result)
        position = _geojson_lat_lon(item.get("location"))
        name, street = text_of(item.get("name")), text_of(item.get("street_address"))
        www = text_of(item.get("www"))
    distance = bearing = compass = None
    if position is not None and origin is not None:
        distance = distance_m(origin[0], origin[1], *position)
        bearing = bearing_deg(origin[0], origin[1], *position)
        compass = compass_key(bearing)
    elif as_float(item.get("distance")) is not None:
        distance = as_float(item.get("distance"))
    return Unit(
        id=unit_id,
        name=name,
        street=street,
        lat=position[0] if position else None,
        lon=position[1] if position else None,
        distance_m=distance,
        bearing_deg=bearing,
        compass=compass,
        phone=plain(item.get("phone")),
        www=www,
        shortcomings=_shortcomings(item.get("accessibility_shortcoming_count")),
        kirkanta_id=_kirkanta_id(item.get("sources")),
    )


def _sort_key(unit: Unit) -> tuple[int, float, int]:
    return (unit.distance_m is None, unit.distance_m or 0.0, unit.id)


def parse_units(
    payload: Any, *, origin: tuple[float, float] | None = None, source: str = SERVICEMAP
) -> tuple[Unit, ...]:
    """Units, nearest first, from a Service Map v2 page ``{count, next, results}``, a
    bare list of v2 units or search results, or a TPR v4 unit list (the snapshot).
    Items that are not units are skipped; the same id is kept once."""
    if isinstance(payload, Mapping):
        items = payload.get("results")
        if not isinstance(items, list):
            raise ServiceDataError(source, "no 'results' list in the answer")
    elif isinstance(payload, list):
        items = payload
    else:
        raise ServiceDataError(source, f"expected a unit list, got {type(payload).__name__}")
    units: dict[int, Unit] = {}
    for item in items:
        unit = _unit(item, origin)
        if unit is not None and unit.id not in units:
            units[unit.id] = unit
    return tuple(sorted(units.values(), key=_sort_key))


def _viewpoints(raw: Any) -> tuple[Viewpoint, ...]:
    if not isinstance(raw, str):
        return ()
    values: dict[str, str] = {}
    for part in raw.split(","):
        code, _, value = part.strip().partition(":")
        if code:
            values[code.strip()] = value.strip().lower()
    result = []
    for code in _PRIMARY_VIEWPOINTS:
        if code in values:
            result.append(
                Viewpoint(VIEWPOINT_KEYS[code[0]], _VERDICTS.get(values[code], "unknown"), code)
            )
    return tuple(result)


def _groups(sentences: Any) -> tuple[SentenceGroup, ...]:
    if not isinstance(sentences, list):
        return ()
    order: list[str] = []
    titles: dict[str, Text] = {}
    texts: dict[str, list[Text]] = {}
    for item in sentences:
        if not isinstance(item, Mapping):
            continue
        sentence = suffixed_text(item, "sentence")
        if not sentence:
            continue
        title = suffixed_text(item, "sentence_group")
        key = plain(item.get("sentence_group_name")) or title.get("fi")
        if key not in texts:
            order.append(key)
            titles[key], texts[key] = title, []
        if sentence not in texts[key]:
            texts[key].append(sentence)
    return tuple(SentenceGroup(k, titles[k], tuple(texts[k])) for k in order)


def parse_accessibility(
    payload: Any, *, source: str = TPR, source_date: date | None = None
) -> AccessibilityInfo:
    """`AccessibilityInfo` from a TPR v4 ``unit/<id>`` record (or a list of one)."""
    if isinstance(payload, list) and len(payload) == 1:
        payload = payload[0]
    if not isinstance(payload, Mapping):
        raise ServiceDataError(source, f"expected a unit record, got {type(payload).__name__}")
    unit_id = as_int(payload.get("id"))
    if unit_id is None:
        raise ServiceDataError(source, "the unit record has no id")
    return AccessibilityInfo(
        unit_id=unit_id,
        name=suffixed_text(payload, "name"),
        street=suffixed_text(payload, "street_address"),
        groups=_groups(payload.get("accessibility_sentences")),
        viewpoints=_viewpoints(payload.get("accessibility_viewpoints")),
        www=plain(payload.get("accessibility_www")),
        phone=plain(payload.get("accessibility_phone")),
        email=plain(payload.get("accessibility_email")),
        source_date=source_date,
    )


#: What the register writes when a group has no shortcomings ("Ei puutteita.").
_NO_SHORTCOMINGS = frozenset({"ei puutteita", "inga brister", "no shortcomings"})


def _add_shortcoming(found: dict[str, list[Text]], key: str, sentence: Text) -> None:
    sentences = found.setdefault(key, [])
    said = sentence.get("fi") or sentence.get("en")
    if said and said.strip(" .").casefold() in _NO_SHORTCOMINGS:
        return  # the register says there are none: the group is known, and empty
    if sentence and sentence not in sentences:
        sentences.append(sentence)


def _shortcoming_pairs(found: dict[str, list[Text]]) -> tuple[tuple[str, tuple[Text, ...]], ...]:
    order = list(VIEWPOINT_KEYS.values())
    return tuple((key, tuple(found[key])) for key in sorted(found, key=lambda k: order.index(k)))


def parse_shortages(
    payload: Any, unit_id: int, *, source: str = TPR
) -> tuple[tuple[str, tuple[Text, ...]], ...]:
    """Shortcomings per user group from a TPR v4 ``accessibility_shortage/`` list
    (``{unit_id, viewpoint_id, shortage_fi/sv/en}``), for one unit."""
    if not isinstance(payload, list):
        raise ServiceDataError(source, "expected a list of accessibility shortages")
    found: dict[str, list[Text]] = {}
    for item in payload:
        if not isinstance(item, Mapping) or as_int(item.get("unit_id")) != unit_id:
            continue
        key = VIEWPOINT_KEYS.get(plain(item.get("viewpoint_id"))[:1])
        if key is not None:
            _add_shortcoming(found, key, suffixed_text(item, "shortage"))
    return _shortcoming_pairs(found)


def parse_accessibility_description(
    payload: Any, *, source: str = SERVICEMAP
) -> tuple[tuple[str, tuple[Text, ...]], ...]:
    """Shortcomings per user group from a Service Map v2 unit asked with
    ``accessibility_description=true``: ``[{title, profiles: [{id, shortcomings:
    [{fi, sv, en}]}]}]``. The title (the part of the way in) is kept in front."""
    if not isinstance(payload, Mapping):
        raise ServiceDataError(source, f"expected a unit record, got {type(payload).__name__}")
    parts = payload.get("accessibility_description")
    if not isinstance(parts, list):
        return ()  # the unit has no accessibility data at all
    found: dict[str, list[Text]] = {}
    keys = set(VIEWPOINT_KEYS.values())
    for part in parts:
        if not isinstance(part, Mapping) or not isinstance(part.get("profiles"), list):
            continue
        title = text_of(part.get("title"))
        for profile in part["profiles"]:
            if not isinstance(profile, Mapping) or profile.get("id") not in keys:
                continue
            key = str(profile["id"])
            found.setdefault(key, [])
            for item in profile.get("shortcomings") or []:
                sentence = text_of(item)
                if title and sentence:
                    sentence = Text(
                        {
                            lang: f"{title.get(lang)}: {sentence.get(lang)}"
                            for lang in ("fi", "sv", "en")
                            if sentence.get(lang)
                        }
                    )
                _add_shortcoming(found, key, sentence)
    return _shortcoming_pairs(found)


def service_node_ids(value: Any) -> tuple[int, ...]:
    """Service node ids from ``349``, ``"349,2148"`` or ``[349, 2148]``; ValueError
    when there are none or one is not a positive number."""
    parts: Iterable[Any]
    if isinstance(value, str):
        parts = [p for p in value.replace(" ", "").split(",") if p]
    elif isinstance(value, (list, tuple)):
        parts = value
    else:
        parts = [value]
    ids = []
    for part in parts:
        number = as_int(part)
        if number is None or number <= 0:
            raise ValueError(f"not a service node id: {part!r}")
        ids.append(number)
    if not ids:
        raise ValueError("no service node id given")
    return tuple(dict.fromkeys(ids))


# --------------------------------------------------------------------------- client


class ServiceMapClient:
    """Service Map v2 units near the kiosk and TPR v4 accessibility. Blocking."""

    def __init__(self, http: HttpClient, origin: tuple[float, float]) -> None:
        self.http = http
        self.origin = origin

    def units_near(
        self, service_nodes: Sequence[int], *, radius_m: int = 1500, limit: int = 20
    ) -> UnitList:
        """``/v2/unit/?service_node=…&lat=…&lon=…&distance=…&only=…``, nearest first."""
        nodes = service_node_ids(list(service_nodes))
        lat, lon = self.origin
        params = {
            "service_node": ",".join(str(n) for n in nodes),
            "lat": f"{lat:.6f}",
            "lon": f"{lon:.6f}",
            "distance": str(int(radius_m)),
            "only": UNIT_FIELDS,
            "page_size": str(max(1, min(int(limit), 100))),
        }
        units = self.http.get_json(
            SERVICEMAP,
            self.http.endpoints.servicemap + "unit/",
            params,
            parse=lambda payload: parse_units(payload, origin=self.origin),
        )
        return UnitList(
            units=units[:limit], service_nodes=nodes, origin=self.origin, radius_m=int(radius_m)
        )

    def accessibility(self, unit_id: int) -> AccessibilityInfo:
        """TPR v4 ``unit/<id>?format=json&newfeatures=yes``."""
        if isinstance(unit_id, bool) or not isinstance(unit_id, int) or unit_id <= 0:
            raise ValueError(f"not a unit id: {unit_id!r}")

        def parse(payload: Any) -> AccessibilityInfo:
            info = parse_accessibility(payload)
            if info.unit_id != unit_id:
                raise ServiceDataError(TPR, f"asked for unit {unit_id}, got {info.unit_id}")
            return info

        info: AccessibilityInfo = self.http.get_json(
            TPR,
            f"{self.http.endpoints.tpr}unit/{unit_id}",
            {"format": "json", "newfeatures": "yes"},
            parse=parse,
        )
        return info

    def shortcomings(self, unit_id: int) -> tuple[tuple[str, tuple[Text, ...]], ...]:
        """Service Map v2 ``unit/<id>/?accessibility_description=true``: what is in the
        way for each user group, in the register's sentences."""
        pairs: tuple[tuple[str, tuple[Text, ...]], ...] = self.http.get_json(
            SERVICEMAP,
            f"{self.http.endpoints.servicemap}unit/{unit_id}/",
            {"accessibility_description": "true", "only": "id,accessibility_description"},
            parse=parse_accessibility_description,
        )
        return pairs
