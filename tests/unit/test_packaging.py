"""The Debian package's inputs: every asset travels in the wheel, the lock pins every
run-time dependency with a hash, the maintainer scripts are valid shell."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "packaging" / "requirements.lock"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return canonical(re.match(r"[A-Za-z0-9._-]+", requirement.strip())[0])


def locked() -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) from requirements.lock."""
    text = LOCK.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = re.match(r"\s*([A-Za-z0-9._-]+)==(\S+)\s*(.*)", line)
        assert match, f"not a pinned line: {line!r}"
        pins[canonical(match[1])] = (match[2], re.findall(r"--hash=sha256:([0-9a-f]{64})",
                                                          match[3]))
    return pins


def test_every_asset_is_installed_to_share_kiosk_assets() -> None:
    data_files: dict[str, list[str]] = PYPROJECT["tool"]["setuptools"]["data-files"]
    for path in sorted((ROOT / "assets").rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(ROOT).as_posix()
        # A pattern covers files of its own folder only (fnmatch's * also matches /).
        targets = [target for target, patterns in data_files.items()
                   if any(fnmatch.fnmatch(relative, pattern)
                          and Path(pattern).parent == Path(relative).parent
                          for pattern in patterns)]
        expected = "share/kiosk/" + path.parent.relative_to(ROOT).as_posix()
        assert targets == [expected], f"{relative}: add it to [tool.setuptools.data-files]"


def test_translations_travel_in_the_package() -> None:
    package_data = PYPROJECT["tool"]["setuptools"]["package-data"]
    assert "translations/*.qm" in package_data["kiosk.ui"]


def test_lock_pins_every_runtime_dependency_with_a_hash() -> None:
    pins = locked()
    for requirement in PYPROJECT["project"]["dependencies"]:
        assert requirement_name(requirement) in pins, f"{requirement} is not in the lock"
    for name, (_version, hashes) in pins.items():
        assert hashes, f"{name} has no --hash"
    wanted = [requirement_name(line) for line in
              (ROOT / "packaging" / "requirements.in").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    assert set(wanted) <= set(pins)
    for name in ("pyside6-essentials", "pyyaml", "platformdirs", "requests", "pyttsx3",
                 "qrcode", "prometheus-client"):
        assert name in wanted


def test_pyside6_stays_on_6_11() -> None:
    version = locked()["pyside6-essentials"][0]
    assert version.startswith("6.11."), "6.12.0 aborts (lost reference to None)"
    assert locked()["shiboken6"][0] == version


@pytest.mark.parametrize("script", ["postinst", "prerm", "postrm"])
def test_maintainer_scripts_are_valid_shell(script: str) -> None:
    path = ROOT / "packaging" / "debian" / script
    assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    done = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_purge_removes_the_data_only_on_purge() -> None:
    postrm = (ROOT / "packaging" / "debian" / "postrm").read_text(encoding="utf-8")
    purge = postrm.split("purge)", 1)[1]
    remove = postrm.split("remove)", 1)[1].split(";;", 1)[0]
    assert "rm -rf /var/lib/kiosk" in purge
    assert "/var/lib/kiosk" not in remove
    prerm = (ROOT / "packaging" / "debian" / "prerm").read_text(encoding="utf-8")
    assert 'deb-systemd-invoke stop "$UNIT"' in prerm


def test_ansible_playbook_and_inventory_are_valid_yaml() -> None:
    import yaml

    ansible = ROOT / "packaging" / "ansible"
    plays = yaml.safe_load((ansible / "kiosk.yml").read_text(encoding="utf-8"))
    tasks = {next(k for k in task if k.startswith("ansible.builtin.")): task
             for task in plays[0]["tasks"]}
    assert "deb" in tasks["ansible.builtin.apt"]["ansible.builtin.apt"]
    template = tasks["ansible.builtin.template"]["ansible.builtin.template"]
    assert template["dest"] == "/etc/kiosk/kiosk.toml"
    assert template["validate"] == "/usr/bin/kiosk check-config %s"
    assert plays[0]["handlers"][0]["ansible.builtin.systemd"]["state"] == "restarted"
    inventory = yaml.safe_load((ansible / "inventory.example.yml").read_text(encoding="utf-8"))
    hosts = inventory["all"]["children"]["kiosks"]["hosts"]
    template_text = (ansible / "kiosk.toml.j2").read_text(encoding="utf-8")
    variables = set(re.findall(r"{{\s*(kiosk_[a-z_]+)", template_text))
    required = {v for v in variables if f"{v} | default" not in template_text
                and f"{v}.fi" not in template_text} | {"kiosk_place_name"}
    for name, host in hosts.items():
        assert required <= set(host), f"{name} lacks {required - set(host)}"
