"""How long speech takes, and how long a screen may talk before the listener gets the
point (issue 13, point 3). No Qt.

A screen is said in *parts*: the first part leads with what the resident came for (the
answer, the question) and takes at most the screen kind's budget; the rest follows
without a pause, and one key (or holding Repeat) skips to the next part. Seconds are
estimated from the number of characters of the spoken form and the voice's speaking
rate: espeak-ng's voices at 140 words a minute, measured from their WAVs
(``tests/speech/test_speech_budget_estimate.py`` checks the estimate against them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kiosk.core.text import Mixed
from kiosk.speech.sentences import split_sentences

#: Characters a second at ``BASE_RATE`` words a minute (espeak-ng urj/fi, gmq/sv,
#: gmw/en, measured over the flows' texts with ``espeak-ng -s 140`` and ``soxi -D``).
CHARS_PER_SECOND = {"fi": 11.2, "sv": 11.6, "en": 12.8}
BASE_RATE = 140

#: The most each kind of screen may talk before its first part ends, in seconds. Step
#: screens are "step:<kind>" (kiosk.flow.spec.StepKind); the others are the journey's
#: screens (kiosk.journey.views.Screen).
BUDGET_S: dict[str, float] = {
    "attract": 0.0,  # silent until touched
    "language": 10.0,
    "home": 15.0,
    "help": 15.0,
    "confirm-end": 15.0,
    "idle-warning": 12.0,
    "sorry": 12.0,
    "waiting": 10.0,
    "print": 10.0,
    "speech-settings": 15.0,
    "privacy": 15.0,
    "statement": 15.0,
    "pin": 0.0,  # staff only: not read aloud
    "staff-panel": 0.0,
    "practice": 15.0,  # a practice lesson's screen: one thing a screen (issue 18)
    "step:info": 15.0,
    "step:choice": 15.0,
    "step:text": 15.0,
    "step:contact": 15.0,
    "step:consent": 15.0,
    "step:results": 15.0,
    "step:detail": 15.0,
    "step:review": 15.0,
    "step:submit": 15.0,
    "step:done": 15.0,
    "step:handoff": 15.0,
}
#: For a screen kind not in the table.
DEFAULT_BUDGET_S = 15.0

Part = tuple[str, str]


def budget_for(kind: str) -> float:
    """The budget of a screen kind ("home", "step:detail", …)."""
    return BUDGET_S.get(kind, DEFAULT_BUDGET_S)


def seconds(text: str, lang: str, rate: int = BASE_RATE) -> float:
    """About how long ``text`` (already in its spoken form) takes to say."""
    per_second = CHARS_PER_SECOND.get(lang, CHARS_PER_SECOND["en"]) * rate / BASE_RATE
    return len(text) / per_second


def pack(
    sections: Iterable[list[Part]],
    budget_s: float,
    length: Callable[[Part], float],
) -> list[list[Part]]:
    """``sections`` cut so that each takes at most ``budget_s`` where it can: between
    lines first, then between the sentences of a line too long for one part. A
    sentence longer than the budget stays whole (it is one part of its own).
    ``length(line)`` is a line's spoken length in seconds."""
    packed: list[list[Part]] = []
    for section in sections:
        current: list[Part] = []
        used = 0.0
        for line in _lines_that_fit(section, budget_s, length):
            took = length(line)
            if current and used + took > budget_s:
                packed.append(current)
                current, used = [], 0.0
            current.append(line)
            used += took
        if current:
            packed.append(current)
    return packed


def _lines_that_fit(
    section: list[Part], budget_s: float, length: Callable[[Part], float]
) -> list[Part]:
    """The section's lines, a line too long for one part cut into its sentences (a
    line whose pieces are in several languages stays whole)."""
    lines: list[Part] = []
    for text, lang in section:
        sentences = [] if isinstance(text, Mixed) else split_sentences(text, max_chars=10_000)
        if length((text, lang)) <= budget_s or len(sentences) < 2:
            lines.append((text, lang))
        else:
            lines.extend((sentence, lang) for sentence in sentences)
    return lines
