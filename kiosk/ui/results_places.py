"""Words for the places services' results (filled in by the flows that use them)."""

from __future__ import annotations

from datetime import datetime


def item_list(data: object, lang: str) -> list[tuple[object, str]] | None:
    """(answer value, button text) for a results step, or None if not ours."""
    return None


def detail_lines(data: object, now: datetime, lang: str) -> list[str] | None:
    """Sentences for a detail step, or None if not ours."""
    return None
