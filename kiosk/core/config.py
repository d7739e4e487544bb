"""Kiosk configuration: one TOML file, checked strictly, with a default for every key.

``Config()`` (or ``load_config(None)``) is the complete default configuration: not a
demo, and no PINs (fail closed). ``demo_config()`` is the developer's demo, for a kiosk
started with no config file at all. A file only needs the keys it changes. Unknown
sections, unknown keys and bad values are errors, and ``check_config`` reports all of
them at once so the IT staff can fix a file in one go. Every section and key is
described in ``packaging/kiosk.example.toml``. What the kiosk does with a broken file
(the last good settings) is ``kiosk.core.last_good``.

No Qt here: this module must stay importable without PySide6.
"""

from __future__ import annotations

import dataclasses
import datetime
import ipaddress
import json
import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.core.languages import LANGUAGES, SHIPPED, VOICES
from kiosk.core.pin_hash import (
    ADMIN_MIN_PIN_LENGTH,
    DEMO_PIN_HASH,
    SCRYPT_N,
    PinHashError,
    parse_pin_hash,
)
from kiosk.core.redact import mask_secret, mask_url
from kiosk.core.text import REQUIRED_LANGUAGES, Text

__all__ = [
    "SUPPORTED_LANGUAGES",
    "SYSTEM_CONFIG",
    "AuditConfig",
    "KeypadConfig",
    "Config",
    "ConfigError",
    "DisplayConfig",
    "FleetConfig",
    "FlowsConfig",
    "HelpConfig",
    "KioskConfig",
    "LanguagesConfig",
    "MonitoringConfig",
    "Problem",
    "Reading",
    "ServicesConfig",
    "SpeechConfig",
    "HeadsetConfig",
    "StaffConfig",
    "StatsConfig",
    "TimeoutsConfig",
    "check_config",
    "demo_config",
    "load_config",
    "load_config_keeping_good_keys",
    "read_config_file",
    "read_config_text",
]

#: Languages the kiosk can show and speak (complete in this release), in screen order.
SUPPORTED_LANGUAGES: tuple[str, ...] = SHIPPED
#: The languages a kiosk offers when its config does not list them: all of them.
DEFAULT_LANGUAGES: tuple[str, ...] = SHIPPED

#: Key used in a Problem that concerns the whole file rather than one key.
FILE_KEY = "-"


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a configuration file."""

    file: str
    key: str  # dotted, e.g. "display.pixel_pitch_mm"; "-" for the file as a whole
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.reason}"


class ConfigError(Exception):
    """The configuration file has one or more problems (see ``.problems``)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


# --------------------------------------------------------------------------- checkers
#
# A checker gets the raw TOML value, the dotted key and a ``report(key, reason)``
# callback. It returns the value to store, or ``_INVALID`` after reporting.

_INVALID: Any = object()
Report = Callable[[str, str], None]
Checker = Callable[[Any, str, Report], Any]

_SLUG = re.compile(r"[a-z0-9-]+")


