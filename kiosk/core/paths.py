"""Where the kiosk finds its bundled assets and keeps its own files."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def find_assets() -> Path:
    """The assets folder: $KIOSK_ASSETS, the source checkout, or the installed copy."""
    env = os.environ.get("KIOSK_ASSETS")
    if env:
        return Path(env)
    installed = Path(sys.prefix) / "share" / "kiosk" / "assets"
    for candidate in (PACKAGE_DIR.parent / "assets", installed):
        if (candidate / "flows").is_dir():
            return candidate
    return PACKAGE_DIR.parent / "assets"


@dataclass(frozen=True)
class Paths:
    """Folders the kiosk reads and writes. Nothing personal is ever written here."""

    assets: Path
    data: Path

    @property
    def log_dir(self) -> Path:
        return self.data / "logs"

    @classmethod
    def locate(cls, data_dir: Path | None = None) -> Paths:
        data = data_dir or Path(os.environ.get("KIOSK_DATA_DIR") or
                                platformdirs.user_data_dir("kiosk", appauthor=False))
        return cls(assets=find_assets(), data=data)
