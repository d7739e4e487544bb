"""Hand-off (issue 4): every result can be taken away as a QR code and as a printout.

The checks use real tools, the way a phone and a printer would see the output:
``zbarimg`` decodes the QR codes (from the screen image and from the printed page
rendered by ``pdftoppm``), ``pdftotext`` and ``pdfinfo`` read the PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk.core.city_text import tidy
from kiosk.ui.handoff import (
    QR_BORDER,
    QR_MIN_MM,
    HandoffFiles,
    Printout,
    PrintResult,
    QrWidget,
    qr_image,
    qr_matrix,
    qr_module_px,
)
from kiosk.ui.printout import print_to, print_to_pdf
from kiosk.ui.theme import Metrics

pytestmark = pytest.mark.gui

PITCH = 0.248  # mm per pixel of the 21.5" full-HD kiosk screen
SHORT_URL = "https://www.hel.fi/fi"
#: A Linked Events query as the events flow builds it: long, with a query string.
LONG_URL = (
    "https://api.hel.fi/linkedevents/v1/event/?keyword=yso:p2433&start=today"
    "&end=2025-06-30&location=tprek:8294,tprek:8310&is_free=true&language=fi"
    "&sort=start_time&include=location&page_size=20"
)
URLS = pytest.mark.parametrize("url", [SHORT_URL, LONG_URL], ids=["short", "linked-events"])
PRINTED_AT = datetime(2020, 6, 22, 10, 30)
#: Rendering resolution for the printed page (dots per inch).
DPI = 150
#: Height of a word's box in pdftotext -bbox, in em: DejaVu Sans ascent + descent.
BOX_EM = 1.17
NOT_WORKING = "The printer is not working. Ask the staff."

FACTS = [
    "Kallion kirjasto",
    "Open now. Staff are here until 20.00.",
    "Address: Viides linja 11, 00530",
    "Opening hours:",
    "Monday 22 June: 8.00–20.00 staff are here",
    "Tuesday 23 June: 8.00–20.00 staff are here",
]
SOURCE = "Source: kirjastot.fi (Kirkanta), licence CC BY 4.0."


def need(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is missing: install zbar-tools and poppler-utils (scripts/system-deps.sh)"
    return path


def run(*args: str) -> str:
    result = subprocess.run(
        [need(args[0]), *args[1:]], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"{args[0]} failed: {result.stderr}"
    return result.stdout


def pages(pdf: Path) -> int:
    for line in run("pdfinfo", str(pdf)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"pdfinfo gives no page count for {pdf.name}")


def decode(png: Path) -> list[str]:
    """Every QR code zbarimg finds in the image, as text."""
    result = subprocess.run(
        [need("zbarimg"), "--raw", "-q", "-Sqrcode.enable", str(png)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"zbarimg found no code in {png.name}"
    return [line for line in result.stdout.decode("utf-8").splitlines() if line]


def flat(text: str) -> str:
    """Text without white space: wrapped lines and addresses compare as written."""
    return "".join(text.split())


def dark_extent(image: QImage) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the dark pixels, inclusive."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    dark = bytes(1 if value < 128 else 0 for value in range(256))
    rows = []
    left, right = width, -1
    for y in range(height):
        row = data[y * stride : y * stride + width].translate(dark)
        first = row.find(1)
        if first >= 0:
            rows.append(y)
            left, right = min(left, first), max(right, row.rfind(1))
    assert rows, "the image is blank"
    return left, rows[0], right, rows[-1]


def tallest_dark_block(image: QImage, min_gap: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the tallest run of rows that hold dark pixels, runs
    joined over white gaps narrower than ``min_gap`` rows: on a printed page, the QR
    code (text lines are a few millimetres tall; the quiet zone sets the code apart)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, stride = gray.width(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    dark = bytes(1 if value < 128 else 0 for value in range(256))
    inked = []
    for y in range(gray.height()):
        row = data[y * stride : y * stride + width].translate(dark)
        first = row.find(1)
        if first >= 0:
            inked.append((y, first, row.rfind(1)))
    blocks: list[list[tuple[int, int, int]]] = []
    for entry in inked:
        if blocks and entry[0] - blocks[-1][-1][0] <= min_gap:
            blocks[-1].append(entry)
        else:
            blocks.append([entry])
    block = max(blocks, key=lambda b: b[-1][0] - b[0][0])
    return (min(e[1] for e in block), block[0][0], max(e[2] for e in block), block[-1][0])


def printout(url: str | None = LONG_URL, lines: list[str] | None = None) -> Printout:
    return Printout(
        title="Library opening hours",
        lines=FACTS if lines is None else lines,
        url=url,
        source=SOURCE,
        lang="en",
    )


# The QR code ----------------------------------------------------------------------


@URLS
def test_qr_image_decodes_to_the_url(qapp, tmp_path, url):
    png = tmp_path / "qr.png"
    assert qr_image(url, qr_module_px(url, PITCH)).save(str(png))
    assert decode(png) == [url]


@URLS
def test_qr_image_is_black_on_white_with_a_quiet_zone(qapp, url):
    module = 3
    image = qr_image(url, module)
    modules = len(qr_matrix(url))
    assert image.width() == image.height() == modules * module
    left, top, right, bottom = dark_extent(image)
    quiet = QR_BORDER * module
    assert (left, top) == (quiet, quiet)
    assert (right, bottom) == (image.width() - quiet - 1, image.height() - quiet - 1)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height(), module)
    }
    assert colours == {"#000000", "#ffffff"}


@URLS
def test_qr_is_at_least_40_mm_wide_on_the_kiosk_screen(qapp, url):
    left, top, right, bottom = dark_extent(qr_image(url, qr_module_px(url, PITCH)))
    assert (right - left + 1) * PITCH >= QR_MIN_MM
    assert (bottom - top + 1) * PITCH >= QR_MIN_MM


@URLS
def test_qr_widget_shows_the_code_large_with_the_address_under_it(qapp, qtbot, tmp_path, url):
    metrics = Metrics.compute(PITCH, 500, 200)
    widget = QrWidget(url, metrics)
    qtbot.addWidget(widget)
    widget.resize(900, widget.heightForWidth(900))
    widget.show()
    qtbot.waitExposed(widget)

    assert widget.accessibleName() == f"QR code: {url}"
    assert widget.accessibleDescription()
    assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert widget.code.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert widget.code_size_mm(PITCH) >= QR_MIN_MM
    # The address: all of it, under the code, in a label that wraps.
    assert widget.address.text().replace("\u200b", "") == url
    assert widget.address.wordWrap()
    assert widget.address.geometry().top() >= widget.code.geometry().bottom()
    assert widget.address.width() <= widget.width()

    png = tmp_path / "screen.png"
    assert widget.grab().save(str(png))
    assert decode(png) == [url]
    left, top, right, _ = dark_extent(widget.code.grab().toImage())
    assert (right - left + 1) * PITCH >= QR_MIN_MM


def test_a_long_address_wraps_instead_of_being_cut_off(qapp, qtbot):
    metrics = Metrics.compute(PITCH, 500, 200)
    widget = QrWidget(LONG_URL, metrics)
    qtbot.addWidget(widget)
    one_line = widget.address.fontMetrics().horizontalAdvance(LONG_URL)
    narrow = widget.code.width() + 40
    assert narrow < one_line
    # Wrapped at the code's width, the address takes several lines and no more width.
    assert widget.address.heightForWidth(narrow) >= 3 * widget.address.fontMetrics().height()
    widget.resize(narrow, widget.heightForWidth(narrow))
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.address.width() <= narrow
    assert widget.address.height() >= widget.address.heightForWidth(widget.address.width())


# The printout ---------------------------------------------------------------------


def test_printout_pdf_has_every_fact_the_address_and_the_source(qapp, tmp_path):
    pdf = tmp_path / "printout.pdf"
    assert print_to_pdf(printout(), pdf, PRINTED_AT) == PrintResult(True)

    assert pages(pdf) == 1
    assert "595 x 842 pts (A4)" in run("pdfinfo", str(pdf))
    text = run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    page = flat(text)
    for expected in [
        "Library opening hours",
        *FACTS,
        LONG_URL,
        SOURCE,
        "Printed 22 June 2020 at 10:30",
        "Page 1 of 1",
    ]:
        assert flat(expected) in page, f"{expected!r} is not on the printout"


def test_printout_is_in_large_print(qapp, tmp_path):
    pdf = tmp_path / "printout.pdf"
    assert print_to_pdf(printout(url=None), pdf, PRINTED_AT).ok
    boxes = run("pdftotext", "-bbox", str(pdf), "-")
    heights: dict[str, float] = {}
    for line in boxes.splitlines():
        if "<word " not in line:
            continue
        word = line.split(">", 1)[1].split("<", 1)[0]
        y_min = float(line.split('yMin="')[1].split('"')[0])
        y_max = float(line.split('yMax="')[1].split('"')[0])
        heights.setdefault(word, y_max - y_min)
    assert heights["Library"] / BOX_EM >= 20, "the title is smaller than 20 pt"
    for word in ("Kallion", "Open", "Address:", "Monday"):
        assert heights[word] / BOX_EM >= 14, f"{word!r} is smaller than 14 pt"


@URLS
def test_qr_on_the_printed_page_decodes_and_is_at_least_40_mm(qapp, tmp_path, url):
    pdf = tmp_path / "printout.pdf"
    assert print_to_pdf(printout(url=url, lines=["Kallion kirjasto"]), pdf, PRINTED_AT).ok
    run("pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(pdf), str(tmp_path / "page"))
    png = tmp_path / "page.png"
    assert decode(png) == [url]
    image = QImage(str(png))
    mm_per_px = 25.4 / DPI
    left, top, right, bottom = tallest_dark_block(image, min_gap=round(1.0 / mm_per_px))
    assert (right - left + 1) * mm_per_px >= QR_MIN_MM
    assert (bottom - top + 1) * mm_per_px >= QR_MIN_MM
    # Nothing overlaps the quiet zone: the code stands apart from the text.
    assert (bottom - top + 1) * mm_per_px < QR_MIN_MM * 1.5


def test_a_long_list_flows_onto_a_second_page(qapp, tmp_path):
    lines = [f"Event {n}: Tuesday 23 June at 13:00, free" for n in range(1, 25)]
    pdf = tmp_path / "long.pdf"
    assert print_to_pdf(printout(lines=lines), pdf, PRINTED_AT).ok
    assert pages(pdf) == 2
    texts = [flat(run("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-")) for n in (1, 2)]
    everything = "".join(texts)
    for line in lines:
        assert everything.count(flat(line)) == 1, f"{line!r} is missing or printed twice"
    assert flat(lines[0]) in texts[0]
    assert flat(lines[-1]) in texts[1]
    assert flat(LONG_URL) in texts[1]
    for number, page in enumerate(texts, start=1):
        assert flat(SOURCE) in page, f"page {number} has no source"
        assert flat(f"Page {number} of 2") in page


def test_a_list_of_300_events_prints_on_two_pages_and_says_the_rest_is_not_printed(qapp, tmp_path):
    lines = [f"Event {n}: Tuesday 23 June at 13:00, free" for n in range(1, 301)]
    pdf = tmp_path / "very-long.pdf"
    assert print_to_pdf(printout(lines=lines), pdf, PRINTED_AT).ok
    assert pages(pdf) == 2
    last = flat(run("pdftotext", "-f", "2", "-l", "2", str(pdf), "-"))
    assert flat("The rest is not printed. Ask the staff if you need it.") in last
    assert flat(LONG_URL) in last  # the way to the rest is on paper
    everything = flat(run("pdftotext", str(pdf), "-"))
    assert flat(lines[0]) in everything and flat(lines[-1]) not in everything


def test_a_city_text_of_20000_characters_prints_on_at_most_two_pages(qapp, tmp_path):
    """The text comes capped from the services (kiosk.core.city_text); a text that
    somehow is not is still cut on paper."""
    capped = tidy("Tervetuloa kirjastoon. " * 900)
    uncapped = "Tervetuloa kirjastoon. " * 900
    for name, text in (("capped", capped), ("uncapped", uncapped)):
        pdf = tmp_path / f"{name}.pdf"
        assert print_to_pdf(printout(lines=[text]), pdf, PRINTED_AT).ok
        assert pages(pdf) <= 2, name


def test_printout_without_an_address_has_no_qr_code(qapp, tmp_path):
    pdf = tmp_path / "printout.pdf"
    assert print_to_pdf(printout(url=None), pdf, PRINTED_AT).ok
    text = run("pdftotext", str(pdf), "-")
    assert "Scan the code" not in text
    run("pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(tmp_path / "page"))
    result = subprocess.run(
        [need("zbarimg"), "-q", str(tmp_path / "page.png")],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0 and not result.stdout


# Printers -------------------------------------------------------------------------


def test_a_missing_printer_gives_a_reason_instead_of_an_error(qapp):
    result = print_to(printout(), "no-such-printer-in-this-library")
    assert result.ok is False
    assert result.reason == NOT_WORKING
    assert result.detail


def test_a_pdf_that_cannot_be_written_gives_a_reason(qapp, tmp_path):
    result = print_to_pdf(printout(), tmp_path / "no" / "such" / "folder" / "x.pdf")
    assert result.ok is False
    assert result.reason == NOT_WORKING


@pytest.mark.skipif(
    not os.environ.get("KIOSK_TEST_PRINTER"),
    reason="set KIOSK_TEST_PRINTER to a CUPS queue to print for real",
)
def test_printing_on_a_real_cups_queue(qapp):
    assert print_to(printout(), os.environ["KIOSK_TEST_PRINTER"], PRINTED_AT) == PrintResult(True)


# Files ----------------------------------------------------------------------------


def test_handoff_files_live_in_one_private_folder_and_wipe_leaves_it_empty(qapp, tmp_path):
    base = tmp_path / "handoff"
    files = HandoffFiles(base)
    assert base.is_dir() and (base.stat().st_mode & 0o777) == 0o700
    pdf = files.path("printout.pdf")
    assert pdf.parent == base
    assert print_to_pdf(printout(), pdf, PRINTED_AT).ok
    assert qr_image(SHORT_URL, 4).save(str(files.path("qr.png")))
    (base / "left-over").mkdir()
    (base / "left-over" / "page.png").write_bytes(b"x")
    assert len(list(base.iterdir())) == 3

    files.wipe()
    assert base.is_dir()
    assert list(base.iterdir()) == []
    files.wipe()  # again, on an empty folder: nothing to do, no error
    # After a wipe the next resident's files go in the same place.
    assert files.path("qr.png").parent == base


def test_handoff_files_left_by_a_crash_are_removed_at_start(qapp, tmp_path):
    base = tmp_path / "handoff"
    base.mkdir()
    (base / "printout.pdf").write_bytes(b"%PDF-")
    HandoffFiles(base)
    assert list(base.iterdir()) == []


@pytest.mark.parametrize("name", ["", ".", "..", "../escape.pdf", "sub/file.pdf", "/etc/x"])
def test_handoff_file_names_cannot_leave_the_folder(qapp, tmp_path, name):
    files = HandoffFiles(tmp_path / "handoff")
    with pytest.raises(ValueError):
        files.path(name)


def test_handoff_folder_deleted_while_running_is_made_again(qapp, tmp_path):
    """A deleted hand-off folder is made again, private, by the next file or wipe."""
    base = tmp_path / "data" / "handoff"
    files = HandoffFiles(base)
    shutil.rmtree(tmp_path / "data")
    assert files.path("printout.pdf").parent == base
    assert base.is_dir() and (base.stat().st_mode & 0o777) == 0o700
    shutil.rmtree(tmp_path / "data")
    files.wipe()
    assert base.is_dir() and files.problem is None


def test_handoff_folder_that_cannot_be_made_is_a_problem(qapp, tmp_path):
    """A hand-off folder that cannot be made: path raises, problem says why, both recover."""
    base = tmp_path / "data" / "handoff"
    files = HandoffFiles(base)
    shutil.rmtree(tmp_path / "data")
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(OSError):
        files.path("printout.pdf")
    files.wipe()  # never raises
    assert files.problem is not None and "hand-off folder" in files.problem
    (tmp_path / "data").unlink()
    assert files.problem is None
    assert files.path("qr.png").parent == base