def _show(value: Any, limit: int = 60) -> str:
    """A value as it would be written in TOML, shortened for messages."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, float):
        text = "nan" if math.isnan(value) else repr(value)
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, list):
        text = "[" + ", ".join(_show(v, limit) for v in value) + "]"
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k} = {_show(v, limit)}" for k, v in value.items()) + "}"
    elif isinstance(value, datetime.date | datetime.time):
        text = value.isoformat()
    else:  # pragma: no cover - tomllib produces nothing else
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _or_list(items: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _num(n: float) -> str:
    return str(n)


def _language_reason(value: Any) -> str:
    langs = _or_list(list(SUPPORTED_LANGUAGES))
    if isinstance(value, str) and value in LANGUAGES:
        return (
            f"{_show(value)} ({LANGUAGES[value].english}) is not complete in this release "
            f"(use {langs})"
        )
    if isinstance(value, str):
        return f"{_show(value)} is not a supported language (use {langs})"
    return f"expected a language code ({langs}), got {_show(value)}"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def boolean() -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, bool):
            return value
        report(key, f"expected true or false, got {_show(value)}")
        return _INVALID

    return check


def whole(lo: int, hi: int) -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
            return value
        report(key, f"expected a whole number between {lo} and {hi}, got {_show(value)}")
        return _INVALID

    return check


def number(lo: float, hi: float) -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if _is_number(value) and lo <= value <= hi:  # NaN fails the comparison
            return float(value)
        report(key, f"expected a number between {_num(lo)} and {_num(hi)}, got {_show(value)}")
        return _INVALID

    return check


def one_of(*choices: str | int) -> Checker:
    wanted = _or_list([_show(c) for c in choices])

    def check(value: Any, key: str, report: Report) -> Any:
        # type() so that true is not taken for 1
        if any(type(value) is type(c) and value == c for c in choices):
            return value
        report(key, f"expected {wanted}, got {_show(value)}")
        return _INVALID

    return check


def slug(what: str) -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str) and _SLUG.fullmatch(value):
            return value
        report(key, f"expected {what} of lowercase letters a-z, digits and -, got {_show(value)}")
        return _INVALID

    return check


def positive_id() -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        report(
            key,
            f"expected a kirjastot.fi library id (a positive whole number), got {_show(value)}",
        )
        return _INVALID

    return check


def url() -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str):
            try:
                parts = urlsplit(value)
                ok = parts.scheme in ("http", "https") and bool(parts.hostname)
                ok = ok and not any(c.isspace() for c in value)
            except ValueError:  # e.g. a malformed IPv6 host or port
                ok = False
            if ok:
                return value
        report(key, f"expected an http:// or https:// address, got {_show(value)}")
        return _INVALID

    return check


def optional_url() -> Checker:
    """An http(s) address, or "" for "off"."""
    inner = url()

    def check(value: Any, key: str, report: Report) -> Any:
        if value == "":
            return value
        result = inner(value, key, lambda _key, _reason: None)
        if result is _INVALID:
            report(
                key,
                'expected an http:// or https:// address, or "" for off, got '
                # It may carry a token (a webhook): never shown whole (issue 12).
                + (mask_url(value) if isinstance(value, str) else mask_secret(value)),
            )
        return result

    return check


def pin_hash_list(*, admin: bool = False) -> Checker:
    """A list of lines printed by ``kiosk hash-pin``. A reason never repeats an item:
    a plain PIN typed in by mistake must not end up in a log.

    A line that cannot be used makes the whole key bad. A line that works but is too
    weak (scrypt N below 2^15; for ``admin``, a line that does not record the PIN's
    length) is reported and still used, so that PINs made by an older version keep
    working until they are made again; an admin line that records a PIN shorter than
    6 digits is bad."""

    def check(value: Any, key: str, report: Report) -> Any:
        if not isinstance(value, list):
            report(
                key,
                "expected a list of lines printed by `kiosk hash-pin`, like "
                f'["scrypt${SCRYPT_N}$8$1$6$…"], or [] for none',
            )
            return _INVALID
        ok = True
        for i, item in enumerate(value, 1):
            try:
                parsed = parse_pin_hash(item)
            except PinHashError as exc:
                report(key, f"item {i} is not a PIN hash: {exc}")
                ok = False
                continue
            if admin and parsed.length is not None and parsed.length < ADMIN_MIN_PIN_LENGTH:
                report(
                    key,
                    f"item {i} is for a PIN of {parsed.length} digits; an admin PIN "
                    f"needs at least {ADMIN_MIN_PIN_LENGTH}: make one with "
                    "`kiosk hash-pin --admin`",
                )
                ok = False
                continue
            weakness = parsed.weakness(admin=admin)
            if weakness:
                report(key, f"item {i} is too weak: {weakness}")
        return tuple(value) if ok else _INVALID

    return check


def ip_address() -> Checker:
    """An IPv4 or IPv6 address written as numbers, like "127.0.0.1" or "::1"."""

    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str):
            try:
                return str(ipaddress.ip_address(value))
            except ValueError:
                pass
        report(
            key,
            'expected an IP address like "127.0.0.1" (this kiosk only) or '
            f'"0.0.0.0" (every network), got {_show(value)}',
        )
        return _INVALID

    return check


def language() -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str) and value in SUPPORTED_LANGUAGES:
            return value
        report(key, _language_reason(value))
        return _INVALID

    return check


def language_list() -> Checker:
    example = _show(list(SUPPORTED_LANGUAGES), limit=100)  # every language, untruncated

    def check(value: Any, key: str, report: Report) -> Any:
        if not isinstance(value, list):
            report(key, f"expected a list of languages, like {example}, got {_show(value)}")
            return _INVALID
        if not value:
            report(key, "expected at least one language, got an empty list")
            return _INVALID
        ok = True
        seen: set[str] = set()
        for item in value:
            if not (isinstance(item, str) and item in SUPPORTED_LANGUAGES):
                report(key, _language_reason(item))
                ok = False
            elif item in seen:
                report(key, f"{_show(item)} is listed more than once")
                ok = False
            else:
                seen.add(item)
        return tuple(value) if ok else _INVALID

    return check


def flow_list() -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if not isinstance(value, list):
            report(key, f'expected a list of flow ids, like ["library-hours"], got {_show(value)}')
            return _INVALID
        if not value:
            report(key, "expected at least one flow id, got an empty list")
            return _INVALID
        ok = True
        seen: set[str] = set()
        for item in value:
            if not (isinstance(item, str) and _SLUG.fullmatch(item)):
                report(
                    key,
                    f"{_show(item)} is not a flow id "
                    '(use lowercase letters a-z, digits and -, like "library-hours")',
                )
                ok = False
            elif item in seen:
                report(key, f"{_show(item)} is listed more than once")
                ok = False
            else:
                seen.add(item)
        return tuple(value) if ok else _INVALID

    return check


def language_table(what: str, *, complete: bool, default: Mapping[str, str]) -> Checker:
    """A table of language -> non-empty string.

    ``complete``: every supported language must be given. Otherwise the missing ones
    keep their value from ``default``.
    """
    example = "{" + ", ".join(f'{lang} = "…"' for lang in SUPPORTED_LANGUAGES) + "}"

    def check(value: Any, key: str, report: Report) -> Any:
        if not isinstance(value, dict):
            report(
                key, f"expected a table of {what} by language, like {example}, got {_show(value)}"
            )
            return _INVALID
        ok = True
        result = {} if complete else dict(default)
        for lang, text in value.items():
            sub = f"{key}.{lang}"
            if lang not in SUPPORTED_LANGUAGES:
                report(sub, _language_reason(lang))
                ok = False
            elif not isinstance(text, str) or not text.strip():
                report(sub, f"expected {what} (non-empty text), got {_show(text)}")
                ok = False
            else:
                result[lang] = text
        if complete:
            for lang in REQUIRED_LANGUAGES:
                if lang not in value:
                    report(key, f"missing the {lang} text (give fi, sv and en)")
                    ok = False
        return result if ok else _INVALID

    return check


def _key(default: Any = dataclasses.MISSING, *, check: Checker, factory: Any = None) -> Any:
    """A dataclass field with its checker in the metadata."""
    if factory is not None:
        return field(default_factory=factory, metadata={"check": check})
    return field(default=default, metadata={"check": check})


# --------------------------------------------------------------------------- sections

_DEFAULT_PLACE_NAME: dict[str, str] = {
    "fi": "Kallion kirjasto",
    "sv": "Berghälls bibliotek",
    "en": "Kallio Library",
}
#: The espeak-ng voice of each language the kiosk offers (Somali has none).
_DEFAULT_VOICES: dict[str, str] = {
    code: voice for code, voice in VOICES.items() if code in SUPPORTED_LANGUAGES
}


@dataclass(frozen=True)
class KioskConfig:
    """[kiosk]: which kiosk this is and where it stands."""

    id: str = _key("demo-kiosk", check=slug("a short id"))
    place_name: Text = _key(
        check=language_table("a place name", complete=True, default=_DEFAULT_PLACE_NAME),
        factory=lambda: Text(dict(_DEFAULT_PLACE_NAME)),
    )
    library_id: int = _key(84860, check=positive_id())
    latitude: float = _key(60.1837, check=number(-90.0, 90.0))
    longitude: float = _key(24.9536, check=number(-180.0, 180.0))
    #: Only ``demo = true`` in the file makes a demo kiosk (fail closed): see
    #: ``demo_config`` for the developer's kiosk started with no config file at all.
    demo: bool = _key(False, check=boolean())


@dataclass(frozen=True)
class LanguagesConfig:
    """[languages]: which languages the resident can choose, and the starting one."""

    #: In screen order; only languages complete in this release (SUPPORTED_LANGUAGES).
    enabled: tuple[str, ...] = _key(DEFAULT_LANGUAGES, check=language_list())
    default: str = _key("fi", check=language())


@dataclass(frozen=True)
class FlowsConfig:
    """[flows]: the flows on the home screen, in order."""

    enabled: tuple[str, ...] = _key(("library-hours", "e-identification"), check=flow_list())


@dataclass(frozen=True)
class TimeoutsConfig:
    """[timeouts]: seconds."""

    idle_s: int = _key(120, check=whole(30, 3600))
    warning_s: int = _key(30, check=whole(30, 600))
    double_tap_s: float = _key(0.3, check=number(0.0, 0.5))
    helper_idle_s: int = _key(300, check=whole(30, 3600))
    #: How long "Ask for help" keeps a session while the resident is at the desk before
    #: the idle warning comes; at least ``idle_s`` (checked across keys).
    help_wait_s: int = _key(600, check=whole(30, 3600))


@dataclass(frozen=True)
class DisplayConfig:
    """[display]: the screen and how text is drawn on it."""

    pixel_pitch_mm: float = _key(0.248, check=number(0.05, 2.0))
    viewing_distance_mm: int = _key(500, check=whole(250, 1500))
    theme: str = _key("standard", check=one_of("standard", "high-contrast"))
    text_size: int = _key(100, check=one_of(100, 150, 200))
    fullscreen: bool = _key(True, check=boolean())
    hide_cursor: bool = _key(False, check=boolean())


@dataclass(frozen=True)
class SpeechConfig:
    """[speech]: reading the screen aloud."""

    enabled: bool = _key(True, check=boolean())
    rate: int = _key(140, check=whole(80, 250))
    volume: float = _key(0.8, check=number(0.0, 1.0))
    voices: Mapping[str, str] = _key(
        check=language_table("a voice id", complete=False, default=_DEFAULT_VOICES),
        factory=lambda: dict(_DEFAULT_VOICES),
    )


def api_key() -> Checker:
    """An API key: printable text without spaces, or "" for none."""

    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str) and (value == "" or (value.isprintable() and " " not in value)):
            return value
        report(
            key, 'expected the key as text without spaces ("" = none), got ' + mask_secret(value)
        )  # a secret: never shown whole (issue 12)
        return _INVALID

    return check


@dataclass(frozen=True)
class ServicesConfig:
    """[services]: addresses of the city's public interfaces, and network timeouts."""

    kirjastot_url: str = _key("https://api.kirjastot.fi/v4/", check=url())
    servicemap_url: str = _key("https://api.hel.fi/servicemap/v2/", check=url())
    tpr_url: str = _key("https://www.hel.fi/palvelukarttaws/rest/v4/", check=url())
    linkedevents_url: str = _key("https://api.hel.fi/linkedevents/v1/", check=url())
    open311_url: str = _key("https://asiointi.hel.fi/palautews/rest/v1/", check=url())
    omastadi_url: str = _key("https://omastadi.hel.fi/api", check=url())
    connect_timeout_s: float = _key(3.0, check=number(0.1, 60))
    read_timeout_s: float = _key(10.0, check=number(0.1, 120))
    open311_api_key: str = _key("", check=api_key())


