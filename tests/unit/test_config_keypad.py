"""Config section [keypad]: a tactile keypad's keys by Linux key code (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import Config, Problem, check_config, load_config_keeping_good_keys

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "kiosk.example.toml"


def problems_of(tmp_path: Path, text: str) -> tuple[Config, list[Problem]]:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    config, _ = load_config_keeping_good_keys(path)
    return config, check_config(path)


def test_the_default_suits_a_keypad_with_arrows_enter_esc_plus_and_minus() -> None:
    keypad = Config().keypad
    assert (keypad.up, keypad.down, keypad.left, keypad.right) == ((103,), (108,), (105,), (106,))
    assert 28 in keypad.select and keypad.back == (1,)
    assert 78 in keypad.volume_up and 74 in keypad.volume_down
    assert 138 in keypad.help  # KEY_HELP


def test_the_example_file_documents_the_section_with_the_defaults() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "\n[keypad]\n" in text and "evtest" in text
    config, problems = load_config_keeping_good_keys(EXAMPLE)
    assert problems == [] and config.keypad == Config().keypad


def test_a_keypad_of_its_own_codes(tmp_path: Path) -> None:
    config, problems = problems_of(tmp_path, "[keypad]\nselect = [76, 76]\nback = [82]\n")
    assert problems == []
    assert config.keypad.select == (76,) and config.keypad.back == (82,)
    assert config.keypad.up == (103,)  # the rest keep their defaults


@pytest.mark.parametrize("value", ["103", '"KEY_UP"', "[]", "[0]", "[768]", "[true]", "[1.5]"])
def test_a_bad_code_list_is_named_and_keeps_the_default(tmp_path: Path, value: str) -> None:
    config, problems = problems_of(tmp_path, f"[keypad]\nup = {value}\n")
    (problem,) = problems
    assert problem.key == "keypad.up"
    assert "linux/input-event-codes.h" in problem.reason and "KEY_UP" in problem.reason
    assert config.keypad.up == (103,)


def test_one_code_does_one_thing(tmp_path: Path) -> None:
    config, problems = problems_of(tmp_path, "[keypad]\nselect = [28, 103]\n")
    (problem,) = problems
    assert problem.key == "keypad.select"
    assert "103" in problem.reason and "keypad.up" in problem.reason
    assert config.keypad.up == (103,) and config.keypad.select == (28,)
