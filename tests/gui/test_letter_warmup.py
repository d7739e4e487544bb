"""kiosk.ui.letter_warmup: the kiosk draws its words once, off screen, a second
after it starts, so that later visits add nothing to its memory (issue 19; the
memory itself is measured by bench/sessions.py, not here)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from kiosk.core.session import TEXT_SIZES
from kiosk.ui.keyboard_layouts import layout_for
from kiosk.ui.letter_warmup import LetterWarmUp, kiosk_jobs, pieces
from kiosk.ui.theme import make_theme


def test_pieces_keep_every_word_whole() -> None:
    text = " ".join(f"sana{n}" for n in range(400))
    cut = pieces(text, size=50)
    assert len(cut) > 1
    assert all(len(piece) <= 50 for piece in cut)
    assert " ".join(cut).split(" ") == text.split(" ")


def test_a_kiosk_draws_every_language_in_every_font_of_every_text_size(make_kiosk) -> None:
    kiosk = make_kiosk()
    jobs = kiosk_jobs(kiosk.config, kiosk.flows)
    fonts = {(font.pixelSize(), font.bold()) for font, _ in jobs}
    display = kiosk.config.display
    for size in TEXT_SIZES:
        theme = make_theme("standard", display.pixel_pitch_mm, display.viewing_distance_mm, size)
        m = theme.metrics
        assert {(m.body_px, False), (m.body_px, True)} <= fonts
        assert (m.heading_px, True) in fonts
        assert (m.chrome_px, False) in fonts
    drawn = " ".join(piece for _, piece in jobs)
    for flow in kiosk.flows:
        for lang in kiosk.config.languages.enabled:
            assert flow.title.get(lang).split()[0] in drawn
    assert all(key in drawn for key in layout_for("ar").rows[0])  # the Arabic keys
    assert "Щ" in drawn  # the Russian keys, as shifted


def test_it_draws_a_slice_at_a_time_and_says_when_it_is_done(qtbot) -> None:
    font = QFont()
    font.setPixelSize(40)
    big = QFont()
    big.setPixelSize(88)  # shaped only: Qt keeps no pictures of letters this large
    jobs = [(f, "Tervetuloa kirjastoon " * 15) for f in (font, big)] * 300
    warm_up = LetterWarmUp(jobs)
    done: list[float] = []
    warm_up.finished.connect(done.append)
    warm_up.start()
    assert not warm_up.done  # start() returns at once: the event loop draws
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert warm_up.done and done[0] > 0
    warm_up.finish()
    warm_up.start()
    qtbot.wait(20)
    assert len(done) == 1  # once only


def test_finish_draws_the_rest_at_once() -> None:
    font = QFont()
    font.setPixelSize(30)
    warm_up = LetterWarmUp([(font, "Hei")] * 10)
    done: list[float] = []
    warm_up.finished.connect(done.append)
    warm_up.finish()
    assert warm_up.done and len(done) == 1
