"""A configuration file with every kind of error: the kiosk still starts and serves
residents, staff see what is wrong in the staff panel (in their language, with the
key for IT), and every good key in the file is still used."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import staff_panel_problems
from helpers import settle, to_home

from kiosk.flow.engine import Answer
from kiosk.staff.pins import hash_pin

pytestmark = pytest.mark.faults

#: The staff PIN in the good part of the files (the demo PIN is 1234).
STAFF_PIN = "4321"


@pytest.fixture(scope="module")
def good_part() -> str:
    """Keys a broken file also holds; they must survive the error next to them."""
    return (
        '[kiosk]\nid = "kallio-3"\ndemo = true\n'
        f'[staff]\npin_hashes = ["{hash_pin(STAFF_PIN)}"]\n'
    )


# (what is wrong, extra TOML appended to the good part, text the staff line names)
BAD_VALUES = [
    ("unknown section", '[kiosc]\nid = "x"\n', "kiosc"),
    ("unknown key", '[display]\ntext_sise = 150\n', "display.text_sise"),
    ("wrong type", '[timeouts]\nidle_s = "two minutes"\n', "timeouts.idle_s"),
    ("out of range", '[timeouts]\nidle_s = 5\n', "timeouts.idle_s"),
    ("unknown language", '[languages]\ndefault = "de"\n', "languages.default"),
    ("default not enabled", '[languages]\nenabled = ["sv", "en"]\n', "languages.default"),
    ("bad address", '[help]\nwebhook_url = "htp//desk"\n', "help.webhook_url"),
    ("unknown flow", '[flows]\nenabled = ["e-identification", "no-such-flow"]\n',
     "no-such-flow"),
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
    to_home(kiosk, lang)
    assert window.screen_name == "home"
    window.start_flow("e-identification")
    for value in (None, None, "no_codes", None, None):
        window.send(Answer(value))
    settle()
    assert window.screen_name == "step:e-identification:done"


@pytest.mark.parametrize(("what", "extra", "named"), BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_a_bad_value_keeps_the_rest_of_the_file(make_kiosk, tmp_path, good_part, what, extra,
                                                named) -> None:
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
        "the headline is in the staff's language (Finnish here)")


@pytest.mark.parametrize(("what", "content", "named"), UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_an_unreadable_file_gives_a_working_demo_kiosk(make_kiosk, tmp_path, what, content,
                                                       named) -> None:
    """A file that cannot be read at all: the built-in defaults serve residents."""
    kiosk = make_kiosk(config_path=write(tmp_path, content))
    assert kiosk.config.kiosk.demo, "the built-in defaults are a demo kiosk"
    serves_a_resident(kiosk, "sv")
    kiosk.window.end_session("end")
    settle()
    # The demo PIN of the defaults.
    problems = staff_panel_problems(kiosk.window, "1234", settle_pad=True)
    assert any(named in p for p in problems), f"{what}: {problems}"


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_a_missing_file_or_a_folder(make_kiosk, tmp_path, where) -> None:
    """No file (or a folder in its place): defaults, and staff are told why."""
    path = tmp_path / "kiosk.toml"
    if where == "folder":
        path.mkdir()
    kiosk = make_kiosk(config_path=path)
    serves_a_resident(kiosk, "en")
    kiosk.window.end_session("end")
    settle()
    problems = staff_panel_problems(kiosk.window, "1234", settle_pad=True)
    expected = "file not found" if where == "missing" else "folder"
    assert any(expected in p and "kiosk.toml" in p for p in problems), problems


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
