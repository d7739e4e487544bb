"""systemd notifications (kiosk.core.watchdog) over a real AF_UNIX datagram socket, a
frozen Qt event loop that stops the pings, and the shipped unit file."""

from __future__ import annotations

import configparser
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.watchdog import Watchdog

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "packaging" / "kiosk.service"


class Listener:
    """A datagram socket standing in for systemd's notify socket; a thread records
    each message with the time it arrived."""

    def __init__(self, address: str | bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.settimeout(0.05)
        self.messages: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode()))

    def wait_for(self, text: str, timeout: float = 2.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if any(text in m for _, m in self.messages):
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture
def path_listener(tmp_path: Path) -> Iterator[tuple[Listener, str]]:
    path = str(tmp_path / "notify.sock")
    listener = Listener(path)
    yield listener, path
    listener.close()


@pytest.fixture
def abstract_listener() -> Iterator[tuple[Listener, str]]:
    name = f"kiosk-test-{uuid.uuid4().hex}"
    listener = Listener(b"\0" + name.encode())
    yield listener, "@" + name
    listener.close()


def test_ready_and_watchdog_reach_the_socket(path_listener: tuple[Listener, str]) -> None:
    listener, path = path_listener
    watchdog = Watchdog({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "30000000"})
    assert watchdog.enabled
    assert watchdog.interval_s == pytest.approx(30.0)
    assert watchdog.ping_interval_ms == 15000  # half the interval
    assert watchdog.ready(status="attract screen up")
    assert watchdog.ping()
    assert watchdog.stopping()
    assert listener.wait_for("STOPPING=1")
    messages = [m for _, m in listener.messages]
    assert messages == ["READY=1\nSTATUS=attract screen up", "WATCHDOG=1", "STOPPING=1"]


def test_abstract_socket_name(abstract_listener: tuple[Listener, str]) -> None:
    listener, name = abstract_listener
    assert name.startswith("@")
    watchdog = Watchdog({"NOTIFY_SOCKET": name, "WATCHDOG_USEC": "2000000"})
    assert watchdog.ready()
    assert watchdog.ping()
    assert listener.wait_for("WATCHDOG=1")
    assert [m for _, m in listener.messages] == ["READY=1", "WATCHDOG=1"]
    assert watchdog.ping_interval_ms == 1000
    watchdog.close()


def test_not_under_systemd_everything_is_a_no_op() -> None:
    watchdog = Watchdog({})
    assert not watchdog.enabled
    assert watchdog.ping_interval_ms is None
    assert watchdog.ready() is False
    assert watchdog.ping() is False
    assert watchdog.status("x") is False
    assert watchdog.stopping() is False


def test_reads_the_real_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert not Watchdog().enabled
    monkeypatch.setenv("NOTIFY_SOCKET", "@somewhere")
    assert Watchdog().enabled


def test_without_watchdog_usec_ready_is_sent_but_no_pings(
    path_listener: tuple[Listener, str],
) -> None:
    listener, path = path_listener
    watchdog = Watchdog({"NOTIFY_SOCKET": path})
    assert watchdog.ping_interval_ms is None
    assert watchdog.ping() is False
    assert watchdog.ready()
    assert listener.wait_for("READY=1")
    assert all("WATCHDOG" not in m for _, m in listener.messages)
    watchdog.close()


@pytest.mark.parametrize(
    "pid, pings",
    [
        ("self", True),  # the kiosk is the service's main process
        ("parent", True),  # the kiosk runs under cage, the main process
        ("other", False),  # the watchdog belongs to some other process
    ],
)
def test_watchdog_pid(path_listener: tuple[Listener, str], pid: str, pings: bool) -> None:
    _listener, path = path_listener
    value = {"self": os.getpid(), "parent": os.getppid(), "other": 999_999_999}[pid]
    watchdog = Watchdog(
        {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": str(value)}
    )
    assert (watchdog.ping_interval_ms is not None) is pings
    assert watchdog.ping() is pings
    watchdog.close()


@pytest.mark.parametrize("usec", ["", "0", "-5", "abc"])
def test_bad_watchdog_usec_means_no_watchdog(usec: str) -> None:
    assert Watchdog({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": usec}).interval_s is None


def test_a_missing_socket_does_not_raise(tmp_path: Path, caplog) -> None:
    watchdog = Watchdog({"NOTIFY_SOCKET": str(tmp_path / "gone.sock"), "WATCHDOG_USEC": "1"})
    assert watchdog.ready() is False
    assert watchdog.ping() is False
    warnings = [r for r in caplog.records if "cannot notify" in r.getMessage()]
    assert len(warnings) == 1  # said once, not on every ping
    watchdog.close()


@pytest.mark.gui
def test_a_frozen_event_loop_stops_the_pings(qapp, path_listener: tuple[Listener, str]) -> None:
    """The kiosk pings from a QTimer on the GUI thread: while a slot blocks the event
    loop, no pings go out (so systemd notices the freeze); afterwards they resume."""
    from PySide6.QtCore import QEventLoop, QTimer

    listener, path = path_listener
    watchdog = Watchdog({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "100000"})  # 0.1 s
    assert watchdog.ping_interval_ms == 50
    freeze: dict[str, float] = {}

    def frozen_slot() -> None:
        freeze["start"] = time.monotonic()
        time.sleep(0.6)  # e.g. a blocking call on the GUI thread
        freeze["end"] = time.monotonic()

    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(watchdog.ping_interval_ms)
    timer.timeout.connect(watchdog.ping)
    timer.start()
    QTimer.singleShot(300, frozen_slot)
    QTimer.singleShot(1300, loop.quit)
    loop.exec()
    timer.stop()
    watchdog.close()

    pings = [t for t, m in listener.messages if m == "WATCHDOG=1"]
    start, end = freeze["start"], freeze["end"]
    before = [t for t in pings if t < start]
    during = [t for t in pings if start + 0.01 < t < end]
    after = [t for t in pings if t > end]
    assert len(before) >= 3, pings
    assert during == [], "a frozen event loop must not ping"
    assert len(after) >= 3, "pings resume once the loop runs again"
    # The gap in pings covers the whole freeze: longer than the 0.1 s watchdog.
    gap = min(after) - max(before)
    assert gap >= 0.55


def test_unit_file_runs_the_kiosk_under_the_watchdog() -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None, allow_no_value=True)
    parser.optionxform = str  # systemd keys are case-sensitive
    # systemd allows repeated keys (Environment=); configparser keeps the last one,
    # so read those separately.
    text = UNIT.read_text(encoding="utf-8")
    parser.read_string(text)
    service = parser["Service"]
    assert service["Type"] == "notify"
    assert service["Restart"] == "always"
    assert service["WatchdogSec"] == "30"
    assert service["NotifyAccess"] == "all"
    assert service["User"] == "kiosk"
    assert service["PAMName"] == "kiosk"
    assert service["TTYPath"] == "/dev/tty1"
    assert service["StandardError"] == "journal"  # the kiosk then logs to journald
    assert "/usr/bin/cage " in service["ExecStart"]  # maybe behind /usr/bin/env VAR=…
    # A hung kiosk must not dump core (it holds what residents typed): systemd's own
    # watchdog signal is SIGABRT unless the unit says otherwise, so either it does not
    # dump (SIGKILL, SIGTERM) or core files are off for the service.
    assert (
        service.get("WatchdogSignal", "SIGABRT") in ("SIGKILL", "SIGTERM")
        or service.get("LimitCORE") == "0"
    )
    assert "/usr/bin/kiosk run --config /etc/kiosk/kiosk.toml" in service["ExecStart"]
    environment = [
        line.split("=", 1)[1] for line in text.splitlines() if line.startswith("Environment=")
    ]
    assert "QT_QPA_PLATFORM=wayland" in environment
    assert "KIOSK_DATA_DIR=/var/lib/kiosk" in environment
    assert parser["Install"]["WantedBy"] == "graphical.target"
    assert parser["Unit"]["Conflicts"] == "getty@tty1.service"