@dataclass(frozen=True)
class StaffConfig:
    """[staff]: PINs for helper mode and for leaving kiosk mode, and the lockout."""

    pin_hashes: tuple[str, ...] = _key((), check=pin_hash_list())
    admin_pin_hashes: tuple[str, ...] = _key((), check=pin_hash_list(admin=True))
    max_attempts: int = _key(5, check=whole(3, 20))
    lockout_minutes: int = _key(5, check=whole(1, 120))
    #: The staff's working language: the staff panel and PIN pad are in it whatever
    #: the resident's language, and so is ``kiosk desk`` unless its menu says otherwise.
    language: str = _key("fi", check=language())

    def effective_pins(self, demo: bool) -> tuple[str, ...]:
        """Staff PIN hashes in force: the configured ones; with none configured, a demo
        kiosk accepts the demo PIN 1234 and a real one has helper mode switched off."""
        if self.pin_hashes:
            return self.pin_hashes
        return (DEMO_PIN_HASH,) if demo else ()

    def effective_admin_pins(self, demo: bool) -> tuple[str, ...]:
        """Admin PIN hashes in force, by the same rule as ``effective_pins``."""
        if self.admin_pin_hashes:
            return self.admin_pin_hashes
        return (DEMO_PIN_HASH,) if demo else ()


