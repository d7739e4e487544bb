"""Logging set up by a test and put back afterwards (the kiosk's handlers go on the
root logger, and secrets registered for masking are process-wide)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from kiosk.core import logs


@contextmanager
def root_logging_restored() -> Iterator[None]:
    """Afterwards: the root logger's handlers and level as before (the ones added are
    closed), and no secrets registered with `kiosk.core.logs.add_secrets` but the
    earlier ones."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    secrets = set(logs._secrets)
    try:
        yield
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        logs._secrets.clear()
        logs._secrets.update(secrets)


def stream_id(file: IO[Any]) -> str:
    """``$JOURNAL_STREAM`` for a file: "DEVICE:INODE"."""
    info = os.fstat(file.fileno())
    return f"{info.st_dev}:{info.st_ino}"
