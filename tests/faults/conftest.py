"""The fault survival suite (issue 7): the kiosk under faults, as residents and staff
notice them. Every test here is marked ``faults`` (``pytest -m faults`` runs the suite).

The tests reuse the screen-level helpers in ``tests/gui``: pytest puts that folder on
``sys.path`` only while it collects it, so it is added here for ``from helpers import``.
This folder is added too, for ``from fault_helpers import`` (pytest's default import
mode puts it there already; ``--import-mode=importlib`` does not).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakecity.server import FakeCity

TESTS = Path(__file__).resolve().parents[1]
for folder in (TESTS / "gui", TESTS / "faults"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


@pytest.fixture(scope="module")
def city() -> Iterator[FakeCity]:
    """One fake city server for a test module (test_fault_city_server.py has one a test)."""
    with FakeCity() as server:
        yield server
