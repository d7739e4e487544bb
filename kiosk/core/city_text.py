"""City text as it really comes, made fit for the kiosk's screen, voice and paper. No Qt.

The city's APIs send what their editors typed: a description of 20 000 characters, an
event name full of emoji, a name in Hebrew or Arabic next to a Finnish time, bidi
control characters pasted from a word processor. :func:`tidy` is applied to every text
field the services read (``kiosk/services/http.py``, ``kiosk/services/libraries.py``),
before anything reaches a screen, the speech or a printout:

* **length**: at most :data:`MAX_FIELD_CHARS` characters, cut at a word and ended
  with "…": one field never fills more than a screen at 200 % (or minutes of speech,
  or pages of paper);
* **emoji**: removed. The kiosk's font (DejaVu Sans) has no emoji, so they would be
  drawn as empty boxes, and a voice reads them as their long Unicode names;
* **direction**: embedding and override controls (U+202A–202E) and stray isolates
  (U+2066–2069) are removed, so a text cannot turn the rest of the line around; a text
  with right-to-left letters is then wrapped in its own isolate (FSI … PDI), so the
  time or distance written after it on the same line keeps its place;
* **controls**: other control characters are removed; spaces and tabs are tidied.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.core.languages import FSI, PDI, isolate

#: The longest city text field the kiosk shows (about eight lines at 200 %).
MAX_FIELD_CHARS = 400
ELLIPSIS = "…"

# An emoji with what may follow it: a presentation selector, a skin tone, or a
# zero-width joiner and the next emoji of a sequence (👨‍👩‍👧). Flags are pairs of
# regional indicators; subdivision flags use tag characters.
_EMOJI_CHAR = (
    "\U0001f000-\U0001faff"  # mahjong … symbols and pictographs extended-A
    "\U0001f1e6-\U0001f1ff"  # regional indicators (flags)
    "\u2600-\u27bf"  # miscellaneous symbols and dingbats, only with U+FE0F (below)
)
_EMOJI = re.compile(
    "(?:[\U0001f000-\U0001faff](?:[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]"
    f"|\u200d[{_EMOJI_CHAR}])*"
    # A symbol the font has (☀ ✓ ★) stays, unless it asks to be drawn as an emoji.
    f"|[\u2190-\u2bff]\ufe0f(?:\u200d[{_EMOJI_CHAR}]\ufe0f?)*"
    "|[\U000e0020-\U000e007f]"  # tags
    "|[\ufe0e\ufe0f])"
)
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _printable(char: str) -> bool:
    """Not a control or unassigned character (line breaks are kept, as text)."""
    if char == "\n":
        return True
    category = unicodedata.category(char)
    # Cf keeps the zero-width joiners and marks that some scripts need; the direction
    # controls among them are handled apart.
    return category not in ("Cc", "Cn", "Co", "Cs")


def strip_emoji(text: str) -> str:
    """``text`` without emoji (and their joiners, skin tones and selectors)."""
    return _EMOJI.sub("", text)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has letters of a right-to-left script (Hebrew, Arabic, …)."""
    return _RTL.search(text) is not None


def cap(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters at a word, ending with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # a word boundary not too far back
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + ELLIPSIS


def tidy(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """A city text as the kiosk shows, says and prints it (see the module's docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DIRECTION_CONTROLS.sub("", strip_emoji(text))
    if not text.isprintable():  # else it has no control, private or unassigned character
        text = "".join(char for char in text if _printable(char))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = cap("\n".join(lines).strip(), limit)
    return isolate(text) if has_rtl(text) else text


def without_isolates(text: str) -> str:
    """``text`` without bidi isolates: for the speech, which has no use for them."""
    return text.replace(FSI, "").replace(PDI, "")
