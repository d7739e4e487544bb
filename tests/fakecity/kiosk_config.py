"""A kiosk configured to use the fake city: its config file, and its live services.

Shared by the end-to-end tests and the fault suite, so each writes the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.core.clock import FixedClock
from kiosk.services.live import LiveServices
from kiosk.services.snapshot import Snapshot

#: Where each city service lives on the fake city (``[services] NAME_url``).
CITY_PATHS = {
    "kirjastot": "/v4/",
    "servicemap": "/servicemap/v2/",
    "tpr": "/palvelukarttaws/rest/v4/",
    "linkedevents": "/linkedevents/v1/",
    "open311": "/palautews/rest/v1/",
    "omastadi": "/api",
}


def write_city_config(
    path: Path,
    base_url: str,
    flows: Sequence[str],
    *,
    services: Sequence[str] = tuple(CITY_PATHS),
    pin_hash: str | None = None,
    read_timeout_s: float = 1.0,
    open311_api_key: str | None = None,
) -> Path:
    """Write a live (not demo) kiosk.toml with ``flows`` and ``services`` on the fake city."""
    lines = [
        "[kiosk]",
        "demo = false",
        "",
        "[flows]",
        "enabled = [" + ", ".join(f'"{flow}"' for flow in flows) + "]",
        "",
    ]
    if pin_hash is not None:
        lines += ["[staff]", f'pin_hashes = ["{pin_hash}"]', ""]
    lines += ["[services]"]
    lines += [f'{name}_url = "{base_url}{CITY_PATHS[name]}"' for name in services]
    lines += ["connect_timeout_s = 0.5", f"read_timeout_s = {read_timeout_s}"]
    if open311_api_key is not None:
        lines += [f'open311_api_key = "{open311_api_key}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def live_services_on(kiosk: Any, endpoints: Any) -> LiveServices:
    """The kiosk's live services, with the TPR address also on the fake city's
    ``endpoints``: the config has no TPR key (it defaults to www.hel.fi), and no test
    may reach the real network."""
    live = kiosk.window.runner._services._services.real()
    assert isinstance(live, LiveServices)
    live.http.endpoints = replace(live.http.endpoints, tpr=endpoints.tpr)
    return live


#: The offline data the kiosk ships, and a morning its opening hours cover.
SNAPSHOT = Path(__file__).resolve().parents[2] / "assets" / "snapshot"
MORNING = datetime(2020, 6, 22, 10, 30)


def library_services(http: Any, answer_within_s: float) -> LiveServices:
    """The live services of the Kallio library's kiosk over ``http``, the shipped
    snapshot behind them."""
    return LiveServices(
        http,
        Snapshot(SNAPSHOT),
        library_id=84860,
        latitude=60.1837,
        longitude=24.9536,
        clock=FixedClock(MORNING),
        answer_within_s=answer_within_s,
    )
