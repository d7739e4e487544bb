"""Staff and admin PINs, stored only as salted scrypt hashes: making and checking them.

The hash line format, its parsing and the rules a configured line must meet are in
:mod:`kiosk.core.pin_hash` (the config checks lines and must not import this package);
they are re-exported here for the PIN's other users.

Checking a PIN costs about 0.1 s a hash (that is the point of scrypt), so the UI runs
:func:`verify_any` (through the PIN gate) in a worker thread.

Standard library only; no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from kiosk.core.pin_hash import (
    ADMIN_MIN_PIN_LENGTH,
    DEMO_PIN,
    DEMO_PIN_HASH,
    KEY_BYTES,
    MAX_PIN_LENGTH,
    MIN_PIN_LENGTH,
    MIN_SCRYPT_N,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    PinHash,
    PinHashError,
    check_pin_format,
    parse_pin_hash,
)

__all__ = [
    "ADMIN_MIN_PIN_LENGTH",
    "DEMO_PIN",
    "DEMO_PIN_HASH",
    "MAX_PIN_LENGTH",
    "MIN_PIN_LENGTH",
    "MIN_SCRYPT_N",
    "PinHash",
    "PinHashError",
    "check_pin_format",
    "hash_pin",
    "parse_pin_hash",
    "verify_any",
    "verify_pin",
]


def _scrypt(pin: str, n: int, r: int, p: int, salt: bytes, length: int) -> bytes:
    # At the first PIN, not at start: hashlib maps OpenSSL's libcrypto, 3.3 MB of the
    # kiosk's memory (issue 19).
    import hashlib

    # hashlib's default maxmem is 32 MiB; allow what the parameters need, plus slack.
    maxmem = 128 * n * r * (p + 1) + 1024 * 1024
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=length
    )


def hash_pin(pin: str, *, salt: bytes | None = None, admin: bool = False, n: int = SCRYPT_N) -> str:
    """The hash line for ``pin``, with its length (a fresh random salt unless one is
    given). ``n`` is for tests of older, weaker lines.

    Raises ``ValueError`` if the PIN is not 4-12 digits (6-12 with ``admin``).
    """
    reason = check_pin_format(pin, admin=admin)
    if reason:
        raise ValueError(reason)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _scrypt(pin, n, SCRYPT_R, SCRYPT_P, salt, KEY_BYTES)
    return str(PinHash(n, SCRYPT_R, SCRYPT_P, salt, key, len(pin)))


def verify_pin(pin: str, line: str | PinHash) -> bool:
    """True if ``pin`` matches the hash. A malformed hash or PIN never matches, nor does
    a PIN of another length than the line records (checked after the hash, so the
    time taken does not tell the length)."""
    try:
        parsed = line if isinstance(line, PinHash) else parse_pin_hash(line)
    except PinHashError:
        return False
    if check_pin_format(pin) is not None:
        return False
    computed = _scrypt(pin, parsed.n, parsed.r, parsed.p, parsed.salt, len(parsed.key))
    import hmac  # with hashlib, at the first PIN (see _scrypt)

    same = hmac.compare_digest(computed, parsed.key)
    return same and (parsed.length is None or parsed.length == len(pin))


def verify_any(pin: str, lines: Iterable[str | PinHash]) -> bool:
    """True if ``pin`` matches one of the hashes.

    Every hash is checked, even after a match, so the time taken does not tell which
    (or whether an early) hash matched.
    """
    matched = False
    for line in lines:
        matched = verify_pin(pin, line) | matched
    return matched
