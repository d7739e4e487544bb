"""Taking a result away: a QR code for the resident's own phone, and a printout for
residents without one (issue 4, DESIGN §3 "hand-off").

- ``qr_image`` draws a QR code from the ``qrcode`` library's module matrix into a
  QImage (no PIL): black modules on white, with the 4-module quiet zone.
- ``QrWidget`` shows it on screen at least ``QR_MIN_MM`` wide at the configured pixel
  pitch, with the address under it (wrapped, never cut off).
- ``Printout`` is what goes on paper and ``PrintResult`` how printing went (the UI
  shows ``result.reason``); laying it out and printing it is
  :mod:`kiosk.ui.printout`, imported on the first print.
- ``HandoffFiles`` is the one directory where hand-off files (PDFs, QR images) may be
  written; the session wipe empties it (A8).
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import Metrics
from kiosk.ui.widgets import wrapping_label

log = logging.getLogger(__name__)

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate

# The QR symbol (without its quiet zone) is never narrower than this, on screen or
# on paper: a phone camera reads it from an arm's length.
QR_MIN_MM = 40.0
# On screen there is room to be generous.
QR_SCREEN_MM = 50.0
QR_PRINT_MM = 45.0
QR_BORDER = 4  # modules of white around the code (the standard's quiet zone)
QR_MASK = 2  # the QR standard's mask 2: every third column inverted


# QR code ---------------------------------------------------------------------------


def qr_matrix(url: str) -> list[list[bool]]:
    """The QR modules for ``url`` (True = dark), including the quiet zone."""
    import qrcode  # on the first QR code: ~10 ms and some MB the attract screen does not need

    # One fixed mask: qrcode otherwise draws the code eight times to score each mask
    # (6 of the 7 ms a code takes, on the step's way to the screen, issue 19). Every mask
    # is valid; a phone reads this one as well (tests decode screen and print with zbar).
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=QR_BORDER, mask_pattern=QR_MASK
    )
    code.add_data(url)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()  # qrcode has no type information
    return matrix


def qr_module_px(url: str, pixel_pitch_mm: float, width_mm: float = QR_SCREEN_MM) -> int:
    """Pixels per module so the code (without quiet zone) is ≥ ``width_mm`` wide."""
    return _module_px(qr_matrix(url), pixel_pitch_mm, width_mm)


def _module_px(matrix: list[list[bool]], pixel_pitch_mm: float, width_mm: float) -> int:
    modules = len(matrix) - 2 * QR_BORDER
    return max(1, math.ceil(width_mm / pixel_pitch_mm / modules))


def dark_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each run of dark modules in a row."""
    runs = []
    for row, modules in enumerate(matrix):
        col = 0
        while col < len(modules):
            if not modules[col]:
                col += 1
                continue
            start = col
            while col < len(modules) and modules[col]:
                col += 1
            runs.append((row, start, col - start))
    return runs


def _draw_matrix(matrix: list[list[bool]], module_px: int) -> QImage:
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for row, start, length in dark_runs(matrix):
        painter.fillRect(start * module_px, row * module_px, length * module_px, module_px, black)
    painter.end()
    return image


def qr_image(url: str, module_px: int) -> QImage:
    """The QR code for ``url``: black modules of ``module_px`` square pixels on white,
    with the quiet zone. ``qr_module_px`` gives the module size for a screen."""
    return _draw_matrix(qr_matrix(url), max(1, module_px))


def breakable(url: str, longest: int = 24) -> str:
    """``url`` with zero-width spaces where a word-wrapping label may break it: after
    a ``/`` (not in or right after ``//``) or ``&``, before ``?``, and inside any longer
    stretch, so a long address wraps instead of being cut off. It looks the same."""
    out = []
    run = 0
    for index, char in enumerate(url):
        out.append(char)
        run += 1
        previous = url[index - 1 : index] if index else ""
        following = url[index + 1 : index + 2]
        slash = char == "/" and "/" not in (previous, following)
        if following and (slash or char == "&" or following == "?" or run >= longest):
            out.append("\u200b")
            run = 0
    return "".join(out)


