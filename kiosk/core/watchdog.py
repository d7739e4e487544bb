"""systemd readiness and watchdog notifications (``sd_notify``), without Qt.

Under systemd (``Type=notify``, ``WatchdogSec=``) the kiosk says READY=1 once the
attract screen is up, WATCHDOG=1 every half watchdog interval while the GUI thread is
alive, and STOPPING=1 on a clean exit. If the pings stop (a frozen event loop), systemd
kills the service (SIGABRT first, so faulthandler writes where it hung) and starts it
again.

The pings must come from the GUI thread (a Qt timer in the composition root): a
separate thread would keep pinging while the window is frozen.

Outside systemd (no ``$NOTIFY_SOCKET``) every call is a cheap no-op. Sending never
raises: a monitoring aid must not stop the kiosk.

The kiosk runs as a child of the ``cage`` compositor, which is the service's main
process, so ``$WATCHDOG_PID`` names our parent, not us; the unit's ``NotifyAccess=all``
lets systemd accept our messages. A ``$WATCHDOG_PID`` naming neither this process nor
its parent means the watchdog belongs to someone else, and we do not ping.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)

__all__ = ["Watchdog"]


def _address(value: str) -> str | bytes | None:
    """The socket address for ``$NOTIFY_SOCKET``: a path, or an abstract name (a
    leading '@' stands for the leading NUL byte of Linux abstract socket names)."""
    if value.startswith("@"):
        return b"\0" + value[1:].encode()
    if value.startswith("/"):
        return value
    return None  # e.g. vsock: addresses; not used for services on one machine


class Watchdog:
    """Notifications to the service manager. ``Watchdog()`` reads the environment."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self._address = _address(env.get("NOTIFY_SOCKET", ""))
        self._socket: socket.socket | None = None
        self._warned = False
        self.interval_s: float | None = None
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        ours = not pid or pid in (str(os.getpid()), str(os.getppid()))
        if self._address is not None and usec.isdigit() and int(usec) > 0 and ours:
            self.interval_s = int(usec) / 1_000_000

    @property
    def enabled(self) -> bool:
        """True when running under a service manager that listens for notifications."""
        return self._address is not None

    @property
    def ping_interval_ms(self) -> int | None:
        """How often to call ``ping``: half the watchdog interval, or None if the
        service has no watchdog."""
        if self.interval_s is None:
            return None
        return max(1, int(self.interval_s * 1000 / 2))

    def notify(self, state: str) -> bool:
        """Send one notification (e.g. ``"READY=1"``). True if it was sent."""
        if self._address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            self._socket.sendto(state.encode("utf-8"), self._address)
        except OSError as exc:
            if not self._warned:  # once: a broken socket would otherwise flood the log
                log.warning("cannot notify the service manager: %s", exc.strerror or exc)
                self._warned = True
            return False
        return True

    def ready(self, status: str | None = None) -> bool:
        """The kiosk is up: the attract screen is shown and taking input."""
        return self.notify("READY=1" + (f"\nSTATUS={status}" if status else ""))

    def ping(self) -> bool:
        """The GUI thread is alive. Does nothing when the service has no watchdog."""
        if self.interval_s is None:
            return False
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        """A one-line status shown by ``systemctl status`` (never personal data)."""
        return self.notify(f"STATUS={text}")

    def stopping(self) -> bool:
        """The kiosk is shutting down on purpose."""
        sent = self.notify("STOPPING=1")
        self.close()
        return sent

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
