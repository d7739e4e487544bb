"""The library-hours flow against the fake city (kirjastot.fi at the fake server), in
fi, sv and en, through both paths (this library; another library found by typing part
of its name), to the detail screen, printed on paper (a PDF here), then done."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import FakeCity
from gui.helpers import across_pages, crash_lines, settle, to_home
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kiosk.ui import visit as window_module
from kiosk.ui.printout import print_to_pdf

pytestmark = pytest.mark.gui

LANGS = ("fi", "sv", "en")
#: The fake city's one library (tests/fixtures/city/kirjastot_library_84860_*.json).
LIBRARY_ID = 84860
#: Its name: the fixture gives one name, the same in every language.
NAME = "Kallion kirjasto"
TYPED = "kallio"  # part of the name, in small letters, as a resident might type it
#: The detail steps' headings (assets/flows/library-hours.yaml): the printout's title.
HEADING = {
    "here": {
        "fi": "Tämän kirjaston aukioloajat",
        "sv": "Det här bibliotekets öppettider",
        "en": "Opening hours of this library",
    },
    "other": {
        "fi": "Kirjaston aukioloajat",
        "sv": "Bibliotekets öppettider",
        "en": "Library opening hours",
    },
}
NOT_FROM_SNAPSHOT = "This information is from"


@pytest.fixture(scope="module")
def city():
    with FakeCity(slow_s=1.5) as server:
        yield server


@pytest.fixture
def pdf(tmp_path: Path, monkeypatch) -> Path:
    out = tmp_path / "printout.pdf"
    # No printer here: the job goes to a PDF through the same path.
    monkeypatch.setattr(
        window_module,
        "print_to",
        lambda printout, printer, now: print_to_pdf(printout, out, now),
    )
    return out


@pytest.fixture
def city_kiosk(city: FakeCity, make_kiosk, tmp_path: Path):
    def factory(lang: str):
        city.reset()
        config = write_city_config(tmp_path / "kiosk.toml", city.url, ["library-hours"])
        kiosk = make_kiosk(lang=lang, config_path=config)
        assert kiosk.problems == []
        live_services_on(kiosk, city.endpoints)
        to_home(kiosk, lang)
        return kiosk

    return factory


def _visible(window, kind, name: str):
    found = [w for w in window.findChildren(kind, name) if w.isVisibleTo(window)]
    assert len(found) == 1, f"{window.screen_name}: expected one {name!r}, found {len(found)}"
    return found[0]


def tap(window, name: str) -> None:
    _visible(window, QAbstractButton, name).click()
    settle()


def shown_text(window) -> str:
    """Every page's labels (the opening hours are in pages at large text, issue 14)."""
    return "\n".join(
        across_pages(
            window, lambda: [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
        )
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("path", ["here", "other"])
@pytest.mark.parametrize("lang", LANGS)
def test_library_hours_live_to_print_and_done(
    city_kiosk, city: FakeCity, pdf: Path, tmp_path: Path, lang: str, path: str
) -> None:
    kiosk = city_kiosk(lang)
    window = kiosk.window
    window.start_flow("library-hours")
    settle()
    assert window.screen_name == "step:library-hours:which"
    tap(window, f"option_{path}")
    if path == "other":
        assert window.screen_name == "step:library-hours:name"
        _visible(window, QLineEdit, "field_name").setText(TYPED)
        tap(window, "nextButton")
        assert window.screen_name == "step:library-hours:pick", shown_text(window)
        search = [r for r in city.requests if r.path == "/v4/library"]
        assert search, [r.path for r in city.requests]
        assert search[-1].param("name") == TYPED and search[-1].param("lang") == lang
        assert NAME in "\n".join(
            b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)
        )
        tap(window, f"item_{LIBRARY_ID}")
    detail = "hours_here" if path == "here" else "hours_other"
    assert window.screen_name == f"step:library-hours:{detail}", shown_text(window)
    week = [r for r in city.requests if r.path == f"/v4/library/{LIBRARY_ID}"]
    assert week and week[-1].param("lang") == lang  # live, from the fake city

    text = shown_text(window)
    assert NAME in text, text
    assert "kirjastot.fi" in text, text
    assert NOT_FROM_SNAPSHOT not in text  # live data: no snapshot date sentence
    answers = kiosk.session.answers_for("library-hours")
    assert answers["which"] == path
    if path == "other":
        assert answers["name"] == TYPED and answers["pick"] == LIBRARY_ID

    tap(window, "printButton")
    assert window.screen_name == "print-printed", shown_text(window)
    printed = pdf_text(pdf)
    assert NAME in printed, printed
    assert HEADING[path][lang] in printed, printed
    assert "kirjastot.fi" in printed, printed
    window.go_back()
    settle()
    assert window.screen_name == f"step:library-hours:{detail}"

    tap(window, "nextButton")
    assert window.screen_name == "step:library-hours:done"
    assert crash_lines(tmp_path / "data") == []
