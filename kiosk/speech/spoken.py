"""What a listener hears: the spoken form of a text, per language. No Qt.

The screen shows ``klo 8.00–10.00``, ``22.6.``, ``+358 9 310 85953`` and ``3/5``; a
voice given those reads "kahdeksan piste nolla nolla kymmenen piste nolla nolla",
"kaksikymmentäkaksi piste kuusi", "kolmesataaviisikymmentäkahdeksan…", "kolme kautta
viisi". :func:`spoken` rewrites a text the way a person would read it aloud, in
Finnish, Swedish or English. It is applied only to what is spoken, never to what is
shown, and before the text reaches the :class:`~kiosk.speech.speaker.Speaker` (so the
recording speaker of tests and screenshots records what a listener hears).

The rules are one table (:data:`RULES`), applied in order; the words each rule needs
are tables per language below it. In order:

``url``          addresses with a scheme or ``www.`` are not spoken (a screen that
                 needs one shows a QR code and says so); a bare domain is read with
                 "piste" / "punkt" / "dot": ``palautteet.hel.fi``
``email``        ``neuvonta@hel.fi`` → "neuvonta ät hel piste fi" (sv "snabel-a", en "at")
``licence``      source and licence lines ("Lähde: …", "CC BY 4.0", "attribution
                 licence") are not spoken
``reference``    a reference in groups of four (``091f 0593 8460 7acd``, see
                 ``results_civic.spaced``) → spelled group by group: "nolla yhdeksän
                 yksi f, nolla viisi yhdeksän kolme, …" (read as a phone number in
                 part, it could not be copied down)
``phone``        ``+358 9 310 85953`` → "nolla yhdeksän, kolme yksi nolla, kahdeksan
                 viisi yhdeksän viisi kolme": digits in the local form, group by group
``postcode``     ``00530`` → "nolla nolla viisi kolme nolla"
``weekdays``     ``ma–pe`` → "maanantaista perjantaihin" (sv ``mån–fre`` "måndag till
                 fredag", en ``Mon–Fri`` "Monday to Friday"); ``ma 8–16`` "maanantaina"
``date``         ``22.6.`` / ``22.6.2020`` → "kahdeskymmenestoinen kesäkuuta (2020)",
                 sv "den tjugoandra juni", en ``22 June`` "the 22nd of June"
``time range``   ``klo 8–10``, ``8.00–10.00`` → "kello kahdeksasta kymmeneen", sv
                 "klockan 8 till 10", en ``8:00–10:00`` "from 8 to 10 am"
``time``         ``klo 20.00 asti`` → "kello kahteenkymmeneen asti"; sv "klockan 20";
                 en ``20:00`` "8 pm"
``fraction``     ``3/5`` → "3 viidestä", sv "3 av 5", en "3 of 5"
``ratio``        ``7:1`` → "7 suhteessa 1", sv "7 till 1", en "7 to 1"
``unit``         ``2 km``, ``350 m``, ``16 mm``, ``150 %``, ``5 €`` → "2 kilometriä",
                 "350 metriä", …; sv "kilometer", en "kilometres"
``decimal``      ``1.5`` (en), ``2.1``, ``0.1.0`` → "1 point 5", "2 piste 1"
``abbreviation`` ``klo``, ``esim.``, ``kl.``, ``t.ex.``, ``e.g.``, … → the whole words
``slash``        a remaining ``/`` between words → "tai" / "eller" / "or"

A language other than fi, sv and en is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from kiosk.core.city_text import without_isolates
from kiosk.core.languages import base_language
from kiosk.core.timefmt import _MONTHS as EN_MONTHS

LANGS = ("fi", "sv", "en")

# -- words -------------------------------------------------------------------------------

DIGITS = {
    "fi": (
        "nolla",
        "yksi",
        "kaksi",
        "kolme",
        "neljä",
        "viisi",
        "kuusi",
        "seitsemän",
        "kahdeksan",
        "yhdeksän",
    ),
    "sv": ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}

#: Finnish numbers 0–9 "from" (elative) and "to" (illative): kahdeksasta kymmeneen.
_FI_FROM = (
    "nollasta",
    "yhdestä",
    "kahdesta",
    "kolmesta",
    "neljästä",
    "viidestä",
    "kuudesta",
    "seitsemästä",
    "kahdeksasta",
    "yhdeksästä",
)
_FI_TO = (
    "nollaan",
    "yhteen",
    "kahteen",
    "kolmeen",
    "neljään",
    "viiteen",
    "kuuteen",
    "seitsemään",
    "kahdeksaan",
    "yhdeksään",
)


def fi_from(n: int) -> str:
    """Elative of 0–99 ("from eight"): ``kahdeksasta``, ``kahdestakymmenestä``."""
    return _fi_case(n, _FI_FROM, "kymmenestä", "toista", "kymmenestä")


def fi_to(n: int) -> str:
    """Illative of 0–99 ("to ten"): ``kymmeneen``, ``kahteenkymmeneen``."""
    return _fi_case(n, _FI_TO, "kymmeneen", "toista", "kymmeneen")


def _fi_case(n: int, units: tuple[str, ...], ten: str, teen: str, tens: str) -> str:
    if n < 10:
        return units[n]
    if n == 10:
        return ten
    if n < 20:
        return units[n - 10] + teen
    return units[n // 10] + tens + (units[n % 10] if n % 10 else "")


_FI_ORDINALS = (
    "",
    "ensimmäinen",
    "toinen",
    "kolmas",
    "neljäs",
    "viides",
    "kuudes",
    "seitsemäs",
    "kahdeksas",
    "yhdeksäs",
    "kymmenes",
)


def fi_ordinal(n: int) -> str:
    """1–39 as a Finnish ordinal: ``kahdeskymmenestoinen``."""
    if n <= 10:
        return _FI_ORDINALS[n]
    if n < 20:
        return {11: "yhdestoista", 12: "kahdestoista"}.get(n, _FI_ORDINALS[n - 10] + "toista")
    tens = {2: "kahdes", 3: "kolmas"}[n // 10] + "kymmenes"
    return tens + (_FI_ORDINALS[n % 10] if n % 10 else "")


_SV_ORDINALS = (
    "",
    "första",
    "andra",
    "tredje",
    "fjärde",
    "femte",
    "sjätte",
    "sjunde",
    "åttonde",
    "nionde",
    "tionde",
    "elfte",
    "tolfte",
    "trettonde",
    "fjortonde",
    "femtonde",
    "sextonde",
    "sjuttonde",
    "artonde",
    "nittonde",
    "tjugonde",
)


def sv_ordinal(n: int) -> str:
    """1–39 as a Swedish ordinal: ``tjugoandra``."""
    if n <= 20:
        return _SV_ORDINALS[n]
    stem = "tjugo" if n < 30 else "trettio"
    return stem + (_SV_ORDINALS[n % 10] if n % 10 else "nde")


def en_ordinal(n: int) -> str:
    """``22nd``: the voice reads it as "twenty-second"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