@dataclass(frozen=True)
class HelpConfig:
    """[help]: how "Ask for help" reaches the staff."""

    webhook_url: str = _key("", check=optional_url())
    timeout_s: float = _key(5.0, check=number(0.5, 30))
    retries: int = _key(2, check=whole(0, 5))
    #: With [fleet]: a request no desk has claimed after this long is sent again,
    #: marked escalated, and the webhook (if set) is called too.
    escalate_after_s: int = _key(180, check=whole(30, 3600))
    #: With [fleet]: a claim ("I'm coming") whose staff member has not arrived after
    #: this long expires; the request is open to every desk again.
    claim_expire_s: int = _key(900, check=whole(60, 3600))


@dataclass(frozen=True)
class StatsConfig:
    """[stats]: anonymous usage figures."""

    enabled: bool = _key(True, check=boolean())
    retention_days: int = _key(365, check=whole(1, 3650))


@dataclass(frozen=True)
class AuditConfig:
    """[audit]: the staff audit log (staff-audit.jsonl in the data folder)."""

    retention_days: int = _key(365, check=whole(1, 3650))
    max_file_kb: int = _key(1024, check=whole(16, 10240))


@dataclass(frozen=True)
class MonitoringConfig:
    """[monitoring]: the optional Prometheus metrics endpoint for fleet monitoring."""

    enabled: bool = _key(False, check=boolean())
    address: str = _key("127.0.0.1", check=ip_address())
    port: int = _key(9464, check=whole(1, 65535))


_HOST = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,252})")


def host_name() -> Checker:
    """A host name or an IP address, or "" for none."""

    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str):
            if value == "" or _HOST.fullmatch(value):
                return value
            try:
                return str(ipaddress.ip_address(value))
            except ValueError:
                pass
        report(
            key,
            f'expected a host name like "mqtt.example.org" or an IP address '
            f'("" = none), got {_show(value)}',
        )
        return _INVALID

    return check


