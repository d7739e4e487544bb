"""Library opening hours live from kirjastot.fi (Kirkanta) API v4.

- ``library/<id>?with=schedules&refs=period&period.start=0w&period.end=0w&lang=…``:
  this week (Monday to Sunday) of one library → `LibraryWeek`.
- ``library?name=…&lang=…&limit=…``: libraries whose name matches → `LibraryRef`s.
  The name is typed by the resident, so this look-up is never cached (``private``).

Kirkanta returns one language per request (``lang``; it falls back to Finnish
itself). Parsing is `kiosk.services.libraries.parse_library`, the same as for the
offline snapshot. No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.services.http import KIRJASTOT, HttpClient, ServiceDataError
from kiosk.services.libraries import LibraryRef, LibraryWeek, parse_library

#: Languages Kirkanta serves (others are asked in Finnish).
KIRKANTA_LANGS = ("fi", "sv", "en", "ru", "se")


def _lang(lang: str) -> str:
    return lang if lang in KIRKANTA_LANGS else "fi"


def parse_library_list(
    payload: Any, *, lang: str = "fi", source: str = KIRJASTOT
) -> list[LibraryRef]:
    """Refs from a list envelope ``{type, total, items: […]}`` (or a bare list).
    An item that is not a library is skipped."""
    if isinstance(payload, Mapping):
        items = payload.get("items")
        if items is None and "data" in payload:  # a single-record envelope
            items = [payload["data"]]
    else:
        items = payload
    if not isinstance(items, list):
        raise ServiceDataError(source, "no library list ('items') in the answer")
    refs: list[LibraryRef] = []
    for item in items:
        try:
            week = parse_library(item, lang=lang, source=source)
        except ServiceDataError:
            continue
        if week.ref() not in refs:
            refs.append(week.ref())
    return refs


class LibrariesClient:
    """kirjastot.fi v4, blocking."""

    def __init__(self, http: HttpClient) -> None:
        self.http = http

    def week(self, library_id: int, lang: str = "fi") -> LibraryWeek:
        if isinstance(library_id, bool) or not isinstance(library_id, int) or library_id <= 0:
            raise ValueError(f"not a library id: {library_id!r}")
        params = {
            "with": "schedules",
            "refs": "period",
            "period.start": "0w",
            "period.end": "0w",
            "lang": _lang(lang),
        }

        def parse(payload: Any) -> LibraryWeek:
            week = parse_library(payload, lang=lang, source=KIRJASTOT)
            if week.library_id != library_id:
                raise ServiceDataError(
                    KIRJASTOT, f"asked for library {library_id}, got {week.library_id}"
                )
            return week

        week: LibraryWeek = self.http.get_json(
            KIRJASTOT, f"{self.http.endpoints.kirjastot}library/{library_id}", params, parse=parse
        )
        return week

    def search(self, name: str, lang: str = "fi", *, limit: int = 10) -> list[LibraryRef]:
        query = " ".join(name.split()) if isinstance(name, str) else ""
        if not query:
            return []
        params = {"name": query, "lang": _lang(lang), "limit": str(max(1, min(limit, 50)))}
        refs: list[LibraryRef] = self.http.get_json(
            KIRJASTOT,
            self.http.endpoints.kirjastot + "library",
            params,
            parse=lambda payload: parse_library_list(payload, lang=lang),
            private=True,
        )
        return refs
