"""Which config ``kiosk run`` uses (issue 12): only with no --config and no
/etc/kiosk/kiosk.toml is the kiosk a developer's demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import cli
from kiosk.core import config


def test_given_config_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = tmp_path / "etc.toml"
    installed.write_text("")
    monkeypatch.setattr(config, "SYSTEM_CONFIG", installed)
    assert cli.run_config_path(tmp_path / "mine.toml") == tmp_path / "mine.toml"


def test_the_installed_config_is_used_without_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "etc.toml"
    installed.write_text("[kiosk\n")  # even a broken one: never the demo
    monkeypatch.setattr(config, "SYSTEM_CONFIG", installed)
    assert cli.run_config_path(None) == installed


def test_no_file_at_all_is_the_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "SYSTEM_CONFIG", tmp_path / "nothing" / "kiosk.toml")
    assert cli.run_config_path(None) is None


def test_the_system_config_path() -> None:
    installed = Path("/etc/kiosk/kiosk.toml")
    assert installed == config.SYSTEM_CONFIG
