"""Config section [monitoring]: the optional Prometheus endpoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import Config, Problem, check_config, load_config

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "kiosk.example.toml"


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return check_config(path)


def only_problem(tmp_path: Path, text: str) -> Problem:
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_defaults_are_off_and_local() -> None:
    monitoring = Config().monitoring
    assert monitoring.enabled is False
    assert monitoring.address == "127.0.0.1"
    assert monitoring.port == 9464


def test_example_file_documents_the_section() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    assert "[monitoring]" in lines
    for key in ("enabled = false", 'address = "127.0.0.1"', "port = 9464"):
        index = lines.index(key)
        assert lines[index - 1].startswith("#"), key
    assert load_config(EXAMPLE) == Config()


def test_values_are_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[monitoring]\nenabled = true\naddress = "0.0.0.0"\nport = 9100\n', encoding="utf-8"
    )
    monitoring = load_config(path).monitoring
    assert (monitoring.enabled, monitoring.address, monitoring.port) == (True, "0.0.0.0", 9100)


def test_ipv6_address_is_accepted_and_normalised(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[monitoring]\naddress = "0:0:0:0:0:0:0:1"\n', encoding="utf-8")
    assert load_config(path).monitoring.address == "::1"


@pytest.mark.parametrize("value", ['"localhost"', '"127.0.0.256"', '""', "127", '"10.0.0.1:80"'])
def test_address_must_be_an_ip_address(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[monitoring]\naddress = {value}\n")
    assert problem.key == "monitoring.address"
    assert "IP address" in problem.reason


@pytest.mark.parametrize("value", ["0", "65536", "-1", "9464.0", '"9464"', "true"])
def test_port_must_be_a_port_number(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[monitoring]\nport = {value}\n")
    assert problem.key == "monitoring.port"
    assert "between 1 and 65535" in problem.reason


@pytest.mark.parametrize("value", ["1", '"yes"', '"true"'])
def test_enabled_must_be_true_or_false(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[monitoring]\nenabled = {value}\n")
    assert problem.key == "monitoring.enabled"
    assert "true or false" in problem.reason


def test_unknown_key_gets_a_hint(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[monitoring]\nprot = 9464\n")
    assert problem.key == "monitoring.prot"
    assert 'did you mean "port"' in problem.reason


def test_misspelt_section_gets_a_hint(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[monitorin]\nenabled = true\n")
    assert 'did you mean "monitoring"' in problem.reason
