"""Localised text: one string per supported language.

Flow content is written per language in the flow files; this is the value type that
carries it through the Qt-free core. UI chrome goes through Qt's translation system
instead (see ``kiosk/ui/i18n.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: Every flow text must exist in these languages (DESIGN §4).
REQUIRED_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")

#: When a text is missing in the wanted language, try these in order (CITY_APIS notes).
FALLBACK_ORDER: tuple[str, ...] = ("fi", "sv", "en")


@dataclass(frozen=True)
class Text:
    """A text in several languages. Immutable and hashable."""

    values: Mapping[str, str] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))

    def get(self, lang: str) -> str:
        """Return the text in ``lang``, falling back fi → sv → en, else ''."""
        if self.values.get(lang):
            return self.values[lang]
        for other in FALLBACK_ORDER:
            if self.values.get(other):
                return self.values[other]
        return ""

    def missing(self, languages: tuple[str, ...] = REQUIRED_LANGUAGES) -> list[str]:
        """Languages in ``languages`` that have no non-empty text."""
        return [lang for lang in languages if not str(self.values.get(lang) or "").strip()]

    def __bool__(self) -> bool:
        return any(v for v in self.values.values())