def file_path() -> Checker:
    """An absolute file path, or "" for none."""

    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str) and (
            value == "" or (Path(value).is_absolute() and value.isprintable())
        ):
            return value
        report(key, f'expected an absolute file path ("" = none), got {_show(value)}')
        return _INVALID

    return check


def plain_text(what: str, *, limit: int = 200) -> Checker:
    """Printable text without spaces at either end, or "" for none."""

    def check(value: Any, key: str, report: Report) -> Any:
        if (
            isinstance(value, str)
            and len(value) <= limit
            and (value == "" or (value.isprintable() and value == value.strip()))
        ):
            return value
        report(
            key,
            f'expected {what} as text of at most {limit} characters ("" = none), '
            f"got {_show(value, 20)}",
        )
        return _INVALID

    return check


def slug_list(what: str) -> Checker:
    def check(value: Any, key: str, report: Report) -> Any:
        if not isinstance(value, list):
            report(key, f'expected a list of {what}, like ["kallio"], got {_show(value)}')
            return _INVALID
        ok = True
        for item in value:
            if not (isinstance(item, str) and _SLUG.fullmatch(item)):
                report(
                    key,
                    f"{_show(item)} is not one of the {what} (lowercase letters a-z, digits and -)",
                )
                ok = False
        return tuple(dict.fromkeys(value)) if ok else _INVALID

    return check


@dataclass(frozen=True)
class HeadsetConfig:
    """[headset]: private listening (EN 301 549 5.1.3.9, kiosk.speech.headset)."""

    detect: str = _key("none", check=one_of("none", "alsa", "evdev", "gpio"))
    alsa_card: int = _key(0, check=whole(0, 31))
    alsa_control: str = _key("Headphone Jack", check=plain_text("a mixer control name"))
    evdev_device: str = _key("", check=file_path())
    evdev_code: int = _key(2, check=whole(0, 767))
    evdev_kind: str = _key("switch", check=one_of("switch", "key"))
    gpio_path: str = _key("", check=file_path())
    gpio_active_low: bool = _key(False, check=boolean())
    poll_s: float = _key(0.5, check=number(0.1, 10.0))
    speaker_device: str = _key("", check=plain_text("an ALSA device name"))
    headset_device: str = _key("", check=plain_text("an ALSA device name"))
    mute_control: str = _key("", check=plain_text("a mixer control name"))
    volume: float = _key(0.5, check=number(0.0, 1.0))


def evdev_codes() -> Checker:
    """A list of Linux input key codes (linux/input-event-codes.h: KEY_UP is 103)."""

    def check(value: Any, key: str, report: Report) -> Any:
        if (
            isinstance(value, list)
            and value
            and all(isinstance(c, int) and not isinstance(c, bool) and 1 <= c <= 767 for c in value)
        ):
            return tuple(dict.fromkeys(value))
        report(
            key,
            "expected a list of key codes from linux/input-event-codes.h (whole numbers "
            f"1-767), like [103] for KEY_UP, got {_show(value)}",
        )
        return _INVALID

    return check


@dataclass(frozen=True)
class KeypadConfig:
    """[keypad]: a tactile audio-navigation keypad (issue 18), by Linux key codes
    (``evtest`` shows them). The defaults suit a USB keypad that sends the arrows,
    Enter, Esc, + and -; Help is F1 or the Help key."""

    up: tuple[int, ...] = _key((103,), check=evdev_codes())  # KEY_UP
    down: tuple[int, ...] = _key((108,), check=evdev_codes())  # KEY_DOWN
    left: tuple[int, ...] = _key((105,), check=evdev_codes())  # KEY_LEFT
    right: tuple[int, ...] = _key((106,), check=evdev_codes())  # KEY_RIGHT
    select: tuple[int, ...] = _key((28, 96), check=evdev_codes())  # KEY_ENTER, KEY_KPENTER
    back: tuple[int, ...] = _key((1,), check=evdev_codes())  # KEY_ESC
    help: tuple[int, ...] = _key((59, 138), check=evdev_codes())  # KEY_F1, KEY_HELP
    volume_up: tuple[int, ...] = _key((78, 115), check=evdev_codes())  # KEY_KPPLUS, KEY_VOLUMEUP
    volume_down: tuple[int, ...] = _key(
        (74, 12, 114), check=evdev_codes()
    )  # KEY_KPMINUS, KEY_MINUS, KEY_VOLUMEDOWN


#: The keypad's actions, in the order of [keypad]'s keys.
KEYPAD_ACTIONS = tuple(f.name for f in dataclasses.fields(KeypadConfig))


