"""PIN hash lines: their format, parsing and the rules a configured line must meet.

A hash line is self-describing: ``scrypt$N$r$p$LEN$SALT$KEY``, where N, r and p are the
scrypt cost parameters (decimal), LEN is the number of digits of the PIN, and SALT and
KEY are standard base64 (with padding). ``kiosk hash-pin`` prints such a line; the
config lists them in ``[staff]``. Lines made by older versions have no LEN field
(``scrypt$N$r$p$SALT$KEY``) and are still read: a PIN's length is then unknown, which
is fine for a staff PIN but not for an admin PIN (see :data:`ADMIN_MIN_PIN_LENGTH`).

The length is checked when a PIN is verified (a PIN of another length never matches
the line), so a line whose LEN was edited by hand matches no PIN at all.

Here, in ``kiosk.core``, because the config checks hash lines; making and checking
hashes is ``kiosk.staff.pins``. Standard library only, and nothing from other kiosk
packages.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

__all__ = [
    "ADMIN_MIN_PIN_LENGTH",
    "DEMO_PIN",
    "DEMO_PIN_HASH",
    "KEY_BYTES",
    "MAX_PIN_LENGTH",
    "MIN_PIN_LENGTH",
    "MIN_SCRYPT_N",
    "SALT_BYTES",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "PinHash",
    "PinHashError",
    "check_pin_format",
    "parse_pin_hash",
]

#: Cost parameters for new hashes: 32 MiB of memory and ~0.1 s on a kiosk PC.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32

#: The weakest N ``kiosk check-config`` accepts without a problem line.
MIN_SCRYPT_N = 2**15

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
#: An admin PIN closes the kiosk, so it must be longer than a staff PIN.
ADMIN_MIN_PIN_LENGTH = 6

#: The PIN a developer's demo kiosk accepts when no PIN hash is configured.
DEMO_PIN = "1234"
#: ``hash_pin(DEMO_PIN, salt=b"demo-kiosk-salt!")`` made once; a test checks that it
#: verifies. Only ever in force on a demo kiosk (where it also opens the admin role:
#: the 6-digit rule for admin PINs is for configured ones).
DEMO_PIN_HASH = (
    "scrypt$32768$8$1$4$ZGVtby1raW9zay1zYWx0IQ==$wzYyEauG5rqef1R+7XDQRzWW7dDpb+6GBpkhF8DKuiM="
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
    """A hash line that is not in the ``scrypt$N$r$p$LEN$SALT$KEY`` form (see ``str()``)."""


@dataclass(frozen=True)
class PinHash:
    """A parsed hash line. ``length`` is None for a line made before lengths were kept."""

    n: int
    r: int
    p: int
    salt: bytes
    key: bytes
    length: int | None = None

    def __str__(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        key = base64.b64encode(self.key).decode("ascii")
        length = "" if self.length is None else f"{self.length}$"
        return f"scrypt${self.n}${self.r}${self.p}${length}{salt}${key}"

    def weakness(self, *, admin: bool = False) -> str | None:
        """Why this line is too weak for the config, or None. Never repeats the line."""
        if self.n < MIN_SCRYPT_N:
            return (
                f"made with scrypt N={self.n}, weaker than the N={MIN_SCRYPT_N} "
                "needed; make it again with `kiosk hash-pin`"
            )
        if admin and self.length is None:
            return (
                "made by an older `kiosk hash-pin` that does not record the PIN's "
                f"length, so it cannot be told whether the admin PIN has at least "
                f"{ADMIN_MIN_PIN_LENGTH} digits; make it again with "
                "`kiosk hash-pin --admin`"
            )
        return None


def check_pin_format(pin: str, *, admin: bool = False) -> str | None:
    """Why ``pin`` cannot be used as a PIN, or None if it can (digits only, 4-12; an
    admin PIN 6-12)."""
    if not _DIGITS.fullmatch(pin) or not pin.isascii():
        return "a PIN has digits 0-9 only"
    shortest = ADMIN_MIN_PIN_LENGTH if admin else MIN_PIN_LENGTH
    if not shortest <= len(pin) <= MAX_PIN_LENGTH:
        who = "an admin PIN" if admin else "a PIN"
        return f"{who} has {shortest} to {MAX_PIN_LENGTH} digits"
    return None


def _b64(text: str, what: str) -> bytes:
    if not _B64.fullmatch(text):
        raise PinHashError(f"the {what} is not base64")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PinHashError(f"the {what} is not base64") from None


def _whole(text: str, name: str) -> int:
    if not _DIGITS.fullmatch(text) or len(text) > 10:
        raise PinHashError(f"the {name} is not a whole number")
    return int(text)


def parse_pin_hash(line: object) -> PinHash:
    """Parse and sanity-check a hash line. Raises ``PinHashError`` with a plain reason.

    The reason never repeats the line itself: a plain PIN pasted by mistake must not
    end up in a log.
    """
    if not isinstance(line, str):
        raise PinHashError("expected text made by `kiosk hash-pin`")
    if _DIGITS.fullmatch(line.strip()):
        raise PinHashError(
            "this looks like a plain PIN; put only the line printed by "
            "`kiosk hash-pin` in the file, never the PIN itself"
        )
    parts = line.strip().split("$")
    if len(parts) not in (6, 7) or parts[0] != "scrypt":
        raise PinHashError(
            f"expected a line made by `kiosk hash-pin`, like scrypt${SCRYPT_N}$8$1$6$SALT$HASH"
        )
    n, r, p = (
        _whole(text, f"scrypt parameter {name}")
        for name, text in zip(("N", "r", "p"), parts[1:4], strict=True)
    )
    length: int | None = None
    if len(parts) == 7:
        length = _whole(parts[4], "PIN length")
        if not MIN_PIN_LENGTH <= length <= MAX_PIN_LENGTH:
            raise PinHashError(f"the PIN length must be {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH}")
    if n < 2 or n & (n - 1):
        raise PinHashError("the scrypt parameter N must be a power of two")
    if r < 1 or p < 1 or p > _MAX_P:
        raise PinHashError(f"the scrypt parameters need r >= 1 and p between 1 and {_MAX_P}")
    if 128 * n * r > _MAX_SCRYPT_MEMORY:
        raise PinHashError("the scrypt parameters N and r are too large for the kiosk")
    salt = _b64(parts[-2], "salt")
    key = _b64(parts[-1], "hash")
    if not _MIN_SALT <= len(salt) <= _MAX_BYTES:
        raise PinHashError(f"the salt must be {_MIN_SALT} to {_MAX_BYTES} bytes")
    if not _MIN_KEY <= len(key) <= _MAX_BYTES:
        raise PinHashError(f"the hash must be {_MIN_KEY} to {_MAX_BYTES} bytes")
    return PinHash(n, r, p, salt, key, length)
