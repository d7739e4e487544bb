"""The accessibility audit reuses the screen-level helpers in ``tests/gui``.

``tests/gui`` has no conftest of its own: pytest puts it on ``sys.path`` only while it
collects that folder, so it is added here for ``from helpers import ...``.

pytest imports every ``conftest.py`` outside a package under the one module name
``conftest`` and keeps the most recent one in ``sys.modules``. ``helpers.build_kiosk``
does ``from conftest import SNAPSHOT_MORNING``, which would then find this file; the
root conftest's value is re-exported here so that import keeps working for every test
folder, whichever conftest was loaded last.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
GUI_TESTS = TESTS / "gui"
if str(GUI_TESTS) not in sys.path:
    sys.path.insert(0, str(GUI_TESTS))


def _root_conftest():
    """tests/conftest.py as its own module (its fixtures stay registered by pytest)."""
    spec = importlib.util.spec_from_file_location("_kiosk_tests_root_conftest",
                                                  TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SNAPSHOT_MORNING = _root_conftest().SNAPSHOT_MORNING
