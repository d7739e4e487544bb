"""Private listening: is a headset plugged in? (EN 301 549 5.1.3.9, issue 13.) No Qt.

While a headset is in, speech goes to it (not the loudspeaker) at a safe starting
volume, and private values (contact details, what the resident wrote) may be said
there; when it comes out, speech returns to the loudspeaker and private values are
silent again. The kiosk finds out from a *jack source*, chosen with ``[headset]
detect`` in the config (docs/INSTALL.md says which to use for which hardware):

``alsa``   the sound card's jack control ("Headphone Jack"), read with ``amixer cget``
           (only where the codec reports the jack; many do, some do not);
``evdev``  a switch (``SW_HEADPHONE_INSERT`` = 2) or a key of an input device, read
           with the EVIOCGSW / EVIOCGKEY ioctls: jack reporting of HDA and SoC sound
           cards, or a tactile "private listening" key wired to a keypad;
``gpio``   a GPIO line's value file (``/sys/class/gpio/gpioN/value``, "1" = in, or
           the other way round with ``gpio_active_low``): a jack with a detect switch
           wired to a GPIO pin;
``none``   no headset detection (the default).

Jack detection on Linux is unreliable, so a source that cannot tell (a missing
device, an error) answers None and nothing changes. :class:`HeadsetWatch` polls the
source every ``poll_s`` on its own thread and reports changes; tests inject any object
with a ``plugged()`` method and call :meth:`HeadsetWatch.poll` themselves.
"""

from __future__ import annotations

import array
import fcntl
import logging
import os
import re
import subprocess
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

#: Linux input event codes (linux/input-event-codes.h).
SW_HEADPHONE_INSERT = 2
_EV_SW_MAX, _EV_KEY_MAX = 0x10, 0x2FF
#: _IOC(_IOC_READ, 'E', nr, len): EVIOCGKEY is nr 0x18, EVIOCGSW 0x1B.
_IOC_READ = 2


def _eviocg(nr: int, length: int) -> int:
    return (_IOC_READ << 30) | (length << 16) | (ord("E") << 8) | nr


class JackSource(Protocol):
    """Where the kiosk learns whether a headset is in."""

    def plugged(self) -> bool | None:
        """True (in), False (out), or None when it cannot tell now."""
        ...


class NoJack:
    """No detection: never plugged."""

    def plugged(self) -> bool | None:
        return None


class AlsaJack:
    """A sound card's jack control, e.g. ``amixer -c 0 cget name='Headphone Jack'``."""

    def __init__(self, card: int, control: str, run: Callable[..., Any] = subprocess.run):
        self.command = ["amixer", "-c", str(card), "cget", f"name={control}"]
        self._run = run

    def plugged(self) -> bool | None:
        try:
            done = self._run(self.command, capture_output=True, text=True, timeout=2)
        except (OSError, subprocess.SubprocessError):
            return None
        found = re.search(r":\s*values=(on|off)\b", str(done.stdout or ""))
        if done.returncode != 0 or found is None:
            return None
        return found.group(1) == "on"


class EvdevJack:
    """A switch or a key of an input device (``/dev/input/…``): is it on (pressed)?"""

    def __init__(self, device: str, code: int = SW_HEADPHONE_INSERT, kind: str = "switch"):
        self.device, self.code, self.kind = device, code, kind

    def plugged(self) -> bool | None:
        top = _EV_SW_MAX if self.kind == "switch" else _EV_KEY_MAX
        if not self.device or not 0 <= self.code <= top:
            return None
        state = array.array("B", bytes(top // 8 + 1))
        request = _eviocg(0x1B if self.kind == "switch" else 0x18, len(state))
        try:
            fd = os.open(self.device, os.O_RDONLY | os.O_NONBLOCK)
            try:
                fcntl.ioctl(fd, request, state, True)
            finally:
                os.close(fd)
        except OSError:
            return None
        return bool(state[self.code // 8] & (1 << (self.code % 8)))


class GpioJack:
    """A GPIO line's value file: "1" means in (or out, with ``active_low``)."""

    def __init__(self, path: str, active_low: bool = False):
        self.path, self.active_low = Path(path), active_low

    def plugged(self) -> bool | None:
        try:
            value = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        if value not in ("0", "1"):
            return None
        return (value == "1") != self.active_low


def jack_source(config: Any) -> JackSource:
    """The jack source ``[headset]`` asks for."""
    match config.detect:
        case "alsa":
            return AlsaJack(config.alsa_card, config.alsa_control)
        case "evdev":
            return EvdevJack(config.evdev_device, config.evdev_code, config.evdev_kind)
        case "gpio":
            return GpioJack(config.gpio_path, config.gpio_active_low)
    return NoJack()


class AudioRoute:
    """Mutes the loudspeaker while a headset is in, where the card has a control for
    it (``[headset] mute_control``, e.g. "Speaker"), with ``amixer sset``."""

    def __init__(self, card: int, control: str, run: Callable[..., Any] = subprocess.run):
        self.card, self.control, self._run = card, control, run
        self.commands: list[Sequence[str]] = []  # what was run, for staff and tests

    def headset(self, plugged: bool) -> None:
        if not self.control:
            return
        command = ["amixer", "-q", "-c", str(self.card), "sset", self.control]
        command.append("mute" if plugged else "unmute")
        self.commands.append(command)
        try:
            self._run(command, capture_output=True, timeout=2, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("headset: %s could not be %s: %s", self.control, command[-1], exc)


class HeadsetWatch:
    """Polls ``source`` and calls ``on_change(plugged)`` when the answer changes (the
    first answer counts as a change only when it is "in")."""

    def __init__(
        self, source: JackSource, on_change: Callable[[bool], object], poll_s: float = 0.5
    ) -> None:
        self.source, self._on_change, self.poll_s = source, on_change, poll_s
        self.plugged = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self) -> bool | None:
        """Ask the source once; report a change. Its answer (None: could not tell)."""
        now = self.source.plugged()
        if now is not None and now != self.plugged:
            self.plugged = now
            log.info("headset %s", "plugged in" if now else "unplugged")
            self._on_change(now)
        return now

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="headset-watch", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll()
            except Exception:  # noqa: BLE001 - a broken source must not end the watch
                log.exception("headset: the jack source failed")
            self._stop.wait(self.poll_s)
