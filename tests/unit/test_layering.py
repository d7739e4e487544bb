"""How kiosk/ is cut (docs/architecture.md), checked.

1. Only kiosk/ui and kiosk/app.py may import Qt. Each check runs in a fresh
   interpreter, so modules the test session already imported (pytest-qt loads
   PySide6) cannot hide or fake an import.
2. No import cycle between modules of kiosk/, and no package imports one above it
   (`LAYERS`). The import graph is read from the source with `ast`, not by importing.

**Every import counts**: at module level, inside functions and under
``if TYPE_CHECKING:``. An import inside a function still couples the two modules (it
only keeps the interpreter from tripping over the cycle at start-up), and a
type-only import still makes the lower module's types depend on the upper one. The
way out is to move what both need down a layer, or to let the lower module declare
what it needs as a Protocol (`kiosk.services.registry.Services`,
`kiosk.ui.screenshots.BuiltKiosk`) and have the composition root hand it in.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections import deque
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Packages that must work without Qt (a server, ``kiosk check-config``), walked whole.
QT_FREE_PACKAGES = (
    "kiosk.core",
    "kiosk.flow",
    "kiosk.journey",
    "kiosk.services",
    "kiosk.speech",
    "kiosk.staff",
    "kiosk.stats",
    "kiosk.fleet",
)
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
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"probe failed:\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_flow_services_speech_and_cli_do_not_import_qt():
    result = probe(QT_FREE_PACKAGES, QT_FREE_MODULES)
    imported = set(result["imported"])
    # The walk really imported the modules (a walk that finds nothing proves nothing).
    for name in (
        "kiosk.core.config",
        "kiosk.core.session",
        "kiosk.core.timefmt",
        "kiosk.flow.engine",
        "kiosk.flow.loader",
        "kiosk.flow.walk",
        "kiosk.journey.journey",
        "kiosk.services.live",
        "kiosk.speech.recording",
        "kiosk.fleet.kiosk_client",
        "kiosk.fleet.desk_client",
        "kiosk.cli",
    ):
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


# ---- the import graph ------------------------------------------------------------------

#: What each layer may import besides itself. A layer is a package of kiosk/ (core,
#: flow, …) or one of the top modules (app, cli, __main__); "kiosk" is the package's
#: own __init__ (only ``__version__``). Nothing may import a layer above it.
_BASE = frozenset({"kiosk"})
_LOWER = _BASE | {"core", "flow", "journey", "services", "speech", "staff", "stats", "fleet"}
LAYERS: Mapping[str, frozenset[str]] = {
    "kiosk": frozenset(),
    "core": _BASE,
    "flow": _BASE | {"core"},
    "journey": _BASE | {"core", "flow"},
    "services": _BASE | {"core"},
    "speech": _BASE | {"core"},
    "staff": _BASE | {"core"},
    "stats": _BASE | {"core"},
    "fleet": _BASE | {"core"},  # the MQTT bus (kiosk and desk clients), issue 16
    "ui": _LOWER,
    "app": _LOWER | {"ui"},
    "cli": _LOWER | {"ui", "app"},
    "__main__": frozenset({"cli"}),
}

#: Imports known to break the rules, each to be removed by the change its comment
#: names (issue 11). The checks below ignore these and fail once one is gone, so that
#: this list only ever shrinks.
KNOWN_BAD_IMPORTS: Mapping[tuple[str, str], str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    """``kiosk.ui.window`` → ``ui``; ``kiosk.app`` → ``app``; ``kiosk`` → ``kiosk``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "kiosk"


@cache
def kiosk_modules() -> Mapping[str, Path]:
    return {module_name(p): p for p in sorted((ROOT / "kiosk").rglob("*.py"))}


