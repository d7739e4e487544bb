"""An update never cuts off a resident: the running kiosk restarts for it only when it
stands idle on its attract screen (kiosk/app.py's watch_restart_request, the flag file
of kiosk/core/restart_request.py that the package's postinst writes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.core.restart_request import ENV_VAR, RestartRequest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_a_requested_restart_waits_until_the_resident_has_gone(make_kiosk, qtbot, tmp_path):
    from kiosk.app import watch_restart_request

    kiosk = make_kiosk()
    kiosk.window.start_session()  # a resident has touched the screen
    assert kiosk.window.screen_name != "attract"
    request = RestartRequest(tmp_path / "run" / "restart-requested")
    request.request()
    quits: list[bool] = []
    timer = watch_restart_request(
        kiosk, request, interval_ms=10, quit_app=lambda: quits.append(kiosk.window.allow_close)
    )
    try:
        qtbot.wait(300)  # many checks while the resident is busy
        assert quits == []
        assert request.pending()
        assert not kiosk.window.allow_close
        kiosk.window.show_attract()  # session over: the kiosk is idle
        qtbot.waitUntil(lambda: bool(quits), timeout=3000)
        assert quits == [True]  # the window may close, as the admin PIN allows
        assert not request.pending()  # taken: the new kiosk will not restart again
        qtbot.wait(100)
        assert quits == [True]  # once
    finally:
        timer.stop()
        timer.deleteLater()


def test_without_a_request_the_kiosk_stays(make_kiosk, qtbot, tmp_path):
    from kiosk.app import watch_restart_request

    kiosk = make_kiosk()
    assert kiosk.window.screen_name == "attract"
    quits: list[bool] = []
    timer = watch_restart_request(
        kiosk,
        RestartRequest(tmp_path / "restart-requested"),
        interval_ms=10,
        quit_app=lambda: quits.append(True),
    )
    try:
        qtbot.wait(200)
        assert quits == []
        assert not kiosk.window.allow_close
    finally:
        timer.stop()
        timer.deleteLater()


def test_the_running_kiosk_exits_0_for_systemd_to_restart_it(tmp_path):
    """The real command as the service runs it (flag named in $KIOSK_RESTART_FLAG):
    idle on the attract screen with a request, it removes the flag and exits with
    status 0 (Restart=always then starts the new version)."""
    flag = tmp_path / "run" / "restart-requested"
    RestartRequest(flag).request()
    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\ndemo = true\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        {
            ENV_VAR: str(flag),
            "KIOSK_DATA_DIR": str(tmp_path / "data"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--windowed", "--config", str(config)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert not flag.exists()
    assert time.monotonic() - started < 60
    logs = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "data").rglob("*.log")
    )
    assert "restart requested" in logs + done.stderr