@dataclass(frozen=True)
class FleetConfig:
    """[fleet]: the library's message bus (MQTT on a Mosquitto broker run by IT):
    kiosk status, help requests with claims, and ``kiosk desk`` on a staff PC."""

    enabled: bool = _key(False, check=boolean())
    broker: str = _key("", check=host_name())
    #: 0: the standard port, 1883 (8883 with ``tls``).
    port: int = _key(0, check=whole(0, 65535))
    tls: bool = _key(False, check=boolean())
    ca_file: str = _key("", check=file_path())
    username: str = _key("", check=plain_text("a user name", limit=100))
    password: str = _key("", check=plain_text("a password", limit=200))
    #: The place in the topics (kiosk/<place>/<kiosk id>/…): one a library.
    place: str = _key("kallio", check=slug("a place id"))
    #: ``kiosk desk``: the places whose kiosks it shows; [] = ``place`` only.
    places: tuple[str, ...] = _key((), check=slug_list("place ids"))
    keepalive_s: int = _key(30, check=whole(5, 600))
    #: Messages kept in memory while the broker cannot be reached (the oldest go first).
    queue_max: int = _key(100, check=whole(10, 10000))

    @property
    def watched_places(self) -> tuple[str, ...]:
        return self.places or (self.place,)


_PRINTER = re.compile(r"[^\s/\\#'\"]{1,127}")


def printer_name() -> Checker:
    """A CUPS queue name, or "" for the system's default printer."""

    def check(value: Any, key: str, report: Report) -> Any:
        if isinstance(value, str) and (value == "" or _PRINTER.fullmatch(value)):
            return value
        report(key, f'expected a CUPS printer name ("" = the default printer), got {_show(value)}')
        return _INVALID

    return check


@dataclass(frozen=True)
class HandoffConfig:
    """[handoff]: taking results away (QR code and printout)."""

    printing: bool = _key(True, check=boolean())
    printer: str = _key("", check=printer_name())


