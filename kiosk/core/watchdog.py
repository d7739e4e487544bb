"""systemd readiness and watchdog notifications (``sd_notify``), without Qt.

Under systemd (``Type=notify``, ``WatchdogSec=``) the kiosk says READY=1 once the
attract screen is up, WATCHDOG=1 every half watchdog interval while the GUI thread is
alive, and STOPPING=1 on a clean exit. If the pings stop (a frozen event loop), the
kiosk ends itself before systemd would (`Watchdog.guard_hangs`), and systemd starts it
again.

**No core dump on a hang.** systemd's own watchdog signal is SIGABRT unless the unit
says otherwise, and SIGABRT dumps core: a core file of the kiosk holds what the last
residents typed. So the kiosk does not wait for it: ``guard_hangs()`` arms
faulthandler's timer (``dump_traceback_later(exit=True)``) and every ping re-arms it.
When no ping came for `HANG_FRACTION` of the watchdog interval, faulthandler's own C
thread (it needs neither the GIL nor the frozen loop) writes every thread's Python
stack to the crash file (where it hung, for the staff panel at the next start) and
ends the process with ``_exit(1)``: no signal, so no core dump. The unit should also
say ``WatchdogSignal=SIGKILL`` (or SIGTERM, escalated to SIGKILL) and ``LimitCORE=0``
for the case where even that does not happen.

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

import faulthandler
import logging
import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

__all__ = ["HANG_FRACTION", "Watchdog"]

#: A hung kiosk ends itself when no ping came for this part of the watchdog interval
#: (24 s of 30 s: pings come every 15 s, and systemd would act at 30 s).
HANG_FRACTION = 0.8


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
        #: Seconds without a ping after which the process ends (`guard_hangs`).
        self.hang_limit_s: float | None = None
        self._hang_file: IO[str] | None = None
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

    def guard_hangs(
        self, crash_file: Path | None = None, fraction: float = HANG_FRACTION
    ) -> float | None:
        """End the process, without a core dump, when no ping came for ``fraction``
        of the watchdog interval (see the module docstring). The stacks go to
        ``crash_file`` (appended; e.g. ``CrashFile.path``), else to stderr (the
        journal). Returns the limit in seconds; None (nothing armed) when the service
        has no watchdog."""
        if self.interval_s is None:
            return None
        if crash_file is not None and self._hang_file is None:
            try:
                crash_file.parent.mkdir(parents=True, exist_ok=True)
                self._hang_file = crash_file.open("a", encoding="utf-8")
            except OSError as exc:
                log.warning(
                    "hang guard: cannot open %s (%s); stacks go to stderr",
                    crash_file,
                    exc.strerror or exc,
                )
        self.hang_limit_s = self.interval_s * fraction
        self._arm()
        return self.hang_limit_s

    def _arm(self) -> None:
        if self.hang_limit_s is None:
            return
        target = self._hang_file if self._hang_file is not None else sys.stderr
        try:
            faulthandler.dump_traceback_later(self.hang_limit_s, exit=True, file=target)
        except (AttributeError, OSError, ValueError, RuntimeError) as exc:
            log.warning("hang guard cannot be armed: %s", exc)
            self.hang_limit_s = None

    def _disarm(self) -> None:
        if self.hang_limit_s is not None:
            faulthandler.cancel_dump_traceback_later()
            self.hang_limit_s = None
        if self._hang_file is not None:
            self._hang_file.close()
            self._hang_file = None

    def ping(self) -> bool:
        """The GUI thread is alive (re-arms the hang guard). Does nothing when the
        service has no watchdog."""
        if self.interval_s is None:
            return False
        self._arm()
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        """A one-line status shown by ``systemctl status`` (never personal data)."""
        return self.notify(f"STATUS={text}")

    def stopping(self) -> bool:
        """The kiosk is shutting down on purpose (the hang guard is disarmed)."""
        sent = self.notify("STOPPING=1")
        self.close()
        return sent

    def close(self) -> None:
        self._disarm()
        if self._socket is not None:
            self._socket.close()
            self._socket = None
