"""Config sections [staff], [help] and [stats]."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import Config, Problem, check_config, load_config
from kiosk.staff.pins import DEMO_PIN_HASH, hash_pin, verify_any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "kiosk.example.toml"
GOOD = hash_pin("2468", salt=b"0123456789abcdef")


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
    config = load(tmp_path, f'[staff]\npin_hashes = ["{GOOD}", "{other}"]\n'
                            f'admin_pin_hashes = ["{other}"]\nmax_attempts = 3\n'
                            "lockout_minutes = 120\n")
    assert config.staff.pin_hashes == (GOOD, other)
    assert config.staff.admin_pin_hashes == (other,)
    assert config.staff.max_attempts == 3
    assert config.staff.lockout_minutes == 120


@pytest.mark.parametrize("key", ["pin_hashes", "admin_pin_hashes"])
def test_malformed_hash_names_the_key(tmp_path: Path, key: str) -> None:
    broken = GOOD.replace("scrypt$16384", "scrypt$1000")
    problem = only_problem(tmp_path, f'[staff]\n{key} = ["{GOOD}", "{broken}"]\n')
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


@pytest.mark.parametrize("line, key", [
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
])
def test_ranges(tmp_path: Path, line: str, key: str) -> None:
    assert only_problem(tmp_path, line + "\n").key == key


@pytest.mark.parametrize("value", ['"ftp://staff.example/"', '"hooks.example/help"',
                                   '"https://"', "false", '" "'])
def test_webhook_url_must_be_http_or_empty(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[help]\nwebhook_url = {value}\n")
    assert problem.key == "help.webhook_url"
    assert '"" for off' in problem.reason


def test_help_and_stats_values_are_read(tmp_path: Path) -> None:
    config = load(tmp_path, '[help]\nwebhook_url = "https://staff.example/hook?t=1"\n'
                            "timeout_s = 2\nretries = 0\n"
                            "[stats]\nenabled = false\nretention_days = 30\n")
    assert config.help.webhook_url == "https://staff.example/hook?t=1"
    assert config.help.timeout_s == pytest.approx(2.0)
    assert config.help.retries == 0
    assert config.stats.enabled is False
    assert config.stats.retention_days == 30


def test_unknown_key_in_the_new_sections(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[staff]\npin_hash = []\n")
    assert problem.key == "staff.pin_hash"
    assert "pin_hashes" in problem.reason
