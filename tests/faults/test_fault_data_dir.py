"""Fault survival: the kiosk's whole data folder is deleted (``shutil.rmtree``) while a
resident is half-way through a flow, with answers given and a name typed.

Everything that lives there must notice and make again what it needs: usage figures
(SQLite would otherwise go on writing into the deleted file, and every figure would be
lost), the staff audit log, the PIN lockout, the print hand-off folder, the log file
and the HTTP cache. Where a part cannot recover (earlier audit lines are gone; a
folder that cannot be made again) staff are told in the staff panel.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from fakecity.kiosk_config import write_city_config
from fakecity.server import FakeCity
from fault_helpers import (
    CACHE,
    FLOW,
    TYPED,
    click_button,
    enter_pin,
    finishes_and_ends,
    leave_helper,
    picks_a_library,
    resident_types_a_name,
    shown_text,
    staff_panel_problems,
)
from helpers import crash_lines, settle, to_home

from kiosk.services.lazy_http import LazyCityHttp
from kiosk.services.transport import CityHttp
from kiosk.staff.audit import AUDIT_FILE
from kiosk.staff.lockout import LOCKOUT_FILE
from kiosk.staff.pins import DEMO_PIN_HASH
from kiosk.stats.report import read_counts
from kiosk.stats.store import RETRY_OPEN_S, STATS_FILE
from kiosk.ui import visit as window_module
from kiosk.ui.printout import print_to_pdf

pytestmark = pytest.mark.faults


# Helpers -----------------------------------------------------------------------------


def audit_actions(data: Path) -> list[str]:
    path = data / AUDIT_FILE
    return [json.loads(line)["action"] for line in path.read_text().splitlines()]


def counts(data: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for row in read_counts(data / STATS_FILE):
        found[row.event] = found.get(row.event, 0) + row.count
    return found


def print_into_handoff(monkeypatch, kiosk) -> list[Path]:
    """There is no printer here: a printout becomes a PDF in the kiosk's hand-off
    folder, through the window's own printing path. The list gets each file."""
    files: list[Path] = []

    def to_pdf(printout, printer, now):
        path = kiosk.window.handoff_files.path("printout.pdf")  # OSError if it cannot be
        files.append(path)
        return print_to_pdf(printout, path, now)

    monkeypatch.setattr(window_module, "print_to", to_pdf)
    return files


# The whole data folder deleted -----------------------------------------------------------


