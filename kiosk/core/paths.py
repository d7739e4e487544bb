"""Where the kiosk finds its bundled assets and keeps its own files."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.logs import file_problem

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


def _user_data_dir() -> Path:
    """The user's data folder (a developer's kiosk: no $KIOSK_DATA_DIR)."""
    # Imported only here: an installed kiosk has $KIOSK_DATA_DIR (kiosk.service), and
    # platformdirs is seven modules and ~3 ms before the first frame (issue 19).
    import platformdirs

    return Path(platformdirs.user_data_dir("kiosk", appauthor=False))


@dataclass(frozen=True)
class Paths:
    """Folders the kiosk reads and writes. Nothing personal is ever written here."""

    assets: Path
    data: Path

    @property
    def log_dir(self) -> Path:
        return self.data / "logs"

    @property
    def problem(self) -> str | None:
        """For the staff panel (source kind ``data``): why the data folder or the log
        file cannot be used, or None when all is well. A data folder deleted while the
        kiosk runs is made again here (each part also makes what it needs)."""
        try:
            self.data.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return (
                f"The data folder {self.data} is missing and cannot be made again "
                f"({type(exc).__name__}: {exc.strerror or exc})."
            )
        return file_problem()

    @classmethod
    def locate(cls, data_dir: Path | None = None) -> Paths:
        env = os.environ.get("KIOSK_DATA_DIR")
        data = data_dir or (Path(env) if env else _user_data_dir())
        return cls(assets=find_assets(), data=data)