MONTHS = {
    "fi": (
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": EN_MONTHS,  # as the screen writes them ("22 June")
}

#: Short weekday names (Monday first) and how a range or a single day is said.
WEEKDAYS = {
    "fi": {
        "short": ("ma", "ti", "ke", "to", "pe", "la", "su"),
        "from": (
            "maanantaista",
            "tiistaista",
            "keskiviikosta",
            "torstaista",
            "perjantaista",
            "lauantaista",
            "sunnuntaista",
        ),
        "to": (
            "maanantaihin",
            "tiistaihin",
            "keskiviikkoon",
            "torstaihin",
            "perjantaihin",
            "lauantaihin",
            "sunnuntaihin",
        ),
        "on": (
            "maanantaina",
            "tiistaina",
            "keskiviikkona",
            "torstaina",
            "perjantaina",
            "lauantaina",
            "sunnuntaina",
        ),
    },
    "sv": {
        "short": ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
        "name": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    },
    "en": {
        "short": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "name": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    },
}

#: Unit → (one, many) per language. A number before it picks the form.
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "fi": {
        "km": ("kilometri", "kilometriä"),
        "m": ("metri", "metriä"),
        "cm": ("senttimetri", "senttimetriä"),
        "mm": ("millimetri", "millimetriä"),
        "%": ("prosentti", "prosenttia"),
        "€": ("euro", "euroa"),
        "kg": ("kilo", "kiloa"),
        "min": ("minuutti", "minuuttia"),
        "h": ("tunti", "tuntia"),
    },
    "sv": {
        "km": ("kilometer", "kilometer"),
        "m": ("meter", "meter"),
        "cm": ("centimeter", "centimeter"),
        "mm": ("millimeter", "millimeter"),
        "%": ("procent", "procent"),
        "€": ("euro", "euro"),
        "kg": ("kilo", "kilo"),
        "min": ("minut", "minuter"),
        "h": ("timme", "timmar"),
    },
    "en": {
        "km": ("kilometre", "kilometres"),
        "m": ("metre", "metres"),
        "cm": ("centimetre", "centimetres"),
        "mm": ("millimetre", "millimetres"),
        "%": ("percent", "percent"),
        "€": ("euro", "euros"),
        "kg": ("kilo", "kilos"),
        "min": ("minute", "minutes"),
        "h": ("hour", "hours"),
    },
}

