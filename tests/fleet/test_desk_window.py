"""``kiosk desk`` on a real broker (issue 16, point 2): kiosks and their problems, the
help queue with waiting time, language and settings, "I'm coming" from the keyboard,
a claim seen by a second desk, a chime and a steady mark on a new request, names for
assistive technology, and the window's own language menu."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

from kiosk.core.clock import FixedClock
from kiosk.fleet.desk_client import DeskClient
from kiosk.fleet.kiosk_client import HelpEvent, KioskFleet
from kiosk.fleet.messages import HelpInfo, KioskStatus
from kiosk.ui.chime import SilentChime
from kiosk.ui.desk_window import NEW_BACKGROUND, DeskWindow
from kiosk.ui.i18n import Translations

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kiosks(broker):
    made: list[KioskFleet] = []

    def make(kiosk_id: str, **options) -> KioskFleet:
        fleet = KioskFleet(broker.settings(), kiosk_id, "kallio", place_name="Kallio", **options)
        fleet.start()
        made.append(fleet)
        return fleet

    yield make
    for fleet in made:
        fleet.stop(timeout=2)


@pytest.fixture
def make_desk(broker, qapp):
    windows: list[DeskWindow] = []
    translators = Translations(qapp)

    def make(name: str = "", clock=None) -> DeskWindow:
        client = DeskClient(broker.settings(), ("kallio",))
        window = DeskWindow(
            client, chime=SilentChime(), clock=clock, name=name, translations=translators
        )
        window.show()
        client.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.client.stop(timeout=2)
        window.close()
        window.deleteLater()
    translators.switch("en")
    QApplication.processEvents()


def rows(window: DeskWindow) -> list[str]:
    return [window.queue.item(i).text() for i in range(window.queue.count())]


def kiosk_rows(window: DeskWindow) -> list[list[str]]:
    table = window.kiosks
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_desk_lists_the_kiosks_with_their_state_and_problems(kiosks, make_desk, qtbot):
    free, busy = kiosks("kallio-1"), kiosks("kallio-2")
    free.set_status(KioskStatus("kallio-1", "kallio", "attract", "Kallio", version="1.0"))
    busy.set_status(
        KioskStatus(
            "kallio-2",
            "kallio",
            "session",
            "Kallio",
            "library-hours",
            "which",
            speech=False,
            printer="failed",
            version="1.0",
        )
    )
    desk = make_desk()
    qtbot.waitUntil(lambda: desk.kiosks.rowCount() == 2, timeout=5000)
    assert kiosk_rows(desk) == [
        ["Kallio · kallio-1", "free", "", "–", "1.0"],
        ["Kallio · kallio-2", "in use", "library-hours / which", "no speech, printer", "1.0"],
    ]
    assert desk.status.text().startswith("Connected to 127.0.0.1:")
    busy.stop()
    qtbot.waitUntil(lambda: kiosk_rows(desk)[1][1] == "OFFLINE", timeout=5000)


def test_a_request_chimes_is_marked_and_i_m_coming_works_from_the_keyboard(
    kiosks, make_desk, qtbot
):
    events: list[HelpEvent] = []
    fleet = kiosks("kallio-1", on_event=events.append)
    clock = FixedClock(datetime(2026, 3, 2, 10, 0))
    desk = make_desk(name="Aino", clock=clock)
    qtbot.waitUntil(lambda: fleet.connected and desk.client.view.connected, timeout=5000)
    fleet._clock = FixedClock(datetime(2026, 3, 2, 9, 57))  # asked three minutes ago
    fleet.request_help(HelpInfo("e-identification", "have", "sv", 150, True))
    qtbot.waitUntil(lambda: desk.queue.count() == 1, timeout=5000)
    assert desk.chime.played == 1
    assert desk.announced == ["Help request from Kallio kallio-1."]
    text = rows(desk)[0]
    assert text.startswith(
        "New: Kallio · kallio-1 — waiting 3 min — Svenska, text 150 %, "
        "speech on — e-identification / have — nobody yet"
    )
    item = desk.queue.item(0)
    assert item.background().color().name() == NEW_BACKGROUND  # steady; nothing blinks
    assert item.font().bold()
    assert desk.windowTitle().startswith("(1 new)")

    # Keyboard only: the queue has the focus; Down selects, Alt+I claims.
    desk.activateWindow()
    desk.queue.setFocus()
    QTest.keyClick(desk.queue, Qt.Key.Key_Down)
    QTest.keyClick(desk.queue, Qt.Key.Key_Home)
    assert desk.queue.currentRow() == 0
    assert desk.coming.isEnabled()
    QTest.keyClick(desk.queue, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(events), timeout=5000)
    assert events[0].kind == "claimed" and events[0].name == "Aino"
    qtbot.waitUntil(lambda: rows(desk)[0].endswith("you are going"), timeout=5000)
    # Claimed: the mark goes (it stays on what still needs someone, wherever the focus).
    assert not rows(desk)[0].startswith("New:") and not desk.queue.item(0).font().bold()
    assert not desk.windowTitle().startswith("(")
    assert desk.release.isEnabled()
    QTest.keyClick(desk.queue, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.queue.count() == 0, timeout=5000)
    assert "kallio-1 (done)" in desk.closed.text()


def test_a_claim_at_one_desk_shows_at_the_other(kiosks, make_desk, qtbot):
    fleet = kiosks("kallio-1")
    first, second = make_desk(name="Aino"), make_desk(name="Ville")
    qtbot.waitUntil(lambda: all(d.client.view.connected for d in (first, second)), timeout=5000)
    fleet.request_help(HelpInfo(None, None, "fi"))
    qtbot.waitUntil(lambda: first.queue.count() == 1 and second.queue.count() == 1, timeout=5000)
    first.queue.setCurrentRow(0)
    first.coming.click()
    qtbot.waitUntil(lambda: rows(second)[0].endswith("Aino is going"), timeout=5000)
    second.queue.setCurrentRow(0)
    assert not second.coming.isEnabled()  # taken: the other desk cannot claim it
    assert second.done.isEnabled()


def test_every_control_has_a_name_and_a_key(make_desk):
    desk = make_desk()
    controls = (QAbstractButton, QLineEdit, QListWidget, QTableWidget)
    for widget in desk.findChildren(QWidget):
        if isinstance(widget, controls) and widget.isVisibleTo(desk) and widget.objectName():
            assert widget.accessibleName(), widget.objectName()
    assert "&" in desk.coming.text() and "&" in desk.done.text()
    for label in (desk.queue_label, desk.name_label, desk.kiosks_label):
        assert label.buddy() is not None and "&" in label.text()


def test_the_language_menu_switches_the_window(make_desk):
    desk = make_desk()
    desk.switch_language("fi")
    assert desk.coming.text() == "&Tulen"
    assert desk.language_actions["fi"].isChecked()
    desk.switch_language("sv")
    assert desk.coming.text() == "&Jag kommer"


def test_kiosk_desk_starts_from_the_command_line(broker, tmp_path):
    config = tmp_path / "desk.toml"
    config.write_text(
        f'[fleet]\nbroker = "127.0.0.1"\nport = {broker.port}\n[staff]\nlanguage = "sv"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "desk", "--config", str(config), "--smoke"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "desk up:" in done.stdout
    assert "Personalens" in done.stdout  # the window title in [staff] language
