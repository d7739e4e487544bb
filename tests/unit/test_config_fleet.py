"""Config keys of issue 16: [fleet], [staff] language, [help] escalation and claims."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.config import Config, check_config, load_config_keeping_good_keys
from kiosk.fleet.connection import BrokerSettings


def read(tmp_path: Path, text: str) -> tuple[Config, list[str]]:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    config, problems = load_config_keeping_good_keys(path)
    return config, [f"{p.key}: {p.reason}" for p in problems]


def test_defaults_keep_the_fleet_off_and_the_staff_in_finnish():
    config = Config()
    assert config.fleet.enabled is False and config.fleet.broker == ""
    assert config.fleet.watched_places == ("kallio",)
    assert config.staff.language == "fi"
    assert (config.help.escalate_after_s, config.help.claim_expire_s) == (180, 900)
    assert BrokerSettings.from_config(config.fleet).effective_port == 1883


def test_a_kiosk_on_the_fleet(tmp_path):
    config, problems = read(
        tmp_path,
        """
        [staff]
        language = "sv"
        [help]
        escalate_after_s = 120
        claim_expire_s = 600
        [fleet]
        enabled = true
        broker = "mqtt.example.org"
        tls = true
        ca_file = "/etc/kiosk/ca.pem"
        username = "kallio-1"
        password = "s3cret"
        place = "kallio"
        places = ["kallio", "pasila", "kallio"]
        keepalive_s = 20
        queue_max = 50
        """,
    )
    assert problems == []
    settings = BrokerSettings.from_config(config.fleet)
    assert settings.effective_port == 8883 and settings.address == "mqtt.example.org:8883"
    assert (settings.username, settings.password, settings.queue_max) == ("kallio-1", "s3cret", 50)
    assert config.fleet.watched_places == ("kallio", "pasila")
    assert config.staff.language == "sv"


def test_the_fleet_without_a_broker_stays_off(tmp_path):
    config, problems = read(tmp_path, "[fleet]\nenabled = true\n")
    assert config.fleet.enabled is False
    assert [p.split(":")[0] for p in problems] == ["fleet.broker"]


def test_bad_fleet_values_are_named(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[fleet]\nbroker = "mqtt example"\nport = 70000\nplace = "Kallio"\n'
        'ca_file = "ca.pem"\nplaces = ["ok", "Not OK"]\n[staff]\nlanguage = "de"\n'
        "[help]\nescalate_after_s = 5\n",
        encoding="utf-8",
    )
    keys = sorted(p.key for p in check_config(path))
    assert keys == [
        "fleet.broker",
        "fleet.ca_file",
        "fleet.place",
        "fleet.places",
        "fleet.port",
        "help.escalate_after_s",
        "staff.language",
    ]
