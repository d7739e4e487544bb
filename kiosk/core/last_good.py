"""The kiosk's own reading of its config file: fail closed, with the last good settings.

A mistake in the config file must never open the kiosk (no demo mode, no demo PIN
1234 because a comma is missing). So:

- Every time the file is read and its security keys (:data:`SECURITY_KEYS`: ``demo``
  and the PIN hashes) are all usable, a copy of its text is kept in the data folder
  (:data:`LAST_GOOD_FILE`, mode 0600, replaced atomically; written only when it
  changed). Other keys with problems do not stop the copy: they are what the kiosk
  runs with (each such key on its built-in default), and keeping the copy current
  means a PIN taken out of the file stays out.
- A file that cannot be read or is not TOML (or not UTF-8): the kiosk runs with the
  last good copy, and staff are told. With no usable copy either: the built-in
  settings, which are not a demo and have no PINs (helper mode and leaving kiosk mode
  are off).
- A security key with a bad value (``demo = "false"``, a PIN hash that does not parse,
  an admin PIN shorter than 6 digits): that key keeps the last good copy's value, or
  the fail-closed value (``demo = false``, no PINs) when there is none. Never the
  demo.

Only a kiosk started with no config file at all (``kiosk run`` with no ``--config``
and no ``/etc/kiosk/kiosk.toml``: a developer) is a demo without saying
``demo = true``; that is decided by the caller (``kiosk.app.read_config``).

No Qt, nothing from other kiosk packages.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from kiosk.core.atomic_file import write_atomically
from kiosk.core.clock import HELSINKI
from kiosk.core.config import (
    Config,
    Problem,
    Reading,
    read_config_file,
    read_config_text,
)

__all__ = ["LAST_GOOD_FILE", "SECURITY_KEYS", "GuardedConfig", "load_guarded"]

log = logging.getLogger(__name__)

#: The last good copy of the config file, in the data folder.
LAST_GOOD_FILE = "config-last-good.toml"

#: Keys whose bad value must never fall back to an unsafe default.
SECURITY_KEYS: tuple[str, ...] = ("kiosk.demo", "staff.pin_hashes", "staff.admin_pin_hashes")

_HEADER = "# Last good copy of {source}, kept by the kiosk. Do not edit: edit {source}.\n"


@dataclass(frozen=True)
class GuardedConfig:
    """The settings the kiosk runs with, and what to tell about them.

    ``problems``: what is wrong with the file (logged and shown to staff, one each).
    ``notices``: what the kiosk did about it (the last good settings are in use, a key
    kept its last good value), for the log and the staff panel.
    ``source``: ``"file"`` (the file, maybe with some keys kept from the last good copy),
    ``"last-good"`` (the file could not be used at all) or ``"fail-closed"`` (neither
    the file nor a last good copy: built-in settings, not a demo, no PINs).
    """

    config: Config
    problems: tuple[Problem, ...]
    notices: tuple[str, ...]
    source: Literal["file", "last-good", "fail-closed"]


def _get(config: Config, key: str) -> Any:
    section, name = key.split(".")
    return getattr(getattr(config, section), name)


def _set(config: Config, key: str, value: Any) -> Config:
    section, name = key.split(".")
    part = dataclasses.replace(getattr(config, section), **{name: value})
    return dataclasses.replace(config, **{section: part})


def _fail_closed(config: Config, reading: Reading) -> Config:
    """``config`` with every security key that ``reading`` refused on its fail-closed
    value: not a demo, no PINs (the defaults of Config, which are fail-closed)."""
    for key in SECURITY_KEYS:
        if reading.refused(key):
            config = _set(config, key, _get(Config(), key))
    return config


def _saved_on(path: Path) -> str:
    try:
        when = datetime.fromtimestamp(path.stat().st_mtime, HELSINKI)
    except OSError:
        return "an earlier start"
    return f"{when:%d.%m.%Y %H:%M}"


def _read_last_good(path: Path) -> Reading | None:
    """The last good copy, or None when there is none that can be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.error("config: cannot read the last good copy %s (%s)", path, type(exc).__name__)
        return None
    reading = read_config_text(text, str(path))
    if reading.config is None:
        log.error("config: the last good copy %s is not TOML; not used", path)
        return None
    return reading


def _save_last_good(path: Path, source: str, text: str) -> None:
    content = _HEADER.format(source=source) + text
    try:
        if path.read_text(encoding="utf-8") == content:
            return
    except (OSError, UnicodeDecodeError):
        pass
    try:
        write_atomically(path, content)
    except OSError as exc:
        log.error(
            "config: cannot keep a last good copy in %s (%s: %s)",
            path,
            type(exc).__name__,
            exc.strerror or exc,
        )


def load_guarded(path: Path, data_dir: Path | None) -> GuardedConfig:
    """The settings to run with from the config file at ``path``, failing closed, with
    the last good copy kept in (and taken from) ``data_dir`` (None: no copy)."""
    reading = read_config_file(Path(path))
    copy_path = data_dir / LAST_GOOD_FILE if data_dir is not None else None
    problems = reading.problems

    if reading.config is None:  # cannot be read or is not TOML
        last = _read_last_good(copy_path) if copy_path is not None else None
        if last is not None and last.config is not None and copy_path is not None:
            notice = (
                f"The config file {path} cannot be used; the last good settings "
                f"(kept on {_saved_on(copy_path)}) are in use."
            )
            return GuardedConfig(_fail_closed(last.config, last), problems, (notice,), "last-good")
        notice = (
            f"The config file {path} cannot be used and there are no last good "
            "settings: the kiosk runs with the built-in settings, not as a demo and "
            "with no PINs (helper mode and leaving kiosk mode are off)."
        )
        return GuardedConfig(Config(), problems, (notice,), "fail-closed")

    config = reading.config
    refused = [key for key in SECURITY_KEYS if reading.refused(key)]
    if not refused:
        if copy_path is not None and reading.text is not None:
            _save_last_good(copy_path, str(path), reading.text)
        return GuardedConfig(config, problems, (), "file")

    last = _read_last_good(copy_path) if copy_path is not None else None
    notices = []
    for key in refused:
        if last is not None and last.config is not None and not last.refused(key):
            config = _set(config, key, _get(last.config, key))
            notices.append(
                f"{key}: the value in {path} cannot be used; its last good value is kept."
            )
        else:
            config = _set(config, key, _get(Config(), key))
            fallback = "not a demo" if key == "kiosk.demo" else "no PINs"
            notices.append(
                f"{key}: the value in {path} cannot be used and there is no "
                f"last good value: {fallback}."
            )
    return GuardedConfig(config, problems, tuple(notices), "file")
