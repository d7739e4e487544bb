"""Issue 15, point 7: ``kiosk screenshots --config <a live config>`` sends nothing to
the city. The fake city counts: every request it gets is a GET (no feedback POST, no
OmaStadi query), while the feedback flow still walks to its receipt (the demo
recorder's reference number)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fakecity.kiosk_config import write_city_config
from fakecity.server import API_KEY, FakeCity

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.gui
def test_screenshots_with_a_live_config_send_only_gets(tmp_path: Path) -> None:
    with FakeCity() as city:
        config = write_city_config(
            tmp_path / "kiosk.toml",
            city.url,
            ["library-hours", "feedback", "budgeting"],
            open311_api_key=API_KEY,
        )
        out = tmp_path / "shots"
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "screenshots", str(out), "--lang", "en"]
            + ["--config", str(config)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
            env={
                "QT_QPA_PLATFORM": "offscreen",
                "KIOSK_DATA_DIR": str(tmp_path / "data"),
                "PATH": "/usr/bin:/bin",
                "HOME": str(tmp_path),
            },
        )
        assert result.returncode == 0, result.stderr
        assert "nothing is sent to the city" in result.stdout
        methods = [r.method for r in city.requests]
    assert methods, "the screenshots asked the city nothing (opening hours are live)"
    assert set(methods) == {"GET"}, methods
    assert (out / "feedback-09-send-en-100-standard.png").exists()
