"""``kiosk stats``: the usage figures as a readable table or as CSV.

The database is opened read-only, so a report never changes or creates anything. The
table gives totals for the period; the CSV gives one row a day (and kiosk, event,
flow, step, value) so spreadsheets can draw trends and files from several kiosks can
be put together.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

__all__ = ["CSV_HEADER", "CountRow", "StatsReadError", "format_table", "read_counts", "write_csv"]

CSV_HEADER = ("day", "kiosk_id", "event", "flow_id", "step_id", "value", "count")


class StatsReadError(Exception):
    """The database cannot be read (``str()`` says why in plain words)."""


@dataclass(frozen=True)
class CountRow:
    """How many times one event (with these fields) happened. ``day`` and ``kiosk_id``
    are None in totals."""

    event: str
    flow_id: str | None
    step_id: str | None
    value: str | None
    count: int
    day: str | None = None
    kiosk_id: str | None = None


def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise FileNotFoundError(path)
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5.0)


def read_counts(
    path: Path, since: date | None = None, until: date | None = None, *, by_day: bool = False
) -> list[CountRow]:
    """Counts from the database at ``path``, for days ``since``..``until`` (inclusive).

    A missing file gives an empty list. Raises ``StatsReadError`` if the file cannot be
    read as a usage figures database.
    """
    where, params = [], []
    if since is not None:
        where.append("day >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("day <= ?")
        params.append(until.isoformat())
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    group = "day, kiosk_id, " if by_day else ""
    sql = (
        f"SELECT {group}event, flow_id, step_id, value, COUNT(*) FROM events {clause} "
        f"GROUP BY {group}event, flow_id, step_id, value "
        f"ORDER BY {group}event, flow_id, step_id, value"
    )
    try:
        conn = _open_read_only(path)
    except FileNotFoundError:
        return []
    except sqlite3.Error as exc:
        raise StatsReadError(f"cannot open {path}: {exc}") from None
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise StatsReadError(f"cannot read {path} as a usage figures database: {exc}") from None
    finally:
        conn.close()
    if by_day:
        return [
            CountRow(event, flow, step, value, count, day, kiosk)
            for day, kiosk, event, flow, step, value, count in rows
        ]
    return [CountRow(event, flow, step, value, count) for event, flow, step, value, count in rows]


def format_table(
    rows: Sequence[CountRow], since: date | None = None, until: date | None = None
) -> str:
    """A plain text table of totals, with a heading that says the period."""
    period = (
        f"{since.isoformat() if since else 'the first day'} to "
        f"{until.isoformat() if until else 'today'}"
    )
    lines = [f"Usage figures from {period}", ""]
    if not rows:
        lines.append("No events recorded in this period.")
        return "\n".join(lines) + "\n"
    header = ("Event", "Flow", "Step", "Value", "Count")
    cells = [(r.event, r.flow_id or "", r.step_id or "", r.value or "", str(r.count)) for r in rows]
    widths = [max(len(row[i]) for row in [header, *cells]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        text = "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False))
        return f"{text}  {row[-1].rjust(widths[-1])}"

    lines.append(line(header))
    lines.append(line(["-" * w for w in widths]))
    lines.extend(line(row) for row in cells)
    return "\n".join(lines) + "\n"


def write_csv(rows: Sequence[CountRow], stream: TextIO) -> None:
    """Rows a day as CSV, with a header line (``CSV_HEADER``)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow(
            [
                r.day or "",
                r.kiosk_id or "",
                r.event,
                r.flow_id or "",
                r.step_id or "",
                r.value or "",
                r.count,
            ]
        )
