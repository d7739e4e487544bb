"""The soak tests import their engine as ``from monkey import ...``: put this folder on
``sys.path`` (pytest only adds a test folder while it collects it)."""

from __future__ import annotations

import sys
from pathlib import Path

SOAK_TESTS = Path(__file__).resolve().parent
if str(SOAK_TESTS) not in sys.path:
    sys.path.insert(0, str(SOAK_TESTS))
