"""Rebuild the offline snapshot from the live city APIs.

    python -m kiosk.services.rebuild_snapshot --out DIR [--config kiosk.toml]

Fetches the same URLs the live clients use, for the kiosk's place (``[kiosk]``
library id and coordinates of the config): this week's opening hours, Service Map
units near the kiosk (and their TPR accessibility records), seniors' events here
and nearby, the feedback categories in fi/sv/en and the OmaStadi processes. Every
answer is checked with the client's own parser before it is written, and the
folder is written only when every source succeeded (``--keep-going`` writes what
did succeed). The result is a folder like ``assets/snapshot/``: ``manifest.json``
with ``snapshot_date`` (the first day of the opening hours), ``sources``
(kirjastot.fi) and ``city_sources`` (the rest, each with the day it was fetched).

``--base URL`` points every API at one server with the real paths (the fake city
server in tests). No Qt here.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.core.clock import Clock, SystemClock
from kiosk.core.config import ConfigError, load_config
from kiosk.services.events import SENIORS_KEYWORD, day_range, parse_events
from kiosk.services.feedback import LOCALES, parse_services
from kiosk.services.http import (
    KIRJASTOT,
    LINKED_EVENTS,
    OMASTADI,
    OPEN311,
    SERVICE_ERRORS,
    SERVICEMAP,
    TPR,
    Endpoints,
)
from kiosk.services.libraries import KIRKANTA_LICENCE, KIRKANTA_SOURCE_NAME, parse_library
from kiosk.services.live import KNOWN_UNITS
from kiosk.services.omastadi import QUERY, parse_processes
from kiosk.services.servicemap import (
    ELDERLY_ADVICE,
    PUBLIC_LIBRARIES,
    SENIOR_SPORTS,
    SERVICE_POINTS,
    UNIT_FIELDS,
    parse_accessibility,
    parse_units,
)
from kiosk.services.transport import CityHttp

DEFAULT_NODES = (PUBLIC_LIBRARIES, ELDERLY_ADVICE, SERVICE_POINTS, SENIOR_SPORTS)
SERVICEMAP_NAME = "City of Helsinki Service Map"
TPR_NAME = "City of Helsinki Service Map (palvelukartta)"


@dataclass
class Plan:
    """What to fetch."""

    endpoints: Endpoints
    library_ids: tuple[int, ...]
    latitude: float
    longitude: float
    unit_id: int | None
    service_nodes: tuple[int, ...] = DEFAULT_NODES
    radius_m: int = 3000
    events_radius_m: int = 2000
    accessibility_limit: int = 30


@dataclass
class Result:
    written: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def _write(folder: Path, relative: str, payload: Any) -> None:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build(
    plan: Plan, http: CityHttp, folder: Path, today: date, log: Callable[[str], None] = print
) -> Result:
    """Fetch everything into ``folder``; returns what was written and what failed."""
    result = Result()
    sources: list[dict[str, Any]] = []
    city: list[dict[str, Any]] = []
    first_days: list[date] = []
    ep = plan.endpoints

    def step(label: str, fetch: Callable[[], None]) -> None:
        try:
            fetch()
        except SERVICE_ERRORS as exc:
            result.failed.append(f"{label}: {exc}")
            log(f"FAILED  {label}: {exc}")
        else:
            result.written.append(label)
            log(f"ok      {label}")

    # -- kirjastot.fi -----------------------------------------------------------------
    for library_id in plan.library_ids:

        def library(library_id: int = library_id) -> None:
            params = {
                "with": "schedules",
                "refs": "period",
                "period.start": "0w",
                "period.end": "0w",
                "lang": "fi",
            }
            payload = http.get_json(KIRJASTOT, f"{ep.kirjastot}library/{library_id}", params)
            week = parse_library(payload, source=KIRJASTOT)
            if week.days:
                first_days.append(week.days[0].date)
            relative = f"kirjastot/library-{library_id}.json"
            _write(folder, relative, payload)
            sources.append(
                {
                    "id": f"kirjastot-library-{library_id}",
                    "kind": "kirjastot.library",
                    "library_id": library_id,
                    "file": relative,
                    "origin": f"{ep.kirjastot}library/{library_id}",
                    "params": params,
                    "name": KIRKANTA_SOURCE_NAME,
                    "licence": KIRKANTA_LICENCE,
                    "licence_url": "https://creativecommons.org/licenses/by/4.0/",
                    "note": f"Fetched {today.isoformat()} by kiosk.services.rebuild_snapshot.",
                }
            )

        step(f"kirjastot.fi library {library_id}", library)

    # -- Service Map units + TPR accessibility ----------------------------------------
    units_payload: list[Any] = []

    def units() -> None:
        params = {
            "service_node": ",".join(str(n) for n in plan.service_nodes),
            "lat": f"{plan.latitude:.6f}",
            "lon": f"{plan.longitude:.6f}",
            "distance": str(plan.radius_m),
            "only": UNIT_FIELDS,
            "page_size": "200",
        }
        payload = http.get_json(SERVICEMAP, ep.servicemap + "unit/", params)
        parse_units(payload, origin=(plan.latitude, plan.longitude))
        units_payload.append(payload)
        _write(folder, "servicemap-units.json", payload)
        city.append(
            {
                "id": "servicemap-units",
                "kind": "servicemap.units",
                "file": "servicemap-units.json",
                "origin": ep.servicemap + "unit/",
                "params": {
                    "service_node": list(plan.service_nodes),
                    "lat": plan.latitude,
                    "lon": plan.longitude,
                    "distance": plan.radius_m,
                },
                "date": today.isoformat(),
                "name": SERVICEMAP_NAME,
                "licence": "CC BY 4.0",
            }
        )

    step("Service Map units near the kiosk", units)

    def accessibility() -> None:
        found = (
            parse_units(units_payload[0], origin=(plan.latitude, plan.longitude))
            if units_payload
            else ()
        )
        ids = [u.id for u in found][: plan.accessibility_limit]
        if plan.unit_id and plan.unit_id not in ids:
            ids.insert(0, plan.unit_id)
        records = []
        for unit_id in ids:
            record = http.get_json(
                TPR, f"{ep.tpr}unit/{unit_id}", {"format": "json", "newfeatures": "yes"}
            )
            parse_accessibility(record)
            records.append(record)
        _write(folder, "tpr-units.json", records)
        city.append(
            {
                "id": "tpr-units",
                "kind": "tpr.units",
                "file": "tpr-units.json",
                "origin": ep.tpr + "unit/",
                "date": today.isoformat(),
                "name": TPR_NAME,
                "licence": "attribution licence",
                "licence_url": "https://www.hel.fi/palvelukarttaws/rest/index_en.html",
            }
        )

    step("TPR accessibility of those units", accessibility)

    # -- Linked Events ------------------------------------------------------------------
    first, last = day_range("week", today)
    base = {
        "keyword": SENIORS_KEYWORD,
        "start": first.isoformat(),
        "end": last.isoformat(),
        "is_free": "true",
        "event_type": "General,Course",
        "hide_super_event": "true",
        "include": "location",
        "sort": "start_time",
        "page_size": "100",
    }
    wheres = {
        "nearby": {
            "dwithin_origin": f"{plan.longitude:.6f},{plan.latitude:.6f}",
            "dwithin_metres": str(plan.events_radius_m),
        }
    }
    if plan.unit_id:
        wheres["here"] = {"location": f"tprek:{plan.unit_id}"}
    for where, extra in wheres.items():

        def events(where: str = where, extra: dict[str, str] = extra) -> None:
            params = {**base, **extra}
            payload = http.get_json(LINKED_EVENTS, ep.linkedevents + "event/", params)
            parse_events(payload)
            relative = f"linkedevents-events-{where}.json"
            _write(folder, relative, payload)
            city.append(
                {
                    "id": f"linkedevents-events-{where}",
                    "kind": "linkedevents.events",
                    "file": relative,
                    "origin": ep.linkedevents + "event/",
                    "params": params,
                    "date": today.isoformat(),
                    "name": "City of Helsinki Linked Events",
                    "licence": "CC BY 4.0",
                }
            )

        step(f"Linked Events for seniors ({where})", events)

    # -- Open311 categories --------------------------------------------------------------
    for lang, locale in LOCALES.items():

        def services(lang: str = lang, locale: str = locale) -> None:
            payload = http.get_json(OPEN311, ep.open311 + "services.json", {"locale": locale})
            parse_services(payload)
            relative = f"open311-services-{lang}.json"
            _write(folder, relative, payload)
            city.append(
                {
                    "id": f"open311-services-{lang}",
                    "kind": "open311.services",
                    "file": relative,
                    "origin": ep.open311 + "services.json",
                    "params": {"locale": locale},
                    "date": today.isoformat(),
                    "name": "City of Helsinki feedback service (Open311)",
                    "licence": "Open311 API terms of the City of Helsinki",
                }
            )

        step(f"feedback categories ({lang})", services)

    # -- OmaStadi ---------------------------------------------------------------------------
    def omastadi() -> None:
        payload = http.post_json(OMASTADI, ep.omastadi, {"query": QUERY})
        parse_processes(payload)
        _write(folder, "omastadi-processes.json", payload)
        city.append(
            {
                "id": "omastadi-processes",
                "kind": "omastadi.processes",
                "file": "omastadi-processes.json",
                "origin": ep.omastadi,
                "date": today.isoformat(),
                "name": "OmaStadi, City of Helsinki",
                "licence": "ODbL (data), CC BY-NC-SA 4.0 (content)",
            }
        )

    step("OmaStadi processes", omastadi)

    manifest = {
        "format": 1,
        "snapshot_date": (min(first_days) if first_days else today).isoformat(),
        "note": "Offline copy of public city data, used in demo mode and when the network "
        "fails. Made by kiosk.services.rebuild_snapshot on " + today.isoformat() + ".",
        "sources": sources,
        "city_sources": city,
    }
    _write(folder, "manifest.json", manifest)
    return result


def _plan(args: argparse.Namespace) -> tuple[Plan, Any]:
    config = load_config(args.config)
    endpoints = (
        Endpoints.local(args.base)
        if args.base
        else Endpoints.from_config(config.services, args.tpr_url)
    )
    libraries = tuple(args.library or [config.kiosk.library_id])
    unit_id = args.unit if args.unit else KNOWN_UNITS.get(config.kiosk.library_id)
    plan = Plan(
        endpoints,
        libraries,
        config.kiosk.latitude,
        config.kiosk.longitude,
        unit_id,
        tuple(args.service_node or DEFAULT_NODES),
        args.radius,
    )
    return plan, config


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.services.rebuild_snapshot", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write")
    parser.add_argument("--config", type=Path, help="the kiosk's TOML config (default: demo)")
    parser.add_argument("--base", help="one server for every API (tests: the fake city)")
    parser.add_argument(
        "--tpr-url", default=None, help="TPR v4 base URL (default: [services] tpr_url)"
    )
    parser.add_argument("--library", type=int, action="append", help="kirjastot.fi id(s)")
    parser.add_argument("--unit", type=int, help="the kiosk's Service Map unit id")
    parser.add_argument("--service-node", type=int, action="append", help="service node id(s)")
    parser.add_argument("--radius", type=int, default=3000, help="metres around the kiosk")
    parser.add_argument(
        "--keep-going", action="store_true", help="write what succeeded even when a source failed"
    )
    args = parser.parse_args(argv)
    try:
        plan, config = _plan(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    today = (clock or SystemClock()).now().date()
    http = CityHttp(
        endpoints=plan.endpoints,
        cache=False,
        connect_timeout_s=config.services.connect_timeout_s,
        read_timeout_s=config.services.read_timeout_s,
        kiosk_id=f"{config.kiosk.id}-snapshot",
    )
    with http, tempfile.TemporaryDirectory() as work:
        result = build(plan, http, Path(work), today)
        if result.failed and not args.keep_going:
            print(
                f"{len(result.failed)} source(s) failed; nothing written "
                "(--keep-going writes the rest)",
                file=sys.stderr,
            )
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        for item in Path(work).iterdir():
            target = args.out / item.name
            if target.is_dir():
                shutil.rmtree(target)
            shutil.move(str(item), target)
    print(
        f"snapshot written to {args.out} ({len(result.written)} sources"
        f"{', ' + str(len(result.failed)) + ' failed' if result.failed else ''})"
    )
    return 1 if result.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
