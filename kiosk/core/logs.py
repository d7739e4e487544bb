"""Logging set-up: a rotating file in the data folder, warnings also on stderr.

Nothing personal is logged: code logs step ids, flow ids and exception types, never
answers, typed text or spoken text.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

_MARK = "_kiosk_handler"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/kiosk.log`` (rotating). Returns the file, or None if the folder
    cannot be written (the kiosk then logs to stderr only and keeps running)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(FORMAT))
    setattr(console, _MARK, True)
    root.addHandler(console)
    path = log_dir / "kiosk.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).error("cannot write logs to %s: %s", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    return path
