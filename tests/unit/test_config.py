"""Configuration file: defaults, the example file, and every kind of problem."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.config import (
    DEMO_FLOWS,
    Config,
    ConfigError,
    DisplayConfig,
    Problem,
    check_config,
    demo_config,
    load_config,
    load_config_keeping_good_keys,
    read_config_file,
)
from kiosk.core.text import Text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "kiosk.example.toml"


def write(tmp_path: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[Problem]:
    return check_config(write(tmp_path, text))


def only_problem(tmp_path: Path, text: str) -> Problem:
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


# --------------------------------------------------------------------------- defaults


def test_defaults_load_without_a_file() -> None:
    """The defaults fail closed: not a demo (changed: they were a demo kiosk, so a
    config file that could not be read opened the kiosk with PIN 1234)."""
    config = load_config(None)
    assert config == Config()
    assert config.kiosk.id == "demo-kiosk"
    assert config.kiosk.place_name == Text(
        {"fi": "Kallion kirjasto", "sv": "Berghälls bibliotek", "en": "Kallio Library"}
    )
    assert config.kiosk.place_name.get("sv") == "Berghälls bibliotek"
    assert config.kiosk.library_id == 84860
    assert config.kiosk.latitude == pytest.approx(60.1837)
    assert config.kiosk.longitude == pytest.approx(24.9536)
    assert config.kiosk.demo is False
    assert config.staff.pin_hashes == () and config.staff.admin_pin_hashes == ()
    assert config.languages.enabled == (
        "fi",
        "fi-x-selko",
        "sv",
        "en",
        "ru",
        "et",
        "uk",
        "ar",
        "so",
    )
    assert config.languages.default == "fi"
    assert config.flows.enabled == ("library-hours", "e-identification")
    assert config.timeouts.idle_s == 120
    assert config.timeouts.warning_s == 30
    assert config.timeouts.double_tap_s == pytest.approx(0.3)
    assert config.timeouts.helper_idle_s == 300
    assert config.timeouts.help_wait_s == 600
    assert config.audit.retention_days == 365
    assert config.audit.max_file_kb == 1024
    assert config.display.pixel_pitch_mm == pytest.approx(0.248)
    assert config.display.viewing_distance_mm == 500
    assert config.display.theme == "standard"
    assert config.display.text_size == 100
    assert config.display.fullscreen is True
    assert config.display.hide_cursor is False
    assert config.speech.enabled is True
    assert config.speech.rate == 140
    assert config.speech.volume == pytest.approx(0.8)
    assert dict(config.speech.voices) == {
        "fi": "urj/fi",
        "fi-x-selko": "urj/fi",
        "sv": "gmq/sv",
        "en": "gmw/en",
        "ru": "zle/ru",
        "et": "urj/et",
        "uk": "zle/uk",
        "ar": "sem/ar",
    }
    assert config.services.kirjastot_url == "https://api.kirjastot.fi/v4/"
    assert config.services.servicemap_url == "https://api.hel.fi/servicemap/v2/"
    assert config.services.linkedevents_url == "https://api.hel.fi/linkedevents/v1/"
    assert config.services.open311_url == "https://asiointi.hel.fi/palautews/rest/v1/"
    assert config.services.omastadi_url == "https://omastadi.hel.fi/api"
    assert config.services.connect_timeout_s == pytest.approx(3.0)
    assert config.services.read_timeout_s == pytest.approx(10.0)


def test_empty_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "")) == Config()


def test_example_file_has_no_problems_and_shows_the_defaults() -> None:
    assert check_config(EXAMPLE) == []
    assert load_config(EXAMPLE) == Config()


def test_example_file_lists_every_key_with_a_comment() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for section in dataclasses.fields(Config):
        assert f"[{section.name}]" in lines, section.name
        for key in dataclasses.fields(getattr(Config(), section.name)):
            index = next(
                (i for i, line in enumerate(lines) if line.startswith(f"{key.name} = ")), None
            )
            assert index is not None, f"{section.name}.{key.name} missing"
            assert lines[index - 1].startswith("#"), f"{section.name}.{key.name} has no comment"


def test_a_file_changes_only_its_keys(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            """
            [kiosk]
            id = "toolo-2"
            place_name = { fi = "Töölön kirjasto", sv = "Tölö bibliotek", en = "Töölö Library" }
            demo = false
            [languages]
            enabled = ["sv", "fi"]
            default = "sv"
            [display]
            pixel_pitch_mm = 1        # an int is fine for a decimal key
            theme = "high-contrast"
            text_size = 150
            [speech]
            voices = { sv = "sv-custom" }
            """,
        )
    )
    assert config.kiosk.id == "toolo-2"
    assert config.kiosk.place_name.get("en") == "Töölö Library"
    assert config.kiosk.demo is False
    assert config.kiosk.library_id == 84860  # untouched
    assert config.languages.enabled == ("sv", "fi")
    assert config.languages.default == "sv"
    assert config.display.pixel_pitch_mm == 1.0
    assert isinstance(config.display.pixel_pitch_mm, float)
    assert config.display.theme == "high-contrast"
    assert config.display.text_size == 150
    # voices left out keep their default
    assert dict(config.speech.voices) == {
        "fi": "urj/fi",
        "fi-x-selko": "urj/fi",
        "sv": "sv-custom",
        "en": "gmw/en",
        "ru": "zle/ru",
        "et": "urj/et",
        "uk": "zle/uk",
        "ar": "sem/ar",
    }
    assert config.timeouts == Config().timeouts


def test_dataclasses_replace_works() -> None:
    config = Config()
    changed = dataclasses.replace(
        config, display=dataclasses.replace(config.display, theme="high-contrast")
    )
    assert changed.display.theme == "high-contrast"
    assert config.display.theme == "standard"
    assert isinstance(changed.display, DisplayConfig)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.display.theme = "x"  # type: ignore[misc]


def test_module_does_not_import_qt() -> None:
    code = "import sys, kiosk.core.config; sys.exit('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False)
    assert result.returncode == 0


# --------------------------------------------------------------------------- problems


def test_problem_str_format() -> None:
    problem = Problem("/etc/kiosk.toml", "display.pixel_pitch_mm", "expected a number")
    assert str(problem) == "/etc/kiosk.toml: display.pixel_pitch_mm: expected a number"


def test_config_error_lists_every_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "[timeouts]\nidle_s = 1\nwarning_s = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    problems = caught.value.problems
    assert [p.key for p in problems] == ["timeouts.idle_s", "timeouts.warning_s"]
    assert str(caught.value) == "\n".join(str(p) for p in problems)
    assert str(caught.value).splitlines()[0].startswith(f"{path}: timeouts.idle_s: ")


def test_three_different_problems_are_all_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [display]
        pixel_pich_mm = 0.3
        fullscreen = "yes"
        [languages]
        enabled = ["fi", "de"]
        """,
    )
    problems = check_config(path)
    assert [(p.file, p.key) for p in problems] == [
        (str(path), "display.pixel_pich_mm"),
        (str(path), "display.fullscreen"),
        (str(path), "languages.enabled"),
    ]
    assert problems[0].reason == 'unknown key (did you mean "pixel_pitch_mm"?)'
    assert problems[1].reason == 'expected true or false, got "yes"'
    assert (
        problems[2].reason
        == '"de" is not a supported language (use fi, fi-x-selko, sv, en, ru, et, uk, ar or so)'
    )


