"""How the kiosk looks and sounds for the resident now: language, colours, sizes and
voice, kept in line with the session's settings (only what changed: restyling the
whole application is slow).

Restyling (``QApplication.setStyleSheet``) repolishes every widget alive: 30–50 ms
with the bars alone, over 100 ms with a long page, on the 2-core kiosk (issue 19).
``apply_settings(restyle=False)`` therefore only computes the new theme and leaves
the application sheet for :meth:`Look.restyle`: the window does it before building a
page, or, for the start screen after a session, once that screen is painted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.config import Config
from kiosk.core.languages import speech_rate
from kiosk.core.session import Session
from kiosk.speech.speaker import Speaker
from kiosk.ui.chrome import BottomBar, TopBar
from kiosk.ui.i18n import Translations
from kiosk.ui.theme import Theme, make_theme

translate = QCoreApplication.translate


class Look:
    """The window's language, theme and voice; ``theme`` is the one in use."""

    def __init__(
        self,
        window: QWidget,
        session: Session,
        config: Config,
        translations: Translations,
        speaker: Speaker,
        top: TopBar,
        bottom: BottomBar,
    ) -> None:
        self._window, self._session, self._config = window, session, config
        self._translations, self._speaker = translations, speaker
        self._top, self._bottom = top, bottom
        self._applied: tuple[str, int] | None = None  # the theme and size in use
        self.theme: Theme = self._make_theme()
        #: The application sheet is not yet the one of ``theme`` (see restyle()).
        self.restyle_pending = False

    def _make_theme(self) -> Theme:
        s, d = self._session.settings, self._config.display
        return make_theme(s.theme, d.pixel_pitch_mm, d.viewing_distance_mm, s.text_size)

    def apply_theme(self, restyle: bool = True) -> None:
        """Apply colours and sizes for the current settings to everything; with
        ``restyle=False`` all but the application style sheet (:meth:`restyle`)."""
        self.theme = self._make_theme()
        self._applied = (self._session.settings.theme, self._session.settings.text_size)
        m = self.theme.metrics
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(self.theme.font())
        self.restyle_pending = True
        if restyle:
            self.restyle()
        # The staff corner is the input guard's target-sized top-left square.
        self._top.apply_metrics(m.gap_px, m.margin_px, corner_px=m.target_px)
        self._bottom.apply_metrics(m.gap_px, m.margin_px)
        self.show_top_state()

    def restyle(self) -> None:
        """Give the application the style sheet of ``theme``, if it has not got it."""
        if not self.restyle_pending:
            return
        self.restyle_pending = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(self.theme.stylesheet())

    def apply_settings(self, restyle: bool = True) -> None:
        """Bring language, look and voice in line with the session's settings
        (``restyle=False``: the application sheet waits for :meth:`restyle`)."""
        s = self._session.settings
        if s.language != self._translations.language or self._applied is None:
            self._translations.switch(s.language)
            # Named in the resident's language, as a screen reader says it and as a
            # window list shows it (issue 14).
            name = translate("window", "City services kiosk")
            self._window.setAccessibleName(name)
            self._window.setWindowTitle(name)
            self._top.fit_height()
            self._bottom.fit_height()
        if (s.theme, s.text_size) != self._applied:
            self.apply_theme(restyle)
        self._speaker.set_volume(s.volume)
        self._speaker.set_rate(speech_rate(s.rate, s.language))  # selkokieli slower
        self.show_top_state()

    def show_top_state(self) -> None:
        s = self._session.settings
        self._top.show_state(
            s.text_size, s.theme == "high-contrast", s.speech, self._speaker.available
        )
