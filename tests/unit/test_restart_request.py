"""A restart asked for by an update waits for the attract screen (kiosk/core/restart_request.py)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.core.restart_request import ENV_VAR, RestartRequest


def test_pending_while_the_flag_file_is_there(tmp_path: Path) -> None:
    request = RestartRequest(tmp_path / "restart-requested")
    assert not request.pending()
    request.request()
    assert request.pending()
    assert request.clear()
    assert not request.pending()
    assert request.clear()  # clearing twice is fine


def test_the_service_names_the_file_in_the_environment(tmp_path: Path) -> None:
    flag = tmp_path / "restart-requested"
    request = RestartRequest.from_env({ENV_VAR: str(flag)})
    assert request is not None and request.path == flag
    assert RestartRequest.from_env({}) is None  # run by hand: nothing is watched
    assert RestartRequest.from_env({ENV_VAR: "  "}) is None


def test_taken_only_on_the_attract_screen(tmp_path: Path) -> None:
    request = RestartRequest(tmp_path / "restart-requested")
    assert not request.take_if_idle("attract")  # nothing asked
    request.request()
    for screen in (
        "language",
        "home",
        "step:library-hours:name",
        "idle-warning",
        "staff-panel",
        "done",
    ):
        assert not request.take_if_idle(screen), screen
        assert request.pending()
    assert request.take_if_idle("attract")
    assert not request.pending()  # removed, so the new kiosk does not restart again
    assert not request.take_if_idle("attract")


def test_a_flag_that_cannot_be_removed_never_restarts_the_kiosk(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Else every start would see it again and quit at once: the package's timer
    restarts the kiosk instead. Said once in the log, not every few seconds."""
    flag = tmp_path / "restart-requested"
    flag.mkdir()  # unlink() of a folder fails like a flag we may not remove
    request = RestartRequest(flag)
    assert request.pending()
    with caplog.at_level(logging.ERROR, logger="kiosk.core.restart_request"):
        assert not request.take_if_idle("attract")
        assert not request.take_if_idle("attract")
    assert len([r for r in caplog.records if "cannot be removed" in r.getMessage()]) == 1


def test_an_unreadable_folder_is_no_request(tmp_path: Path) -> None:
    request = RestartRequest(tmp_path / "not-a-folder" / "restart-requested")
    (tmp_path / "not-a-folder").write_text("a file", encoding="utf-8")
    assert not request.pending()
    assert not request.take_if_idle("attract")
