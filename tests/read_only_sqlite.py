"""A read-only SQLite file, as the kiosk would meet it (a read-only file or folder, or a
file system remounted read-only). chmod does not stop root, who runs the tests, so
the file is opened with SQLite's ``mode=ro`` instead."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests_cache.backends.sqlite as cache_backend


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A ``connect`` for the usage-figures store that opens its file read-only."""
    return sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro",
        uri=True,
        check_same_thread=False,
        isolation_level=None,
    )


def cache_opens_read_only(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """From now on requests-cache opens ``path`` read-only (other files as usual)."""
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        if Path(database) == path:
            kwargs["uri"] = True
            return real(path.resolve().as_uri() + "?mode=ro", *args, **kwargs)
        return real(database, *args, **kwargs)

    monkeypatch.setattr(
        cache_backend, "sqlite3", SimpleNamespace(**{**vars(sqlite3), "connect": connect})
    )