def test_data_folder_deleted_while_a_resident_is_in_a_flow(make_kiosk, tmp_path: Path, monkeypatch):
    """Data folder deleted mid-flow: resident, staff, PIN lock, figures and logs all go on."""
    data = tmp_path / "data"
    kiosk = make_kiosk(lang="en")
    printed = print_into_handoff(monkeypatch, kiosk)
    window = kiosk.window
    to_home(kiosk, "en")
    staff_panel_problems(window)  # staff helped someone earlier: audit lines exist
    leave_helper(window)
    resident_types_a_name(kiosk)
    shutil.rmtree(data)

    # The resident goes on: results, opening hours, a printout, help, the end.
    picks_a_library(window)
    click_button(window, "printButton")
    assert window.screen_name == "print-printed", shown_text(window)
    assert printed and printed[-1].parent == data / "handoff"
    text = subprocess.run(
        ["pdftotext", str(printed[-1]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Library opening hours" in text
    window.go_back()
    settle()
    window.bottom.buttons["help"].click()
    settle()
    assert window.screen_name == "help"
    assert "Go to the service desk" in shown_text(window)
    window.go_back()
    settle()
    answers = kiosk.session.answers_for(FLOW)
    assert answers["which"] == "other" and answers["name"] == TYPED
    finishes_and_ends(kiosk)
    assert list((data / "handoff").iterdir()) == [], "the printout was wiped"

    # Usage figures: the deleted file's figures were carried into a new one.
    kiosk.window.staff.stats.flush()  # written by a worker thread
    figures = counts(data)
    assert figures["session_started"] == 1  # recorded before the folder went
    assert figures["flow_completed"] == 1 and figures["help_requested"] == 1
    assert figures["session_ended"] == 1

    # Staff: helper mode opens; the panel says the earlier audit lines are gone.
    problems = staff_panel_problems(window)
    assert any("audit log was deleted" in text for text in problems), problems
    assert not any("figures" in text.lower() for text in problems), problems
    assert dict(window.desk.figures())["Sessions"] == 1
    leave_helper(window)
    assert audit_actions(data) == ["helper_entered", "helper_left"]

    # Five wrong PINs lock the pad, and the lock is in the new folder.
    window.request_pin("staff")
    for _ in range(5):
        enter_pin(window, "9999")
    assert "Too many wrong PINs" in shown_text(window)
    assert json.loads((data / LOCKOUT_FILE).read_text())["locked_until"]
    restarted = make_kiosk(lang="en")  # the same data folder: a restart
    restarted.window.request_pin("staff")
    enter_pin(restarted.window, "1234")
    assert not restarted.window.helper_active, "the lock survived the restart"

    # The log file was started again; what was logged after the deletion is in it.
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "the log file was deleted" in log and "session ended: end" in log
    assert crash_lines(data) == []


def test_lockout_file_written_again_when_deleted_during_a_lock(make_kiosk, tmp_path: Path):
    """A lock whose file was deleted is written again at the next look at the pad."""
    data = tmp_path / "data"
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.request_pin("staff")
    for _ in range(5):
        enter_pin(window, "9999")
    shutil.rmtree(data)
    window.request_pin("staff")  # staff come back to the pad
    enter_pin(window, "1234")
    assert not window.helper_active
    assert json.loads((data / LOCKOUT_FILE).read_text())["locked_until"]


def test_a_data_folder_that_cannot_be_made_again_is_told_to_staff(
    make_kiosk, tmp_path: Path, monkeypatch
):
    """A data folder that cannot be made again: resident finishes, staff told, all recovers."""
    data = tmp_path / "data"
    kiosk = make_kiosk(lang="en")
    print_into_handoff(monkeypatch, kiosk)
    window = kiosk.window
    to_home(kiosk, "en")
    resident_types_a_name(kiosk)
    shutil.rmtree(data)
    data.write_text("not a folder")  # nothing can be made under it now

    picks_a_library(window)
    click_button(window, "printButton")
    assert window.screen_name == "print-failed"
    assert "The printer is not working. Ask the staff." in shown_text(window)
    window.go_back()
    settle()
    click_button(window, "nextButton")
    assert window.screen_name == f"step:{FLOW}:done"
    window.request_pin("staff")
    enter_pin(window, "9999")  # a wrong PIN: counted in memory, cannot be saved
    problems = staff_panel_problems(window)
    joined = "\n".join(problems)
    for part in (
        "Usage figures are not being saved",
        "Staff actions cannot be logged",
        "PIN lockout cannot be saved",
        "hand-off folder",
    ):
        assert part in joined, problems
    assert dict(window.desk.figures())["Sessions"] == 1, "read from the deleted file"
    leave_helper(window)
    window.end_session("end")
    assert window.screen_name == "attract"
    assert kiosk.session.answers == {} and kiosk.session.drafts == {}

    data.unlink()  # IT clears the way
    window.clock.advance(RETRY_OPEN_S)  # the figures store tries again after a while
    to_home(kiosk, "en")
    problems = staff_panel_problems(window)
    assert problems == [], problems
    figures = counts(data)
    # The first session's start was copied from the deleted file; its end came while
    # nothing could be saved and was dropped, as the staff panel said.
    assert figures["session_started"] == 2
    assert "flow_completed" not in figures


# The HTTP cache of a live kiosk ------------------------------------------------------


def test_cache_file_made_again_after_the_folder_is_deleted(
    city: FakeCity, make_kiosk, tmp_path: Path
):
    """A live kiosk's cache file is made again after the data folder is deleted."""
    city.reset()
    config = write_city_config(
        tmp_path / "kiosk.toml", city.url, [FLOW], services=["kirjastot"], pin_hash=DEMO_PIN_HASH
    )
    data = tmp_path / "data"
    kiosk = make_kiosk(lang="en", config_path=config)
    window = kiosk.window
    to_home(kiosk, "en")
    resident_types_a_name(kiosk)
    shutil.rmtree(data)
    picks_a_library(window)
    assert "Kallion kirjasto" in shown_text(window)  # the fake city's answer
    assert (data / CACHE).is_file()
    week = "/v4/library/84860"  # public: cached (a typed name search never is)
    asked = city.count(week)
    window.go_back()
    settle()
    window.go_back()
    settle()
    picks_a_library(window)  # the same week: from the new cache file
    assert city.count(week) == asked
    lazy = window.staff.sources["cache"]
    assert isinstance(lazy, LazyCityHttp)  # made on the first live call (issue 19)
    http = lazy.real()
    assert isinstance(http, CityHttp) and http.problem is None
    assert staff_panel_problems(window) == []
