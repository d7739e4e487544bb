"""kiosk.core is the bottom layer: it imports nothing from the other kiosk packages
(issue 12: the config imported kiosk.staff.pins, a cycle through the PIN code)."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import kiosk

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "kiosk" / "core"
#: The kiosk's packages other than core.
OTHERS = {info.name for info in pkgutil.iter_modules(kiosk.__path__)} - {"core", "__main__"}


def kiosk_imports(path: Path) -> list[str]:
    """Every kiosk module a file imports (at any depth, also inside functions)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("kiosk")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "kiosk":
                found += [f"kiosk.{alias.name}" for alias in node.names]
            elif node.module.startswith("kiosk."):
                found.append(node.module)
    return found


def test_core_imports_nothing_from_the_other_packages() -> None:
    assert "staff" in OTHERS and "ui" in OTHERS
    wrong = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted(CORE.glob("*.py"))
        for name in kiosk_imports(path)
        if name.split(".")[1] in OTHERS
    }
    assert not wrong, sorted(wrong)
