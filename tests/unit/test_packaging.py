"""The Debian package's inputs: every asset travels in the wheel, the lock pins every
run-time dependency with a hash for Debian 12's and 13's Python, the maintainer scripts
are valid shell, the installed config is the production template (no demo), the unit is
hardened (systemd-analyze security <= 5.0) and updates restart the kiosk only when idle.
The built package itself: tests/packaging/test_built_deb.py."""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "packaging" / "requirements.lock"
UNIT = ROOT / "packaging" / "kiosk.service"
BUILD = ROOT / "packaging" / "build-deb.sh"
POSTINST = ROOT / "packaging" / "debian" / "postinst"
PRODUCTION = ROOT / "packaging" / "kiosk.production.toml"


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
        pins[canonical(match[1])] = (
            match[2],
            re.findall(r"--hash=sha256:([0-9a-f]{64})", match[3]),
        )
    return pins


def test_every_asset_is_installed_to_share_kiosk_assets() -> None:
    data_files: dict[str, list[str]] = PYPROJECT["tool"]["setuptools"]["data-files"]
    for path in sorted((ROOT / "assets").rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(ROOT).as_posix()
        # A pattern covers files of its own folder only (fnmatch's * also matches /).
        targets = [
            target
            for target, patterns in data_files.items()
            if any(
                fnmatch.fnmatch(relative, pattern) and Path(pattern).parent == Path(relative).parent
                for pattern in patterns
            )
        ]
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
    wanted = [
        requirement_name(line)
        for line in (ROOT / "packaging" / "requirements.in")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert set(wanted) <= set(pins)
    for name in (
        "pyside6-essentials",
        "pyyaml",
        "platformdirs",
        "requests",
        "pyttsx3",
        "qrcode",
        "prometheus-client",
    ):
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
    tasks = {
        next(k for k in task if k.startswith("ansible.builtin.")): task
        for task in plays[0]["tasks"]
    }
    assert "deb" in tasks["ansible.builtin.apt"]["ansible.builtin.apt"]
    template = tasks["ansible.builtin.template"]["ansible.builtin.template"]
    assert template["dest"] == "/etc/kiosk/kiosk.toml"
    assert template["validate"] == "/usr/bin/kiosk check-config %s"
    # Package or config changed: restart when idle, never at once (issue 12).
    handler = plays[0]["handlers"][0]
    assert handler["ansible.builtin.command"] == "/usr/lib/kiosk/restart-when-idle"
    assert "ansible.builtin.systemd" not in handler
    inventory = yaml.safe_load((ansible / "inventory.example.yml").read_text(encoding="utf-8"))
    hosts = inventory["all"]["children"]["kiosks"]["hosts"]
    template_text = (ansible / "kiosk.toml.j2").read_text(encoding="utf-8")
    variables = set(re.findall(r"{{\s*(kiosk_[a-z_]+)", template_text))
    required = {
        v
        for v in variables
        if f"{v} | default" not in template_text and f"{v}.fi" not in template_text
    } | {"kiosk_place_name"}
    for name, host in hosts.items():
        assert required <= set(host), f"{name} lacks {required - set(host)}"


# ------------------------------------------------------------------ Python 3.11 and 3.13


def test_lock_has_wheels_for_debian_12_and_13() -> None:
    """One pin a package, with the hash of its cp311 and its cp313 wheel where they
    differ (compiled packages; pure and abi3 wheels serve both)."""
    header = LOCK.read_text(encoding="utf-8").splitlines()[2]
    assert "3.11 (Debian 12)" in header and "3.13 (Debian 13)" in header
    pins = locked()
    for compiled in ("pyyaml", "charset-normalizer"):
        assert len(pins[compiled][1]) >= 2, f"{compiled}: one wheel for both Pythons?"
    lock_script = (ROOT / "packaging" / "lock_requirements.py").read_text(encoding="utf-8")
    assert 'PYTHONS = {"3.11": "Debian 12", "3.13": "Debian 13"}' in lock_script
    # build-deb.sh takes the Pythons from there, for the wheels and for Depends.
    build = BUILD.read_text(encoding="utf-8")
    assert "import lock_requirements as l; print(*l.PYTHONS)" in build
    assert '"python3 (<< 3.12)"' not in build


# ------------------------------------------------------------------ the installed config


def test_the_package_installs_the_production_template_as_its_config() -> None:
    build = BUILD.read_text(encoding="utf-8")
    sources = re.findall(r'install -D -m 0644 (\S+) "\$STAGE/etc/kiosk/kiosk\.toml"', build)
    assert sources == ["packaging/kiosk.production.toml"]
    assert 'packaging/kiosk.example.toml "$doc/kiosk.example.toml"' in build


def test_the_production_template_has_no_demo_and_no_pins() -> None:
    text = PRODUCTION.read_text(encoding="utf-8")
    config = tomllib.loads(text)
    assert config["kiosk"].get("demo", False) is False
    assert not re.search(r"(?m)^\s*demo\s*=\s*true", text)
    assert config["staff"]["pin_hashes"] == [] and config["staff"]["admin_pin_hashes"] == []
    assert config["monitoring"]["address"] == "127.0.0.1"
    assert "kiosk hash-pin" in text


def test_check_config_accepts_the_production_template() -> None:
    """The package's CI runs `kiosk check-config /etc/kiosk/kiosk.toml`: exit 0."""
    from kiosk.core.config import check_config

    assert check_config(PRODUCTION) == []


# ------------------------------------------------------------------ the hardened unit


def unit_settings(section: str = "Service") -> dict[str, list[str]]:
    """key -> every value given in [section] (systemd keys may repeat)."""
    found: dict[str, list[str]] = {}
    current = None
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        if current == section:
            key, _, value = line.partition("=")
            found.setdefault(key, []).append(value)
    return found


def test_the_unit_is_hardened() -> None:
    service = unit_settings()
    expected = {
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "StateDirectory": "kiosk",
        "RuntimeDirectory": "kiosk",
        "UMask": "0077",
        "LimitCORE": "0",
        "NoNewPrivileges": "yes",
        "CapabilityBoundingSet": "",
        "RestrictSUIDSGID": "yes",
        "ProtectKernelTunables": "yes",
        "ProtectKernelModules": "yes",
        "ProtectKernelLogs": "yes",
        "ProtectControlGroups": "yes",
        "ProtectClock": "yes",
        "RestrictNamespaces": "yes",
        "LockPersonality": "yes",
        "SystemCallArchitectures": "native",
        "RestrictAddressFamilies": "AF_UNIX AF_INET AF_INET6 AF_NETLINK",
        "DevicePolicy": "closed",
        "WatchdogSignal": "SIGKILL",
    }
    for key, value in expected.items():
        assert service.get(key) == [value], f"{key}={service.get(key)}"
    # What cage, Mesa and ALSA open themselves; ProtectClock= would otherwise close the
    # device list on some systemd versions without them.
    allowed = set(service["DeviceAllow"])
    assert {"char-drm rw", "char-alsa rw", "/dev/tty1 rw"} <= allowed
    # The Wayland socket, print files and speech files live in the runtime folder:
    # /run/user is hidden by ProtectHome=.
    assert "XDG_RUNTIME_DIR=/run/kiosk " in service["ExecStart"][0]
    assert "Environment=KIOSK_RESTART_FLAG=/run/kiosk/restart-requested" in UNIT.read_text(
        encoding="utf-8"
    )


def test_the_unit_exposure_is_at_most_5() -> None:
    """issue 12: `systemd-analyze security` rated the unit 8.9 EXPOSED."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    done = subprocess.run(
        [analyze, "security", "--offline=yes", str(UNIT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    if "--offline" in output and "unrecognized" in output:
        pytest.skip("this systemd-analyze has no --offline (systemd < 250)")
    match = re.search(r"Overall exposure level for \S+: (\d+(?:\.\d+)?)", output)
    assert match, output[-2000:]
    assert float(match[1]) <= 5.0, output


def test_the_kiosk_user_is_not_in_the_input_group() -> None:
    """cage gets input devices from logind for the kiosk's session (kiosk.service)."""
    postinst = POSTINST.read_text(encoding="utf-8")
    loops = re.findall(r"for group in ([^;]+);", postinst)
    assert loops and all("input" not in loop.split() for loop in loops)
    assert "deluser --quiet kiosk input" in postinst  # taken out on the update


# ------------------------------------------------------------------ updates


def test_an_update_restarts_the_kiosk_only_when_idle() -> None:
    postinst = POSTINST.read_text(encoding="utf-8")
    assert "/usr/lib/kiosk/restart-when-idle" in postinst
    assert "try-restart" not in postinst and "systemctl restart" not in postinst.replace(
        "do it with: systemctl restart kiosk", ""
    )
    helper = (ROOT / "packaging" / "restart-when-idle").read_text(encoding="utf-8")
    # The helper writes the file the unit tells the kiosk to watch.
    assert "FLAG=${KIOSK_RESTART_FLAG:-/run/kiosk/restart-requested}" in helper
    assert (
        'install -D -m 0755 packaging/restart-when-idle "$STAGE/usr/lib/kiosk/'
        'restart-when-idle"' in BUILD.read_text(encoding="utf-8")
    )