#: Abbreviations and what is said for them (lower case; a capital is kept).
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "fi": {
        "klo": "kello",
        "esim.": "esimerkiksi",
        "n.": "noin",
        "mm.": "muun muassa",
        "ns.": "niin sanottu",
        "puh.": "puhelin",
        "nro": "numero",
        "jne.": "ja niin edelleen",
        "ym.": "ynnä muuta",
        "yms.": "ynnä muuta sellaista",
        "tms.": "tai muuta sellaista",
        "ks.": "katso",
        "vrt.": "vertaa",
        "huom.": "huomaa",
        "ts.": "toisin sanoen",
        "krs": "kerros",
        "kpl": "kappaletta",
        "ma–pe": "maanantaista perjantaihin",
        "ma-pe": "maanantaista perjantaihin",
    },
    "sv": {
        "kl.": "klockan",
        "kl": "klockan",
        "t.ex.": "till exempel",
        "bl.a.": "bland annat",
        "dvs.": "det vill säga",
        "d.v.s.": "det vill säga",
        "s.k.": "så kallad",
        "ca": "cirka",
        "ca.": "cirka",
        "tel.": "telefon",
        "tfn": "telefon",
        "nr": "nummer",
        "obs.": "observera",
        "fr.o.m.": "från och med",
        "t.o.m.": "till och med",
        "resp.": "respektive",
        "m.m.": "med mera",
        "osv.": "och så vidare",
        "o.s.v.": "och så vidare",
        "mån–fre": "måndag till fredag",
        "mån-fre": "måndag till fredag",
    },
    "en": {
        "e.g.": "for example",
        "i.e.": "that is",
        "etc.": "et cetera",
        "approx.": "approximately",
        "tel.": "telephone",
        "mon–fri": "Monday to Friday",
        "mon-fri": "Monday to Friday",
    },
}

#: Words that start a source or licence line, and licence names: none is spoken.
SOURCE_WORDS = {"fi": ("Lähde", "Lähteet"), "sv": ("Källa", "Källor"), "en": ("Source",)}

WORDS = {
    "fi": {
        "clock": "kello",
        "at": "ät",
        "dot": "piste",
        "or": "tai",
        "ratio": "suhteessa",
        "point": "piste",
    },
    "sv": {
        "clock": "klockan",
        "at": "snabel-a",
        "dot": "punkt",
        "or": "eller",
        "ratio": "till",
        "point": "komma",
        "to": "till",
        "the": "den",
        "of": "av",
    },
    "en": {
        "at": "at",
        "dot": "dot",
        "or": "or",
        "ratio": "to",
        "point": "point",
        "to": "to",
        "from": "from",
        "the": "the",
        "of": "of",
    },
}


# -- the rules --------------------------------------------------------------------------

Say = Callable[[re.Match[str], str], str]


@dataclass(frozen=True)
class Rule:
    """``pattern`` (a regex, or one per language) and ``say`` (match, lang → words)."""

    name: str
    pattern: str | dict[str, str]
    say: Say
    flags: int = 0
    #: It matches only where a digit is (most lines have none: skipped, issue 19).
    digits: bool = False

    def compiled(self, lang: str) -> re.Pattern[str] | None:
        pattern = self.pattern if isinstance(self.pattern, str) else self.pattern.get(lang)
        return None if pattern is None else _compile(pattern, self.flags)


