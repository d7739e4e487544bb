"""The volume and speed steps a resident can choose (A9)."""

from __future__ import annotations

VOLUMES: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
RATES: tuple[int, ...] = (100, 120, 140, 165, 190)


def level(value: float, levels: tuple[float, ...]) -> int:
    """Index of the level nearest to ``value``."""
    return min(range(len(levels)), key=lambda i: abs(levels[i] - value))