@dataclass(frozen=True)
class Config:
    """The whole configuration. ``Config()`` is the complete default configuration: not
    a demo, no PINs (``demo_config()`` is the developer's demo)."""

    kiosk: KioskConfig = field(default_factory=KioskConfig)
    languages: LanguagesConfig = field(default_factory=LanguagesConfig)
    flows: FlowsConfig = field(default_factory=FlowsConfig)
    timeouts: TimeoutsConfig = field(default_factory=TimeoutsConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    speech: SpeechConfig = field(default_factory=SpeechConfig)
    headset: HeadsetConfig = field(default_factory=HeadsetConfig)
    keypad: KeypadConfig = field(default_factory=KeypadConfig)
    services: ServicesConfig = field(default_factory=ServicesConfig)
    staff: StaffConfig = field(default_factory=StaffConfig)
    help: HelpConfig = field(default_factory=HelpConfig)
    stats: StatsConfig = field(default_factory=StatsConfig)
    audit: AuditConfig = field(default_factory=AuditConfig)
    monitoring: MonitoringConfig = field(default_factory=MonitoringConfig)
    handoff: HandoffConfig = field(default_factory=HandoffConfig)
    fleet: FleetConfig = field(default_factory=FleetConfig)


#: Section name -> its dataclass, in file order.
SECTIONS: dict[str, type] = {
    "kiosk": KioskConfig,
    "languages": LanguagesConfig,
    "flows": FlowsConfig,
    "timeouts": TimeoutsConfig,
    "display": DisplayConfig,
    "speech": SpeechConfig,
    "headset": HeadsetConfig,
    "keypad": KeypadConfig,
    "services": ServicesConfig,
    "staff": StaffConfig,
    "help": HelpConfig,
    "stats": StatsConfig,
    "audit": AuditConfig,
    "monitoring": MonitoringConfig,
    "handoff": HandoffConfig,
    "fleet": FleetConfig,
}


def _keys_of(section: type) -> dict[str, dataclasses.Field[Any]]:
    return {f.name: f for f in dataclasses.fields(section)}


# --------------------------------------------------------------------------- reading


def _read_text(path: Path, report: Report) -> str | None:
    """The file's text, or None after reporting why it cannot be had."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        report(FILE_KEY, "file not found")
        return None
    except IsADirectoryError:
        report(FILE_KEY, "this is a folder, not a file")
        return None
    except PermissionError:
        report(FILE_KEY, "cannot read the file (permission denied)")
        return None
    except OSError as exc:
        report(FILE_KEY, f"cannot read the file ({exc.strerror or exc})")
        return None
    try:
        return raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        report(FILE_KEY, f"the file is not UTF-8 text (bad byte on line {line}); save it as UTF-8")
        return None


def _parse(text: str, report: Report) -> dict[str, Any] | None:
    """The parsed TOML document, or None after reporting why it is not TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        report(FILE_KEY, f"not valid TOML: {exc}")
        return None


def _closest(word: str, choices: list[str]) -> list[str]:
    """The one choice ``word`` was most likely meant to be, if any (for a hint)."""
    import difflib  # only for a file with a mistake in it, not on every start (issue 19)

    return difflib.get_close_matches(word, choices, n=1)


def _unknown_key_reason(name: str, section: str | None) -> str:
    """'unknown key', with a hint at the key that was probably meant."""
    known = list(_keys_of(SECTIONS[section])) if section else []
    close = _closest(name, known)
    if close:
        return f'unknown key (did you mean "{close[0]}"?)'
    for other, cls in SECTIONS.items():
        if other != section and name in _keys_of(cls):
            if section is None:
                return f'unknown key (did you mean "{name}" in the [{other}] section?)'
            return f"unknown key ({name} belongs in the [{other}] section)"
    everywhere = [f"{s}.{k}" for s, cls in SECTIONS.items() for k in _keys_of(cls)]
    close = _closest(name, everywhere)
    if section is None and close:
        return f'unknown key (did you mean "{close[0]}"?)'
    return "unknown key"


def _build(data: dict[str, Any], file: str) -> tuple[Config, list[Problem], frozenset[str]]:
    """A Config from a parsed document, its problems, and the keys (or sections) whose
    values were refused; refused values keep their defaults."""
    problems: list[Problem] = []
    invalid: set[str] = set()

    def report(key: str, reason: str) -> None:
        problems.append(Problem(file, key, reason))

    given: dict[str, dict[str, Any]] = {}  # valid values from the file, by section
    for section_name, table in data.items():
        if section_name not in SECTIONS:
            if isinstance(table, dict):
                close = _closest(section_name, list(SECTIONS))
                hint = (
                    f'did you mean "{close[0]}"?'
                    if close
                    else "expected one of " + ", ".join(SECTIONS)
                )
                report(section_name, f"unknown section ({hint})")
            else:
                report(section_name, _unknown_key_reason(section_name, None))
            continue
        if not isinstance(table, dict):
            report(
                section_name, f"expected a [{section_name}] section (a table), got {_show(table)}"
            )
            invalid.add(section_name)
            continue
        fields = _keys_of(SECTIONS[section_name])
        values: dict[str, Any] = {}
        for name, raw in table.items():
            key = f"{section_name}.{name}"
            if name not in fields:
                report(key, _unknown_key_reason(name, section_name))
                continue
            value = fields[name].metadata["check"](raw, key, report)
            if value is _INVALID:
                invalid.add(key)
            else:
                values[name] = value
        given[section_name] = values

    # Typed values: Text for the place name.
    kiosk_values = given.get("kiosk", {})
    if "place_name" in kiosk_values:
        kiosk_values["place_name"] = Text(kiosk_values["place_name"])

    config = Config(**{name: cls(**given.get(name, {})) for name, cls in SECTIONS.items()})

    # Checks across keys, on the final values (given or default), only when the keys
    # involved were not already reported.
    bad_keys = {p.key for p in problems}
    langs = config.languages
    if (
        "languages.enabled" not in bad_keys
        and "languages.default" not in bad_keys
        and langs.default not in langs.enabled
    ):
        enabled = ", ".join(langs.enabled)
        languages_table = data.get("languages")
        if isinstance(languages_table, dict) and "default" in languages_table:
            report(
                "languages.default",
                f"{_show(langs.default)} is not in languages.enabled ({enabled})",
            )
        else:
            report(
                "languages.default",
                f"the built-in default {_show(langs.default)} is not in languages.enabled "
                f"({enabled}); set languages.default to one of them",
            )
        invalid.add("languages.default")
    config = _check_help_wait(config, data, bad_keys, report, invalid)
    config = _check_fleet(config, bad_keys, report, invalid)
    config = _check_keypad(config, bad_keys, report, invalid)
    return config, problems, frozenset(invalid)


def _check_fleet(config: Config, bad_keys: set[str], report: Report, invalid: set[str]) -> Config:
    """fleet.enabled needs fleet.broker; without one the fleet stays off."""
    fleet = config.fleet
    if not fleet.enabled or fleet.broker:
        return config
    if "fleet.broker" not in bad_keys:
        report(
            "fleet.broker",
            "needed when fleet.enabled = true (the MQTT broker's host "
            "name); the fleet connection stays off",
        )
    invalid.add("fleet.enabled")
    return dataclasses.replace(config, fleet=dataclasses.replace(fleet, enabled=False))


def _check_keypad(config: Config, bad_keys: set[str], report: Report, invalid: set[str]) -> Config:
    """One key code does one thing: a code given to two actions is refused for the
    later one (in [keypad]'s order), which keeps its other codes."""
    keypad, seen = config.keypad, dict[int, str]()
    changes: dict[str, tuple[int, ...]] = {}
    for action in KEYPAD_ACTIONS:
        codes = getattr(keypad, action)
        kept = []
        for code in codes:
            if code in seen:
                if f"keypad.{action}" not in bad_keys:
                    report(f"keypad.{action}", f"key code {code} is already keypad.{seen[code]}")
                invalid.add(f"keypad.{action}")
            else:
                seen[code] = action
                kept.append(code)
        if len(kept) != len(codes):
            changes[action] = tuple(kept)
    if not changes:
        return config
    return dataclasses.replace(config, keypad=dataclasses.replace(keypad, **changes))


def _check_help_wait(
    config: Config, data: dict[str, Any], bad_keys: set[str], report: Report, invalid: set[str]
) -> Config:
    """timeouts.help_wait_s must not be shorter than timeouts.idle_s. Given shorter, it is
    refused (the built-in default, or idle_s if that is longer); not given, the default
    quietly grows to idle_s."""
    timeouts = config.timeouts
    if (
        "timeouts.idle_s" in bad_keys
        or "timeouts.help_wait_s" in bad_keys
        or timeouts.help_wait_s >= timeouts.idle_s
    ):
        return config
    table = data.get("timeouts")
    if isinstance(table, dict) and "help_wait_s" in table:
        report(
            "timeouts.help_wait_s",
            f"{timeouts.help_wait_s} is shorter than timeouts.idle_s "
            f"({timeouts.idle_s}); the help screen must wait at least as long",
        )
        invalid.add("timeouts.help_wait_s")
    value = max(TimeoutsConfig().help_wait_s, timeouts.idle_s)
    return dataclasses.replace(config, timeouts=dataclasses.replace(timeouts, help_wait_s=value))


@dataclass(frozen=True)
class Reading:
    """What one configuration file gave.

    ``config`` is None when the file could not be read or is not TOML; otherwise each
    refused value keeps its built-in default. ``invalid`` holds the dotted keys (and the
    section names, for a section that is not a table) whose value was refused: a key
    can have a problem line and still be used (a PIN hash that is too weak)."""

    file: str
    config: Config | None
    problems: tuple[Problem, ...]
    invalid: frozenset[str] = frozenset()
    text: str | None = None

    def refused(self, key: str) -> bool:
        """Whether the file's value for the dotted ``key`` was refused (or its section)."""
        return key in self.invalid or key.split(".", 1)[0] in self.invalid


def read_config_text(text: str, file: str) -> Reading:
    """A Reading of configuration ``text`` (``file`` names it in problems)."""
    problems: list[Problem] = []
    data = _parse(text, lambda key, reason: problems.append(Problem(file, key, reason)))
    if data is None:
        return Reading(file, None, tuple(problems), text=text)
    config, found, invalid = _build(data, file)
    return Reading(file, config, tuple(found), invalid, text)


def read_config_file(path: Path) -> Reading:
    """A Reading of the configuration file at ``path``."""
    file = str(path)
    problems: list[Problem] = []
    text = _read_text(Path(path), lambda key, reason: problems.append(Problem(file, key, reason)))
    if text is None:
        return Reading(file, None, tuple(problems))
    return read_config_text(text, file)


# --------------------------------------------------------------------------- public

#: Where an installed kiosk keeps its configuration. ``kiosk run`` without ``--config``
#: uses it when it exists; only with neither is the kiosk a developer's demo.
SYSTEM_CONFIG = Path("/etc/kiosk/kiosk.toml")


#: Every flow the kiosk ships, in home-screen order: the demo offers them all.
DEMO_FLOWS = (
    "library-hours",
    "services-near",
    "events-seniors",
    "feedback",
    "budgeting",
    "e-identification",
)


def demo_config() -> Config:
    """The developer's demo kiosk: the defaults with ``demo = true`` and every flow
    (the demo data set answers them all). Used only when the kiosk is started with no
    config file at all (no ``--config`` and no ``SYSTEM_CONFIG``), never because a file
    was missing or broken."""
    return dataclasses.replace(
        Config(), kiosk=KioskConfig(demo=True), flows=FlowsConfig(enabled=DEMO_FLOWS)
    )


def check_config(path: Path) -> list[Problem]:
    """Every problem in the configuration file at ``path`` (empty list: all good)."""
    return list(read_config_file(Path(path)).problems)


def load_config_keeping_good_keys(path: Path) -> tuple[Config, list[Problem]]:
    """The configuration in ``path`` and its problems: a key with a bad value keeps its
    built-in default while every good key is used (so one typo does not also drop the
    staff PINs or the library); a file that cannot be read at all gives the built-in
    defaults, which are not a demo and have no PINs. The kiosk itself goes through
    ``kiosk.core.last_good.load_guarded``, which also keeps the last good settings."""
    reading = read_config_file(Path(path))
    return reading.config or Config(), list(reading.problems)


def load_config(path: Path | None) -> Config:
    """The configuration in ``path``; ``None`` gives the defaults (not a demo).

    Raises ``ConfigError`` listing every problem if the file has any.
    """
    if path is None:
        return Config()
    reading = read_config_file(Path(path))
    if reading.problems or reading.config is None:
        raise ConfigError(list(reading.problems))
    return reading.config
