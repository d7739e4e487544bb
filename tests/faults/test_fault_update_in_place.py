"""An update copied over the kiosk's files while it runs (a copy that rewrites files in
place, not dpkg's rename): the running kiosk must not die. Qt maps translation files
into memory by default, and a mapped file truncated under it kills the process with
SIGBUS (found when the long monkey run died as the translations were rebuilt)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.ui.i18n import TRANSLATIONS_DIR

pytestmark = pytest.mark.faults

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kiosk.ui.i18n import Translations

app = QCoreApplication([])
folder = Path(sys.argv[1])
translations = Translations(app, folder)
translations.switch("fi")
translations.switch("sv")
for qm in folder.glob("*.qm"):  # rewritten in place: truncated, then written again
    data = qm.read_bytes()
    with qm.open("r+b") as file:
        file.truncate(0)
        file.flush()
        __import__("os").fsync(file.fileno())
    qm.write_bytes(data[: len(data) // 2])  # a copy still under way
translations.switch("fi")
print(QCoreApplication.translate("window", "Start again"))
translations.switch("sv")
print(QCoreApplication.translate("window", "Start again"))
"""


def test_translations_rewritten_in_place_do_not_kill_the_kiosk(tmp_path: Path) -> None:
    """The kiosk keeps running and keeps the words it had loaded."""
    folder = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, folder)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    finnish, swedish = result.stdout.split("\n")[:2]
    assert finnish == "Aloita alusta" and swedish == "Börja om", result.stdout


LOADER_GONE = """
import gc
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kiosk.ui.i18n import Translations

app = QCoreApplication([])
translations = Translations(app, Path(sys.argv[1]))
translations.switch("fi")
del translations  # the window that loaded it is gone; its translator is still installed
gc.collect()
size = max(p.stat().st_size for p in Path(sys.argv[1]).glob("*.qm"))
filler = [bytes([0xFF]) * size for _ in range(200)]  # reuse any freed memory
print(QCoreApplication.translate("window", "Start again"))
"""


def test_a_translator_outliving_its_loader_still_reads_its_words(tmp_path: Path) -> None:
    """A translator stays installed after the object that loaded it is gone (one kiosk
    after another in one process, as in the long monkey run): its words must still be
    there, not freed memory (that was a segfault)."""
    folder = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, folder)
    result = subprocess.run(
        [sys.executable, "-c", LOADER_GONE, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "Aloita alusta"
