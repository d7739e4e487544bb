"""Issue 15, point 7: every city base address is in the config, the TPR accessibility
register's too; the HTTP layer uses it, and a command-line address still wins."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.config import Config, load_config
from kiosk.services.http import DEFAULT_TPR_URL, Endpoints
from kiosk.services.transport import CityHttp


def test_the_tpr_address_is_in_the_config_and_used(tmp_path: Path) -> None:
    assert Config().services.tpr_url == DEFAULT_TPR_URL
    path = tmp_path / "kiosk.toml"
    path.write_text('[services]\ntpr_url = "http://127.0.0.1:9/tpr/"\n', encoding="utf-8")
    config = load_config(path)
    assert config.services.tpr_url == "http://127.0.0.1:9/tpr/"
    assert CityHttp.from_config(config).endpoints.tpr == "http://127.0.0.1:9/tpr/"
    given = Endpoints.from_config(config.services, "http://127.0.0.1:8/other/")
    assert given.tpr == "http://127.0.0.1:8/other/"


def test_a_bad_tpr_address_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[services]\ntpr_url = "www.hel.fi/palvelukarttaws"\n', encoding="utf-8")
    from kiosk.core.config import check_config

    assert [p.key for p in check_config(path)] == ["services.tpr_url"]
