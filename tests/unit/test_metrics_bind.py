"""The metrics endpoint listens on 127.0.0.1 unless an admin says otherwise: in the
app's defaults, the example config and the Ansible template."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.core.config import Config
from kiosk.core.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]


def test_every_default_binds_to_loopback() -> None:
    assert Metrics().address == "127.0.0.1"
    assert Config().monitoring.address == "127.0.0.1"
    example = (ROOT / "packaging" / "kiosk.example.toml").read_text(encoding="utf-8")
    assert re.search(r'^address = "127\.0\.0\.1"$', example, re.MULTILINE)
    template = (ROOT / "packaging" / "ansible" / "kiosk.toml.j2").read_text(encoding="utf-8")
    line = next(x for x in template.splitlines() if x.startswith("address = "))
    assert 'default("127.0.0.1")' in line, line
    assert "0.0.0.0" not in template
