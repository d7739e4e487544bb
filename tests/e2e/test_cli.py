"""The ``kiosk`` command as city IT runs it: a real process, real files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from kiosk.core.config import DEMO_FLOWS
from kiosk.journey.practice import LESSONS, RIGHT

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_check_config_names_each_bad_key(tmp_path):
    bad = tmp_path / "kiosk.toml"
    bad.write_text(
        '[kiosk]\nid = "kallio-1"\ncolour = "blue"\n'  # unknown key
        '[display]\npixel_pitch_mm = "small"\n'  # wrong type
        '[languages]\nenabled = ["fi", "de"]\n',  # bad language
        encoding="utf-8",
    )
    result = kiosk("check-config", str(bad))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3, result.stdout
    joined = "\n".join(lines)
    for key in ("kiosk.colour", "display.pixel_pitch_mm", "languages.enabled"):
        assert key in joined
    assert all(line.startswith(str(bad)) for line in lines)


def test_check_config_accepts_the_shipped_example():
    result = kiosk("check-config", str(ROOT / "packaging" / "kiosk.example.toml"))
    assert result.returncode == 0, result.stdout
    assert "OK" in result.stdout


def test_check_config_on_a_missing_file_says_so(tmp_path):
    result = kiosk("check-config", str(tmp_path / "nope.toml"))
    assert result.returncode == 1
    assert "file not found" in result.stdout


def test_check_config_rejects_a_four_digit_admin_pin(tmp_path):
    from kiosk.staff.pins import hash_pin

    path = tmp_path / "kiosk.toml"
    path.write_text(f'[staff]\nadmin_pin_hashes = ["{hash_pin("4826")}"]\n', encoding="utf-8")
    result = kiosk("check-config", str(path))
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}: staff.admin_pin_hashes: item 1 is for a PIN of 4 digits")
    assert "4826" not in result.stdout


def test_check_config_rejects_weak_scrypt_parameters(tmp_path):
    from kiosk.staff.pins import hash_pin

    path = tmp_path / "kiosk.toml"
    weak = hash_pin("48261397", n=2**14)
    path.write_text(
        f'[staff]\npin_hashes = ["{weak}"]\nadmin_pin_hashes = ["{weak}"]\n', encoding="utf-8"
    )
    result = kiosk("check-config", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(": ")[1] for line in lines] == ["staff.pin_hashes", "staff.admin_pin_hashes"]
    assert all("N=16384" in line and "N=32768" in line for line in lines)


def smoke_run(data_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``kiosk run --smoke`` in a bare environment, its data in ``data_dir``."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--smoke", *options],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "KIOSK_DATA_DIR": str(data_dir),
            "PATH": "/usr/bin:/bin",
            "HOME": str(data_dir),
        },
    )


def test_smoke_run_reaches_the_attract_screen(tmp_path):
    env_run = smoke_run(tmp_path)
    assert env_run.returncode == 0, env_run.stderr
    assert "ready screen=attract" in env_run.stdout


def test_a_running_kiosk_keeps_its_start_up_objects_out_of_the_collector(tmp_path):
    """A second after the first frame (issue 19): the full collection between
    residents then walks only what the visits made."""
    done = smoke_run(tmp_path, "--hold", "2")
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    kept = re.search(r"(\d+) start-up objects kept out of the garbage collector", log)
    assert kept is not None and int(kept.group(1)) > 10_000, log[-2000:]


def test_a_running_kiosk_guards_input_from_its_first_frame_on(tmp_path):
    """`kiosk run` turns the input guard on just after the first frame (issue 19: it
    would delay that frame by 30-45 ms), before anything else the start waits for."""
    done = smoke_run(tmp_path, "--hold", "1")
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "input guard on" in log, log[-2000:]
    assert log.index("input guard on") < log.index("kiosk stopped")


def test_screenshots_writes_every_screen_of_every_demo_flow(tmp_path):
    out = tmp_path / "shots"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "screenshots",
            str(out),
            "--lang",
            "sv",  # one language: the demo has six flows (issue 15)
            "--text-size",
            "200",
            "--theme",
            "high-contrast",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "KIOSK_DATA_DIR": str(tmp_path / "data"),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    # 12 journey screens, every step of every flow the demo offers, and every practice
    # screen (the list, each lesson's steps, a wrong answer's screen where one asks).
    practice_screens = 1 + sum(len(s) for s in LESSONS.values()) + len(RIGHT)
    steps = {
        f"{flow}-{step['id']}"
        for flow in DEMO_FLOWS
        for step in yaml.safe_load((ROOT / "assets" / "flows" / f"{flow}.yaml").read_text())[
            "steps"
        ]
    }
    # A screen in pages (issue 14) writes one more picture for each page after its
    # first ("…-home-page2-…"); the first pages are the screens counted above.
    firsts = [name for name in names if "-page" not in name.split("-sv-")[0]]
    assert len(firsts) == 12 + len(steps) + practice_screens, firsts
    assert "journey-03-home-page2-sv-200-high-contrast.png" in names  # home's tiles at 200 %
    assert "practice-51-scam-which-wrong-sv-200-high-contrast.png" in names
    assert f"wrote {len(names)} screenshots" in result.stdout
    assert "library-hours-02-name-sv-200-high-contrast.png" in names
    assert "e-identification-08-done-sv-200-high-contrast.png" in names
    assert "events-seniors-03-events-sv-200-high-contrast.png" in names
