"""Speech temp folders a killed kiosk left behind are removed at the next start, and
only those (kiosk.core.temp_dirs, used by ProcessSpeaker). Real processes: a kiosk
process that makes its folder and is killed with SIGKILL, one that keeps running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.temp_dirs import make_private_dir, remove_stale, temp_roots
from kiosk.speech.process_speaker import TEMP_PREFIX, ProcessSpeaker

ROOT = Path(__file__).resolve().parents[2]

#: A kiosk process: makes its speech folder the way the speaker does, puts a file in
#: it, says where, and waits to be killed.
KIOSK = textwrap.dedent("""
    import sys, time
    from kiosk.speech.process_speaker import _make_private_dir
    folder = _make_private_dir(sys.argv[1])
    (folder / "w1").mkdir()
    (folder / "w1" / "speech.wav").write_bytes(b"RIFF spoken text")
    print(folder, flush=True)
    time.sleep(120)
""")


def start_kiosk(root: Path) -> tuple[subprocess.Popen[str], Path]:
    process = subprocess.Popen(
        [sys.executable, "-c", KIOSK, str(root)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    folder = Path(process.stdout.readline().strip())
    assert folder.parent == root and folder.name.startswith(f"{TEMP_PREFIX}{process.pid}-")
    return process, folder


@pytest.fixture
def running() -> Iterator[list[subprocess.Popen[str]]]:
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


def test_a_killed_kiosks_folder_goes_and_nothing_else(
    tmp_path: Path, running: list[subprocess.Popen[str]]
) -> None:
    killed, stale = start_kiosk(tmp_path)
    alive, live = start_kiosk(tmp_path)
    running.extend([killed, alive])
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    assert stale.is_dir(), "a killed kiosk cannot clean up after itself"

    old_style = tmp_path / f"{TEMP_PREFIX}abc123xy"  # before names had a pid: left alone
    old_style.mkdir()
    other_prefix = tmp_path / f"other-{killed.pid}-0-abcd"
    other_prefix.mkdir()
    a_file = tmp_path / f"{TEMP_PREFIX}{killed.pid}-0-file"
    a_file.write_text("not a folder")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    link = tmp_path / f"{TEMP_PREFIX}{killed.pid}-0-link"
    link.symlink_to(target)
    foreign = tmp_path / f"{TEMP_PREFIX}{killed.pid}-0-nobody"
    foreign.mkdir()
    if os.geteuid() == 0:
        os.chown(foreign, 65534, 65534)  # another user's (only root can make one)

    removed = remove_stale(TEMP_PREFIX, [tmp_path])

    assert not stale.exists()
    assert removed[0] == stale
    assert live.is_dir() and (live / "w1" / "speech.wav").is_file()
    for kept in (old_style, other_prefix, a_file, link, target / "keep.txt"):
        assert kept.exists() or kept.is_symlink(), kept
    assert foreign.exists() is (os.geteuid() == 0)


def test_a_pid_used_again_by_another_process_is_not_the_owner(tmp_path: Path) -> None:
    # Our own pid, but another start time: the owner is gone; the pid was reused.
    reused = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-1-abcd1234"
    reused.mkdir()
    ours = make_private_dir(TEMP_PREFIX, [tmp_path])
    assert remove_stale(TEMP_PREFIX, [tmp_path]) == [reused]
    assert ours.is_dir()


def test_the_speaker_cleans_up_at_start(
    tmp_path: Path, running: list[subprocess.Popen[str]]
) -> None:
    killed, stale = start_kiosk(tmp_path)
    running.append(killed)
    killed.kill()
    killed.wait()
    speaker = ProcessSpeaker({}, temp_root=tmp_path)  # no voices: no worker starts
    try:
        assert not stale.exists()
        assert speaker.temp_dir.parent == tmp_path
        assert speaker.temp_dir.name.startswith(f"{TEMP_PREFIX}{os.getpid()}-")
        assert oct(speaker.temp_dir.stat().st_mode & 0o777) == "0o700"
    finally:
        speaker.close()
    assert not speaker.temp_dir.exists()


def test_under_systemd_the_runtime_directory_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime, xdg = tmp_path / "run-kiosk", tmp_path / "xdg"
    runtime.mkdir()
    xdg.mkdir()
    monkeypatch.setenv("RUNTIME_DIRECTORY", f"{runtime}:{tmp_path / 'second'}")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    assert temp_roots()[:2] == [runtime, xdg]
    speaker = ProcessSpeaker({})
    try:
        assert speaker.temp_dir.parent == runtime
    finally:
        speaker.close()
    monkeypatch.delenv("RUNTIME_DIRECTORY")
    assert temp_roots()[0] == xdg
