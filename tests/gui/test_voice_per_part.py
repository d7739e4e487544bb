"""The right voice for each part (issue 13, point 2): city data is said in the
language it is in, everything else in the screen's language. A Finnish-only event
name or street on a Swedish screen is read by the Finnish voice; a place the data names
in Swedish is shown and said in Swedish."""

from __future__ import annotations

from helpers import settle, to_home
from PySide6.QtWidgets import QAbstractButton

from kiosk.flow.engine import Answer
from kiosk.ui.widgets import BigButton

FLOWS = (
    "[kiosk]\ndemo = true\n"
    '[flows]\nenabled = ["library-hours", "services-near", "events-seniors"]\n'
)


def said(kiosk, mark: int) -> list[tuple[str, str]]:
    return [(u.text, u.lang) for u in kiosk.speaker.log[mark:] if u.kind == "say"]


def kiosk_in(make_kiosk, tmp_path, lang: str):
    config = tmp_path / "kiosk.toml"
    config.write_text(FLOWS, encoding="utf-8")
    kiosk = make_kiosk(lang=lang, config_path=config)
    to_home(kiosk, lang)
    return kiosk


def test_finnish_library_data_on_a_swedish_screen_is_read_in_finnish(make_kiosk, tmp_path):
    kiosk = kiosk_in(make_kiosk, tmp_path, "sv")
    window = kiosk.window
    window.start_flow("library-hours")
    mark = len(kiosk.speaker.log)
    window.send(Answer("here"))
    settle()
    parts = said(kiosk, mark)
    finnish = [text for text, lang in parts if lang == "fi"]
    assert "Kallion kirjasto." in finnish
    assert any(text.startswith("Viides linja 11") for text in finnish)
    # The words around the data stay Swedish, the postcode too.
    swedish = " ".join(text for text, lang in parts if lang == "sv")
    assert "Adress:" in swedish and "noll noll fem tre noll" in swedish
    assert {lang for _, lang in parts} == {"sv", "fi"}


def test_a_finnish_only_event_name_is_read_in_finnish_on_an_english_screen(make_kiosk, tmp_path):
    kiosk = kiosk_in(make_kiosk, tmp_path, "en")
    window = kiosk.window
    window.start_flow("events-seniors")
    window.send(Answer("week"))
    mark = len(kiosk.speaker.log)
    window.send(Answer("nearby"))
    settle()
    parts = said(kiosk, mark)
    more = window.page.pager
    for _page in range(1, more.count() if more is not None else 1):
        # A list longer than the screen comes in pages (issue 14): turn to the next.
        if ("Tuolijumppa", "fi") in parts:
            break
        mark = len(kiosk.speaker.log)
        window.page.findChild(BigButton, "moreChoices").click()
        settle()
        parts = said(kiosk, mark)
    # The city gives "Tuolijumppa" (chair exercise) in Finnish only.
    assert ("Tuolijumppa", "fi") in parts, parts
    assert all(lang == "en" for text, lang in parts if "Tuolijumppa" not in text)


def test_a_place_named_in_swedish_is_shown_and_read_in_swedish(make_kiosk, tmp_path):
    kiosk = kiosk_in(make_kiosk, tmp_path, "sv")
    window = kiosk.window
    window.start_flow("services-near")
    mark = len(kiosk.speaker.log)
    window.send(Answer("349"))  # libraries
    settle()
    parts = said(kiosk, mark)
    assert any("Berghälls bibliotek" in text and lang == "sv" for text, lang in parts), parts
    assert not any("Kallion kirjasto" in text for text, _ in parts)


def test_a_finnish_only_event_on_a_swedish_screen_is_marked(make_kiosk, tmp_path):
    """Shown as the city wrote it, then "(på finska)" in Swedish: the resident knows why
    the words are foreign. The mark is read by the Swedish voice, the name by the Finnish."""
    kiosk = kiosk_in(make_kiosk, tmp_path, "sv")
    window = kiosk.window
    window.start_flow("events-seniors")
    window.send(Answer("week"))
    mark = len(kiosk.speaker.log)
    window.send(Answer("nearby"))
    settle()
    # Every event's button, those on the next page of choices too (issue 14's paging).
    buttons = [b for b in window.page.findChildren(QAbstractButton) if b.text()]
    marked = [b for b in buttons if b.text().startswith("Tuolijumppa (på finska)")]
    assert marked, [b.text() for b in buttons]
    if marked[0].isVisible():  # said when its page is shown
        parts = said(kiosk, mark)
        assert ("Tuolijumppa", "fi") in parts, parts
        assert any(text.startswith("(på finska)") and lang == "sv" for text, lang in parts)


def test_a_finnish_event_on_a_selkokieli_screen_is_not_marked(make_kiosk, tmp_path):
    kiosk = kiosk_in(make_kiosk, tmp_path, "fi-x-selko")
    window = kiosk.window
    window.start_flow("events-seniors")
    window.send(Answer("week"))
    window.send(Answer("nearby"))
    settle()
    buttons = [b.text() for b in window.page.findChildren(QAbstractButton) if b.text()]
    assert any(text.startswith("Tuolijumppa\n") for text in buttons), buttons
    assert not any("suomeksi" in text for text in buttons)
