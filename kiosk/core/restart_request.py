"""A restart asked for from outside, done only when no resident is using the kiosk.

An update of the Debian package must not cut off a resident in the middle of a
session. So the package's postinst (through ``/usr/lib/kiosk/restart-when-idle``)
does not restart the service: it writes a flag file, by default
``/run/kiosk/restart-requested`` (the service names it in ``$KIOSK_RESTART_FLAG``).
The app looks for it every few seconds; when it is there and the attract screen is
up, the app removes it and exits with status 0, and systemd (``Restart=always``)
starts the new version. A timer restarts the kiosk anyway if that has not happened
after the maximum wait (30 minutes by default).

No Qt here: the app (kiosk/app.py) does the looking and the quitting.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

#: The environment variable that names the flag file (set by kiosk.service).
ENV_VAR = "KIOSK_RESTART_FLAG"


class RestartRequest:
    """The flag file at ``path``: ``pending()`` while it exists, ``clear()`` removes it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._stuck = False  # the flag could not be removed: ignore it from now on

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> RestartRequest | None:
        """The request named by ``$KIOSK_RESTART_FLAG``; ``None`` when it is not set
        (the kiosk run by hand, a test): then nothing is watched."""
        value = (os.environ if environ is None else environ).get(ENV_VAR, "").strip()
        return cls(value) if value else None

    def pending(self) -> bool:
        """True while the flag file is there. An unreadable folder counts as no
        request: the package's timer restarts the kiosk in the end anyway."""
        try:
            return self.path.exists()
        except OSError:
            return False

    def clear(self) -> bool:
        """Remove the flag. False if it cannot be removed: then the kiosk must not quit
        for it, or every start would see it again and quit at once."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.error(
                "restart request %s cannot be removed (%s); not restarting for it",
                self.path,
                exc.strerror or type(exc).__name__,
            )
            return False
        return True

    def take_if_idle(self, screen_name: str) -> bool:
        """True when a restart is due now: one is pending, the attract screen (no
        resident) is up, and the flag has been removed."""
        if self._stuck or screen_name != "attract" or not self.pending():
            return False
        if not self.clear():
            self._stuck = True
            return False
        log.info("restart requested (an update); the kiosk is idle, so it restarts now")
        return True

    def request(self) -> None:
        """Write the flag (what restart-when-idle does; for tests and tools)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text("restart\n", encoding="utf-8")
        os.replace(tmp, self.path)