_CACHE: dict[tuple[str, int], re.Pattern[str]] = {}


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    key = (pattern, flags)
    if key not in _CACHE:
        _CACHE[key] = re.compile(pattern, flags)
    return _CACHE[key]


def _say_digits(digits: str, lang: str) -> str:
    return " ".join(DIGITS[lang][int(d)] for d in digits)


def _say_domain(domain: str, lang: str) -> str:
    return f" {WORDS[lang]['dot']} ".join(domain.split("."))


def _url(match: re.Match[str], lang: str) -> str:
    address = match.group(0)
    if "://" in address or address.lower().startswith("www.") or "/" in address:
        return ""
    return _say_domain(address, lang)


def _email(match: re.Match[str], lang: str) -> str:
    user, domain = match.group(1), match.group(2)
    return f"{_say_domain(user, lang)} {WORDS[lang]['at']} {_say_domain(domain, lang)}"


def _nothing(match: re.Match[str], lang: str) -> str:
    return ""


def _phone(match: re.Match[str], lang: str) -> str:
    number = match.group(0)
    digits = re.sub(r"\D", "", number)
    if not 7 <= len(digits) <= 13:
        return number
    groups = [g for g in re.split(r"[\s()\-]+", number.strip()) if g]
    if groups[0].startswith("+358"):
        rest = groups[0][4:]
        groups = ["0" + (rest or groups[1])] + groups[1 if rest else 2 :]
    elif groups[0].startswith("+"):
        groups[0] = groups[0][1:]
    return ", ".join(_say_digits(re.sub(r"\D", "", g), lang) for g in groups if g)


def _reference(match: re.Match[str], lang: str) -> str:
    return ", ".join(
        " ".join(DIGITS[lang][int(c)] if c.isdigit() else c for c in group)
        for group in match.group(0).split()
    )


def _postcode(match: re.Match[str], lang: str) -> str:
    return _say_digits(match.group(0), lang)


def _weekday_index(word: str, lang: str) -> int:
    shorts = [s.lower() for s in WEEKDAYS[lang]["short"]]
    return shorts.index(word.lower().rstrip("."))


def _weekday_range(match: re.Match[str], lang: str) -> str:
    first, last = (_weekday_index(match.group(i), lang) for i in (1, 2))
    days = WEEKDAYS[lang]
    if lang == "fi":
        return f"{days['from'][first]} {days['to'][last]}"
    return f"{days['name'][first]} {WORDS[lang]['to']} {days['name'][last]}"


def _weekday_single(match: re.Match[str], lang: str) -> str:
    day = _weekday_index(match.group(1), lang)
    days = WEEKDAYS[lang]
    return (days["on"] if lang == "fi" else days["name"])[day]


def _date(match: re.Match[str], lang: str) -> str:
    day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    said = _date_words(day, month, lang)
    return f"{said} {year}" if year else said


def _date_words(day: int, month: int, lang: str) -> str:
    name = MONTHS[lang][month - 1]
    if lang == "fi":
        return f"{fi_ordinal(day)} {name}"
    if lang == "sv":
        return f"den {sv_ordinal(day)} {name}"
    return f"the {en_ordinal(day)} of {name}"


def _en_written_date(match: re.Match[str], lang: str) -> str:
    day = int(match.group(1))
    month = [m.lower() for m in MONTHS["en"]].index(match.group(2).lower()) + 1
    if not 1 <= day <= 31:
        return match.group(0)
    return _date_words(day, month, "en")


def _hour_minute(hour: str, minute: str | None) -> tuple[int, int]:
    return int(hour), int(minute) if minute else 0


def _minutes(minute: int, lang: str) -> str:
    if not minute:
        return ""
    if minute < 10:
        return f" {DIGITS[lang][0]} {minute}" if lang != "en" else f" oh {minute}"
    return f" {minute}"


def _en_clock(hour: int, minute: int, half: bool = True) -> tuple[str, str]:
    """12-hour words and "am"/"pm" for a 24-hour time."""
    if hour in (0, 24) and not minute:
        return "midnight", ""
    if hour == 12 and not minute:
        return "12 noon", ""
    part = "am" if hour % 24 < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}{_minutes(minute, 'en')}", part


