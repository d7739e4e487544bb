"""A configuration file with every kind of error: the kiosk still starts and serves
residents, staff see what is wrong in the staff panel (in their language, with the
key for IT), and every good key in the file is still used."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import enter_pin, staff_panel_problems
from helpers import settle, to_home

from kiosk.flow.engine import Answer
from kiosk.staff.pins import DEMO_PIN, hash_pin

pytestmark = pytest.mark.faults

#: The staff PIN in the good part of the files (the demo PIN is 1234).
STAFF_PIN = "4321"
#: The admin PIN of the production file.
ADMIN_PIN = "86420975"


@pytest.fixture(scope="module")
def good_part() -> str:
    """Keys a broken file also holds; they must survive the error next to them."""
    return (
        f'[kiosk]\nid = "kallio-3"\ndemo = true\n[staff]\npin_hashes = ["{hash_pin(STAFF_PIN)}"]\n'
    )


# (what is wrong, extra TOML appended to the good part, text the staff line names)
BAD_VALUES = [
    ("unknown section", '[kiosc]\nid = "x"\n', "kiosc"),
    ("unknown key", "[display]\ntext_sise = 150\n", "display.text_sise"),
    ("wrong type", '[timeouts]\nidle_s = "two minutes"\n', "timeouts.idle_s"),
    ("out of range", "[timeouts]\nidle_s = 5\n", "timeouts.idle_s"),
    ("unknown language", '[languages]\ndefault = "de"\n', "languages.default"),
    ("default not enabled", '[languages]\nenabled = ["sv", "en"]\n', "languages.default"),
    ("bad address", '[help]\nwebhook_url = "htp//desk"\n', "help.webhook_url"),
    ("unknown flow", '[flows]\nenabled = ["e-identification", "no-such-flow"]\n', "no-such-flow"),
    ("section is a value", 'speech = "on"\n', "speech"),
]

# (what is wrong, the whole file as bytes, text the staff line names)
UNREADABLE = [
    ("not TOML", b'[kiosk]\nid = "kallio-3\n', "not valid TOML"),
    ("not UTF-8", b'[kiosk]\nid = "kallio-\xe4"\n', "not UTF-8"),
    ("empty key", b"= 3\n", "not valid TOML"),
]


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def serves_a_resident(kiosk, lang: str = "fi") -> None:
    """A whole e-identification session, start to end, as a resident would."""
    window = kiosk.window
    assert window.screen_name == "attract"
    enabled = kiosk.config.languages.enabled
    to_home(kiosk, lang if lang in enabled else enabled[0])  # only offered ones can be chosen
    assert window.screen_name == "home"
    window.start_flow("e-identification")
    for value in (None, None, "no_codes", None, None):
        window.send(Answer(value))
    settle()
    assert window.screen_name == "step:e-identification:done"


@pytest.mark.parametrize(("what", "extra", "named"), BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_a_bad_value_keeps_the_rest_of_the_file(
    make_kiosk, tmp_path, good_part, what, extra, named
) -> None:
    """One bad key: the kiosk serves, staff see that key, the good keys still count."""
    kiosk = make_kiosk(config_path=write(tmp_path, good_part + extra))
    assert kiosk.config.kiosk.id == "kallio-3", "a good key next to the bad one is used"
    assert kiosk.problems, f"{what}: the problem is kept for staff"
    serves_a_resident(kiosk)
    kiosk.window.end_session("end")
    settle()
    # The configured staff PIN still works (the whole file was not thrown away).
    problems = staff_panel_problems(kiosk.window, STAFF_PIN, settle_pad=True)
    config_lines = [p for p in problems if named in p]
    assert config_lines, f"{what}: the staff panel names {named!r}: {problems}"
    assert all("asetustiedosto" in p.lower() for p in config_lines), (
        "the headline is in the staff's language (Finnish here)"
    )


def production_file(tmp_path: Path) -> Path:
    """A production config (not a demo, with staff and admin PINs), read once by a kiosk
    so that its last good copy is in the data folder."""
    return write(
        tmp_path,
        '[kiosk]\nid = "kallio-3"\ndemo = false\n'
        f'[staff]\npin_hashes = ["{hash_pin(STAFF_PIN)}"]\n'
        f'admin_pin_hashes = ["{hash_pin(ADMIN_PIN, admin=True)}"]\n',
    )


def refuses_the_demo_pin(kiosk) -> None:
    """1234 does not open helper mode."""
    window = kiosk.window
    window.request_pin("staff")
    settle()
    enter_pin(window, DEMO_PIN)
    assert not window.helper_active, "the demo PIN 1234 opened helper mode"
    assert window.screen_name == "pin"


@pytest.mark.parametrize(("what", "content", "named"), UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_an_unreadable_file_keeps_the_last_good_config(
    make_kiosk, tmp_path, what, content, named
) -> None:
    """A file that cannot be read at all: the kiosk serves residents with the last good
    settings it kept, 1234 is refused, and staff are told. (Changed: it used to run the
    built-in defaults, a demo kiosk that let 1234 in.)"""
    first = make_kiosk(config_path=production_file(tmp_path))
    assert not first.problems
    kiosk = make_kiosk(config_path=write(tmp_path, content))  # the same data folder
    assert kiosk.config.kiosk.id == "kallio-3" and not kiosk.config.kiosk.demo
    serves_a_resident(kiosk, "sv")
    kiosk.window.end_session("end")
    settle()
    refuses_the_demo_pin(kiosk)
    problems = staff_panel_problems(kiosk.window, STAFF_PIN, settle_pad=True)
    assert any(named in p for p in problems), f"{what}: {problems}"
    assert any("last good settings" in p for p in problems), problems


@pytest.mark.parametrize(("what", "content", "named"), UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_an_unreadable_file_with_no_last_good_config_fails_closed(
    make_kiosk, tmp_path, what, content, named
) -> None:
    """Nothing good to fall back on: residents are still served, but the kiosk is not a
    demo and has no PINs, so helper mode and leaving kiosk mode are off."""
    kiosk = make_kiosk(config_path=write(tmp_path, content))
    assert not kiosk.config.kiosk.demo
    gate = kiosk.window.staff.gate
    assert not gate.enabled("staff") and not gate.enabled("admin")
    assert gate.check(DEMO_PIN).outcome == "disabled"
    serves_a_resident(kiosk, "en")
    assert any(named in p.detail for p in kiosk.problems), what
    assert any("no PINs" in p.detail for p in kiosk.problems), kiosk.problems


def test_demo_as_a_string_does_not_open_the_kiosk(make_kiosk, tmp_path) -> None:
    """``demo = "false"`` and no PINs: an error, not a demo, and 1234 is refused."""
    kiosk = make_kiosk(config_path=write(tmp_path, '[kiosk]\ndemo = "false"\n'))
    assert not kiosk.config.kiosk.demo
    assert kiosk.window.staff.gate.check(DEMO_PIN).outcome == "disabled"
    assert kiosk.window.staff.gate.check(DEMO_PIN, "admin").outcome == "disabled"
    assert any("kiosk.demo" in p.detail for p in kiosk.problems)


def test_a_bad_pin_hash_keeps_the_last_good_pins(make_kiosk, tmp_path) -> None:
    make_kiosk(config_path=production_file(tmp_path))
    broken = write(tmp_path, '[kiosk]\nid = "kallio-3"\n[staff]\npin_hashes = "4321"\n')
    kiosk = make_kiosk(config_path=broken)
    refuses_the_demo_pin(kiosk)
    problems = staff_panel_problems(kiosk.window, STAFF_PIN, settle_pad=True)
    assert any("staff.pin_hashes" in p and "last good value" in p for p in problems), problems


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_a_missing_file_or_a_folder(make_kiosk, tmp_path, where) -> None:
    """No file (or a folder in its place): the last good settings, and staff are told
    why. (Changed: it was the demo defaults, opened with 1234.)"""
    make_kiosk(config_path=production_file(tmp_path))
    path = tmp_path / "kiosk.toml"
    path.unlink()
    if where == "folder":
        path.mkdir()
    kiosk = make_kiosk(config_path=path)
    serves_a_resident(kiosk, "en")
    kiosk.window.end_session("end")
    settle()
    refuses_the_demo_pin(kiosk)
    problems = staff_panel_problems(kiosk.window, STAFF_PIN, settle_pad=True)
    expected = "file not found" if where == "missing" else "folder"
    assert any(expected in p and "kiosk.toml" in p for p in problems), problems


def test_no_config_file_at_all_is_the_developers_demo(make_kiosk) -> None:
    """``kiosk run`` with no --config and no /etc/kiosk/kiosk.toml: the demo, with 1234."""
    kiosk = make_kiosk()
    assert kiosk.config.kiosk.demo
    assert kiosk.window.staff.gate.check(DEMO_PIN).ok


def test_every_problem_in_one_file_is_listed(make_kiosk, tmp_path, good_part) -> None:
    """Several mistakes at once: each one reaches the staff panel, none hides another."""
    extra = "".join(b[1] for b in BAD_VALUES[:3])
    kiosk = make_kiosk(config_path=write(tmp_path, good_part + extra))
    serves_a_resident(kiosk)
    kiosk.window.end_session("end")
    settle()
    problems = staff_panel_problems(kiosk.window, STAFF_PIN, settle_pad=True)
    for _what, _extra, named in BAD_VALUES[:3]:
        assert any(named in p for p in problems), f"{named} missing from {problems}"
