"""Logging (kiosk.core.logs): journald under systemd, else the rotating file."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from log_helpers import root_logging_restored, stream_id

from kiosk.core.logs import file_problem, journal_stream, setup_logging
from kiosk.core.paths import Paths


@pytest.fixture
def clean_root() -> Iterator[None]:
    """Put the root logger's handlers and level back after the test."""
    with root_logging_restored():
        yield


def test_journal_stream_must_be_our_stderr(tmp_path: Path) -> None:
    with (tmp_path / "journal").open("w") as journal, (tmp_path / "other").open("w") as other:
        env = {"JOURNAL_STREAM": stream_id(journal)}
        assert journal_stream(env, journal)
        # Inherited by a process whose stderr goes elsewhere: not the journal.
        assert not journal_stream(env, other)
    assert not journal_stream({}, None)
    assert not journal_stream({"JOURNAL_STREAM": "garbage"}, None)
    # INVOCATION_ID alone: a systemd service, but its stderr is not the journal.
    assert not journal_stream({"INVOCATION_ID": "0123abcd"}, None)


def test_under_journald_lines_go_to_stderr_with_priorities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_root: None
) -> None:
    journal_path = tmp_path / "journal"
    with journal_path.open("w", encoding="utf-8") as journal:
        monkeypatch.setattr("sys.stderr", journal)
        monkeypatch.setenv("JOURNAL_STREAM", stream_id(journal))
        assert setup_logging(tmp_path / "logs") is None
        log = logging.getLogger("kiosk.test")
        log.info("kiosk starting")
        log.warning("speech unavailable")
        log.error('uncaught ValueError (crash id 1a2b3c4d)\n  File "x.py", line 1')
        log.debug("not shown at INFO")
    lines = journal_path.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "<6>INFO kiosk.test: kiosk starting",
        "<4>WARNING kiosk.test: speech unavailable",
        "<3>ERROR kiosk.test: uncaught ValueError (crash id 1a2b3c4d)",
        '<3>  File "x.py", line 1',
    ]
    assert not (tmp_path / "logs").exists()  # no file: journald keeps the log
    assert not any(re.search(r"\d\d:\d\d:\d\d", line) for line in lines)  # no timestamps


def test_elsewhere_the_rotating_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_root: None
) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    monkeypatch.setenv("INVOCATION_ID", "0123abcd")
    path = setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / "kiosk.log"
    logging.getLogger("kiosk.test").info("kiosk starting")
    text = path.read_text(encoding="utf-8")
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ INFO kiosk.test: kiosk starting", text)


def test_setting_up_twice_replaces_the_handlers(tmp_path: Path, clean_root: None) -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(tmp_path / "a")
    setup_logging(tmp_path / "b")
    assert len(root.handlers) == before + 2  # stderr and one file, not four


def test_a_deleted_log_file_is_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_root: None
) -> None:
    """Regression: lines went into a deleted log file; now the file is made again."""
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    path = setup_logging(tmp_path / "data" / "logs")
    log = logging.getLogger("kiosk.test")
    log.info("before")
    shutil.rmtree(tmp_path / "data")
    log.info("after")
    text = path.read_text(encoding="utf-8")
    assert "before" not in text and "after" in text
    assert "the log file was deleted" in text
    assert file_problem() is None


def test_a_log_folder_that_cannot_be_made_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_root: None
) -> None:
    """The folder cannot be made again: the problem is told, and goes when it can."""
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    data = tmp_path / "data"
    path = setup_logging(data / "logs")
    paths = Paths(assets=tmp_path, data=data)
    log = logging.getLogger("kiosk.test")
    shutil.rmtree(data)
    data.write_text("not a folder")
    log.info("lost")
    assert file_problem() is not None and "cannot be made again" in file_problem()
    assert paths.problem is not None and "data folder" in paths.problem
    data.unlink()
    log.info("back")
    assert file_problem() is None and paths.problem is None
    assert "back" in path.read_text(encoding="utf-8")
