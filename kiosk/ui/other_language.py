"""City text that exists only in another language than the screen's, marked as such.

The city writes many events and budgeting rounds in Finnish only. On a Swedish or
English screen such a name is shown as the city wrote it, followed by "(på finska)" /
"(in Finnish)" in the screen's language, so a resident knows why the words are foreign
(and the speech reads the name with the Finnish voice, the mark with the screen's).
Selkokieli screens get no mark for Finnish: it is the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.languages import base_language
from kiosk.core.text import Mixed, Text, join, picked

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


def language_mark(its_lang: str) -> str:
    """ "(in Finnish)" for a text in ``its_lang``, in the screen's language; "" when
    the kiosk has no words for that language."""
    marks = {
        "fi": translate("other_language", "(in Finnish)"),
        "sv": translate("other_language", "(in Swedish)"),
        "en": translate("other_language", "(in English)"),
    }
    return marks.get(base_language(its_lang), "")


def marked(text: Text, lang: str) -> Mixed:
    """``text`` for a screen in ``lang``; marked when it is in another language."""
    shown = picked(text, lang)
    value, its_lang = text.pick(lang)
    if not value or base_language(its_lang) == base_language(lang):
        return shown
    mark = language_mark(its_lang)
    return join(" ", [shown, mark]) if mark else shown