def _time_range(match: re.Match[str], lang: str) -> str:
    """``klo 8–10`` (minutes optional after "klo") or ``8.00–10.00``."""
    g = match.groupdict()
    first = "" if g.get("h1") is not None else "b"
    start = _hour_minute(g[f"h1{first}"], g[f"m1{first}"])
    end = _hour_minute(g[f"h2{first}"], g[f"m2{first}"])
    if start[0] > 24 or end[0] > 24 or start[1] > 59 or end[1] > 59:
        return match.group(0)
    if lang == "fi":
        return (
            f"kello {fi_from(start[0])}{_minutes(start[1], lang)} "
            f"{fi_to(end[0])}{_minutes(end[1], lang)}"
        )
    if lang == "sv":
        return f"klockan {start[0]}{_minutes(start[1], lang)} till {end[0]}{_minutes(end[1], lang)}"
    opens, opens_half = _en_clock(*start)
    closes, closes_half = _en_clock(*end)
    if opens_half and opens_half != closes_half:
        opens = f"{opens} {opens_half}"
    return f"from {opens} to {closes}" + (f" {closes_half}" if closes_half else "")


def _time(match: re.Match[str], lang: str) -> str:
    """``klo 20.00`` / ``20.00`` / ``20:00``; Finnish "asti" and "alkaen" inflect it."""
    g = match.groupdict()
    spelling = "" if g.get("h") is not None else "_"
    hour, minute = _hour_minute(g[f"h{spelling}"], g[f"m{spelling}"])
    if hour > 24 or minute > 59:
        return match.group(0)
    after = g.get(f"after{spelling}") or ""
    if lang == "fi":
        if after.lower() in ("asti", "saakka") and not minute:
            return f"kello {fi_to(hour)} {after}"
        if after.lower() == "alkaen" and not minute:
            return f"kello {fi_from(hour)} {after}"
        said = f"kello {hour}{_minutes(minute, lang)}"
    elif lang == "sv":
        said = f"klockan {hour}{_minutes(minute, lang)}"
    else:
        words, half = _en_clock(hour, minute)
        said = f"{words} {half}".strip()
    return f"{said} {after}" if after else said


def _fraction(match: re.Match[str], lang: str) -> str:
    part, whole = int(match.group(1)), int(match.group(2))
    if lang == "fi":
        return f"{part} {fi_from(whole)}" if whole < 100 else f"{part} / {whole}"
    return f"{part} {'av' if lang == 'sv' else 'of'} {whole}"


def _ratio(match: re.Match[str], lang: str) -> str:
    return f"{match.group(1)} {WORDS[lang]['ratio']} {match.group(2)}"


def _unit(match: re.Match[str], lang: str) -> str:
    number, unit = match.group("n"), match.group("u")
    forms = UNITS[lang][unit if unit != "e" else "€"]
    one = number.replace(",", ".").strip() in ("1", "1.0")
    if lang == "en" and "." in number:
        number = number.replace(".", f" {WORDS[lang]['point']} ")
    return f"{number} {forms[0] if one else forms[1]}"


def _euro_first(match: re.Match[str], lang: str) -> str:
    number = match.group(1)
    one = number in ("1",)
    forms = UNITS[lang]["€"]
    return f"{number} {forms[0] if one else forms[1]}"


def _decimal(match: re.Match[str], lang: str) -> str:
    return f" {WORDS[lang]['point' if lang == 'en' else 'dot']} ".join(match.group(0).split("."))


def _abbreviation(match: re.Match[str], lang: str) -> str:
    word = match.group(0)
    said = ABBREVIATIONS[lang][word.lower()]
    return said[:1].upper() + said[1:] if word[:1].isupper() else said


def _slash(match: re.Match[str], lang: str) -> str:
    return f"{match.group(1)} {WORDS[lang]['or']} {match.group(2)}"


