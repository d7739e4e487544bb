"""Issue 17: the on-screen keyboard has the letters of the session language's script
(Cyrillic for Russian and Ukrainian, õ ü š ž for Estonian, Arabic letters), a key to
the Latin letters and back (a Finnish place name, an e-mail address), and still fits
the screen at 200 %."""

from __future__ import annotations

import pytest
from helpers import settle, tap, tap_name, to_home

from kiosk.core.languages import SELKO, SHIPPED
from kiosk.ui.keyboard import key_name
from kiosk.ui.keyboard_layouts import LATIN, layout_for

pytestmark = pytest.mark.gui

#: Letters each language's keyboard must have (and Latin ones must not).
OWN_LETTERS = {
    "ru": "йцукенёъэ",
    "uk": "йїєґіʼ",
    "et": "õüšžäö",
    "ar": "ضصثأئءذ",
}


@pytest.mark.parametrize("lang", SHIPPED)
def test_each_layout_types_one_character_a_key_and_keeps_punctuation(lang: str) -> None:
    layout = layout_for(lang)
    chars = "".join(layout.rows)
    assert len(layout.rows) == len(LATIN)
    assert len(set(chars)) == len(chars), f"{lang}: a letter twice"
    assert "." in chars and ("," in chars or "،" in chars), lang
    assert layout.latin == (lang not in ("ru", "uk", "ar")), lang
    for char in OWN_LETTERS.get(lang, ""):
        assert char in chars, f"{lang}: no {char}"


def test_finnish_swedish_english_and_selkokieli_keep_the_latin_rows() -> None:
    for lang in ("fi", SELKO, "sv", "en", "so"):
        assert layout_for(lang).rows == LATIN


def name_step(kiosk, qtbot, lang: str):
    window = kiosk.window
    to_home(kiosk, lang)
    tap_name(qtbot, window, "flow_library-hours")
    tap_name(qtbot, window, "option_other")
    assert window.screen_name == "step:library-hours:name"
    settle()
    return window, window.page.keyboard


@pytest.mark.parametrize("lang", ["ru", "uk", "ar"])
def test_a_script_keyboard_types_its_letters_and_switches_to_latin(
    make_kiosk, qtbot, lang: str
) -> None:
    kiosk = make_kiosk(lang=lang, text_size=200)
    window, keyboard = name_step(kiosk, qtbot, lang)
    field = window.page.fields["name"]
    assert keyboard.width() <= window.page.width()
    assert keyboard.fits_in_width(keyboard.width())
    letter = OWN_LETTERS[lang][0]
    tap(qtbot, keyboard.key(letter))
    assert field.text() == letter
    with pytest.raises(KeyError):
        keyboard.key("k")

    # To Latin: the Finnish name of a library; the key now names the script.
    latin = keyboard.key("latin")
    assert latin.text() == "ABC"
    tap(qtbot, latin)
    settle()
    for char in "allio":
        tap(qtbot, keyboard.key(char))
    assert field.text() == letter + "allio"
    assert keyboard.fits_in_width(keyboard.width())
    assert keyboard.key("latin").text() == layout_for(lang).script_label

    # And back to the script's letters.
    tap(qtbot, keyboard.key("latin"))
    settle()
    assert keyboard.key(letter).isVisible()
    with pytest.raises(KeyError):
        keyboard.key("k")


