"""The on-screen keyboard's letter rows for each language's script (issue 17). No Qt.

`OnScreenKeyboard` (kiosk/ui/keyboard.py) types one character a key; this module only
says which characters its letter rows hold for a session language, so a layout can be
added or changed without touching the keyboard widget.

Every layout has three rows (the keyboard's fourth is Space and the layer keys) and
keeps a comma and a full stop; a row of up to 14 letters still fits at 200 % (a test
checks each layout). A language with a script of its own (Cyrillic, Arabic) also has
a key to the Latin rows: e-mail addresses and Finnish place names ("Kallio") are typed
in Latin letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.languages import base_language

__all__ = ["LATIN", "Layout", "layout_for"]

#: Finnish and Swedish (and English): QWERTY with å, ä, ö.
LATIN: tuple[str, ...] = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm,.-")


@dataclass(frozen=True)
class Layout:
    """The letter rows for one language, and, for another script, the label of the key
    that comes back to them from the Latin rows."""

    rows: tuple[str, ...]
    #: Shown on the key from Latin back to this script ("" for a Latin layout).
    script_label: str = ""

    @property
    def latin(self) -> bool:
        return not self.script_label


_LAYOUTS: dict[str, Layout] = {
    # Estonian: the Finnish rows with ü and õ, and š and ž (loanwords, names).
    "et": Layout(("qwertyuiopüõ", "asdfghjklöä", "zxcvbnmšž,.-")),
    # Russian ЙЦУКЕН, as on a Russian keyboard; ё at the end of the middle row.
    "ru": Layout(("йцукенгшщзхъ", "фывапролджэё", "ячсмитьбю,.-"), "АБВ"),
    # Ukrainian ЙЦУКЕН: і, ї, є, ґ and the apostrophe (пʼять) where Russian has others.
    "uk": Layout(("йцукенгшщзхї", "фівапролджєґ", "ячсмитьбюʼ,."), "АБВ"),
    # Arabic, as on an Arabic phone keyboard. Rows are in reading order (right to
    # left): the keyboard is mirrored while Arabic is on, so ض lands at the left end
    # of the top row, where Arabic keyboards have it. أ and ئ are keys of their own
    # (a phone reaches them by a long press, which a kiosk key does not have).
    "ar": Layout(("جحخهعغفقثصض", "طكمنتالبيسش", "دظزوةىرؤءذئأ،."), "أ ب ت"),
}


def layout_for(lang: str) -> Layout:
    """The letter rows for a session in ``lang``; Latin for any language without a
    layout of its own (selkokieli uses the Finnish rows)."""
    return _LAYOUTS.get(lang) or _LAYOUTS.get(base_language(lang)) or Layout(LATIN)
