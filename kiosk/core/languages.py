"""The languages the kiosk knows, and what it needs to know about each. No Qt.

A language code is a BCP 47 tag. Finnish easy language (selkokieli) is a language of
its own on the language screen, with its own UI strings and flow texts: its code is
``fi-x-selko`` (Finnish, private use subtag "selko"), so anything that does not know
it (Qt's locale, a screen reader) still sees Finnish.

Which languages a kiosk offers, and in which order, is the config's
``[languages] enabled`` list. It may hold only `SHIPPED` languages: those whose UI
strings (``i18n/kiosk_<code>.ts``) and flow texts (``assets/flows/*.yaml``) are
complete in this release (tests check both). The flow loader accepts texts in any
`KNOWN` language, so a flow may carry a language before it ships.

A text missing in the wanted language falls back along `Language.fallback`, then
fi → sv → en (``kiosk.core.text``): selkokieli to Finnish.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "KNOWN",
    "LANGUAGES",
    "SELKO",
    "SHIPPED",
    "VOICES",
    "NO_VOICE",
    "has_voice",
    "Language",
    "base_language",
    "is_rtl",
    "isolate",
    "speech_rate",
]

#: Finnish easy language (selkokieli).
SELKO = "fi-x-selko"


@dataclass(frozen=True)
class Language:
    """One language: its code, its name in itself, how it is written and spoken."""

    code: str
    #: The language's name in itself and its own script, for the language screen.
    name: str
    #: Its name in English, for staff and logs.
    english: str
    #: Written right to left (Arabic): the layout is mirrored.
    rtl: bool = False
    #: The language whose number, date and spoken-form rules it uses (selkokieli: fi).
    base: str = ""
    #: Languages to try, in order, when a text is missing, before fi, sv and en.
    fallback: tuple[str, ...] = ()
    #: Default speech rate in per cent of ``[speech] rate`` (selkokieli is slower).
    rate_percent: int = 100
    #: "Choose a language." in this language (the language screen's heading).
    choose: str = ""
    #: "Touch the screen to start." in this language (the attract screen).
    touch: str = ""
    #: "City services" in this language (the attract screen's title).
    services: str = ""

    @property
    def rules(self) -> str:
        """The code whose formatting rules apply (``base`` or the code itself)."""
        return self.base or self.code


#: Every language the kiosk knows, in the default screen order.
LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language(
            "fi",
            "Suomi",
            "Finnish",
            choose="Valitse kieli.",
            touch="Kosketa näyttöä, niin aloitetaan.",
            services="Kaupungin palvelut",
        ),
        Language(
            SELKO,
            "Selkosuomi",
            "Finnish easy language",
            base="fi",
            fallback=("fi",),
            rate_percent=85,
            choose="Valitse kieli.",
            touch="Kosketa näyttöä. Sitten voit aloittaa.",
            services="Kaupungin palvelut",
        ),
        Language(
            "sv",
            "Svenska",
            "Swedish",
            choose="Välj språk.",
            touch="Rör vid skärmen för att börja.",
            services="Stadens tjänster",
        ),
        Language(
            "en",
            "English",
            "English",
            choose="Choose a language.",
            touch="Touch the screen to start.",
            services="City services",
        ),
        Language(
            "ru",
            "Русский",
            "Russian",
            choose="Выберите язык.",
            touch="Коснитесь экрана, чтобы начать.",
            services="Городские услуги",
        ),
        Language(
            "et",
            "Eesti",
            "Estonian",
            choose="Valige keel.",
            touch="Alustamiseks puudutage ekraani.",
            services="Linna teenused",
        ),
        Language(
            "uk",
            "Українська",
            "Ukrainian",
            choose="Оберіть мову.",
            touch="Торкніться екрана, щоб почати.",
            services="Міські послуги",
        ),
        Language(
            "ar",
            "العربية",
            "Arabic",
            rtl=True,
            choose="اختر اللغة.",
            touch="المس الشاشة للبدء.",
            services="خدمات المدينة",
        ),
        Language(
            "so",
            "Soomaali",
            "Somali",
            choose="Dooro luqadda.",
            touch="Taabo shaashadda si aad u bilowdo.",
            services="Adeegyada magaalada",
        ),
    )
}

#: Codes the flow loader accepts in a text.
KNOWN: tuple[str, ...] = tuple(LANGUAGES)

#: Languages complete in this release (UI strings and flow texts), in screen order:
#: the only ones a config may list.
SHIPPED: tuple[str, ...] = ("fi", SELKO, "sv", "en", "ru", "et", "uk", "ar", "so")


#: The espeak-ng voice for each language that has one (``espeak-ng --voices``):
#: selkokieli is read by the Finnish voice; espeak-ng has no Somali voice.
VOICES: dict[str, str] = {
    "fi": "urj/fi",
    SELKO: "urj/fi",
    "sv": "gmq/sv",
    "en": "gmw/en",
    "ru": "zle/ru",
    "et": "urj/et",
    "uk": "zle/uk",
    "ar": "sem/ar",
}


#: For a language with no voice: a mark on its language button, a note on the home
#: screen in that language, and the same said in English (no voice can say the note
#: in the language itself; English is the kiosk's common second language, and a
#: sentence said right is understood more often than one mangled by another voice).
NO_VOICE: dict[str, tuple[str, str, str]] = {
    "so": (
        "qoraal keliya",
        "Kiyooskani kor uma akhrin karo af Soomaali. Qoraalka shaashadda ka akhri.",
        "This kiosk cannot read Somali aloud. Please read the text on the screen.",
    ),
}


def has_voice(lang: str) -> bool:
    """True when the kiosk can read ``lang`` aloud (espeak-ng has a voice for it)."""
    return lang in VOICES


def base_language(lang: str) -> str:
    """The language whose formats and spoken-form rules ``lang`` uses."""
    known = LANGUAGES.get(lang)
    return known.rules if known else lang


#: First strong isolate and pop directional isolate (Unicode bidi, UAX #9).
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` in Unicode bidi isolates (FSI … PDI): inside a line of the other
    direction it keeps its own order, and so does what comes after it (a number or a
    Latin name in Arabic, an Arabic name in a Finnish line)."""
    return f"{FSI}{text}{PDI}"


def is_rtl(lang: str) -> bool:
    """True for a language written right to left."""
    known = LANGUAGES.get(lang)
    return bool(known and known.rtl)


def speech_rate(rate: int, lang: str) -> int:
    """The words a minute to speak ``lang`` at, for the resident's ``rate`` setting:
    the language's `Language.rate_percent` of it (selkokieli 85 %: 140 → 119)."""
    known = LANGUAGES.get(lang)
    return round(rate * known.rate_percent / 100) if known else rate
