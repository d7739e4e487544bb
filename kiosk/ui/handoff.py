"""Taking a result away: a QR code for the resident's own phone, and a printout for
residents without one (issue 4, DESIGN §3 "hand-off").

- ``qr_image`` draws a QR code from the ``qrcode`` library's module matrix into a
  QImage (no PIL): black modules on white, with the 4-module quiet zone.
- ``QrWidget`` shows it on screen at least ``QR_MIN_MM`` wide at the configured pixel
  pitch, with the address under it (wrapped, never cut off).
- ``render_printout`` lays a ``Printout`` out on A4 pages in large print; ``print_to``
  sends it to a CUPS printer through QPrinter, ``print_to_pdf`` writes a PDF. Both
  return a ``PrintResult`` and never raise: the UI shows ``result.reason``.
- ``HandoffFiles`` is the one directory where hand-off files (PDFs, QR images) may be
  written; the session wipe empties it (A8).
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPixmap,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.timefmt import format_date, format_time
from kiosk.ui.theme import FONT_FAMILY, Metrics
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

# Printout: A4 portrait, large print for older eyes (≥ 14 pt body, ≥ 20 pt title).
PAGE_MARGIN_MM = 20.0
TITLE_PT = 24.0
BODY_PT = 16.0
FOOTER_PT = 14.0
PARAGRAPH_GAP_MM = 3.0
SECTION_GAP_MM = 8.0
# A CUPS job name is kept in the print server's job history: never personal data.
PRINT_JOB_NAME = "kiosk"


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


def _dark_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
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


def _matrix_path(matrix: list[list[bool]]) -> QPainterPath:
    """The dark modules as one path, one module a unit: filled once, so no seams show
    between modules at any printer resolution."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, start, length in _dark_runs(matrix):
        path.addRect(QRectF(start, row, length, 1))
    return path


def _draw_matrix(matrix: list[list[bool]], module_px: int) -> QImage:
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for row, start, length in _dark_runs(matrix):
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


def _failed(detail: str) -> PrintResult:
    log.warning("printing failed: %s", detail)
    return PrintResult(False, printer_not_working(), detail)


@dataclass
class _Piece:
    """Something placed on a page: ``height`` device pixels tall, ``space`` pixels
    below the previous piece (dropped at the top of a page)."""

    height: float
    draw: Callable[[QPainter, float], None]
    space: float = 0.0


class _Page:
    def __init__(self, device: QPagedPaintDevice) -> None:
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())

    def mm(self, mm: float) -> float:
        return mm * self.dpi / 25.4


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    if hasattr(font, "setFeature"):  # Qt ≥ 6.7
        # No "fi" ligature: the paper's text (".fi" addresses) stays plain letters.
        font.setFeature(QFont.Tag("liga"), 0)
    return font


