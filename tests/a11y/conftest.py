"""The accessibility audit reuses the screen-level helpers in ``tests/gui``.

``tests/gui`` has no conftest of its own: pytest puts it on ``sys.path`` only while it
collects that folder, so it is added here for ``from helpers import ...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

GUI_TESTS = Path(__file__).resolve().parents[1] / "gui"
if str(GUI_TESTS) not in sys.path:
    sys.path.insert(0, str(GUI_TESTS))
