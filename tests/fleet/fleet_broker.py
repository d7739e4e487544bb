"""A real Mosquitto broker for the fleet tests: on a free loopback port, with its own
config, password file and ACL when asked, started and stopped by the test."""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.fleet.connection import BrokerSettings

MOSQUITTO = shutil.which("mosquitto") or (
    "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None
)
MOSQUITTO_PASSWD = shutil.which("mosquitto_passwd")

#: Per-kiosk ACL as INSTALL.md gives it: a kiosk (user name = kiosk id) writes only its
#: own status and requests and reads only the desks' actions on them; a desk user
#: reads its place and writes only desk actions there.
ACL = """\
pattern write kiosk/+/%u/status
pattern write kiosk/+/%u/help/+
pattern read kiosk/+/%u/help/+/desk

user desk-kallio
topic read kiosk/kallio/#
topic write kiosk/kallio/+/help/+/desk
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(check: Callable[[], Any], timeout: float = 5.0, step: float = 0.01) -> Any:
    """Poll ``check`` until it returns something true; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {check}")
        time.sleep(step)


class Broker:
    """``users``: user name → password (a password file and ``allow_anonymous false``);
    ``acl``: the text of an ACL file; ``tls``: the server's certificate and key files."""

    def __init__(
        self,
        folder: Path,
        users: dict[str, str] | None = None,
        acl: str | None = None,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.folder, self.users, self.acl, self.tls = folder, users or {}, acl, tls
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / "mosquitto.log"
        folder.mkdir(parents=True, exist_ok=True)

    def _config(self) -> Path:
        lines = [f"listener {self.port} 127.0.0.1"]
        if self.tls is not None:  # the server's certificate and key (PEM)
            lines += [f"certfile {self.tls[0]}", f"keyfile {self.tls[1]}"]
        lines += [
            "persistence false",
            f"user {getpass.getuser()}",
            "log_dest stderr",
            "log_type all",
        ]
        if self.users:
            passwords = self.folder / "passwords"
            passwords.write_text("", encoding="utf-8")
            for user, password in self.users.items():
                assert MOSQUITTO_PASSWD, "mosquitto_passwd is not installed"
                subprocess.run(
                    [MOSQUITTO_PASSWD, "-b", str(passwords), user, password],
                    check=True,
                    capture_output=True,
                )
            lines += ["allow_anonymous false", f"password_file {passwords}"]
        else:
            lines.append("allow_anonymous true")
        if self.acl is not None:
            acl = self.folder / "acl"
            acl.write_text(self.acl, encoding="utf-8")
            lines.append(f"acl_file {acl}")
        config = self.folder / "mosquitto.conf"
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return config

    def start(self) -> None:
        assert MOSQUITTO, "mosquitto is not installed"
        config = self._config()
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [MOSQUITTO, "-c", str(config)], stdout=out, stderr=subprocess.STDOUT
            )
        wait_for(self._listening, timeout=10)

    def _listening(self) -> bool:  # a TCP connection is taken (TLS or not)
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(
                "mosquitto stopped:\n" + self.log.read_text(encoding="utf-8", errors="replace")
            )
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
        except OSError:
            return False
        return True

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def settings(self, **changes: Any) -> BrokerSettings:
        return replace(BrokerSettings("127.0.0.1", self.port, keepalive_s=5), **changes)