def _text_pieces(
    text: str,
    font: QFont,
    device: QPagedPaintDevice,
    width: float,
    keep: list[QTextLayout],
    space: float = 0.0,
) -> list[_Piece]:
    """One piece a line of ``text`` wrapped to ``width`` (long words and addresses
    break anywhere rather than run off the paper)."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[QTextLine] = []
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        lines.append(line)
    layout.endLayout()
    keep.append(layout)
    pieces = []
    for index, line in enumerate(lines):

        def draw(painter: QPainter, top: float, line: QTextLine = line) -> None:
            line.draw(painter, QPointF(0, top - line.y()))

        pieces.append(_Piece(line.height(), draw, space if index == 0 else 0.0))
    return pieces


def _block(pieces: list[_Piece], space: float = 0.0) -> _Piece:
    """Pieces kept together on one page."""
    offsets = []
    y = 0.0
    for index, piece in enumerate(pieces):
        if index:
            y += piece.space
        offsets.append(y)
        y += piece.height

    def draw(painter: QPainter, top: float) -> None:
        for piece, offset in zip(pieces, offsets, strict=True):
            piece.draw(painter, top + offset)

    return _Piece(y, draw, space)


def _qr_piece(url: str, page: _Page, device: QPagedPaintDevice, keep: list[QTextLayout]) -> _Piece:
    """The instruction, the code and the address, kept together."""
    body = _font(BODY_PT)
    instruction = _text_pieces(
        translate("handoff", "Point your phone's camera at the code, or type the address:"),
        body,
        device,
        page.width,
        keep,
    )
    matrix = qr_matrix(url)
    modules = len(matrix)
    # The code itself (without quiet zone) is QR_PRINT_MM wide.
    module = page.mm(QR_PRINT_MM) / (modules - 2 * QR_BORDER)
    side = module * modules
    path = _matrix_path(matrix)

    def draw_code(painter: QPainter, top: float) -> None:
        # Vector squares, not an image: Qt's PDF writer would store an image as JPEG
        # and blur the modules' edges.
        painter.save()
        painter.translate(0, top)
        painter.scale(module, module)
        painter.fillPath(path, QColor("black"))
        painter.restore()

    # The quiet zone is white paper: it is also the space around the code.
    code = _Piece(side, draw_code)
    address = _text_pieces(url, body, device, page.width, keep)
    return _block([*instruction, code, *address], page.mm(SECTION_GAP_MM))


def _paginate(pieces: list[_Piece], room: float) -> list[list[tuple[float, _Piece]]]:
    pages: list[list[tuple[float, _Piece]]] = [[]]
    y = 0.0
    for piece in pieces:
        top = y + piece.space if pages[-1] else 0.0
        if pages[-1] and top + piece.height > room:
            pages.append([])
            top = 0.0
        pages[-1].append((top, piece))
        y = top + piece.height
    return pages


#: A printout is one or two A4 pages, never a stack of paper.
MAX_PAGES = 2


def render_printout(
    printout: Printout, device: QPagedPaintDevice, printed_at: datetime | None = None
) -> bool:
    """Paint ``printout`` on A4 portrait pages of ``device`` (a QPrinter or QPdfWriter).

    Title, facts, QR code and address (if ``printout.url``), and on every page's foot
    the source, the print date and the page number. Returns False when the device
    cannot be painted on (QPainter.begin or end failed).
    """
    printed_at = printed_at or datetime.now()
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(device):
        return False
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.setPen(QColor("black"))
    page = _Page(device)
    keep: list[QTextLayout] = []  # the lines drawn belong to these layouts
    gap = page.mm(PARAGRAPH_GAP_MM)

    pieces = _text_pieces(printout.title, _font(TITLE_PT, bold=True), device, page.width, keep)
    body = _font(BODY_PT)
    for index, line in enumerate(printout.lines):
        space = page.mm(SECTION_GAP_MM) if index == 0 else gap
        pieces += _text_pieces(line, body, device, page.width, keep, space)
    # The QR code and its address always go on paper: they are the way to the rest.
    tail = [_qr_piece(printout.url, page, device, keep)] if printout.url else []

    footer_font = _font(FOOTER_PT)
    source = _block(_text_pieces(printout.source, footer_font, device, page.width, keep))
    printed = (
        translate("handoff", "Printed %1 at %2")
        .replace("%1", format_date(printed_at.date(), printout.lang))
        .replace("%2", format_time(printed_at.time(), printout.lang))
    )

    def last_line(number: int, count: int) -> _Piece:
        words = (
            translate("handoff", "Page %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(count))
        )
        return _block(_text_pieces(f"{printed} · {words}", footer_font, device, page.width, keep))

    rule = page.mm(1.0)
    # Room for the foot's last line with the widest page numbers it can have.
    footer_height = rule + gap + source.height + last_line(99, 99).height
    room = page.height - footer_height - page.mm(SECTION_GAP_MM)

    pages = _paginate(pieces + tail, room)
    if len(pages) > MAX_PAGES:
        # A long list or a city text that goes on and on: the first lines that fit on
        # two pages, then one line that says the rest is not printed.
        cut = _text_pieces(
            translate("handoff", "The rest is not printed. Ask the staff if you need it."),
            body,
            device,
            page.width,
            keep,
            page.mm(SECTION_GAP_MM),
        )
        # The most lines that still fit (the page count grows with the lines kept).
        low, high = 1, len(pieces) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if len(_paginate(pieces[:middle] + cut + tail, room)) <= MAX_PAGES:
                low = middle
            else:
                high = middle - 1
        pages = _paginate(pieces[:low] + cut + tail, room)
    for number, placed in enumerate(pages, start=1):
        if number > 1 and not device.newPage():
            painter.end()
            return False
        for top, piece in placed:
            piece.draw(painter, top)
        top = page.height - footer_height
        painter.save()
        painter.setPen(QPen(QColor("black"), max(1.0, page.mm(0.3))))
        painter.drawLine(QPointF(0, top), QPointF(page.width, top))
        painter.restore()
        source.draw(painter, top + rule + gap)
        last_line(number, len(pages)).draw(painter, top + rule + gap + source.height)
    return painter.end()


def print_to_pdf(
    printout: Printout, path: Path | str, printed_at: datetime | None = None
) -> PrintResult:
    """Write ``printout`` as a PDF at ``path`` (tests, and the no-printer fallback)."""
    try:
        writer = QPdfWriter(str(path))
        writer.setTitle(printout.title)
        writer.setCreator(PRINT_JOB_NAME)
        writer.setResolution(600)
        if not render_printout(printout, writer, printed_at):
            return _failed(f"cannot write the PDF {path}")
        del writer  # the file is complete once the writer is gone
        return PrintResult(True)
    except Exception as error:  # printing must never take the kiosk down
        # The type only: an exception's message may quote what was printed.
        return _failed(f"unexpected {type(error).__name__}")


def print_to(
    printout: Printout, printer_name: str | None, printed_at: datetime | None = None
) -> PrintResult:
    """Print ``printout`` on the CUPS printer ``printer_name`` (empty or None: the
    system's default printer). Never raises; a missing, stopped or failing printer
    gives ``ok=False`` with a reason the UI can show."""
    try:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    except ImportError as error:
        return _failed(f"Qt print support is missing: {error}")
    try:
        if printer_name:
            info = QPrinterInfo.printerInfo(printer_name)
            if info.isNull():
                return _failed(f"no printer named {printer_name!r}")
        else:
            info = QPrinterInfo.defaultPrinter()
            if info.isNull():
                return _failed("no default printer")
        if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            return _failed(f"printer {info.printerName()!r} is in state {info.state().name}")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        if (
            printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
            or printer.printerName() != info.printerName()
            or not printer.isValid()
        ):
            return _failed(f"printer {info.printerName()!r} cannot be opened")
        printer.setDocName(PRINT_JOB_NAME)
        printer.setCreator(PRINT_JOB_NAME)
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
        printer.setCopyCount(1)
        if not render_printout(printout, printer, printed_at):
            return _failed(f"printer {info.printerName()!r} did not take the job")
        if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            return _failed(f"printer {info.printerName()!r} failed the job")
        return PrintResult(True)
    except Exception as error:  # printing must never take the kiosk down
        # The type only: an exception's message may quote what was printed.
        return _failed(f"unexpected {type(error).__name__}")


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
