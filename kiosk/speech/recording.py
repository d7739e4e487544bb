"""A speaker that records what it was asked to say instead of making sound.

Used by screen-level tests, the ``screenshots`` command and ``--silent`` runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Utterance:
    """One recorded call: ``kind`` is 'say', 'stop' or 'skip'; ``section`` is the
    section of a :meth:`RecordingSpeaker.say_sections` call the part belongs to."""

    kind: str
    text: str = ""
    lang: str = ""
    section: int = 0


@dataclass
class RecordingSpeaker:
    """Implements :class:`kiosk.speech.speaker.Speaker` by recording calls."""

    available: bool = True
    rate: int = 150
    volume: float = 0.8
    log: list[Utterance] = field(default_factory=list)
    _last: Utterance | None = None
    _last_many: list[tuple[str, str]] = field(default_factory=list)
    _sections: list[list[tuple[str, str]]] = field(default_factory=list)
    #: The section taken to be playing: a recording cannot hear, so it is the first
    #: one said, and each skip moves one on.
    position: int = 0
    #: The audio device set with set_output (None: the default one).
    output: str | None = None

    def say(self, text: str, lang: str) -> None:
        # New speech stops old speech first (A3), so the record shows that order too.
        self.log.append(Utterance("stop"))
        utterance = Utterance("say", text, lang)
        self.log.append(utterance)
        self._last = utterance
        self._last_many, self._sections = [], []

    def say_many(self, parts: list[tuple[str, str]]) -> None:
        self.log.append(Utterance("stop"))
        for text, lang in parts:
            self.log.append(Utterance("say", text, lang))
        if parts:
            self._last_many = list(parts)
            self._last, self._sections = None, []

    def say_sections(self, sections: list[list[tuple[str, str]]]) -> None:
        self.log.append(Utterance("stop"))
        self._sections = [list(section) for section in sections if section]
        self._last, self._last_many = None, []
        self.position = 0
        self._say_from(0)

    def _say_from(self, first: int) -> None:
        for index, section in enumerate(self._sections[first:], start=first):
            for text, lang in section:
                self.log.append(Utterance("say", text, lang, index))

    def skip(self) -> None:
        self.log.append(Utterance("skip"))
        if self.position + 1 < len(self._sections):
            self.log.append(Utterance("stop"))
            self.position += 1
            self._say_from(self.position)

    def stop(self) -> None:
        self.log.append(Utterance("stop"))

    def repeat(self) -> None:
        if self._last is not None:
            self.say(self._last.text, self._last.lang)
        elif self._last_many:
            self.say_many(self._last_many)
        elif self._sections:
            self.say_sections(self._sections)

    def set_rate(self, rate: int) -> None:
        self.rate = rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_output(self, device: str | None) -> None:
        self.output = device

    def forget(self) -> None:
        self._last = None
        self._last_many, self._sections = [], []
        self.log.clear()

    # Test helpers -------------------------------------------------------------

    def spoken(self) -> list[str]:
        """Texts said, in order."""
        return [u.text for u in self.log if u.kind == "say"]

    def sections(self) -> list[list[tuple[str, str]]]:
        """The sections of the last ``say_sections`` call."""
        return [list(section) for section in self._sections]

    def last_said(self) -> Utterance | None:
        """The latest 'say' call, or None."""
        return self._last