class QrWidget(QWidget):
    """A QR code, large, with its address under it.

    The code is never scaled down: ``QR_SCREEN_MM`` wide at the configured pixel pitch
    (at least ``QR_MIN_MM``). It takes no focus; assistive technology reads it as
    "QR code: <address>".
    """

    def __init__(self, url: str, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrWidget")
        self.url = url
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        name = self.tr("QR code: %1").replace("%1", url)
        description = self.tr("Point your phone's camera at the code to open the page.")
        self.description = description
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        # One matrix for both the module size and the image: making one is ~4 ms of
        # pure Python (qrcode tries all eight masks), in the step change (issue 19).
        matrix = qr_matrix(url)
        self.image = _draw_matrix(matrix, _module_px(matrix, metrics.pixel_pitch_mm, QR_SCREEN_MM))
        self._modules = len(matrix)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.gap_px // 2)
        self.code = QLabel()
        self.code.setObjectName("qrCode")
        self.code.setPixmap(QPixmap.fromImage(self.image))
        self.code.setFixedSize(self.image.size())
        self.code.setAccessibleName(name)
        self.code.setAccessibleDescription(description)
        self.code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignLeft)
        self.address = wrapping_label(breakable(url), "qrUrl")
        self.address.setAccessibleName(url)
        self.address.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.address)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def code_size_mm(self, pixel_pitch_mm: float) -> float:
        """Width of the code without its quiet zone, in millimetres on the screen."""
        modules = self._modules
        module_px = self.image.width() / modules
        return (modules - 2 * QR_BORDER) * module_px * pixel_pitch_mm


# Printout ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Printout:
    """What goes on paper: a title, the key facts one a line, an optional address for
    a QR code, and where the information comes from (attribution)."""

    title: str
    lines: list[str]
    url: str | None
    source: str
    lang: str


@dataclass(frozen=True)
class PrintResult:
    """``reason`` is for the resident (translated, shown and spoken); ``detail`` is
    for the log and never holds personal data."""

    ok: bool
    reason: str | None = None
    detail: str | None = None


def printer_not_working() -> str:
    return translate("handoff", "The printer is not working. Ask the staff.")


# Files -------------------------------------------------------------------------------


def default_handoff_dir() -> Path:
    """A private directory in memory where possible: ``$XDG_RUNTIME_DIR`` is a tmpfs
    on systemd machines, so hand-off files never reach the disk."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    parent = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    user = os.getuid() if hasattr(os, "getuid") else os.getpid()
    return parent / f"kiosk-handoff-{user}"


class HandoffFiles:
    """The only place hand-off files (print PDFs, QR images) are written.

    ``base_dir`` is a directory of its own (everything in it is deleted): private
    (0700), and emptied at once, so files left by a crash are gone when the kiosk
    starts. ``wipe()`` is called by the session wipe (A8). A directory deleted while
    the kiosk runs is made again (by ``path``, ``wipe`` and ``problem``); when it
    cannot be, ``problem`` says so for the staff panel.
    """

    def __init__(self, base_dir: Path | str) -> None:
        self.base_dir = Path(base_dir)
        self._failed: str | None = None  # why the directory cannot be used now
        self._started = False
        self._make()
        self._started = True
        self.wipe()

    def _make(self) -> None:
        """Make the directory if it is missing and check it is ours and private.
        Raises OSError (PermissionError for a symbolic link or another owner)."""
        if self.base_dir.is_symlink():
            raise PermissionError(f"{self.base_dir} is a symbolic link")
        if not self.base_dir.is_dir():
            self.base_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self._started:  # deleted while the kiosk ran (e.g. the data folder)
                log.warning("hand-off folder %s was missing; made it again", self.base_dir)
        if hasattr(os, "getuid") and self.base_dir.stat().st_uid != os.getuid():
            raise PermissionError(f"{self.base_dir} belongs to another user")
        self.base_dir.chmod(0o700)

    def _usable(self) -> bool:
        """Make sure the directory is there; note why not for ``problem``."""
        try:
            self._make()
        except OSError as error:
            why = f"{type(error).__name__}: {error.strerror or error}"
            if why != self._failed:
                log.error("hand-off folder %s cannot be used: %s", self.base_dir, why)
            self._failed = why
            return False
        self._failed = None
        return True

    @property
    def problem(self) -> str | None:
        """Why hand-off files cannot be written now (technical, no personal data), or
        None when all is well. Makes a missing directory again."""
        if self._usable():
            return None
        return f"The hand-off folder {self.base_dir} cannot be used ({self._failed})."

    def path(self, name: str) -> Path:
        """Where to write the file ``name`` (a plain file name, no folders). Raises
        OSError when the directory cannot be made (``problem`` says why)."""
        if not name or name in (".", "..") or Path(name).name != name or "\\" in name:
            raise ValueError(f"not a plain file name: {name!r}")
        if not self._usable():
            raise OSError(f"the hand-off folder cannot be used ({self._failed})")
        return self.base_dir / name

    def files(self) -> list[Path]:
        """What is in the directory now."""
        try:
            return sorted(self.base_dir.iterdir())
        except OSError:
            return []

    def wipe(self) -> None:
        """Delete everything in the directory, and make it again if it has gone. Never
        raises (it runs in the session wipe); what cannot be deleted is logged by file
        name."""
        self._usable()
        for entry in self.files():
            try:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError as error:
                log.error("could not delete hand-off file %s: %s", entry.name, error)
