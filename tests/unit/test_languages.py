"""Issue 17: the languages the kiosk knows, their fallback, and the config's list."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.config import SUPPORTED_LANGUAGES, check_config, load_config
from kiosk.core.languages import KNOWN, LANGUAGES, SELKO, SHIPPED, base_language, speech_rate
from kiosk.core.text import Text
from kiosk.core.timefmt import format_day
from kiosk.flow.loader import FlowError, load_flow
from kiosk.services.catalog import SERVICES

NINE = ("fi", SELKO, "sv", "en", "ru", "et", "uk", "ar", "so")


def test_the_nine_languages_are_known_by_their_own_names() -> None:
    assert KNOWN == NINE
    names = {code: LANGUAGES[code].name for code in NINE}
    assert names == {
        "fi": "Suomi",
        SELKO: "Selkosuomi",
        "sv": "Svenska",
        "en": "English",
        "ru": "Русский",
        "et": "Eesti",
        "uk": "Українська",
        "ar": "العربية",
        "so": "Soomaali",
    }
    assert [code for code in NINE if LANGUAGES[code].rtl] == ["ar"]
    for lang in LANGUAGES.values():
        assert lang.choose and lang.touch and lang.services, lang.code


def test_only_complete_languages_can_be_configured() -> None:
    assert SUPPORTED_LANGUAGES == SHIPPED
    assert set(SHIPPED) <= set(KNOWN)
    assert SHIPPED[:1] == ("fi",)


def test_a_missing_text_falls_back_to_finnish() -> None:
    text = Text({"fi": "Valitse yksi.", "sv": "Välj ett.", "en": "Choose one."})
    for lang in (SELKO, "ru", "et", "uk", "ar", "so"):
        assert text.get(lang) == "Valitse yksi."
        assert text.pick(lang) == ("Valitse yksi.", "fi")
    assert Text({"fi": "a", SELKO: "b"}).get(SELKO) == "b"


def test_selkokieli_uses_finnish_formats_and_is_spoken_slower() -> None:
    from datetime import date

    assert base_language(SELKO) == "fi"
    assert format_day(date(2020, 6, 22), SELKO) == format_day(date(2020, 6, 22), "fi")
    assert speech_rate(140, SELKO) < speech_rate(140, "fi") == 140


def test_the_config_lists_languages_in_screen_order(tmp_path: Path) -> None:
    order = list(reversed(SHIPPED))
    path = tmp_path / "kiosk.toml"
    listed = ", ".join(f'"{code}"' for code in order)
    path.write_text(f'[languages]\nenabled = [{listed}]\ndefault = "fi"\n', encoding="utf-8")
    assert check_config(path) == []
    assert load_config(path).languages.enabled == tuple(order)


@pytest.mark.parametrize("code", [code for code in NINE if code not in SHIPPED])
def test_a_language_not_yet_complete_is_refused_by_name(tmp_path: Path, code: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[languages]\nenabled = ["fi", "{code}"]\n', encoding="utf-8")
    problems = check_config(path)
    assert [p.key for p in problems] == ["languages.enabled"]
    assert "not complete in this release" in problems[0].reason
    assert LANGUAGES[code].english in problems[0].reason


def _flow(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "f.yaml"
    path.write_text(
        "id: f\n"
        "title: {fi: T, sv: T, en: T}\n"
        "description: {fi: D, sv: D, en: D}\n"
        "icon: info\n"
        "steps:\n"
        "  - id: done\n"
        "    kind: done\n"
        f"    heading: {text}\n"
        "    staff_note: {fi: N, sv: N, en: N}\n",
        encoding="utf-8",
    )
    return path


def test_the_flow_loader_takes_every_known_language(tmp_path: Path) -> None:
    codes = ", ".join(f"{code}: X {code}" for code in NINE)
    flow = load_flow(_flow(tmp_path, "{" + codes + "}"), SERVICES)
    assert flow.steps[0].heading.get("ar") == "X ar"


def test_the_flow_loader_refuses_an_unknown_language(tmp_path: Path) -> None:
    # A comma in an unquoted inline text made a language of its tail ("alle 2 km").
    with pytest.raises(FlowError, match="unknown language 'alle 2 km'"):
        load_flow(_flow(tmp_path, "{fi: Lähellä, alle 2 km, sv: S, en: E}"), SERVICES)