def test_unknown_key_without_a_close_match(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[speech]\nbananas = 1\n")
    assert (problem.key, problem.reason) == ("speech.bananas", "unknown key")


def test_key_in_the_wrong_section_says_where_it_belongs(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[display]\nidle_s = 60\n")
    assert problem.key == "display.idle_s"
    assert "[timeouts]" in problem.reason


def test_key_outside_any_section(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "idle_s = 60\n")
    assert problem.key == "idle_s"
    assert problem.reason.startswith("unknown key")
    assert "[timeouts]" in problem.reason


def test_unknown_section(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[dispaly]\ntheme = "standard"\n')
    assert problem.key == "dispaly"
    assert problem.reason == 'unknown section (did you mean "display"?)'


def test_unknown_section_without_a_close_match(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[printer]\nname = "x"\n')
    assert problem.key == "printer"
    assert problem.reason.startswith("unknown section (expected one of kiosk, languages")


def test_section_that_is_not_a_table(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "display = 5\n")
    assert problem.key == "display"
    assert problem.reason == "expected a [display] section (a table), got 5"


# --------------------------------------------------------------------------- ranges

RANGES = [
    # section, key, too low, too high, reason prefix
    ("kiosk", "latitude", -90.5, 90.5, "expected a number between -90.0 and 90.0"),
    ("kiosk", "longitude", -181, 180.5, "expected a number between -180.0 and 180.0"),
    ("timeouts", "idle_s", 29, 3601, "expected a whole number between 30 and 3600"),
    ("timeouts", "warning_s", 29, 601, "expected a whole number between 30 and 600"),
    ("timeouts", "double_tap_s", -0.1, 0.6, "expected a number between 0.0 and 0.5"),
    ("timeouts", "helper_idle_s", 29, 3601, "expected a whole number between 30 and 3600"),
    ("display", "pixel_pitch_mm", 0.04, 5.0, "expected a number between 0.05 and 2.0"),
    ("display", "viewing_distance_mm", 249, 1501, "expected a whole number between 250 and 1500"),
    ("speech", "rate", 79, 251, "expected a whole number between 80 and 250"),
    ("speech", "volume", -0.1, 1.1, "expected a number between 0.0 and 1.0"),
    ("services", "connect_timeout_s", 0.05, 61, "expected a number between 0.1 and 60"),
    ("services", "read_timeout_s", 0.05, 121, "expected a number between 0.1 and 120"),
]


@pytest.mark.parametrize(("section", "key", "low", "high", "reason"), RANGES)
def test_range_checks(
    tmp_path: Path, section: str, key: str, low: float, high: float, reason: str
) -> None:
    for bad in (low, high):
        problem = only_problem(tmp_path, f"[{section}]\n{key} = {bad}\n")
        assert problem.key == f"{section}.{key}"
        assert problem.reason == f"{reason}, got {bad}"


def test_pixel_pitch_reason_reads_plainly(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[display]\npixel_pitch_mm = 5.0\n")
    assert problem.reason == "expected a number between 0.05 and 2.0, got 5.0"


@pytest.mark.parametrize(("section", "key", "low", "high", "reason"), RANGES)
def test_range_ends_are_allowed(
    tmp_path: Path, section: str, key: str, low: float, high: float, reason: str
) -> None:
    words = reason.split()
    lo, hi = words[-3], words[-1]
    for good in (lo, hi):
        assert problems_of(tmp_path, f"[{section}]\n{key} = {good}\n") == []


def test_whole_number_key_rejects_a_decimal(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[timeouts]\nidle_s = 120.5\n")
    assert problem.reason == "expected a whole number between 30 and 3600, got 120.5"


def test_number_key_rejects_nan_and_text(tmp_path: Path) -> None:
    assert only_problem(tmp_path, "[speech]\nvolume = nan\n").reason.endswith("got nan")
    assert only_problem(tmp_path, '[speech]\nvolume = "0.5"\n').reason.endswith('got "0.5"')


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[timeouts]\nidle_s = true", "timeouts.idle_s"),
        ("[display]\ntext_size = true", "display.text_size"),
        ("[display]\npixel_pitch_mm = true", "display.pixel_pitch_mm"),
        ("[speech]\nvolume = false", "speech.volume"),
        ("[kiosk]\nlibrary_id = true", "kiosk.library_id"),
    ],
)
def test_bool_is_not_a_number(tmp_path: Path, line: str, key: str) -> None:
    problem = only_problem(tmp_path, line + "\n")
    assert problem.key == key
    assert problem.reason.endswith(", got true") or problem.reason.endswith(", got false")


def test_bool_keys_reject_other_types(tmp_path: Path) -> None:
    for value, shown in (('"yes"', '"yes"'), ("1", "1"), ('"true"', '"true"')):
        problem = only_problem(tmp_path, f"[kiosk]\ndemo = {value}\n")
        assert problem.key == "kiosk.demo"
        assert problem.reason == f"expected true or false, got {shown}"


def test_choices(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[display]\ntheme = "dark"\n')
    assert problem.reason == 'expected "standard" or "high-contrast", got "dark"'
    problem = only_problem(tmp_path, "[display]\ntext_size = 120\n")
    assert problem.reason == "expected 100, 150 or 200, got 120"
    problem = only_problem(tmp_path, '[display]\ntext_size = "150"\n')
    assert problem.reason == 'expected 100, 150 or 200, got "150"'


# --------------------------------------------------------------------------- kiosk


@pytest.mark.parametrize("value", ['"Kallio 1"', '""', '"kallio_1"', "7"])
def test_kiosk_id_must_be_a_slug(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[kiosk]\nid = {value}\n")
    assert problem.key == "kiosk.id"
    assert "lowercase letters a-z, digits and -" in problem.reason


@pytest.mark.parametrize("value", ["0", "-5", '"84860"', "84860.0"])
def test_library_id_must_be_a_positive_whole_number(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[kiosk]\nlibrary_id = {value}\n")
    assert problem.key == "kiosk.library_id"
    assert "positive whole number" in problem.reason


def test_place_name_needs_every_language(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, '[kiosk]\nplace_name = { fi = "Kallio", de = "Kallio" }\n')
    assert [(p.key, p.reason) for p in problems] == [
        (
            "kiosk.place_name.de",
            '"de" is not a supported language (use fi, fi-x-selko, sv, en, ru, et, uk, ar or so)',
        ),
        ("kiosk.place_name", "missing the sv text (give fi, sv and en)"),
        ("kiosk.place_name", "missing the en text (give fi, sv and en)"),
    ]


def test_place_name_must_be_a_table_of_text(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[kiosk]\nplace_name = "Kallio"\n')
    assert problem.key == "kiosk.place_name"
    assert problem.reason.endswith('got "Kallio"')
    problem = only_problem(
        tmp_path, '[kiosk]\nplace_name = { fi = "Kallio", sv = "", en = "Kallio" }\n'
    )
    assert problem.key == "kiosk.place_name.sv"


# --------------------------------------------------------------------------- languages


def test_default_language_not_enabled(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[languages]\nenabled = ["fi", "en"]\ndefault = "sv"\n')
    assert problem.key == "languages.default"
    assert problem.reason == '"sv" is not in languages.enabled (fi, en)'


def test_builtin_default_language_not_enabled(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[languages]\nenabled = ["sv", "en"]\n')
    assert problem.key == "languages.default"
    assert "set languages.default" in problem.reason


def test_default_language_must_be_supported(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[languages]\ndefault = "de"\n')
    assert (problem.key, problem.reason) == (
        "languages.default",
        '"de" is not a supported language (use fi, fi-x-selko, sv, en, ru, et, uk, ar or so)',
    )


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("[]", "expected at least one language, got an empty list"),
        ('["fi", "fi"]', '"fi" is listed more than once'),
        (
            '"fi"',
            'expected a list of languages, like ["fi", "fi-x-selko", "sv", "en", "ru", "et", '
            '"uk", "ar", "so"], got "fi"',
        ),
        ("[1]", "expected a language code (fi, fi-x-selko, sv, en, ru, et, uk, ar or so), got 1"),
    ],
)
def test_enabled_languages(tmp_path: Path, value: str, reason: str) -> None:
    problem = only_problem(tmp_path, f"[languages]\nenabled = {value}\n")
    assert (problem.key, problem.reason) == ("languages.enabled", reason)


# --------------------------------------------------------------------------- flows


@pytest.mark.parametrize(
    ("value", "reason_part"),
    [
        ("[]", "at least one flow id"),
        ('["library-hours", "library-hours"]', "listed more than once"),
        ('["Library Hours"]', '"Library Hours" is not a flow id'),
        ('"library-hours"', "expected a list of flow ids"),
    ],
)
def test_flow_list(tmp_path: Path, value: str, reason_part: str) -> None:
    problem = only_problem(tmp_path, f"[flows]\nenabled = {value}\n")
    assert problem.key == "flows.enabled"
    assert reason_part in problem.reason


def test_flows_keep_their_order(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[flows]\nenabled = ["b-flow", "a-flow"]\n'))
    assert config.flows.enabled == ("b-flow", "a-flow")


# --------------------------------------------------------------------------- speech


def test_voices_keys_must_be_languages(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[speech]\nvoices = { de = "gmw/de" }\n')
    assert (problem.key, problem.reason) == (
        "speech.voices.de",
        '"de" is not a supported language (use fi, fi-x-selko, sv, en, ru, et, uk, ar or so)',
    )


def test_voice_must_be_text(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[speech]\nvoices = { fi = 3 }\n")
    assert problem.key == "speech.voices.fi"
    assert problem.reason.endswith("got 3")


# --------------------------------------------------------------------------- services


@pytest.mark.parametrize(
    "value", ['"ftp://example.org/"', '"api.hel.fi/servicemap"', '"https://"', '""', "5"]
)
def test_service_urls_must_be_http(tmp_path: Path, value: str) -> None:
    problem = only_problem(tmp_path, f"[services]\nservicemap_url = {value}\n")
    assert problem.key == "services.servicemap_url"
    assert problem.reason.startswith("expected an http:// or https:// address, got ")


def test_service_url_may_be_plain_http(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[services]\nopen311_url = "http://localhost:8080/x/"\n'))
    assert config.services.open311_url == "http://localhost:8080/x/"


# --------------------------------------------------------------------------- the file


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    assert check_config(path) == [Problem(str(path), "-", "file not found")]
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: -: file not found"


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, '[kiosk]\nid = "a"\ndemo = \n')
    assert problem.key == "-"
    assert problem.reason.startswith("not valid TOML: ")
    assert "line 3" in problem.reason


def test_duplicate_key_is_a_syntax_error(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, "[timeouts]\nidle_s = 60\nidle_s = 90\n")
    assert problem.key == "-"
    assert "line 3" in problem.reason


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[kiosk]\nid = "a"\n# Töölö\n'.encode("latin-1"))
    problems = check_config(path)
    assert len(problems) == 1
    assert problems[0].key == "-"
    assert "not UTF-8" in problems[0].reason
    assert "line 3" in problems[0].reason


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b'\xef\xbb\xbf[kiosk]\nid = "bom"\n')
    assert load_config(path).kiosk.id == "bom"


def test_folder_instead_of_file(tmp_path: Path) -> None:
    problem = check_config(tmp_path)[0]
    assert problem.key == "-"
    assert "folder" in problem.reason


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root (CI containers), so make the read itself fail.
    path = write(tmp_path, "[kiosk]\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert [(p.key, p.reason) for p in check_config(path)] == [
        ("-", "cannot read the file (permission denied)")
    ]


def test_other_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "[kiosk]\n")

    def fail(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    assert [(p.key, p.reason) for p in check_config(path)] == [
        ("-", "cannot read the file (Input/output error)")
    ]


# --------------------------------------------------------------------------- issue 12


def test_the_packaged_config_is_not_a_demo_and_has_no_pins() -> None:
    """packaging/kiosk.example.toml is installed as /etc/kiosk/kiosk.toml: a fresh
    install must not accept PIN 1234 (it was the demo config)."""
    config = load_config(EXAMPLE)
    assert config.kiosk.demo is False
    assert config.staff.effective_pins(config.kiosk.demo) == ()
    assert config.staff.effective_admin_pins(config.kiosk.demo) == ()
    assert "\ndemo = false\n" in EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ['"false"', '"true"', "1", "0", '"yes"', "[]"])
def test_demo_is_true_only_when_the_file_says_so(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, f"[kiosk]\ndemo = {value}\n")
    (problem,) = check_config(path)
    assert problem.key == "kiosk.demo"
    config, _ = load_config_keeping_good_keys(path)
    assert config.kiosk.demo is False
    assert load_config(write(tmp_path, "[kiosk]\ndemo = true\n")).kiosk.demo is True
    assert load_config(write(tmp_path, '[kiosk]\nid = "k-1"\n')).kiosk.demo is False


def test_demo_config_is_the_defaults_with_demo_and_every_flow() -> None:
    assert demo_config().kiosk.demo is True
    assert demo_config().flows.enabled == DEMO_FLOWS
    assert len(DEMO_FLOWS) == 6  # the demo offers all six services (issue 15)
    assert (
        dataclasses.replace(demo_config(), kiosk=Config().kiosk, flows=Config().flows) == Config()
    )


def test_help_wait_default_and_range(tmp_path: Path) -> None:
    assert Config().timeouts.help_wait_s == 600
    assert (
        load_config(write(tmp_path, "[timeouts]\nhelp_wait_s = 3600\n")).timeouts.help_wait_s
        == 3600
    )
    for bad in (29, 3601, 600.5, '"10 min"'):
        problem = only_problem(tmp_path, f"[timeouts]\nhelp_wait_s = {bad}\n")
        assert problem.key == "timeouts.help_wait_s"


def test_help_wait_is_at_least_idle(tmp_path: Path) -> None:
    path = write(tmp_path, "[timeouts]\nidle_s = 300\nhelp_wait_s = 200\n")
    (problem,) = check_config(path)
    assert problem.key == "timeouts.help_wait_s"
    assert problem.reason == (
        "200 is shorter than timeouts.idle_s (300); the help screen must wait at least as long"
    )
    assert load_config_keeping_good_keys(path)[0].timeouts.help_wait_s == 600
    path = write(tmp_path, "[timeouts]\nidle_s = 1200\nhelp_wait_s = 900\n")
    assert load_config_keeping_good_keys(path)[0].timeouts.help_wait_s == 1200
    # Not given: the default quietly grows to idle_s.
    config = load_config(write(tmp_path, "[timeouts]\nidle_s = 1800\n"))
    assert config.timeouts.help_wait_s == 1800
    assert (
        load_config(
            write(tmp_path, "[timeouts]\nidle_s = 300\nhelp_wait_s = 300\n")
        ).timeouts.help_wait_s
        == 300
    )


def test_audit_section(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[audit]\nretention_days = 30\nmax_file_kb = 64\n"))
    assert (config.audit.retention_days, config.audit.max_file_kb) == (30, 64)
    for line, key in (
        ("retention_days = 0", "audit.retention_days"),
        ("retention_days = 3651", "audit.retention_days"),
        ("max_file_kb = 15", "audit.max_file_kb"),
        ("max_file_kb = 10241", "audit.max_file_kb"),
    ):
        assert only_problem(tmp_path, f"[audit]\n{line}\n").key == key


def test_reading_tells_which_keys_were_refused(tmp_path: Path) -> None:
    reading = read_config_file(write(tmp_path, 'staff = 1\n[kiosk]\ndemo = "no"\nid = "x-1"\n'))
    assert reading.config is not None and reading.config.kiosk.id == "x-1"
    assert reading.refused("kiosk.demo") and not reading.refused("kiosk.id")
    assert reading.refused("staff.pin_hashes")  # the whole section was refused
    broken = read_config_file(write(tmp_path, "[kiosk\n"))
    assert broken.config is None and broken.problems[0].key == "-"


def test_a_mistyped_api_key_or_webhook_is_never_shown_whole(tmp_path):
    """check-config and the staff panel show a bad secret as …last4 (issue 12)."""
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[services]\nopen311_api_key = "sk live 0123456789abcd"\n'
        '[help]\nwebhook_url = "htps://hooks.example/T0KEN-secret-9f3a"\n',
        encoding="utf-8",
    )
    lines = [str(problem) for problem in check_config(path)]
    joined = "\n".join(lines)
    assert any("services.open311_api_key" in line for line in lines), lines
    assert any("help.webhook_url" in line for line in lines), lines
    assert "0123456789" not in joined and "T0KEN-secret" not in joined, joined
    assert "…abcd" in joined and "…9f3a" in joined, joined
