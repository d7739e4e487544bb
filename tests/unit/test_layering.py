"""Only kiosk/ui and kiosk/app.py may import Qt (docs/architecture.md).

Each check runs in a fresh interpreter, so modules the test session already imported
(pytest-qt loads PySide6) cannot hide or fake an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Packages that must work without Qt (a server, ``kiosk check-config``), walked whole.
QT_FREE_PACKAGES = ("kiosk.core", "kiosk.flow", "kiosk.services", "kiosk.speech",
                    "kiosk.staff", "kiosk.stats")
#: Single modules that must not import Qt at import time.
QT_FREE_MODULES = ("kiosk", "kiosk.cli")

#: Imports the named packages (every module inside, recursively) and modules, then
#: prints what it imported and which Qt modules got loaded.
PROBE = """
import importlib, json, pkgutil, sys
packages, modules = json.loads(sys.argv[1]), json.loads(sys.argv[2])
imported = []
for name in packages:
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
for name in modules:
    importlib.import_module(name)
    imported.append(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def probe(packages: tuple[str, ...] = (), modules: tuple[str, ...] = ()) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(packages)), json.dumps(list(modules))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, f"probe failed:\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_flow_services_speech_and_cli_do_not_import_qt():
    result = probe(QT_FREE_PACKAGES, QT_FREE_MODULES)
    imported = set(result["imported"])
    # The walk really imported the modules (a walk that finds nothing proves nothing).
    for name in ("kiosk.core.config", "kiosk.core.session", "kiosk.flow.engine",
                 "kiosk.flow.loader", "kiosk.flow.walk", "kiosk.services.live",
                 "kiosk.speech.recording", "kiosk.cli"):
        assert name in imported, f"{name} was not imported by the probe"
    assert not any(name.startswith("kiosk.ui") for name in imported)
    assert "PySide6" not in result["qt"], f"Qt loaded by a Qt-free module: {result['qt']}"
    assert result["qt"] == []


def test_the_probe_does_see_qt():
    """The same probe on a UI module finds PySide6, so the check above can fail."""
    result = probe(modules=("kiosk.ui.theme",))
    assert "kiosk.ui.theme" in result["imported"]
    assert "PySide6" in result["qt"]


def test_every_qt_free_package_exists():
    """A renamed package must be renamed here too, not silently skipped."""
    for name in QT_FREE_PACKAGES:
        assert (ROOT / Path(*name.split("."))).is_dir(), name
