"""Taking a result away on paper from a flow screen (issue 4 hand-off, as wired in)."""

from __future__ import annotations

import subprocess

from helpers import to_home
from PySide6.QtWidgets import QLabel

from kiosk.flow.engine import Answer
from kiosk.ui import visit as window_module
from kiosk.ui.printout import print_to_pdf
from kiosk.ui.widgets import BigButton


def test_opening_hours_print_to_the_printer(make_kiosk, tmp_path, monkeypatch):
    pdf = tmp_path / "printout.pdf"
    # The CI machine has no printer: send the job to a PDF instead, through the same path.
    monkeypatch.setattr(
        window_module, "print_to", lambda printout, printer, now: print_to_pdf(printout, pdf, now)
    )
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("here"))
    window.page.findChild(BigButton, "printButton").click()
    assert window.screen_name == "print-printed"
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert "Tuloste on valmis." in texts
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Tämän kirjaston aukioloajat" in text
    assert "Auki nyt." in text
    assert "kirjastot.fi" in text
    window.go_back()
    assert window.screen_name == "step:library-hours:hours_here"


def test_a_missing_printer_is_told_plainly(make_kiosk, tmp_path):
    (tmp_path / "k.toml").write_text('[handoff]\nprinter = "no-such-queue"\n')
    kiosk = make_kiosk(lang="en", config_path=tmp_path / "k.toml")
    to_home(kiosk, "en")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("here"))
    window.page.findChild(BigButton, "printButton").click()
    assert window.screen_name == "print-failed"
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert "The printer is not working. Ask the staff." in texts


def test_print_files_are_gone_after_the_session(make_kiosk, tmp_path):
    kiosk = make_kiosk(lang="en")
    files = kiosk.window.handoff_files
    (files.path("leftover.pdf")).write_bytes(b"%PDF-1.4 resident data")
    kiosk.window.end_session("end")
    assert files.files() == []
