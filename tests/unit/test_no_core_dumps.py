"""No core dumps (kiosk.core.hardening) and a hung kiosk ended without one
(kiosk.core.watchdog.Watchdog.guard_hangs), with real child processes.

The machine's ``core_pattern`` decides where a core would go; where it is a plain file
name, a control process that may dump shows that a core file really appears here."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = sys.platform.startswith("linux")


def run_child(code: str, cwd: Path, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def cores(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name == "core" or p.name.startswith("core.")]


def plain_core_pattern() -> bool:
    try:
        pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return False
    return bool(pattern) and not pattern.startswith("|") and "/" not in pattern


ABORT_MAY_DUMP = """
    import os, resource
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    {before_abort}
    os.abort()
"""


@pytest.mark.skipif(not LINUX, reason="prctl is Linux only")
def test_an_aborting_kiosk_leaves_no_core_file(tmp_path: Path) -> None:
    control, hardened = tmp_path / "control", tmp_path / "hardened"
    control.mkdir()
    hardened.mkdir()
    can_dump = run_child(ABORT_MAY_DUMP.format(before_abort="pass"), control)
    assert can_dump.returncode == -signal.SIGABRT
    result = run_child(
        ABORT_MAY_DUMP.format(
            before_abort="from kiosk.core.hardening import disable_core_dumps\n"
            "    assert disable_core_dumps() == []"
        ),
        hardened,
    )
    assert result.returncode == -signal.SIGABRT, result.stderr
    assert cores(hardened) == []
    if not cores(control):
        pytest.skip("this machine writes no core files anyway (core_pattern, limits)")
    print(f"control core file: {cores(control)[0].stat().st_size} bytes; hardened: none")


@pytest.mark.skipif(not LINUX, reason="prctl is Linux only")
def test_dumps_stay_off_for_the_process_and_its_children(tmp_path: Path) -> None:
    result = run_child(
        """
        import resource, subprocess, sys
        from kiosk.core.hardening import disable_core_dumps, dumpable
        assert dumpable() is True
        assert disable_core_dumps() == []
        print(dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))
        except (ValueError, OSError):
            print("cannot raise")
        child = subprocess.run([sys.executable, "-c",
                                "import resource; print(resource.getrlimit(resource.RLIMIT_CORE))"],
                               capture_output=True, text=True)
        print(child.stdout.strip())
    """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "False (0, 0)"
    # Raising it again needs privileges (CAP_SYS_RESOURCE; the tests may run as root).
    assert lines[1] == "cannot raise" or os.geteuid() == 0
    assert lines[-1] == "(0, 0)"  # a speech worker inherits the limit


HUNG_KIOSK = """
    import sys, threading, time
    from pathlib import Path
    from kiosk.core.watchdog import Watchdog

    watchdog = Watchdog({{"NOTIFY_SOCKET": "@kiosk-test-none", "WATCHDOG_USEC": "500000"}})
    limit = watchdog.guard_hangs(Path("crash/fault-hang.log"))
    print(f"limit {{limit}}", flush=True)
    for _ in range({pings}):
        time.sleep(0.1)
        watchdog.ping()
    {after}

    def frozen_gui_thread():
        threading.Event().wait()  # e.g. a slot that never returns

    frozen_gui_thread()
"""


def test_a_hung_kiosk_ends_itself_without_a_signal_and_writes_where_it_hung(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_child(HUNG_KIOSK.format(pings=3, after="pass"), tmp_path)
    took = time.monotonic() - started
    assert result.stdout.startswith("limit 0.4")
    # _exit(1) from faulthandler's thread: not SIGABRT (-6), which dumps core.
    assert result.returncode == 1, (result.returncode, result.stderr)
    stacks = (tmp_path / "crash" / "fault-hang.log").read_text()
    assert stacks.startswith("Timeout (0:00:00.400000)!")
    assert "frozen_gui_thread" in stacks
    assert cores(tmp_path) == []
    assert took < 10
    print(f"a hang ended after {took:.2f} s (limit 0.4 s, plus start-up)")


def test_pings_keep_it_alive_and_a_clean_stop_disarms(tmp_path: Path) -> None:
    # Pings for 1.5 s (limit 0.4 s), then a clean stop, then 1 s more before exiting.
    result = run_child(
        HUNG_KIOSK.format(pings=15, after="watchdog.stopping(); time.sleep(1.0); sys.exit(0)"),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_without_a_watchdog_nothing_is_armed(tmp_path: Path) -> None:
    from kiosk.core.watchdog import Watchdog

    watchdog = Watchdog({})
    assert watchdog.guard_hangs(tmp_path / "fault.log") is None
    assert watchdog.hang_limit_s is None
    assert not (tmp_path / "fault.log").exists()
