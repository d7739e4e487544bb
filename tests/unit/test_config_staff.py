"""Config sections [staff], [help] and [stats]."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import (
    Config,
    Problem,
    check_config,
    load_config,
    load_config_keeping_good_keys,
)
from kiosk.core.pin_hash import PinHash, parse_pin_hash
from kiosk.staff.pins import DEMO_PIN_HASH, hash_pin, verify_any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "kiosk.example.toml"
GOOD = hash_pin("2468", salt=b"0123456789abcdef")
#: An admin PIN hash: 6 digits at least.
ADMIN = hash_pin("975310", salt=b"0123456789abcdef", admin=True)


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return check_config(path)


def only_problem(tmp_path: Path, text: str) -> Problem:
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def load(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_defaults() -> None:
    config = Config()
    assert config.staff.pin_hashes == ()
    assert config.staff.admin_pin_hashes == ()
    assert config.staff.max_attempts == 5
    assert config.staff.lockout_minutes == 5
    assert config.help.webhook_url == ""
    assert config.help.timeout_s == pytest.approx(5.0)
    assert config.help.retries == 2
    assert config.stats.enabled is True
    assert config.stats.retention_days == 365


def test_example_file_shows_the_new_sections() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for section in ("[staff]", "[help]", "[stats]"):
        assert section in text.splitlines()
    assert "1234" in text  # the demo PIN is documented
    assert load_config(EXAMPLE) == Config()


def test_demo_kiosk_accepts_the_demo_pin_only_without_configured_pins(tmp_path: Path) -> None:
    staff = Config().staff
    assert staff.effective_pins(demo=True) == (DEMO_PIN_HASH,)
    assert staff.effective_admin_pins(demo=True) == (DEMO_PIN_HASH,)
    assert staff.effective_pins(demo=False) == ()
    assert staff.effective_admin_pins(demo=False) == ()
    assert verify_any("1234", staff.effective_pins(demo=True))
    configured = load(tmp_path, f'[staff]\npin_hashes = ["{GOOD}"]\n').staff
    assert configured.effective_pins(demo=True) == (GOOD,)
    assert not verify_any("1234", configured.effective_pins(demo=True))
    assert configured.effective_admin_pins(demo=False) == ()


def test_pin_hashes_are_read(tmp_path: Path) -> None:
    other = hash_pin("97531")
    config = load(
        tmp_path,
        f'[staff]\npin_hashes = ["{GOOD}", "{other}"]\n'
        f'admin_pin_hashes = ["{ADMIN}"]\nmax_attempts = 3\n'
        "lockout_minutes = 120\n",
    )
    assert config.staff.pin_hashes == (GOOD, other)
    assert config.staff.admin_pin_hashes == (ADMIN,)
    assert config.staff.max_attempts == 3
    assert config.staff.lockout_minutes == 120


@pytest.mark.parametrize("key", ["pin_hashes", "admin_pin_hashes"])
def test_malformed_hash_names_the_key(tmp_path: Path, key: str) -> None:
    broken = ADMIN.replace("scrypt$32768", "scrypt$1000")
    problem = only_problem(tmp_path, f'[staff]\n{key} = ["{ADMIN}", "{broken}"]\n')
    assert problem.key == f"staff.{key}"
    assert "item 2" in problem.reason and "power of two" in problem.reason


def test_a_plain_pin_is_refused_without_repeating_it(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[staff]\npin_hashes = ["482613"]\n')
    assert problem.key == "staff.pin_hashes"
    assert "plain PIN" in problem.reason
    assert "482613" not in str(problem)


@pytest.mark.parametrize("value", ['"scrypt$x"', "[1234]", "[[]]"])
def test_pin_hashes_must_be_a_list_of_hash_lines(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[staff]\npin_hashes = {value}\n")
    assert problem.key == "staff.pin_hashes"


@pytest.mark.parametrize(
    "line, key",
    [
        ("[staff]\nmax_attempts = 2", "staff.max_attempts"),
        ("[staff]\nmax_attempts = 21", "staff.max_attempts"),
        ("[staff]\nlockout_minutes = 0", "staff.lockout_minutes"),
        ("[staff]\nlockout_minutes = 1.5", "staff.lockout_minutes"),
        ("[help]\ntimeout_s = 0.4", "help.timeout_s"),
        ("[help]\ntimeout_s = 31", "help.timeout_s"),
        ("[help]\nretries = 6", "help.retries"),
        ("[help]\nretries = -1", "help.retries"),
        ("[stats]\nenabled = 1", "stats.enabled"),
        ("[stats]\nretention_days = 0", "stats.retention_days"),
        ("[stats]\nretention_days = 3651", "stats.retention_days"),
    ],
)
def test_ranges(tmp_path: Path, line: str, key: str) -> None:
    assert only_problem(tmp_path, line + "\n").key == key


@pytest.mark.parametrize(
    "value", ['"ftp://staff.example/"', '"hooks.example/help"', '"https://"', "false", '" "']
)
def test_webhook_url_must_be_http_or_empty(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[help]\nwebhook_url = {value}\n")
    assert problem.key == "help.webhook_url"
    assert '"" for off' in problem.reason


def test_help_and_stats_values_are_read(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        '[help]\nwebhook_url = "https://staff.example/hook?t=1"\n'
        "timeout_s = 2\nretries = 0\n"
        "[stats]\nenabled = false\nretention_days = 30\n",
    )
    assert config.help.webhook_url == "https://staff.example/hook?t=1"
    assert config.help.timeout_s == pytest.approx(2.0)
    assert config.help.retries == 0
    assert config.stats.enabled is False
    assert config.stats.retention_days == 30


def test_unknown_key_in_the_new_sections(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[staff]\npin_hash = []\n")
    assert problem.key == "staff.pin_hash"
    assert "pin_hashes" in problem.reason


# --------------------------------------------------------------------------- PIN policy


def _legacy(line: str) -> str:
    """The same hash as a line from an older `kiosk hash-pin`, without the length."""
    parsed = parse_pin_hash(line)
    return str(PinHash(parsed.n, parsed.r, parsed.p, parsed.salt, parsed.key))


def test_check_config_rejects_a_four_digit_admin_pin(tmp_path: Path) -> None:
    short = hash_pin("4826")
    problem = only_problem(tmp_path, f'[staff]\nadmin_pin_hashes = ["{short}"]\n')
    assert str(problem) == (
        f"{tmp_path / 'kiosk.toml'}: staff.admin_pin_hashes: item 1 is "
        "for a PIN of 4 digits; an admin PIN needs at least 6: make one "
        "with `kiosk hash-pin --admin`"
    )
    assert "4826" not in str(problem)
    # The kiosk does not use it either: the key keeps its (fail-closed) default.
    path = tmp_path / "kiosk.toml"
    assert load_config_keeping_good_keys(path)[0].staff.admin_pin_hashes == ()
    # As a staff PIN it is fine.
    assert problems_of(tmp_path, f'[staff]\npin_hashes = ["{short}"]\n') == []


def test_check_config_flags_weak_scrypt_parameters(tmp_path: Path) -> None:
    weak = hash_pin("482613", n=2**14, admin=True)
    for key in ("pin_hashes", "admin_pin_hashes"):
        problem = only_problem(tmp_path, f'[staff]\n{key} = ["{ADMIN}", "{weak}"]\n')
        assert problem.key == f"staff.{key}"
        assert "item 2 is too weak: made with scrypt N=16384" in problem.reason
        assert "N=32768" in problem.reason
        # Still used, so that an upgrade does not switch helper mode off.
        kept = load_config_keeping_good_keys(tmp_path / "kiosk.toml")[0].staff
        assert getattr(kept, key) == (ADMIN, weak)


def test_old_lines_without_the_length(tmp_path: Path) -> None:
    """Accepted for staff PINs; for admin PINs flagged with a clear line, and used."""
    old = _legacy(hash_pin("482613", admin=True))
    assert old.count("$") == 5
    assert problems_of(tmp_path, f'[staff]\npin_hashes = ["{old}"]\n') == []
    problem = only_problem(tmp_path, f'[staff]\nadmin_pin_hashes = ["{old}"]\n')
    assert problem.key == "staff.admin_pin_hashes"
    assert "does not record the PIN's length" in problem.reason
    assert "`kiosk hash-pin --admin`" in problem.reason
    kept = load_config_keeping_good_keys(tmp_path / "kiosk.toml")[0].staff
    assert kept.admin_pin_hashes == (old,)


def test_a_hand_edited_length_matches_no_pin(tmp_path: Path) -> None:
    """Claiming 6 digits for a 4-digit PIN's line passes check-config but the line then
    matches no PIN at all."""
    line = hash_pin("4826")
    forged = line.replace("$4$", "$6$", 1)
    assert problems_of(tmp_path, f'[staff]\nadmin_pin_hashes = ["{forged}"]\n') == []
    assert not verify_any("4826", [forged])
