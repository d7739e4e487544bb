"""Localised text: one string per supported language.

Flow content is written per language in the flow files; this is the value type that
carries it through the Qt-free core. City data may lack a language: `Text.pick` says
which language a fallback is in, and `Mixed` carries a shown text whose pieces are in
different languages to the speech, so each piece is read by the right voice. UI chrome
goes through Qt's translation system instead (see ``kiosk/ui/i18n.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: Every flow text must exist in these languages (DESIGN §4).
REQUIRED_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

#: When a text is missing in the wanted language, try these in order (CITY_APIS notes).
FALLBACK_ORDER: tuple[str, ...] = ("fi", "sv", "en")


@dataclass(frozen=True)
class Text:
    """A text in several languages. Immutable and hashable."""

    values: Mapping[str, str] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))

    def get(self, lang: str) -> str:
        """Return the text in ``lang``, falling back fi → sv → en, else ''."""
        if self.values.get(lang):
            return self.values[lang]
        for other in FALLBACK_ORDER:
            if self.values.get(other):
                return self.values[other]
        return ""

    def pick(self, lang: str) -> tuple[str, str]:
        """``get(lang)`` and the language that text is in (``lang`` when empty)."""
        if self.values.get(lang):
            return self.values[lang], lang
        for other in FALLBACK_ORDER:
            if self.values.get(other):
                return self.values[other], other
        return "", lang

    def missing(self, languages: tuple[str, ...] = REQUIRED_LANGUAGES) -> list[str]:
        """Languages in ``languages`` that have no non-empty text."""
        return [lang for lang in languages if not str(self.values.get(lang) or "").strip()]

    def __bool__(self) -> bool:
        return any(v for v in self.values.values())


class Mixed(str):
    """A text shown as one string whose pieces may be in other languages than the
    screen's: a Finnish-only event name or street on a Swedish screen, the Swedish name
    of a place the data has one for. Shown as the plain string it is; spoken piece by
    piece, each by the voice of its language (issue 13). A piece's language None is
    the screen's.

    String methods (``replace``, ``strip``, f-strings) give plain strings, so build
    mixed texts with `fill` and `join`.
    """

    pieces: tuple[tuple[str, str | None], ...]

    def __new__(cls, pieces: Iterable[tuple[str, str | None]]) -> Mixed:
        kept = tuple((text, lang) for text, lang in pieces if text)
        made = super().__new__(cls, "".join(text for text, _ in kept))
        made.pieces = kept
        return made


def in_language(text: str, lang: str | None) -> Mixed:
    """All of ``text`` in ``lang`` (None: the screen's)."""
    return text if isinstance(text, Mixed) and lang is None else Mixed([(text, lang)])


def picked(text: Text, lang: str) -> Mixed:
    """``text`` for a screen in ``lang``, marked with the language it really is in."""
    value, its_lang = text.pick(lang)
    return Mixed([(value, its_lang)])


def _pieces_of(text: str) -> tuple[tuple[str, str | None], ...]:
    return text.pieces if isinstance(text, Mixed) else ((text, None),)


def fill(template: str, *values: str) -> Mixed:
    """``template`` (the screen's language) with ``%1``, ``%2``, … replaced by
    ``values``, each keeping its own pieces' languages."""
    pieces: list[tuple[str, str | None]] = []
    for part in _PLACEHOLDER.split(template):
        match = _PLACEHOLDER.fullmatch(part)
        index = int(part[1:]) - 1 if match else -1
        if match and index < len(values):
            pieces.extend(_pieces_of(values[index]))
        else:
            pieces.append((part, None))
    return Mixed(pieces)


def join(separator: str, texts: Iterable[str]) -> Mixed:
    """``separator.join(texts)``, each text keeping its pieces' languages."""
    pieces: list[tuple[str, str | None]] = []
    for index, text in enumerate(texts):
        if index:
            pieces.append((separator, None))
        pieces.extend(_pieces_of(text))
    return Mixed(pieces)


def pieces(text: str, lang: str) -> list[tuple[str, str]]:
    """``text`` as (piece, language) for a screen in ``lang``, pieces of one language
    run together."""
    found: list[tuple[str, str]] = []
    for piece, piece_lang in _pieces_of(text):
        said_in = piece_lang or lang
        if found and found[-1][1] == said_in:
            found[-1] = (found[-1][0] + piece, said_in)
        else:
            found.append((piece, said_in))
    return found


_PLACEHOLDER = re.compile(r"(%[1-9])")


#: Where a sentence may end: . ! ? (or the Arabic question mark) and a space.
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+")


def _starts_sentence(part: str) -> bool:
    """A capital letter, a digit, a quote or a letter of a script without capitals
    (Arabic) starts a sentence; "esim. kirjasto" does not."""
    first = part[0]
    return (
        first.isupper()
        or first.isdigit()
        or first in "\"'«“(["
        or (first.isalpha() and first.lower() == first.upper())
    )


def sentences(text: str, longer_than: int = 0) -> list[str]:
    """``text`` cut into its sentences, for a screen that shows a few lines a page
    (issue 14); texts of ``longer_than`` characters or fewer stay whole."""
    if not text.strip():
        return []
    if len(text) <= longer_than or isinstance(text, Mixed):
        # Whole, and as it is: a mixed text's pieces keep their voices (a plain
        # string's methods would lose them).
        return [text]
    found: list[str] = []
    for part in _SENTENCE_END.split(text.strip()):
        if found and part and not _starts_sentence(part):
            found[-1] += " " + part
        elif part:
            found.append(part)
    return found
