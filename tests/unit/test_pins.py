"""Staff PINs: scrypt hash lines, checking, and what a bad line says."""

from __future__ import annotations

import base64
import hmac

import pytest

from kiosk.staff import pins
from kiosk.staff.pins import (
    DEMO_PIN,
    DEMO_PIN_HASH,
    PinHashError,
    check_pin_format,
    hash_pin,
    parse_pin_hash,
    verify_any,
    verify_pin,
)


def test_round_trip_and_wrong_pin() -> None:
    line = hash_pin("482613")
    assert verify_pin("482613", line)
    assert not verify_pin("482614", line)
    assert not verify_pin("48261", line)
    assert not verify_pin("", line)


def test_line_is_self_describing_with_the_agreed_parameters() -> None:
    """Changed: N is 2^15 (was 2^14) and the line records the PIN's length."""
    line = hash_pin("4826")
    name, n, r, p, length, salt, key = line.split("$")
    assert (name, n, r, p, length) == ("scrypt", "32768", "8", "1", "4")
    assert len(base64.b64decode(salt, validate=True)) == 16
    assert len(base64.b64decode(key, validate=True)) == 32
    assert "4826" not in line
    assert parse_pin_hash(line) == parse_pin_hash(line)
    assert str(parse_pin_hash(line)) == line


def test_each_hash_has_its_own_salt() -> None:
    first, second = hash_pin("4826"), hash_pin("4826")
    assert first != second
    assert verify_pin("4826", first) and verify_pin("4826", second)


def test_same_salt_gives_the_same_line() -> None:
    salt = b"0123456789abcdef"
    assert hash_pin("4826", salt=salt) == hash_pin("4826", salt=salt)


def test_demo_pin_hash_matches_the_demo_pin() -> None:
    assert DEMO_PIN == "1234"
    assert verify_pin(DEMO_PIN, DEMO_PIN_HASH)
    assert not verify_pin("4321", DEMO_PIN_HASH)
    assert hash_pin(DEMO_PIN, salt=b"demo-kiosk-salt!") == DEMO_PIN_HASH
    assert parse_pin_hash(DEMO_PIN_HASH).weakness() is None  # a staff line check-config takes


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)  # pins imports it at the first PIN
    line = hash_pin("4826")
    assert verify_pin("4826", line)
    assert calls == [(32, 32)]


def test_verify_any_checks_every_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [hash_pin("1111"), hash_pin("2222"), hash_pin("3333")]
    checked = []
    real = pins.verify_pin

    def counting(pin: str, line: str) -> bool:
        checked.append(line)
        return real(pin, line)

    with monkeypatch.context() as patch:
        patch.setattr(pins, "verify_pin", counting)
        assert verify_any("1111", lines)
    assert checked == lines  # a match on the first does not stop the others
    assert verify_any("3333", lines)
    assert not verify_any("4444", lines)
    assert not verify_any("1111", [])


@pytest.mark.parametrize("pin", ["1234", "000000000000", "9876543210"])
def test_good_pins(pin: str) -> None:
    assert check_pin_format(pin) is None


@pytest.mark.parametrize(
    "pin, part",
    [
        ("123", "4 to 12"),
        ("1234567890123", "4 to 12"),
        ("12a4", "digits"),
        ("", "digits"),
        ("12 34", "digits"),
        ("١٢٣٤", "digits"),
        ("-1234", "digits"),
    ],
)
def test_bad_pins(pin: str, part: str) -> None:
    reason = check_pin_format(pin)
    assert reason is not None and part in reason
    with pytest.raises(ValueError):
        hash_pin(pin)


@pytest.mark.parametrize(
    "line, part",
    [
        ("", "like scrypt$"),
        ("bcrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==", "like scrypt$"),
        ("scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==", "like scrypt$"),
        ("scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==", "N is not"),
        ("scrypt$16383$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==", "power of two"),
        ("scrypt$16384$0$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==", "r >= 1"),
        ("scrypt$16384$8$99$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==", "p between"),
        ("scrypt$1048576$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==", "too large"),
        ("scrypt$16384$8$1$not*base64$AAAAAAAAAAAAAAAAAAAAAA==", "salt is not base64"),
        ("scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA=AAA", "hash is not base64"),
        ("scrypt$16384$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==", "salt must be"),
        ("scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA", "hash must be"),
    ],
)
def test_malformed_lines(line: str, part: str) -> None:
    with pytest.raises(PinHashError) as caught:
        parse_pin_hash(line)
    assert part in str(caught.value)
    assert not verify_pin("1234", line)  # a bad line never matches, never raises


def test_a_plain_pin_in_place_of_a_hash_is_named_but_not_repeated() -> None:
    with pytest.raises(PinHashError) as caught:
        parse_pin_hash("4826")
    assert "plain PIN" in str(caught.value)
    assert "4826" not in str(caught.value)


def test_non_text_is_not_a_hash() -> None:
    with pytest.raises(PinHashError):
        parse_pin_hash(1234)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- issue 12


def test_a_pin_of_another_length_than_the_line_records_never_matches() -> None:
    line = hash_pin("482613")
    assert parse_pin_hash(line).length == 6
    forged = line.replace("$6$", "$8$", 1)  # the length edited by hand
    assert parse_pin_hash(forged).length == 8
    assert not verify_pin("482613", forged)


def test_lines_from_older_versions_still_verify() -> None:
    parsed = parse_pin_hash(hash_pin("4826"))
    old = str(pins.PinHash(parsed.n, parsed.r, parsed.p, parsed.salt, parsed.key))
    assert old.count("$") == 5 and parse_pin_hash(old).length is None
    assert verify_pin("4826", old)


@pytest.mark.parametrize("pin", ["1234", "12345"])
def test_an_admin_pin_has_at_least_six_digits(pin: str) -> None:
    reason = check_pin_format(pin, admin=True)
    assert reason is not None and "6 to 12" in reason
    with pytest.raises(ValueError):
        hash_pin(pin, admin=True)
    assert check_pin_format("123456", admin=True) is None


@pytest.mark.parametrize(
    "length, part", [("3", "length must be"), ("13", "length must be"), ("x", "PIN length is not")]
)
def test_a_bad_length_field(length: str, part: str) -> None:
    line = "$".join(["scrypt", "32768", "8", "1", length, "A" * 22 + "==", "A" * 22 + "=="])
    with pytest.raises(PinHashError) as caught:
        parse_pin_hash(line)
    assert part in str(caught.value)


def test_weakness() -> None:
    strong = parse_pin_hash(hash_pin("482613", admin=True))
    assert strong.weakness() is None and strong.weakness(admin=True) is None
    weak = parse_pin_hash(hash_pin("482613", n=2**14))
    assert "N=16384" in (weak.weakness() or "")
    parsed = parse_pin_hash(hash_pin("482613"))
    legacy = pins.PinHash(parsed.n, parsed.r, parsed.p, parsed.salt, parsed.key)
    assert legacy.weakness() is None
    assert "does not record the PIN's length" in (legacy.weakness(admin=True) or "")


def test_pins_reexports_the_core_format() -> None:
    from kiosk.core import pin_hash

    assert pins.parse_pin_hash is pin_hash.parse_pin_hash
    assert pins.DEMO_PIN_HASH == pin_hash.DEMO_PIN_HASH
