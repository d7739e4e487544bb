"""Fail closed (issue 12): a config mistake never opens the kiosk. A file that cannot be
used gives the last good settings; a bad ``demo`` or PIN hash keeps its last good value;
with nothing good at all: not a demo and no PINs. Never PIN 1234."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.core.clock import FixedClock
from kiosk.core.config import Config
from kiosk.core.last_good import LAST_GOOD_FILE, load_guarded
from kiosk.staff.lockout import Lockout, PinGate
from kiosk.staff.pins import DEMO_PIN, hash_pin

STAFF_PIN = "4321"
ADMIN_PIN = "97531086"
STAFF = hash_pin(STAFF_PIN, salt=b"0123456789abcdef")
ADMIN = hash_pin(ADMIN_PIN, salt=b"0123456789abcdef", admin=True)

GOOD = (
    f'[kiosk]\nid = "kallio-3"\ndemo = false\n'
    f'[staff]\npin_hashes = ["{STAFF}"]\nadmin_pin_hashes = ["{ADMIN}"]\n'
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def gate_for(config: Config, tmp_path: Path) -> PinGate:
    """The PIN gate as the app builds it from the config."""
    lockout = Lockout(tmp_path / "lock.json", clock=FixedClock(datetime(2024, 5, 2, 10)))
    return PinGate(
        config.staff.effective_pins(config.kiosk.demo),
        config.staff.effective_admin_pins(config.kiosk.demo),
        lockout,
    )


def test_a_good_file_is_kept_as_the_last_good_copy(tmp_path: Path, data: Path) -> None:
    guarded = load_guarded(write(tmp_path, GOOD), data)
    assert guarded.source == "file" and not guarded.problems and not guarded.notices
    copy = data / LAST_GOOD_FILE
    assert copy.read_text(encoding="utf-8").endswith(GOOD)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    before = copy.stat().st_mtime_ns
    load_guarded(write(tmp_path, GOOD), data)  # unchanged: not written again
    assert copy.stat().st_mtime_ns == before


def test_a_syntax_broken_file_keeps_the_last_good_config(tmp_path: Path, data: Path) -> None:
    """A missing comma (here a missing quote) in a production file with real PINs: the
    kiosk runs with the last good settings; 1234 is refused; staff are told."""
    load_guarded(write(tmp_path, GOOD), data)
    broken = write(tmp_path, GOOD.replace('"kallio-3"', '"kallio-3'))
    guarded = load_guarded(broken, data)
    assert guarded.source == "last-good"
    assert guarded.config.kiosk.id == "kallio-3" and guarded.config.kiosk.demo is False
    assert "not valid TOML" in str(guarded.problems[0])
    (notice,) = guarded.notices
    assert "last good settings" in notice and "are in use" in notice
    gate = gate_for(guarded.config, tmp_path)
    assert gate.check(DEMO_PIN).outcome == "wrong"
    assert gate.check(STAFF_PIN).ok
    assert gate.check(ADMIN_PIN, "admin").ok
    # The broken file did not replace the copy.
    assert (data / LAST_GOOD_FILE).read_text(encoding="utf-8").endswith(GOOD)


@pytest.mark.parametrize(
    "content", [b'[kiosk]\nid = "x\n', b"\xff\xfe", None], ids=["not TOML", "not UTF-8", "missing"]
)
def test_nothing_good_at_all_is_not_a_demo_and_has_no_pins(
    tmp_path: Path, data: Path, content: bytes | None
) -> None:
    path = tmp_path / "kiosk.toml" if content is None else write(tmp_path, content)
    guarded = load_guarded(path, data)
    assert guarded.source == "fail-closed"
    assert guarded.config == Config() and guarded.config.kiosk.demo is False
    assert "not as a demo and with no PINs" in guarded.notices[0]
    gate = gate_for(guarded.config, tmp_path)
    assert not gate.enabled("staff") and not gate.enabled("admin")
    assert gate.check(DEMO_PIN).outcome == "disabled"
    assert gate.check(DEMO_PIN, "admin").outcome == "disabled"


def test_demo_as_a_string_is_an_error_and_1234_is_refused(tmp_path: Path, data: Path) -> None:
    """``demo = "false"`` with no PINs opened the kiosk with 1234 (it kept the demo
    default)."""
    guarded = load_guarded(write(tmp_path, '[kiosk]\ndemo = "false"\n'), data)
    assert [p.key for p in guarded.problems] == ["kiosk.demo"]
    assert guarded.config.kiosk.demo is False
    assert "no last good value: not a demo" in guarded.notices[0]
    gate = gate_for(guarded.config, tmp_path)
    assert gate.check(DEMO_PIN).outcome == "disabled"
    assert not (data / LAST_GOOD_FILE).exists(), "a file with a bad security key is not kept"


def test_a_bad_security_key_keeps_its_last_good_value(tmp_path: Path, data: Path) -> None:
    load_guarded(write(tmp_path, GOOD.replace("demo = false", "demo = true")), data)
    broken = GOOD.replace("demo = false", 'demo = "true"').replace(
        f'pin_hashes = ["{STAFF}"]', 'pin_hashes = ["4321"]'
    )
    guarded = load_guarded(write(tmp_path, broken), data)
    assert {p.key for p in guarded.problems} == {"kiosk.demo", "staff.pin_hashes"}
    assert guarded.config.kiosk.demo is True  # the last good copy said so, in so many words
    assert guarded.config.staff.pin_hashes == (STAFF,)
    assert guarded.config.staff.admin_pin_hashes == (ADMIN,)
    assert len(guarded.notices) == 2 and all(
        "last good value is kept" in n for n in guarded.notices
    )
    assert "4321" not in " ".join(str(p) for p in guarded.problems)


def test_a_short_admin_pin_keeps_the_last_good_admin_pins(tmp_path: Path, data: Path) -> None:
    load_guarded(write(tmp_path, GOOD), data)
    short = hash_pin("2580")
    guarded = load_guarded(write(tmp_path, GOOD.replace(ADMIN, short)), data)
    assert [p.key for p in guarded.problems] == ["staff.admin_pin_hashes"]
    assert guarded.config.staff.admin_pin_hashes == (ADMIN,)
    gate = gate_for(guarded.config, tmp_path)
    assert gate.check("2580", "admin").outcome == "wrong"


def test_other_bad_keys_keep_their_defaults_and_the_copy_is_updated(
    tmp_path: Path, data: Path
) -> None:
    """A removed PIN stays removed: a file with a typo elsewhere is still the last good
    copy, so an older copy with the old PIN is never brought back."""
    load_guarded(write(tmp_path, GOOD), data)
    other = hash_pin("8642")
    newer = GOOD.replace(STAFF, other) + "[timeouts]\nidle_s = 5\n"
    guarded = load_guarded(write(tmp_path, newer), data)
    assert [p.key for p in guarded.problems] == ["timeouts.idle_s"]
    assert guarded.config.timeouts.idle_s == 120
    assert (data / LAST_GOOD_FILE).read_text(encoding="utf-8").endswith(newer)
    later = load_guarded(write(tmp_path, "[kiosk\n"), data)
    assert later.config.staff.pin_hashes == (other,)


def test_a_damaged_last_good_copy_fails_closed(tmp_path: Path, data: Path) -> None:
    data.mkdir()
    (data / LAST_GOOD_FILE).write_text("[kiosk\n")
    guarded = load_guarded(write(tmp_path, "[staff\n"), data)
    assert guarded.source == "fail-closed" and guarded.config == Config()


def test_an_unwritable_data_folder_does_not_stop_the_kiosk(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    guarded = load_guarded(write(tmp_path, GOOD), blocker / "data")
    assert guarded.config.staff.pin_hashes == (STAFF,)