def _abbreviation_pattern(lang: str) -> str:
    words = sorted(ABBREVIATIONS[lang], key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # A dotted abbreviation ends at its dot; one without a dot at a word boundary.
    return rf"(?<![\w.])(?:{alternatives})(?=\W|$)(?<=[\w.])"


_DASH = r"\s*[–\-]\s*"
_H = r"(?:2[0-4]|[01]?\d)(?!\d)"
_FI_SV_RANGE = (
    rf"(?:(?:klo|kl\.?|klockan|kello)\s*)"
    rf"(?P<h1>{_H})(?:[.:](?P<m1>\d\d))?{_DASH}(?P<h2>{_H})(?:[.:](?P<m2>\d\d))?(?![\d.:]\d)"
    rf"|(?<![\d.])(?P<h1b>{_H})[.:](?P<m1b>\d\d){_DASH}(?P<h2b>{_H})[.:](?P<m2b>\d\d)(?![\d.:]\d)"
)


def _days(lang: str) -> str:
    """A short weekday name of ``lang`` (a group), with or without its dot."""
    return r"\b(" + "|".join(WEEKDAYS[lang]["short"]) + r")\b\.?"


_EN_RANGE = (
    rf"(?:\bat\s+)?(?<![\d.:])(?P<h1>{_H}):(?P<m1>\d\d){_DASH}(?P<h2>{_H}):(?P<m2>\d\d)(?![\d:])"
)
_AFTER_FI = r"(?:\s+(?P<after>asti|saakka|alkaen))?"
_AFTER_FI_ = r"(?:\s+(?P<after_>asti|saakka|alkaen))?"
_MONTH_NAMES_EN = "|".join(MONTHS["en"])

RULES: tuple[Rule, ...] = (
    Rule(
        "url",
        r"(?:https?://|www\.)[^\s)\]>,;]+[^\s)\]>,;.]"
        r"|(?<![@\w.])(?:[A-Za-z0-9-]+\.)+(?:fi|se|com|org|net|eu|info)\b(?:/[^\s)]*)?(?![@\w])",
        _url,
    ),
    Rule("email", r"([\w.+-]+)@((?:[\w-]+\.)+[A-Za-z]{2,})", _email),
    Rule(
        "licence",
        {
            "fi": r"(?:^|(?<=[.!?]\s))(?:Lähde|Lähteet):[^\n]*?(?:\.(?=\s|$)|$)"
            r"|,?\s*(?:lisenssi\s+)?CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:\s+\d\.\d)?",
            "sv": r"(?:^|(?<=[.!?]\s))(?:Källa|Källor):[^\n]*?(?:\.(?=\s|$)|$)"
            r"|,?\s*(?:licens\s+)?CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:\s+\d\.\d)?",
            "en": r"(?:^|(?<=[.!?]\s))Source:[^\n]*?(?:\.(?=\s|$)|$)"
            r"|,?\s*(?:licen[cs]e\s+)?CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:\s+\d\.\d)?"
            r"|,?\s*attribution licen[cs]e",
        },
        _nothing,
    ),
    Rule(
        "reference",
        r"(?<![\w.,])[0-9a-f]{4}(?: [0-9a-f]{4}){2,}(?: [0-9a-f]{1,4})?(?![\w.,]\w)",
        _reference,
    ),
    Rule(
        "phone",
        r"(?<![\w+])(?:\+358|\(?0\d{1,3}\)?)(?:[\s\-]?\(?\d{1,5}\)?){1,4}(?![\w])",
        _phone,
        digits=True,
    ),
    Rule("postcode", r"(?<![\w.,])0\d{4}(?![\w.,]\w)", _postcode, digits=True),
    Rule(
        "weekdays",
        {lang: _days(lang) + _DASH + _days(lang) for lang in LANGS},
        _weekday_range,
        re.IGNORECASE,
    ),
    Rule(
        "weekday",
        {lang: _days(lang) + r"(?=\s+\d)" for lang in LANGS},
        _weekday_single,
        digits=True,
    ),
    # Not after an acronym: "WCAG 2.1." is a version.
    Rule(
        "date",
        r"(?<![\d.])(?<![A-Z]\s)(\d{1,2})\.(\d{1,2})\.(?:(\d{4})\b)?(?![\d])",
        _date,
        digits=True,
    ),
    Rule("date", {"en": rf"\b(\d{{1,2}})\s+({_MONTH_NAMES_EN})\b"}, _en_written_date, digits=True),
    Rule(
        "time range",
        {"fi": _FI_SV_RANGE, "sv": _FI_SV_RANGE, "en": _EN_RANGE},
        _time_range,
        re.IGNORECASE,
        digits=True,
    ),
    Rule(
        "time",
        {
            "fi": rf"(?:(?:klo|kello)\s*)(?P<h>{_H})(?:[.:](?P<m>\d\d))?(?![\d.:]\d){_AFTER_FI}"
            rf"|(?<![\d.,])(?P<h_>{_H})[.:](?P<m_>\d\d)(?![\d.:]\d|\.\d){_AFTER_FI_}",
            "sv": rf"(?:(?:kl\.?|klockan)\s*)(?P<h>{_H})(?:[.:](?P<m>\d\d))?(?![\d.:]\d)"
            rf"|(?<![\d.,])(?P<h_>{_H})[.:](?P<m_>\d\d)(?![\d.:]\d|\.\d)",
            "en": rf"(?<![\d.:])(?P<h>{_H}):(?P<m>\d\d)(?![\d:])",
        },
        _time,
        re.IGNORECASE,
        digits=True,
    ),
    Rule("fraction", r"(?<![\d/])(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])", _fraction, digits=True),
    Rule("ratio", r"(?<![\d:])(\d{1,2}):(\d)(?![\d:])", _ratio, digits=True),
    Rule(
        "unit",
        r"(?P<n>\d+(?:[.,]\d+)?)\s?(?P<u>km|mm|cm|kg|min|m|h|%|€)(?![\w])",
        _unit,
        digits=True,
    ),
    Rule("unit", r"€\s?(\d+)", _euro_first, digits=True),
    Rule("decimal", r"\d+(?:\.\d+)+", _decimal, digits=True),
    Rule(
        "abbreviation",
        {lang: _abbreviation_pattern(lang) for lang in LANGS},
        _abbreviation,
        re.IGNORECASE,
    ),
    Rule("slash", r"(\w)\s*/\s*(\w)", _slash),
)


#: Bidi controls (isolates, embeddings, marks): they order a line on the screen and
#: mean nothing to a listener (and a voice may spell them out).
#: Arrows drawn on buttons to show a direction ("More choices ▼", "Next page ▶"):
#: seen, not said (espeak-ng reads "▶" as "play button").
_SHOWN_ARROWS = re.compile("[◀▶▲▼◄►]")
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s)\]>]+")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_DOUBLE_PUNCT = re.compile(r"([,;:])\s*([.!?])")


