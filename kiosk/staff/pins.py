"""Staff and admin PINs, stored only as salted scrypt hashes.

A hash line is self-describing: ``scrypt$N$r$p$SALT$KEY`` where N, r and p are the
scrypt cost parameters (decimal) and SALT and KEY are standard base64 (with padding).
``kiosk hash-pin`` prints such a line; the config lists them in ``[staff]``.

Checking a PIN costs about 0.05-0.1 s a hash (that is the point of scrypt), so the UI
may run :func:`verify_any` in a worker thread when several hashes are configured.

Standard library only; no Qt, no config import (the config imports this module).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "DEMO_PIN",
    "DEMO_PIN_HASH",
    "MAX_PIN_LENGTH",
    "MIN_PIN_LENGTH",
    "PinHash",
    "PinHashError",
    "check_pin_format",
    "hash_pin",
    "parse_pin_hash",
    "verify_any",
    "verify_pin",
]

#: Cost parameters for new hashes: 16 MiB of memory and ~0.05 s on a kiosk PC.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12

#: The PIN a demo kiosk (``kiosk.demo = true``) accepts when no PIN hash is configured.
DEMO_PIN = "1234"
#: ``hash_pin(DEMO_PIN)`` made once; a test checks that it verifies.
DEMO_PIN_HASH = (
    "scrypt$16384$8$1$ZGVtby1raW9zay1zYWx0IQ==$"
    "ksWY0FR4R+LDBFlhj4m11YL/toh0NxizXxECCUBnTPo="
)

# Limits a configured hash must stay within, so a bad line cannot make the kiosk
# allocate gigabytes or spin for minutes when a PIN is typed.
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024  # bytes: 128 * N * r
_MAX_P = 16
_MIN_SALT = 8
_MIN_KEY = 16
_MAX_BYTES = 1024

_DIGITS = re.compile(r"[0-9]+")
_B64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")


class PinHashError(ValueError):
    """A hash line that is not in the ``scrypt$N$r$p$SALT$KEY`` form (see ``str()``)."""


@dataclass(frozen=True)
class PinHash:
    """A parsed hash line."""

    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def __str__(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        key = base64.b64encode(self.key).decode("ascii")
        return f"scrypt${self.n}${self.r}${self.p}${salt}${key}"


def check_pin_format(pin: str) -> str | None:
    """Why ``pin`` cannot be used as a PIN, or None if it can (digits only, 4-12)."""
    if not _DIGITS.fullmatch(pin) or not pin.isascii():
        return "a PIN has digits 0-9 only"
    if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
        return f"a PIN has {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits"
    return None


def _scrypt(pin: str, n: int, r: int, p: int, salt: bytes, length: int) -> bytes:
    # hashlib's default maxmem is 32 MiB; allow what the parameters need, plus slack.
    maxmem = 128 * n * r * (p + 1) + 1024 * 1024
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=maxmem, dklen=length)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The hash line for ``pin`` (a fresh random salt unless one is given).

    Raises ``ValueError`` if the PIN is not 4-12 digits.
    """
    reason = check_pin_format(pin)
    if reason:
        raise ValueError(reason)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _scrypt(pin, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, KEY_BYTES)
    return str(PinHash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, key))


def _b64(text: str, what: str) -> bytes:
    if not _B64.fullmatch(text):
        raise PinHashError(f"the {what} is not base64")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PinHashError(f"the {what} is not base64") from None


def parse_pin_hash(line: str) -> PinHash:
    """Parse and sanity-check a hash line. Raises ``PinHashError`` with a plain reason.

    The reason never repeats the line itself: a plain PIN pasted by mistake must not
    end up in a log.
    """
    if not isinstance(line, str):
        raise PinHashError("expected text made by `kiosk hash-pin`")
    if _DIGITS.fullmatch(line.strip()):
        raise PinHashError("this looks like a plain PIN; put only the line printed by "
                           "`kiosk hash-pin` in the file, never the PIN itself")
    parts = line.strip().split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise PinHashError("expected a line made by `kiosk hash-pin`, like "
                           "scrypt$16384$8$1$SALT$HASH")
    numbers = []
    for name, text in zip(("N", "r", "p"), parts[1:4], strict=True):
        if not _DIGITS.fullmatch(text) or len(text) > 10:
            raise PinHashError(f"the scrypt parameter {name} is not a whole number")
        numbers.append(int(text))
    n, r, p = numbers
    if n < 2 or n & (n - 1):
        raise PinHashError("the scrypt parameter N must be a power of two")
    if r < 1 or p < 1 or p > _MAX_P:
        raise PinHashError(f"the scrypt parameters need r >= 1 and p between 1 and {_MAX_P}")
    if 128 * n * r > _MAX_SCRYPT_MEMORY:
        raise PinHashError("the scrypt parameters N and r are too large for the kiosk")
    salt = _b64(parts[4], "salt")
    key = _b64(parts[5], "hash")
    if not _MIN_SALT <= len(salt) <= _MAX_BYTES:
        raise PinHashError(f"the salt must be {_MIN_SALT} to {_MAX_BYTES} bytes")
    if not _MIN_KEY <= len(key) <= _MAX_BYTES:
        raise PinHashError(f"the hash must be {_MIN_KEY} to {_MAX_BYTES} bytes")
    return PinHash(n, r, p, salt, key)


def verify_pin(pin: str, line: str | PinHash) -> bool:
    """True if ``pin`` matches the hash. A malformed hash or PIN never matches."""
    try:
        parsed = line if isinstance(line, PinHash) else parse_pin_hash(line)
    except PinHashError:
        return False
    if check_pin_format(pin) is not None:
        return False
    computed = _scrypt(pin, parsed.n, parsed.r, parsed.p, parsed.salt, len(parsed.key))
    return hmac.compare_digest(computed, parsed.key)


def verify_any(pin: str, lines: Iterable[str | PinHash]) -> bool:
    """True if ``pin`` matches one of the hashes.

    Every hash is checked, even after a match, so the time taken does not tell which
    (or whether an early) hash matched.
    """
    matched = False
    for line in lines:
        matched = verify_pin(pin, line) | matched
    return matched
