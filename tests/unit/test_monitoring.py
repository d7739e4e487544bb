"""Fleet health for IT (issue 16, point 4): the Prometheus alert rules and the Grafana
dashboard in packaging/monitoring/ — promtool accepts them, their unit tests pass (no
alert on a healthy first day), the dashboard has what Grafana needs to load it, and
every metric they name is one the kiosk serves."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from kiosk.core.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
MONITORING = ROOT / "packaging" / "monitoring"
RULES = sorted(MONITORING.glob("*.rules.yml"))
DASHBOARD = MONITORING / "kiosk-fleet.dashboard.json"
PROMTOOL = shutil.which("promtool")
METRIC = re.compile(r"\b(kiosk_[a-z_]+)\b")
PANEL_TYPES = {"stat", "table", "timeseries", "row", "text", "gauge", "bargauge"}

needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool is not installed (make test installs prometheus)"
)


def promtool(*args: str, cwd: Path = MONITORING) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def served_metrics() -> set[str]:
    """Every series name a kiosk's /metrics can hold (fleet and printer included)."""
    served: set[str] = set()
    for family in Metrics(port=0).registry.collect():
        served |= {sample.name for sample in family.samples}
        # A labelled counter has no sample until its first label is used.
        served.add(family.name + ("_total" if family.type == "counter" else ""))
    return served


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def dashboard_queries() -> list[str]:
    found = []
    for panel in dashboard()["panels"]:
        found += [target["expr"] for target in panel.get("targets", [])]
    return found


def rule_expressions() -> list[str]:
    found = []
    for path in RULES:
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            found += [rule["expr"] for rule in group["rules"]]
    return found


@needs_promtool
def test_promtool_accepts_the_rules_and_their_tests_pass():
    assert RULES, "no packaging/monitoring/*.rules.yml"
    checked = promtool("check", "rules", *[p.name for p in RULES])
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tests = sorted(MONITORING.glob("*.rules.test.yml"))
    assert tests
    tested = promtool("test", "rules", *[p.name for p in tests])
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_the_rules_cover_what_the_issue_asks_for():
    names = {
        rule["alert"]
        for path in RULES
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]
        for rule in group["rules"]
    }
    assert {
        "KioskDown",
        "KioskSpeechBroken",
        "KioskPrinterBroken",
        "KioskHelpUnclaimed",
        "KioskOfflineDataTooOldInUse",
    } <= names


def test_the_dashboard_has_what_grafana_needs_to_load_it():
    board = dashboard()
    for key, kind in (
        ("title", str),
        ("uid", str),
        ("schemaVersion", int),
        ("panels", list),
        ("templating", dict),
        ("time", dict),
        ("version", int),
    ):
        assert isinstance(board.get(key), kind), key
    assert re.fullmatch(r"[a-zA-Z0-9_-]{1,40}", board["uid"])
    assert board["schemaVersion"] >= 36
    inputs = {i["name"] for i in board["__inputs"]}
    assert inputs == {"DS_PROMETHEUS"}
    variables = {v["name"] for v in board["templating"]["list"]}
    assert {"DS_PROMETHEUS", "instance"} <= variables
    ids = [panel["id"] for panel in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    occupied: set[tuple[int, int]] = set()
    for panel in board["panels"]:
        assert panel["type"] in PANEL_TYPES, panel["title"]
        assert isinstance(panel["title"], str) and panel["title"]
        grid = panel["gridPos"]
        assert all(isinstance(grid[k], int) for k in "xywh"), panel["title"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24 and grid["h"] > 0
        cells = {
            (x, y)
            for x in range(grid["x"], grid["x"] + grid["w"])
            for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not cells & occupied, f"{panel['title']} overlaps another panel"
        occupied |= cells
        assert panel["datasource"]["uid"] == "${DS_PROMETHEUS}"
        refs = [t["refId"] for t in panel["targets"]]
        assert panel["targets"] and len(refs) == len(set(refs))


def test_every_metric_the_rules_and_the_dashboard_name_is_served():
    served = served_metrics()
    named = {m for expr in rule_expressions() + dashboard_queries() for m in METRIC.findall(expr)}
    assert named, "no kiosk_ metric named"
    assert named - served == set(), f"not served by a kiosk: {sorted(named - served)}"


@needs_promtool
def test_every_dashboard_query_is_valid_promql(tmp_path):
    """promtool has no query checker of its own: each query becomes a recording rule."""
    rules = [
        {
            "record": f"dashboard:query_{n}",
            "expr": expr.replace("$__rate_interval", "5m").replace("$instance", ".*"),
        }
        for n, expr in enumerate(dashboard_queries())
    ]
    path = tmp_path / "dashboard.rules.yml"
    path.write_text(
        yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}), encoding="utf-8"
    )
    checked = promtool("check", "rules", str(path), cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
