"""The offline snapshot: public city data bundled in ``assets/snapshot/``.

``manifest.json`` says which date the data describes and, per source, which file
holds it, where it came from and under which licence. Every result read from the
snapshot carries that date (``source_date``) so the UI can say how old it is.

A missing or broken manifest or data file raises `SnapshotError` naming the file;
the app shows that message. No Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.services.http import ServiceDataError

if TYPE_CHECKING:
    from kiosk.services.libraries import LibraryRef, LibraryWeek

MANIFEST = "manifest.json"
LIBRARY_KIND = "kirjastot.library"


class SnapshotError(ServiceDataError):
    """A snapshot file is missing or cannot be read. ``.file`` is its path."""

    def __init__(self, file: Path | str, problem: str) -> None:
        super().__init__(str(file), problem)
        self.file = Path(file)


@dataclass(frozen=True)
class SnapshotSource:
    """One entry of the manifest's ``sources``."""

    id: str
    kind: str
    file: Path
    name: str
    licence: str
    origin: str = ""
    note: str = ""
    library_id: int | None = None


def read_json(path: Path) -> Any:
    """Parsed JSON from ``path``; `SnapshotError` naming the file on any problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SnapshotError(path, "file not found") from None
    except OSError as exc:
        raise SnapshotError(path, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SnapshotError(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise SnapshotError(
            path, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?=$|[T ])")


def shift_dates(payload: Any, days: int) -> Any:
    """``payload`` with every ISO date (``2020-06-22``, ``2020-06-22T07:00:00Z``…) at
    the start of a string moved by ``days``; everything else as it was."""
    if days == 0:
        return payload
    if isinstance(payload, dict):
        return {key: shift_dates(value, days) for key, value in payload.items()}
    if isinstance(payload, list):
        return [shift_dates(value, days) for value in payload]
    if isinstance(payload, str) and (found := _ISO_DATE.match(payload)):
        try:
            moved = date.fromisoformat(found.group(1)) + timedelta(days=days)
        except ValueError:
            return payload
        return moved.isoformat() + payload[found.end() :]
    return payload


Day = date  # the type, where a Snapshot's ``date`` property hides the name


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class Snapshot:
    """Read-only access to the snapshot in ``directory``.

    The manifest is read at once (so a broken snapshot shows up at start); data files
    are read when first needed and then kept.

    ``rebase_to`` (the demo data set only, never a production snapshot): a function
    giving today; every date of the data, the snapshot's and each source's date are
    moved by whole weeks so that the data's first week is today's week. The demo's
    "open now", "today" and "this week" then show real states on any day.
    """

    def __init__(self, directory: Path, rebase_to: Callable[[], Day] | None = None) -> None:
        self.directory = Path(directory)
        self.manifest_path = self.directory / MANIFEST
        manifest = read_json(self.manifest_path)
        if not isinstance(manifest, dict):
            raise SnapshotError(self.manifest_path, "the manifest is not a JSON object")
        self.base_date: Day = self._manifest_date(manifest)
        self.rebase_to = rebase_to
        #: Marked ``"demo": true`` in the manifest: the demo data set.
        self.demo = manifest.get("demo") is True
        self.sources: tuple[SnapshotSource, ...] = tuple(
            self._source(i, entry) for i, entry in enumerate(self._source_list(manifest))
        )
        self._libraries: dict[tuple[int, str, int], LibraryWeek] = {}

    @property
    def shift_days(self) -> int:
        """How many days the data is moved (0 unless rebased; a multiple of 7)."""
        if self.rebase_to is None:
            return 0
        return (_monday(self.rebase_to()) - _monday(self.base_date)).days

    @property
    def date(self) -> Day:
        """The day the data describes (moved with the data when rebased)."""
        return self.base_date + timedelta(days=self.shift_days)

    # -- manifest ------------------------------------------------------------------

    def _manifest_date(self, manifest: dict[str, Any]) -> Day:
        raw = manifest.get("snapshot_date")
        if not isinstance(raw, str):
            raise SnapshotError(self.manifest_path, "'snapshot_date' is missing")
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise SnapshotError(
                self.manifest_path, f"'snapshot_date' is not a date (YYYY-MM-DD): {raw!r}"
            ) from None

    def _source_list(self, manifest: dict[str, Any]) -> list[Any]:
        sources = manifest.get("sources")
        if not isinstance(sources, list):
            raise SnapshotError(self.manifest_path, "'sources' is missing or not a list")
        return sources

    def _checked_entry(self, where: str, entry: Any) -> Path:
        """The common keys of a manifest entry, checked; returns its file, relative to
        the snapshot folder (never outside it)."""
        if not isinstance(entry, dict):
            raise SnapshotError(self.manifest_path, f"{where} is not an object")
        for key in ("id", "kind", "file", "name", "licence"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise SnapshotError(self.manifest_path, f"{where}: '{key}' is missing")
        relative = Path(entry["file"])
        if relative.is_absolute() or ".." in relative.parts:
            raise SnapshotError(
                self.manifest_path, f"{where}: 'file' must stay inside the snapshot folder"
            )
        return relative

    def _source(self, index: int, entry: Any) -> SnapshotSource:
        where = f"sources[{index}]"
        relative = self._checked_entry(where, entry)
        library_id = entry.get("library_id")
        if entry["kind"] == LIBRARY_KIND and (
            not isinstance(library_id, int) or isinstance(library_id, bool)
        ):
            raise SnapshotError(self.manifest_path, f"{where}: 'library_id' is missing")
        return SnapshotSource(
            id=entry["id"],
            kind=entry["kind"],
            file=self.directory / relative,
            name=entry["name"],
            licence=entry["licence"],
            origin=str(entry.get("origin") or ""),
            note=str(entry.get("note") or ""),
            library_id=library_id if entry["kind"] == LIBRARY_KIND else None,
        )

    # -- libraries -----------------------------------------------------------------

    def _library_sources(self) -> list[SnapshotSource]:
        return [s for s in self.sources if s.kind == LIBRARY_KIND]

    def _load_library(self, source: SnapshotSource, lang: str) -> LibraryWeek:
        shift = self.shift_days
        key = (source.library_id or 0, lang, shift)
        if key not in self._libraries:
            # Kirkanta's parser on the first offline library, not at start (issue 19).
            from kiosk.services.libraries import parse_library

            payload = shift_dates(read_json(source.file), shift)
            try:
                # The saved records are Kirkanta's Finnish answers.
                week = parse_library(
                    payload,
                    lang=lang,
                    source=str(source.file),
                    source_date=self.date,
                    text_lang="fi",
                )
            except SnapshotError:
                raise
            except ServiceDataError as exc:
                raise SnapshotError(source.file, exc.problem) from None
            if week.library_id != source.library_id:
                raise SnapshotError(
                    source.file,
                    f"holds library {week.library_id}, but the manifest says {source.library_id}",
                )
            self._libraries[key] = replace(week, licence=source.licence, source_name=source.name)
        return self._libraries[key]

    def library(self, library_id: int, lang: str = "fi") -> LibraryWeek | None:
        """The library's week from the snapshot, or None if the snapshot lacks it."""
        for source in self._library_sources():
            if source.library_id == library_id:
                return self._load_library(source, lang)
        return None

    def libraries(self, lang: str = "fi") -> list[LibraryRef]:
        """Every library in the snapshot, in manifest order."""
        return [self._load_library(s, lang).ref() for s in self._library_sources()]

    # -- city sources (Service Map, accessibility, events, feedback, OmaStadi) ------
    #
    # The manifest's ``city_sources`` list, beside ``sources`` (which holds the
    # kirjastot.fi libraries only). Each entry has the keys of a source plus an
    # optional ``date`` (the day its data describes; the snapshot date otherwise),
    # ``params`` (the query it answers, e.g. ``{"service_node": [349]}``), ``unit_id``
    # and ``demo_only`` (sample data that must never be shown as real information).

    def city_sources(self, kind: str | None = None) -> tuple[CitySource, ...]:
        """The ``city_sources`` of the manifest (of ``kind``), in manifest order.
        `SnapshotError` naming the manifest when an entry is malformed."""
        if not hasattr(self, "_city_sources"):
            manifest = read_json(self.manifest_path)
            raw = manifest.get(CITY_SOURCES, []) if isinstance(manifest, dict) else []
            if not isinstance(raw, list):
                raise SnapshotError(self.manifest_path, f"'{CITY_SOURCES}' is not a list")
            self._city_sources = tuple(self._city_source(i, e) for i, e in enumerate(raw))
        moved = timedelta(days=self.shift_days)
        return tuple(
            replace(s, date=s.date + moved) if moved else s
            for s in self._city_sources
            if kind is None or s.kind == kind
        )

    def _city_source(self, index: int, entry: Any) -> CitySource:
        where = f"{CITY_SOURCES}[{index}]"
        relative = self._checked_entry(where, entry)
        raw_date = entry.get("date")
        on = self.base_date
        if raw_date is not None:
            try:
                on = date.fromisoformat(str(raw_date))
            except ValueError:
                raise SnapshotError(
                    self.manifest_path, f"{where}: 'date' is not a date (YYYY-MM-DD)"
                ) from None
        params = entry.get("params") or {}
        if not isinstance(params, dict):
            raise SnapshotError(self.manifest_path, f"{where}: 'params' is not an object")
        unit_id = entry.get("unit_id")
        return CitySource(
            id=entry["id"],
            kind=entry["kind"],
            file=self.directory / relative,
            name=entry["name"],
            licence=entry["licence"],
            date=on,
            params=dict(params),
            unit_id=unit_id if isinstance(unit_id, int) and not isinstance(unit_id, bool) else None,
            demo_only=entry.get("demo_only") is True,
            origin=str(entry.get("origin") or ""),
            note=str(entry.get("note") or ""),
        )

    def city_data(self, source: CitySource) -> Any:
        """The parsed JSON of a city source's file, read once and then kept (with its
        dates moved when rebased)."""
        cache: dict[tuple[Path, int], Any] = self.__dict__.setdefault("_city_data", {})
        key = (source.file, self.shift_days)
        if key not in cache:
            raw: dict[Path, Any] = self.__dict__.setdefault("_city_raw", {})
            if source.file not in raw:
                raw[source.file] = read_json(source.file)
            cache[key] = shift_dates(raw[source.file], key[1])
        return cache[key]


CITY_SOURCES = "city_sources"


@dataclass(frozen=True)
class CitySource:
    """One entry of the manifest's ``city_sources``. ``attribution`` is what the UI
    shows: "NAME, LICENCE"."""

    id: str
    kind: str
    file: Path
    name: str
    licence: str
    date: date
    params: dict[str, Any] = field(hash=False)
    unit_id: int | None = None
    demo_only: bool = False
    origin: str = ""
    note: str = ""

    @property
    def attribution(self) -> str:
        return f"{self.name}, {self.licence}"