def _imported_names(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """Every dotted name ``module`` imports (``from a import b`` gives ``a.b``, which
    may be a module or just a name in ``a``), with its line; relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package[: len(package) - (node.level - 1)]
                base = ".".join([*up, *([base] if base else [])])
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno


def _resolve(name: str, modules: Mapping[str, Path]) -> str | None:
    """The kiosk module a dotted name lives in (``kiosk.ui.results.item_list`` →
    ``kiosk.ui.results``); None outside kiosk."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


@cache
def import_graph() -> Mapping[str, Mapping[str, int]]:
    """importer → {imported kiosk module: line of the first such import}."""
    modules = kiosk_modules()
    graph: dict[str, dict[str, int]] = {}
    for module, path in modules.items():
        edges: dict[str, int] = {}
        for name, line in _imported_names(module, path):
            target = _resolve(name, modules)
            if target is not None and target != module:
                edges.setdefault(target, line)
        graph[module] = edges
    return graph


def _without_known_bad(graph: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    return {
        a: {b: line for b, line in edges.items() if (a, b) not in KNOWN_BAD_IMPORTS}
        for a, edges in graph.items()
    }


def strongly_connected(graph: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    """The strongly connected components (Tarjan, iterative), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, {}))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, {})))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component))
    return found


def cycle_through(
    start: str, members: set[str], graph: Mapping[str, Mapping[str, int]]
) -> list[str]:
    """A shortest import path from ``start`` back to itself inside ``members``."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(graph.get(node, {})):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if target in members and target not in came_from:
                came_from[target] = node
                queue.append(target)
    raise AssertionError(f"{start} is in no cycle")  # not reached for a real component


def describe_cycle(cycle: list[str], graph: Mapping[str, Mapping[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]})" for a, b in zip(cycle, cycle[1:], strict=False)]
    return " → ".join([*steps, cycle[-1]])


def import_cycles(graph: Mapping[str, Mapping[str, int]]) -> list[str]:
    """One line per knot of modules that import each other: a shortest cycle,
    ``a (line 3) → b (line 9) → a``, then any other modules caught in the same knot."""
    lines = []
    for component in strongly_connected(graph):
        if len(component) < 2:
            continue
        cycle = cycle_through(component[0], set(component), graph)
        line = describe_cycle(cycle, graph)
        if others := sorted(set(component) - set(cycle)):
            line += f" (the same knot also holds {', '.join(others)})"
        lines.append(line)
    return lines


def _where(module: str) -> str:
    path = kiosk_modules().get(module)
    return str(path.relative_to(ROOT)) if path else module


def layering_breaks(graph: Mapping[str, Mapping[str, int]]) -> list[str]:
    breaks = []
    for importer, edges in sorted(graph.items()):
        mine = layer_of(importer)
        for imported, line in sorted(edges.items()):
            theirs = layer_of(imported)
            if theirs != mine and theirs not in LAYERS[mine]:
                breaks.append(
                    f"{_where(importer)}:{line}: {importer} imports {imported} "
                    f"({mine} may import only {', '.join(sorted(LAYERS[mine]))})"
                )
    return breaks


def test_no_import_cycle_between_kiosk_modules():
    cycles = import_cycles(_without_known_bad(import_graph()))
    assert not cycles, "import cycles in kiosk/:\n" + "\n".join(cycles)


def test_no_package_imports_one_above_it():
    breaks = layering_breaks(_without_known_bad(import_graph()))
    assert not breaks, "imports against the layers:\n" + "\n".join(breaks)


def test_every_package_has_its_place_in_the_layers():
    """A new package must be given its layer here, not pass unchecked."""
    assert {layer_of(m) for m in kiosk_modules()} == set(LAYERS)
    # The layers themselves only point downwards (a cycle here would allow any cycle).
    rules = {layer: dict.fromkeys(allowed, 0) for layer, allowed in LAYERS.items()}
    assert [c for c in strongly_connected(rules) if len(c) > 1] == []


def test_the_known_bad_imports_are_still_there_and_still_bad():
    """Once an import on the list is fixed, take it off the list."""
    graph = import_graph()
    in_cycles = {m for c in strongly_connected(graph) if len(c) > 1 for m in c}
    for (importer, imported), why in KNOWN_BAD_IMPORTS.items():
        assert imported in graph.get(importer, {}), (
            f"{importer} no longer imports {imported} ({why}): remove it from KNOWN_BAD_IMPORTS"
        )
        alone = {importer: {imported: graph[importer][imported]}, imported: {}}
        assert layering_breaks(alone) or {importer, imported} <= in_cycles, (
            f"{importer} → {imported} breaks no rule: remove it from KNOWN_BAD_IMPORTS"
        )


def test_the_graph_sees_every_kind_of_import():
    """Module level, relative, inside a function: a graph that misses imports proves
    nothing."""
    graph = import_graph()
    assert "kiosk.core.timefmt" in graph["kiosk.ui.results"]  # from a.b import c
    assert "kiosk.ui.results_places" in graph["kiosk.ui.results"]  # from a import module
    assert "kiosk.app" in graph["kiosk.cli"]  # inside a function
    assert "kiosk" in graph["kiosk.cli"]  # from kiosk import __version__
    assert layer_of("kiosk.ui.window") == "ui" and layer_of("kiosk.app") == "app"


def test_relative_and_type_checking_imports_count(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from ..core.text import Text\n"
        "if TYPE_CHECKING:\n"
        "    from kiosk.app import Kiosk\n",
        encoding="utf-8",
    )
    names = [name for name, _line in _imported_names("kiosk.ui.m", source)]
    assert names == [
        "typing.TYPE_CHECKING",
        "kiosk.ui.sibling",
        "kiosk.core.text.Text",
        "kiosk.app.Kiosk",
    ]


def test_a_cycle_is_found_and_named():
    graph = {
        "kiosk.ui.a": {"kiosk.ui.b": 3},
        "kiosk.ui.b": {"kiosk.ui.c": 5},
        "kiosk.ui.c": {"kiosk.ui.a": 7, "kiosk.core.d": 1},
        "kiosk.core.d": {},
    }
    assert import_cycles(graph) == [
        "kiosk.ui.a (line 3) → kiosk.ui.b (line 5) → kiosk.ui.c (line 7) → kiosk.ui.a"
    ]
    assert import_cycles({"kiosk.ui.a": {"kiosk.core.d": 1}, "kiosk.core.d": {}}) == []


@pytest.mark.parametrize(
    ("importer", "imported", "ok"),
    [
        ("kiosk.core.session", "kiosk.staff.pins", False),
        ("kiosk.flow.engine", "kiosk.core.text", True),
        ("kiosk.flow.engine", "kiosk.services.live", False),
        ("kiosk.ui.window", "kiosk.app", False),
        ("kiosk.ui.window", "kiosk.journey.journey", True),
        ("kiosk.app", "kiosk.cli", False),
        ("kiosk.cli", "kiosk.app", True),
        ("kiosk.services.http", "kiosk", True),
    ],
)
def test_a_layer_break_is_found(importer: str, imported: str, ok: bool):
    assert (layering_breaks({importer: {imported: 1}, imported: {}}) == []) is ok
