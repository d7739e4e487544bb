"""Every word the flows show in one language, each once (issue 19).

The kiosk draws these words once, off screen, a moment after it starts
(`kiosk.ui.letter_warmup`): then the letters of every language and text size are
ready before the first resident reads them, and later visits add nothing to the
kiosk's memory. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.core.text import Text
from kiosk.flow.spec import Flow


def words_shown(flows: Iterable[Flow], lang: str) -> str:
    """The words of every text ``flows`` show in ``lang`` (with the fallback a screen
    uses), each once, in the order first met, separated by spaces."""
    words: dict[str, None] = {}
    for flow in flows:
        texts: list[Text | None] = [flow.title, flow.description]
        for step in flow.steps:  # what its screens show: all but its speech
            texts.extend(text for name, text in step.texts() if name != "speech")
        for text in texts:
            if text:
                words.update(dict.fromkeys(text.get(lang).split()))
    return " ".join(words)
