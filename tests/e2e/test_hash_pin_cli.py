"""``kiosk hash-pin``: on a terminal (a real pseudo-terminal, echo off) and from a pipe.

The PIN must never appear in what the command prints, nor be echoed to the screen."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.staff.pins import parse_pin_hash, verify_pin

ROOT = Path(__file__).resolve().parents[2]
PIN = "48261397"


def piped(text: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "hash-pin", *options],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_from_a_pipe_prints_only_the_hash() -> None:
    result = piped(f"{PIN}\n")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    parse_pin_hash(line)
    assert verify_pin(PIN, line)
    assert PIN not in result.stdout and PIN not in result.stderr


def test_the_line_records_the_length() -> None:
    result = piped(f"{PIN}\n")
    assert parse_pin_hash(result.stdout.strip()).length == len(PIN)


@pytest.mark.parametrize("pin", ["4826", "48261"])
def test_admin_refuses_a_short_pin(pin: str) -> None:
    result = piped(f"{pin}\n", "--admin")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "an admin PIN has 6 to 12 digits" in result.stderr
    assert pin not in result.stderr


def test_admin_pin_of_six_digits() -> None:
    result = piped("482613\n", "--admin")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert parse_pin_hash(line).length == 6 and verify_pin("482613", line)


def test_from_a_pipe_with_the_pin_twice() -> None:
    result = piped(f"{PIN}\r\n{PIN}\r\n")
    assert result.returncode == 0, result.stderr
    assert verify_pin(PIN, result.stdout.strip())


@pytest.mark.parametrize(
    "text, part",
    [
        (f"{PIN}\n{PIN}0\n", "differ"),
        ("123\n", "4 to 12"),
        ("12ab\n", "digits"),
        ("", "digits"),
        ("1234567890123\n", "4 to 12"),
    ],
)
def test_from_a_pipe_refuses(text: str, part: str) -> None:
    result = piped(text)
    assert result.returncode == 1
    assert result.stdout == ""
    assert part in result.stderr
    for pin in text.split():
        assert pin not in result.stderr


class Terminal:
    """``kiosk hash-pin`` on a pseudo-terminal, driven like a person at a keyboard."""

    def __init__(self) -> None:
        self.master, slave = os.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "hash-pin"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.seen = b""

    def read_until(self, wanted: bytes, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while wanted not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"did not see {wanted!r}; saw {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # EIO: the other end closed
                    chunk = b""
                assert chunk, f"closed before {wanted!r}; saw {self.seen!r}"
                self.seen += chunk

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def finish(self) -> tuple[int, str]:
        code = self.process.wait(timeout=60)
        while True:
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if not ready:
                break
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.seen += chunk
        os.close(self.master)
        return code, self.seen.decode()


@pytest.fixture
def terminal():
    term = Terminal()
    yield term
    if term.process.poll() is None:
        term.process.kill()
        term.process.wait()


def test_on_a_terminal_asks_twice_without_echo(terminal: Terminal) -> None:
    terminal.read_until(b"New PIN")
    terminal.type(f"{PIN}\n")
    terminal.read_until(b"same PIN again")
    terminal.type(f"{PIN}\n")
    code, transcript = terminal.finish()
    assert code == 0, transcript
    assert PIN not in transcript  # neither echoed nor printed
    line = next(part for part in transcript.split() if part.startswith("scrypt$"))
    assert verify_pin(PIN, line)
    assert "pin_hashes" in transcript  # the hint on where to put it


def test_on_a_terminal_two_different_pins_make_nothing(terminal: Terminal) -> None:
    terminal.read_until(b"New PIN")
    terminal.type(f"{PIN}\n")
    terminal.read_until(b"same PIN again")
    terminal.type("11112222\n")
    code, transcript = terminal.finish()
    assert code == 1
    assert "differ" in transcript
    assert "scrypt$" not in transcript
    assert PIN not in transcript and "11112222" not in transcript
