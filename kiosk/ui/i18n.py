"""Loads the compiled UI translations and switches language at run time.

UI chrome text is written in English in the code (``self.tr``) and translated with
Qt Linguist files in ``i18n/``; ``make`` compiles them into ``kiosk/ui/translations``.
Flow content is not here: it is written per language in the flow files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk.core.languages import LANGUAGES, SELKO, is_rtl

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).with_name("translations")

# Each language named in itself, for the language menu (DESIGN §3).
LANGUAGE_NAMES = {code: lang.name for code, lang in LANGUAGES.items()}
LOCALES = {
    "fi": "fi_FI",
    SELKO: "fi_FI",
    "sv": "sv_FI",
    "en": "en_GB",
    "ru": "ru_RU",
    "et": "et_EE",
    "uk": "uk_UA",
    "ar": "ar_EG",
    "so": "so_SO",
}

#: Translation files read into memory, for the life of the process. A QTranslator
#: loaded from bytes reads them in place and never copies them, and a translator may
#: outlive the Translations object that loaded it (it belongs to the application), so
#: the bytes must live as long as the process: freeing them with the window made the
#: next lookup read freed memory (a segfault in the long monkey run).
_QM_BYTES: dict[Path, bytes] = {}


class Translations:
    """Owns the installed QTranslator. Installing one makes Qt send LanguageChange
    to every widget, which is how visible chrome retranslates itself."""

    def __init__(self, app: QCoreApplication, directory: Path = TRANSLATIONS_DIR) -> None:
        self._app = app
        self._directory = directory
        self._translator: QTranslator | None = None
        self.language = "en"

    def qm_path(self, lang: str) -> Path:
        return self._directory / f"kiosk_{lang}.qm"

    @staticmethod
    def _qm_bytes(path: Path) -> bytes:
        """The .qm file's contents, read once and kept. Qt would otherwise map the file
        into memory, and a file rewritten in place while the kiosk runs (an update
        copied over it) then kills the process with SIGBUS."""
        if path not in _QM_BYTES:
            try:
                _QM_BYTES[path] = path.read_bytes()
            except OSError:
                return b""
        return _QM_BYTES[path]

    def switch(self, lang: str) -> bool:
        """Show UI chrome in ``lang``. False when its .qm is missing (English shown)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            # Parented to the app, a replaced translator would live as long as the app:
            # two per session, for months (found by bench/sessions.py).
            self._translator.deleteLater()
            self._translator = None
        self.language = lang
        QLocale.setDefault(QLocale(LOCALES.get(lang, "en_GB")))
        # Arabic mirrors the whole window (issue 17): the bars, Back and Next, the
        # keyboard's rows. Every widget without a direction of its own follows the
        # application's, and Qt sends each a LayoutDirectionChange to re-lay itself.
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
            )
        translator = QTranslator(self._app)
        path = self.qm_path(lang)
        if not translator.load(self._qm_bytes(path)):
            translator.deleteLater()
            if lang != "en":
                log.error("UI translation %s is missing; run 'make' to build it", path)
            # English is the source language, so chrome still reads correctly.
            return lang == "en"
        self._app.installTranslator(translator)
        self._translator = translator
        return True
