"""packaging/restart-when-idle, which the postinst runs after an update: it asks the
running kiosk to restart when idle (a flag file) and sets a timer for the maximum wait,
instead of restarting it at once. Run with stand-ins for systemctl and systemd-run
that record their calls."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "restart-when-idle"


class Fake:
    def __init__(self, tmp_path: Path, active: bool) -> None:
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        self.calls = tmp_path / "calls.log"
        self.flag = tmp_path / "run" / "restart-requested"
        self.flag.parent.mkdir()
        self.root = tmp_path / "opt-kiosk"
        self.root.mkdir()
        status = 0 if active else 3
        for tool in ("systemctl", "systemd-run"):
            script = self.bin / tool
            script.write_text(
                "#!/bin/sh\n"
                f'echo "{tool} $*" >> "{self.calls}"\n'
                f'case "$1" in is-active) exit {status} ;; esac\n'
                "exit 0\n",
                encoding="utf-8",
            )
            script.chmod(0o755)

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        environ = {
            "PATH": f"{self.bin}:/usr/bin:/bin",
            "KIOSK_RESTART_FLAG": str(self.flag),
            "KIOSK_ROOT": str(self.root),
            **env,
        }
        return subprocess.run(
            ["sh", str(SCRIPT), *args],
            env=environ,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def called(self) -> list[str]:
        return self.calls.read_text(encoding="utf-8").splitlines() if self.calls.exists() else []


def test_asks_a_running_kiosk_to_restart_when_idle(tmp_path: Path) -> None:
    fake = Fake(tmp_path, active=True)
    done = fake.run()
    assert done.returncode == 0, done.stderr
    assert fake.flag.is_file()  # the kiosk takes it at its next idle attract screen
    assert not [p for p in fake.flag.parent.iterdir() if p.name.startswith(".")]  # no temp
    calls = fake.called()
    restarts = [c for c in calls if c.startswith(("systemctl restart", "systemctl try-restart"))]
    assert not restarts, calls
    timer = [c for c in calls if c.startswith("systemd-run")]
    assert len(timer) == 1
    assert "--on-active=30min" in timer[0] and "--unit=kiosk-restart-deadline" in timer[0]
    assert timer[0].endswith("restart-when-idle --deadline")
    assert "at the latest in 30min" in done.stdout


def test_the_maximum_wait_can_be_set(tmp_path: Path) -> None:
    fake = Fake(tmp_path, active=True)
    assert fake.run(KIOSK_RESTART_MAX_WAIT="2h").returncode == 0
    assert "--on-active=2h" in " ".join(fake.called())
    fake.calls.unlink()
    assert fake.run("10min").returncode == 0
    assert "--on-active=10min" in " ".join(fake.called())


def test_zero_restarts_at_once(tmp_path: Path) -> None:
    fake = Fake(tmp_path, active=True)
    assert fake.run(KIOSK_RESTART_MAX_WAIT="0").returncode == 0
    assert "systemctl restart kiosk.service" in fake.called()
    assert not fake.flag.exists()


def test_a_kiosk_that_is_not_running_is_left_alone(tmp_path: Path) -> None:
    fake = Fake(tmp_path, active=False)
    done = fake.run()
    assert done.returncode == 0
    assert "not running" in done.stdout
    assert not fake.flag.exists()
    assert [c for c in fake.called() if not c.startswith("systemctl is-active")] == []


@pytest.mark.parametrize("still_asked", [True, False])
def test_the_deadline_restarts_only_a_kiosk_that_did_not(tmp_path: Path, still_asked: bool) -> None:
    fake = Fake(tmp_path, active=True)
    if still_asked:
        fake.flag.write_text("x", encoding="utf-8")
    assert fake.run("--deadline").returncode == 0
    restarted = "systemctl try-restart kiosk.service" in fake.called()
    assert restarted == still_asked


def test_the_deadline_removes_old_environments_nobody_uses(tmp_path: Path) -> None:
    fake = Fake(tmp_path, active=True)
    current = fake.root / "venv-0.2.0-abc"
    old = fake.root / "venv-0.1.0-xyz"
    for venv in (current, old):
        (venv / "lib").mkdir(parents=True)
    os.symlink(current, fake.root / "venv")
    assert fake.run("--deadline").returncode == 0
    assert current.is_dir() and not old.exists()


@pytest.mark.parametrize("script", ["restart-when-idle", "check-deb.sh"])
def test_scripts_are_valid_shell(script: str) -> None:
    path = ROOT / "packaging" / script
    shell = "bash" if script.endswith(".sh") else "sh"
    done = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
