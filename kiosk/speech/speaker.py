"""The speech interface the UI talks to.

The real pyttsx3 backend runs in a worker process (a separate issue); screens only
ever see this protocol, so a recording fake can stand in for tests and screenshots.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Speaker(Protocol):
    """Says text aloud in a language. Never blocks the caller."""

    @property
    def available(self) -> bool:
        """False when no voice can be used (the kiosk then shows speech as unavailable)."""
        ...

    def say(self, text: str, lang: str) -> None:
        """Stop whatever is being said, then say ``text`` in ``lang`` (fi, sv, en)."""
        ...

    def say_many(self, parts: list[tuple[str, str]]) -> None:
        """Stop, then say several (text, lang) parts in turn, e.g. the language menu."""
        ...

    def say_sections(self, sections: list[list[tuple[str, str]]]) -> None:
        """Stop, then say a screen in sections (each a list of (text, lang) parts), one
        after the other; :meth:`skip` jumps to the next section."""
        ...

    def skip(self) -> None:
        """Go on at the next section of the last :meth:`say_sections` after the one
        being said (or just stopped); after the last section, stop."""
        ...

    def stop(self) -> None:
        """Stop speaking at once."""
        ...

    def repeat(self) -> None:
        """Say the last text again, in its language."""
        ...

    def set_rate(self, rate: int) -> None:
        """Words per minute."""
        ...

    def set_volume(self, volume: float) -> None:
        """0.0 – 1.0."""
        ...

    def set_output(self, device: str | None) -> None:
        """Play through this audio device (the loudspeaker's or a headset's; None: the
        system's default)."""
        ...

    def forget(self) -> None:
        """Drop the Repeat buffer and any history (session end, A8)."""
        ...