def _sayer(rule: Rule, lang: str) -> Callable[[re.Match[str]], str]:
    def say(match: re.Match[str]) -> str:
        return rule.say(match, lang)

    return say


_Rules = tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]
_DIGIT = re.compile(r"\d")


@cache
def _rules_for(lang: str, digits: bool) -> _Rules:
    """The rules of ``lang``, compiled, each with its sayer: made once per language,
    not for every line (spoken() runs some 25 times a screen, issue 19). Without
    ``digits``, only the rules that can match a text with no digit in it."""
    found = []
    for rule in RULES:
        pattern = rule.compiled(lang)
        if pattern is not None and (digits or not rule.digits):
            found.append((pattern, _sayer(rule, lang)))
    return tuple(found)


def spoken(text: str, lang: str) -> str:
    """``text`` as a listener should hear it in ``lang`` (fi, sv, en; selkokieli as fi)."""
    lang = base_language(lang)
    text = without_isolates(text)  # a right-to-left city name's isolate (city_text)
    if not text:
        return text
    text = _SHOWN_ARROWS.sub("", _BIDI_CONTROLS.sub("", text))
    if lang not in LANGS:
        # No rules for this language's words; web addresses are never said in any.
        text = _WEB_ADDRESS.sub("", text)
        return _SPACES.sub(" ", _EMPTY_BRACKETS.sub("", text)).strip()
    for pattern, say in _rules_for(lang, _DIGIT.search(text) is not None):
        text = pattern.sub(say, text)
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _DOUBLE_PUNCT.sub(r"\2", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.splitlines()).strip()


def spoken_parts(parts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each (text, lang) part in its spoken form; parts left with nothing to say go."""
    said = [(spoken(text, lang), lang) for text, lang in parts]
    return [(text, lang) for text, lang in said if any(c.isalnum() for c in text)]
