"""Issue 17: the language screen names each language in itself, in the configured
order, and pages (never scrolls) when more languages are configured than fit; the
attract screen fits nine languages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.config import LanguagesConfig
from kiosk.core.languages import KNOWN, LANGUAGES, NO_VOICE, SELKO, SHIPPED, speech_rate
from kiosk.ui.pages import AttractPage, LanguagePage
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui
NO_ISOLATES = {0x2068: None, 0x2069: None}


def with_languages(kiosk, languages: tuple[str, ...]) -> None:
    """Offer ``languages`` (the config allows only complete ones; the screens draw
    any the kiosk knows)."""
    window = kiosk.window
    config = replace(window.parts.config, languages=LanguagesConfig(enabled=languages))
    window.parts.config = config
    window.journey.languages = list(languages)


def shown_languages(window) -> list[str]:
    return [
        b.objectName().removeprefix("language_")
        for b in window.page.findChildren(BigButton)
        if b.objectName().startswith("language_") and b.isVisibleTo(window)
    ]


def fits(window, widget: QWidget) -> bool:
    """All of ``widget`` is on the screen and above the bottom bar."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom = top_left.y() + widget.height()
    limit = window.bottom.mapTo(window, window.bottom.rect().topLeft()).y()
    return top_left.y() >= 0 and bottom <= limit and top_left.x() >= 0


@pytest.mark.parametrize("size", [100, 150, 200])
def test_nine_languages_page_by_name_without_scrolling(make_kiosk, qtbot, size) -> None:
    kiosk = make_kiosk(lang="fi", text_size=size)
    with_languages(kiosk, KNOWN)
    window = kiosk.window
    window.start_session()
    assert window.screen_name == "language"
    seen: list[str] = []
    page = window.page
    assert isinstance(page, LanguagePage)
    for _ in range(len(page.pages)):
        page = window.page
        qtbot.wait(1)
        assert page.scroll_area.verticalScrollBar().maximum() == 0, (size, page.page_index)
        names = shown_languages(window)
        seen += names
        for code in names:
            button = page.findChild(BigButton, f"language_{code}")
            assert button.text().split("\n")[0] == LANGUAGES[code].name
            assert fits(window, button), (size, code)
        if page.more is None:
            break
        following = page.pages[(page.page_index + 1) % len(page.pages)]
        assert (
            page.more.text()
            .translate(NO_ISOLATES)
            .endswith(" · ".join(LANGUAGES[c].name for c in following))
        )
        assert fits(window, page.more)
        page.more.click()
        assert window.screen_name == "language"
    assert seen == list(KNOWN), "every language once, in the configured order"
    if size == 100:
        assert len(page.pages) == 1, "at 100 % all nine fit on one page"
    else:
        # The last page's "+" led back to the first.
        assert page.page_index == 0
        assert shown_languages(window) == page.pages[0]


def test_paging_reads_the_new_page_aloud(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(lang="fi", text_size=200)
    with_languages(kiosk, KNOWN)
    window = kiosk.window
    window.start_session()
    speaker = window.speaker
    page = window.page
    speaker.log.clear()
    page.more.click()
    said = [(u.text.rstrip("."), u.lang) for u in speaker.log if u.kind == "say"]
    for code in page.pages[1]:
        assert (LANGUAGES[code].name, code) in said, code
        assert (LANGUAGES[code].choose.rstrip("."), code) in said, code


def test_the_language_screen_follows_the_configured_order(make_kiosk) -> None:
    order = tuple(reversed(SHIPPED))
    kiosk = make_kiosk(lang="fi")
    with_languages(kiosk, order)
    kiosk.window.start_session()
    assert shown_languages(kiosk.window) == list(order)


def test_attract_fits_nine_languages(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(lang="fi")
    with_languages(kiosk, KNOWN)
    window = kiosk.window
    window.show_attract()
    page = window.page
    assert isinstance(page, AttractPage)
    texts = [label.text() for label in page.labels]
    for code in KNOWN:
        assert any(LANGUAGES[code].touch in text for text in texts), code
    for label in page.labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert fits(window, label) or label.mapTo(window, label.rect().bottomLeft()).y() <= (
            window.height()
        ), label.text()


def test_selkokieli_is_spoken_slower_in_the_finnish_voice(make_kiosk) -> None:
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    window.start_session()
    window.choose_language("fi")
    finnish_rate = window.speaker.rate
    window.top.language_clicked.emit()
    window.choose_language(SELKO)
    assert window.screen_name == "home"
    assert window.speaker.rate == speech_rate(finnish_rate, SELKO) < finnish_rate
    window.speaker.log.clear()
    window.repeat()
    said = [u for u in window.speaker.log if u.kind == "say"]
    # All in selkokieli, but for the place's name (city data: said as Finnish).
    assert said and {u.lang for u in said} <= {SELKO, "fi"}
    assert "Mitä haluat tehdä?" in " ".join(u.text for u in said if u.lang == SELKO)
    assert kiosk.config.speech.voices[SELKO] == kiosk.config.speech.voices["fi"]


def test_a_language_without_a_voice_is_marked_and_says_so(make_kiosk) -> None:
    """Somali: espeak-ng has no voice. Its button is marked "text only", and its home
    screen shows, in Somali, that the kiosk cannot read Somali aloud; the English
    voice says the same (no voice can say it in Somali)."""
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    window.start_session()
    button = window.page.findChild(BigButton, "language_so")
    mark, note, english = NO_VOICE["so"]
    assert button.text() == f"Soomaali\n{mark}"
    window.choose_language("so")
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert note in texts
    window.speaker.log.clear()
    window.repeat()
    said = [(u.text.rstrip("."), u.lang) for u in window.speaker.log if u.kind == "say"]
    assert (english.rstrip("."), "en") in said
