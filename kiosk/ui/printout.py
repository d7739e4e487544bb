"""A ``Printout`` on paper: laid out on A4 pages in large print, sent to a CUPS printer
or written as a PDF (issue 4, DESIGN §3 "hand-off").

- ``render_printout`` lays a ``Printout`` out on A4 portrait pages of a QPrinter or
  QPdfWriter: title, facts, the QR code as vector squares with its address, and on
  every page's foot the source, the print date and the page number.
- ``print_to`` sends it to a CUPS printer through QPrinter, ``print_to_pdf`` writes a
  PDF. Both return a ``PrintResult`` and never raise: the UI shows ``result.reason``.

Imported on the first print (kiosk.ui.visit), not at start: the page, PDF and text
layout types cost a few ms to create and the start screen uses none of them (issue 19).
The QR code, ``Printout`` and ``PrintResult`` are :mod:`kiosk.ui.handoff`'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from kiosk.core.timefmt import format_date, format_time
from kiosk.ui.handoff import (
    QR_BORDER,
    QR_PRINT_MM,
    Printout,
    PrintResult,
    dark_runs,
    printer_not_working,
    qr_matrix,
)
from kiosk.ui.theme import FONT_FAMILY

log = logging.getLogger(__name__)

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate

# A4 portrait, large print for older eyes (≥ 14 pt body, ≥ 20 pt title).
PAGE_MARGIN_MM = 20.0
TITLE_PT = 24.0
BODY_PT = 16.0
FOOTER_PT = 14.0
PARAGRAPH_GAP_MM = 3.0
SECTION_GAP_MM = 8.0
# A CUPS job name is kept in the print server's job history: never personal data.
PRINT_JOB_NAME = "kiosk"


def _matrix_path(matrix: list[list[bool]]) -> QPainterPath:
    """The dark modules as one path, one module a unit: filled once, so no seams show
    between modules at any printer resolution."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, start, length in dark_runs(matrix):
        path.addRect(QRectF(start, row, length, 1))
    return path


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
