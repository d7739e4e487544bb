"""A short chime before the idle warning, for a resident who is not looking (A7).

Played with ALSA's ``aplay`` in its own process, so the GUI never waits for audio.
The sound is 0.6 s, well under the 3 s limit for non-speech audio (A20).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QProcess

log = logging.getLogger(__name__)


class Chime(Protocol):
    def play(self) -> None: ...


class SilentChime:
    """No sound (tests, screenshots); counts how often it was asked to play."""

    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1


class AplayChime:
    """Plays ``path`` with aplay; a missing player or file is logged once, never raised."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._player = shutil.which("aplay")
        if self._player is None or not path.is_file():
            log.warning(
                "chime disabled: %s",
                "aplay not found" if self._player is None else f"{path} missing",
            )
            self._player = None

    def play(self) -> None:
        if self._player is not None:
            QProcess.startDetached(self._player, ["-q", str(self.path)])
