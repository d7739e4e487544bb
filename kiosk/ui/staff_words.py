"""The staff's own screens in the staff's language, whatever the resident chose.

The resident's language is the installed translator's (``kiosk.ui.i18n``): switching
it retranslates every widget. The PIN pad and the staff panel must not follow it: a
librarian who works in Finnish reads them in Finnish over a Swedish session. So they
take their words from a translator of their own that is never installed.

lupdate finds these strings as it finds the others: every call is written out as
``words.translate("staff", "…")``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.ui.i18n import TRANSLATIONS_DIR, Translations

log = logging.getLogger(__name__)


class StaffWords:
    """UI text in ``language`` (``[staff] language``), for the staff's screens."""

    def __init__(self, language: str, directory: Path = TRANSLATIONS_DIR) -> None:
        self.language = language
        self._translator = QTranslator()
        path = directory / f"kiosk_{language}.qm"
        # Read into memory and kept for the process (see kiosk.ui.i18n._QM_BYTES).
        self._loaded = self._translator.load(Translations._qm_bytes(path))
        if not self._loaded and language != "en":
            log.error("UI translation %s is missing; staff screens are in English", path)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like ``QCoreApplication.translate``, in the staff's language (the English
        source when there is no translation)."""
        text = self._translator.translate(context, source, disambiguation, n)
        text = text or source
        return text.replace("%n", str(n)) if n >= 0 else text
