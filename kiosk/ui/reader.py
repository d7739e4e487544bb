"""What the kiosk says about a screen: the page read aloud (A1), and the control a
keypad user lands on (A17). Private values are never said (A5).

Everything the kiosk says goes through here, in its spoken form
(:mod:`kiosk.speech.spoken`: "klo 8–10" is said "kello kahdeksasta kymmeneen"), so the
speaker, and a test's recording speaker, get what a listener hears."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from kiosk.core.session import Session
from kiosk.speech.speaker import Speaker
from kiosk.speech.spoken import spoken, spoken_parts
from kiosk.ui.pages import Page

translate = QCoreApplication.translate


class ScreenReader:
    """Reads pages and focused controls for one window (``root``)."""

    def __init__(self, root: QWidget, speaker: Speaker, session: Session) -> None:
        self._root, self._speaker, self._session = root, speaker, session
        self._focus_by_key = False

    def read(self, page: QWidget | None) -> None:
        """Say the page's own words (built from what it shows), if speech is on."""
        if not isinstance(page, Page) or not page.speech or not self._session.settings.speech:
            return
        parts = spoken_parts(page.speech)
        langs = {lang for _, lang in parts}
        if len(langs) == 1:
            self._speaker.say(" ".join(_sentence(t) for t, _ in parts), langs.pop())
        elif parts:
            self._speaker.say_many(parts)

    def say(self, text: str, lang: str) -> None:
        """An announcement, a typed key, an error: in its spoken form."""
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
            self.say(describe_for_speech(new), self._session.settings.language)


def describe_for_speech(widget: QWidget) -> str:
    """What a keypad user hears when focus lands on ``widget``: its name and kind.

    The value of a private field is never said aloud (A5)."""
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    if isinstance(widget, QAbstractButton):
        return name + ", " + translate("window", "button")
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        words = name + ", " + translate("window", "text field")
        value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if widget.property("private"):
            return words + ", " + translate("window", "private")
        return f"{words}, {value}" if value else words
    return str(name)


def _sentence(text: str) -> str:
    """Make sure each spoken part ends like a sentence, so the voice pauses."""
    text = text.strip()
    return text if text[-1:] in ".?!:…" else f"{text}."
