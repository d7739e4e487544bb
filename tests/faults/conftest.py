"""The fault survival suite (issue 7): the kiosk under faults, as residents and staff
notice them. Every test here is marked ``faults`` (``pytest -m faults`` runs the suite).

The tests reuse the screen-level helpers in ``tests/gui``: pytest puts that folder on
``sys.path`` only while it collects it, so it is added here for ``from helpers import``.
"""

from __future__ import annotations

import sys
from pathlib import Path

GUI_TESTS = Path(__file__).resolve().parents[1] / "gui"
if str(GUI_TESTS) not in sys.path:
    sys.path.insert(0, str(GUI_TESTS))
