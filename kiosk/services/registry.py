"""`Services`: runs the named services that flows use (``source`` / ``action``).

For now every service is answered from the offline snapshot. That is what demo mode
uses, and what the kiosk falls back to when the network fails; the live HTTP clients
for the city APIs come in a later issue and will plug in here, keeping the snapshot
as the offline fallback. Results read from the snapshot carry ``source_date``.

``call`` blocks; the UI runs it in a worker thread. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kiosk.services.libraries import LibraryRef, LibraryWeek, search_refs
from kiosk.services.snapshot import Snapshot


class LibraryNotFoundError(LookupError):
    """The data has no library with this id."""

    def __init__(self, library_id: int) -> None:
        super().__init__(f"no opening hours available for library {library_id}")
        self.library_id = library_id


class Services:
    """The services flows may call, backed by ``snapshot``.

    ``here_library_id`` is the kirjastot.fi id of the library the kiosk stands in;
    ``"here"`` in parameters means that library.
    """

    def __init__(self, snapshot: Snapshot, here_library_id: int) -> None:
        self.snapshot = snapshot
        self.here_library_id = here_library_id
        self._handlers: dict[str, Callable[[Mapping[str, Any], str], object]] = {
            "libraries.week": self._libraries_week,
            "libraries.search": self._libraries_search,
        }

    @property
    def names(self) -> frozenset[str]:
        """The service names this object can run."""
        return frozenset(self._handlers)

    def call(self, name: str, params: Mapping[str, Any] | None, lang: str) -> object:
        """Run service ``name``. Raises ValueError for an unknown name or bad params."""
        handler = self._handlers.get(name)
        if handler is None:
            raise ValueError(f"unknown service {name!r}")
        return handler(params or {}, lang)

    # -- libraries -----------------------------------------------------------------

    def _library_id(self, value: Any) -> int:
        if isinstance(value, str) and value.strip().lower() == "here":
            return self.here_library_id
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        raise ValueError(f"libraries.week: 'library' must be an id or 'here', got {value!r}")

    def _libraries_week(self, params: Mapping[str, Any], lang: str) -> LibraryWeek:
        if "library" not in params:
            raise ValueError("libraries.week: parameter 'library' is missing")
        library_id = self._library_id(params["library"])
        week = self.snapshot.library(library_id, lang)
        if week is None:
            raise LibraryNotFoundError(library_id)
        return week

    def _libraries_search(self, params: Mapping[str, Any], lang: str) -> list[LibraryRef]:
        name = params.get("name")
        if name is None:
            raise ValueError("libraries.search: parameter 'name' is missing")
        if not isinstance(name, str):
            raise ValueError(f"libraries.search: 'name' must be text, got {name!r}")
        return search_refs(self.snapshot.libraries(lang), name)
