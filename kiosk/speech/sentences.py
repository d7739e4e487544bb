"""Split text into sentences, so speech can start after the first one is synthesised.

The speech worker synthesises one whole piece of text before it plays any of it, and a
piece that is playing cannot be cut short except by killing the worker. Short pieces
therefore mean a quick start. Splitting errs on the side of *not* splitting: a missed
sentence end costs a little latency, a wrong one can change how a date or a time is read.

Rules:

* a piece ends at a newline, and at a run of ``. ! ? : ;`` followed by a space (or the
  end of the text); quotes and brackets right after the punctuation stay with it;
* ``8.00``, ``22.6.``, ``1.10.1912`` and ``klo 8:30`` are never split (the dots and colons
  are not followed by a space);
* a full stop after a known abbreviation (``esim.``, ``n.``, ``e.g.``, ``p.``, ``t.ex.``, …)
  or a single letter (initials: ``J. L. Runeberg``) never ends a sentence;
* any other full stop ends one only if the next word starts with a capital letter
  (or a quote or bracket then a capital; in a script without capitals, such as
  Arabic, any letter), so ``22.6. klo 10`` and ordinals such as
  ``22. päivä`` stay together;
* pieces longer than ``max_chars`` are cut at a comma, or else at a space;
* pieces with no letter or digit (a lone dash, a bullet) are dropped.
"""

from __future__ import annotations

import re

#: Abbreviations (lower case, without the final full stop) after which a full stop never
#: ends a sentence, even before a capital letter.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Finnish
        "esim",
        "ks",
        "vrt",
        "n",
        "ns",
        "mm",
        "klo",
        "p",
        "puh",
        "nro",
        "n:o",
        "s",
        "v",
        "os",
        "ts",
        "ao",
        "em",
        "ed",
        "kts",
        "huom",
        "ma",
        "ti",
        "ke",
        "to",
        "pe",
        "la",
        "su",
        "vk",
        "kk",
        "krs",
        "as",
        # Swedish
        "t.ex",
        "bl.a",
        "s.k",
        "kl",
        "ca",
        "tel",
        "nr",
        "jfr",
        "resp",
        "ev",
        "obs",
        "fr.o.m",
        "t.o.m",
        "d.v.s",
        "dvs",
        "s.a.s",
        "f.d",
        "st",
        "tfn",
        # English
        "e.g",
        "i.e",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "no",
        "vs",
        "approx",
        "cf",
        "fig",
        "pp",
        "jr",
        "sr",
    }
)

_END = re.compile(r"[.!?:;]+[\"'”’»)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"[^\s(\[\"'“”«»]+$")
_STARTS_CAPITAL = re.compile(r"\s*[\"'“”«»(\[]*(\w)")
_HAS_WORD = re.compile(r"\w")


def split_sentences(text: str, max_chars: int = 200) -> list[str]:
    """Pieces of ``text`` to speak one at a time, in order; empty for blank text."""
    pieces: list[str] = []
    for line in text.splitlines():
        for sentence in _split_line(line):
            pieces.extend(_cut_long(sentence, max_chars))
    return [p for p in pieces if _HAS_WORD.search(p)]


def _split_line(line: str) -> list[str]:
    pieces = []
    start = 0
    for match in _END.finditer(line):
        if _ends_sentence(line, match):
            pieces.append(line[start : match.end()].strip())
            start = match.end()
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    punctuation = match.group().rstrip("\"'”’»)]")
    if punctuation != ".":
        return True  # ! ? : ; and runs such as "..." or "?!"
    rest = line[match.end() :]
    if not rest.strip():
        return True
    word = _WORD_BEFORE.search(line, 0, match.start())
    if word is None:
        return True
    token = word.group().lower()
    if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    following = _STARTS_CAPITAL.match(rest)
    if following is None:
        return False
    first = following.group(1)
    # A script without capitals (Arabic: a letter with no case) starts a sentence too.
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    pieces = []
    while len(sentence) > max_chars:
        cut = sentence.rfind(", ", 0, max_chars)
        if cut > 0:
            cut += 1  # keep the comma with the first half
        else:
            cut = sentence.rfind(" ", 0, max_chars)
        if cut <= 0:
            cut = max_chars
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    pieces.append(sentence)
    return pieces
