"""What the kiosk says about a screen: the page read aloud (A1), and the control a
keypad user lands on (A17). Private values are never said (A5).

Everything the kiosk says goes through here, in its spoken form
(:mod:`kiosk.speech.spoken`: "klo 8–10" is said "kello kahdeksasta kymmeneen"), so the
speaker, and a test's recording speaker, get what a listener hears. Each piece goes
to the voice of its own language: a Finnish street on a Swedish screen is read by the
Finnish voice (`kiosk.core.text.Mixed`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from kiosk.core.session import Session
from kiosk.core.text import Mixed, pieces
from kiosk.journey.views import View
from kiosk.speech.budget import budget_for, pack, seconds
from kiosk.speech.speaker import Speaker
from kiosk.speech.spoken import spoken
from kiosk.ui.chrome import BottomBar, TopBar
from kiosk.ui.pages import Page

translate = QCoreApplication.translate


class ScreenReader:
    """Reads pages and focused controls for one window (``root``)."""

    def __init__(self, root: QWidget, speaker: Speaker, session: Session) -> None:
        self._root, self._speaker, self._session = root, speaker, session
        self._focus_by_key = False
        self._bar: BottomBar | None = None
        #: True while a headset is in: private values may be said (EN 301 549 5.1.3.9).
        self.private: Callable[[], bool] = lambda: False

    def attach(self, top: TopBar, bottom: BottomBar) -> None:
        """Holding Repeat skips to the next part, and Repeat says so while a screen
        has more than one part (issue 13). (The top bar has no room left for it.)"""
        self._bar = bottom
        bottom.repeat_held.connect(self.skip)

    def read(self, page: QWidget | None, view: View | None = None) -> None:
        """Say the page's own words (built from what it shows), if speech is on: in
        parts, the first within the screen kind's budget (`kiosk.speech.budget`)."""
        speaks = isinstance(page, Page) and bool(page.speech) and self._session.settings.speech
        sections = self.sections(page, screen_kind(view)) if isinstance(page, Page) else []
        if self._bar is not None:
            self._bar.show_more(speaks and len(sections) > 1)
        if not speaks or not sections:
            return
        if len(sections) > 1:
            self._speaker.say_sections(sections)
        elif len(sections[0]) == 1:
            self._speaker.say(*sections[0][0])
        else:
            self._speaker.say_many(sections[0])

    def sections(self, page: Page, kind: str) -> list[list[tuple[str, str]]]:
        """The page's spoken parts: its own (``page.breaks``), each cut where it takes
        longer than the screen kind's budget at the resident's speaking rate."""
        rate = self._session.settings.rate
        # Packing asks a line's length again and again; the spoken form is the costly
        # part (a page's lines took 1-2 ms of each step, issue 19). Plain texts only: a
        # Mixed text equals the plain string of its words but is said piece by piece.
        # Kept for this call only.
        known: dict[tuple[str, str], float] = {}
        # Each piece's spoken form is wanted twice: for its length, then for the parts.
        # Kept for this reading only (a resident's answers are among the pieces).
        say = cache(spoken)

        def length(line: tuple[str, str]) -> float:  # as said: with its full stop
            if type(line[0]) is str and line in known:
                return known[line]
            took = sum(seconds(f"{t} ", lang, rate) for t, lang in said_parts([line], say))
            if type(line[0]) is str:
                known[line] = took
            return took

        heard = page.private if not self.private() else set()
        lines = [line for index, line in enumerate(page.speech) if index not in heard]
        breaks = {b - sum(1 for i in heard if i < b) for b in page.breaks}
        cuts = sorted({0, len(lines), *breaks})
        designed = [lines[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        packed = pack(designed, budget_for(kind), length)
        return [parts for parts in (said_parts(section, say) for section in packed) if parts]

    def skip(self) -> None:
        """Go on at the next part of the screen (a key, or holding Repeat)."""
        if self._session.settings.speech:
            self._speaker.skip()

    def say(self, text: str, lang: str, instead: str | None = None) -> None:
        """An announcement, a typed key, an error: in its spoken form. A private value
        comes with what to say ``instead`` while no headset is in."""
        if instead is not None and not self.private():
            text = instead
        said = spoken(text, lang)
        if said.strip():
            self._speaker.say(said, lang)

    def mark_key_focus(self) -> None:
        """The next focus change comes from the keypad: say where focus lands (A17)."""
        self._focus_by_key = True
        QTimer.singleShot(0, self._clear_key_focus)

    def _clear_key_focus(self) -> None:
        self._focus_by_key = False

    def focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._focus_by_key or new is None or not self._root.isAncestorOf(new):
            return
        self._focus_by_key = False
        if self._session.settings.speech:
            self.say(describe_for_speech(new, self.private()), self._session.settings.language)


def describe_for_speech(widget: QWidget, private_ok: bool = False) -> str:
    """What a keypad user hears when focus lands on ``widget``: its name and kind.

    The value of a private field is said only in a headset (``private_ok``, A5)."""
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    if isinstance(widget, QAbstractButton):
        return name + ", " + translate("window", "button")
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        words = name + ", " + translate("window", "text field")
        value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if widget.property("private") and not (private_ok and value):
            return words + ", " + translate("window", "private")
        return f"{words}, {value}" if value else words
    return str(name)


def screen_kind(view: View | None) -> str:
    """The kind of screen a budget is set for: "home", "step:detail", …"""
    if view is None:
        return ""
    if view.step is not None:
        return f"step:{view.step.step.kind.value}"
    return view.screen.value


def said_parts(
    lines: list[tuple[str, str]], say: Callable[[str, str], str] = spoken
) -> list[tuple[str, str]]:
    """A page's (text, language) lines as the parts to speak: each line ends like a
    sentence (so the voice pauses), each piece of a mixed line is in its own language,
    all in spoken form (by ``say``), and neighbouring pieces of one language run
    together."""
    parts: list[tuple[str, str]] = []
    for line, lang in lines:
        for piece, piece_lang in pieces(_sentence(line), lang):
            said = say(piece, piece_lang)
            if parts and said and said[0] in ",.;:":  # ", 00530": the comma ends the last piece
                parts[-1] = (parts[-1][0] + said[0], parts[-1][1])
                said = said[1:].strip()
            if not any(c.isalnum() for c in said):
                continue
            if parts and parts[-1][1] == piece_lang:
                parts[-1] = (f"{parts[-1][0]} {said}", piece_lang)
            else:
                parts.append((said, piece_lang))
    return parts


def _sentence(text: str) -> str:
    """Make sure each spoken line ends like a sentence, so the voice pauses."""
    if isinstance(text, Mixed) and text.pieces:
        *head, (last, lang) = text.pieces
        return Mixed([*head, (_sentence(last), lang)])
    text = text.strip()
    return text if text[-1:] in ".?!:…" else f"{text}."