def test_the_estonian_keyboard_has_its_letters_and_no_latin_key(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(lang="et", text_size=200)
    window, keyboard = name_step(kiosk, qtbot, "et")
    assert keyboard.width() <= window.page.width()
    assert keyboard.fits_in_width(keyboard.width())
    for char in OWN_LETTERS["et"]:
        tap(qtbot, keyboard.key(key_name(char)))
    assert window.page.fields["name"].text() == OWN_LETTERS["et"]
    with pytest.raises(KeyError):
        keyboard.key("latin")


def test_the_next_resident_gets_the_letters_of_their_own_language(make_kiosk, qtbot) -> None:
    """The window keeps one keyboard per text size (issue 19): after a Russian
    resident who went over to Latin, an Estonian one gets the Estonian letters, then a
    Finnish one the Finnish rows, with no Latin key left over."""
    kiosk = make_kiosk(lang="ru", text_size=100)
    window, russian = name_step(kiosk, qtbot, "ru")
    tap(qtbot, russian.key("latin"))  # left on the Latin rows
    settle()
    window.end_session("end")
    settle()
    _, estonian = name_step(kiosk, qtbot, "et")
    assert estonian is russian, "not the kept keyboard"
    for char in OWN_LETTERS["et"]:
        assert estonian.key(key_name(char)).isVisibleTo(window), char
    with pytest.raises(KeyError):
        estonian.key("latin")
    window.end_session("end")
    settle()
    _, finnish = name_step(kiosk, qtbot, "fi")
    assert finnish is russian
    assert finnish.key("aring").isVisibleTo(window) and finnish.key("q").isVisibleTo(window)
    with pytest.raises(KeyError):
        finnish.key(key_name("õ"))


def _rows_of(keyboard) -> list[list[tuple[str, str, bool]]]:
    """Each row's keys as (name, label, shown), in the row's order."""
    from kiosk.ui.key_walk import key_rows

    keyboard.adjustSize()
    settle()
    return [
        [(k.objectName(), k.text(), k.isVisibleTo(keyboard)) for k in row]
        for row in key_rows(keyboard)
    ]


def test_a_kept_keyboard_takes_another_script_as_a_new_one_has_it(qtbot) -> None:
    """A kept keyboard changes its letters in place (issue 19, not built anew): after
    each change of script it has the keys, labels and order a new keyboard of that
    script has, and every letter key types its own letter."""
    from PySide6.QtWidgets import QLineEdit

    from kiosk.ui.keyboard import OnScreenKeyboard

    kept = OnScreenKeyboard(60, 8, 24, layout=layout_for("fi"))
    qtbot.addWidget(kept)
    kept.show()
    field = QLineEdit()
    qtbot.addWidget(field)
    kept.set_target(field)
    for lang in ("ru", "ar", "et", "uk", "fi", "ar", "ru"):
        kept.use_layout(layout_for(lang))
        new = OnScreenKeyboard(60, 8, 24, layout=layout_for(lang))
        qtbot.addWidget(new)
        new.show()
        assert _rows_of(kept) == _rows_of(new), lang
        letters = "".join(layout_for(lang).rows)
        field.clear()
        for char in letters:
            kept.key(key_name(char)).click()
        assert field.text() == letters, lang
    kept.key("latin").click()  # Russian → Latin: the Latin rows, as a new one has them
    latin = OnScreenKeyboard(60, 8, 24, layout=layout_for("ru"))
    qtbot.addWidget(latin)
    latin.show()
    latin.set_target(field)  # a key without a field does nothing
    latin.key("latin").click()
    assert _rows_of(kept) == _rows_of(latin)


def test_one_kept_keyboard_serves_every_text_size(qtbot) -> None:
    """The window keeps one keyboard, not one for each text size (issue 19: each was
    1.2 MB more, built at the first text step at that size). Lent at another text size,
    its keys have the letters' size and the room a new keyboard of that size has."""
    from PySide6.QtCore import QObject

    from kiosk.ui.keyboard import OnScreenKeyboard
    from kiosk.ui.keyboard_dock import KeyboardDock
    from kiosk.ui.theme import make_theme

    dock = KeyboardDock()
    qtbot.addWidget(dock)
    dock.resize(1920, 400)
    page = QObject()
    kept = None
    for size, lang in ((100, "fi"), (200, "ar"), (150, "ru"), (100, "en")):
        metrics = make_theme("standard", 0.248, 500, size).metrics
        keyboard = dock.lend(metrics, lang, page, lambda _key: None)
        kept = kept or keyboard
        assert keyboard is kept, size
        dock.show_for(page)
        settle()
        assert keyboard.font_px == metrics.chrome_px
        new = OnScreenKeyboard(
            metrics.target_px, metrics.gap_px, metrics.chrome_px, layout=layout_for(lang)
        )
        qtbot.addWidget(new)
        new.show()
        settle()
        for name in ("space", key_name(layout_for(lang).rows[0][0])):
            assert keyboard.key(name).minimumSize() == new.key(name).minimumSize(), (size, name)
        dock.take_back()
    assert len(dock.findChildren(OnScreenKeyboard)) == 1
