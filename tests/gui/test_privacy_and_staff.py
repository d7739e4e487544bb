"""Privacy between residents (A8, MyData), helper mode, help requests and usage figures,
driven through the real window with a fake clock, real files and a real HTTP server."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from helpers import find, settle, to_home
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from kiosk.flow.engine import Answer
from kiosk.stats.report import read_counts
from kiosk.ui.widgets import BigButton

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Kanarialintu-Q7Z"
CANARY_PHONE = "0409998877"
CANARY_MAIL = "kanari.q7z@example.org"

#: A flow with every kind of input a resident can type, for the canary test.
CANARY_FLOW = """
id: canary-test
title: {fi: Testi, sv: Test, en: Test}
description: {fi: Kaikki kentät., sv: Alla fält., en: Every field.}
steps:
  - id: note
    kind: text
    heading: {fi: Kirjoita viesti, sv: Skriv ett meddelande, en: Write a message}
    label: {fi: Viesti, sv: Meddelande, en: Message}
    max_length: 400
    next: secret
  - id: secret
    kind: text
    private: true
    heading: {fi: Kirjoita nimesi, sv: Skriv ditt namn, en: Write your name}
    next: contact
  - id: contact
    kind: contact
    heading: {fi: Yhteystiedot, sv: Kontaktuppgifter, en: Contact details}
    fields:
      - {id: phone, kind: phone, label: {fi: Puhelin, sv: Telefon, en: Phone}}
      - {id: email, kind: email, label: {fi: Sähköposti, sv: E-post, en: E-mail}}
    next: check
  - id: check
    kind: review
    heading: {fi: Tarkista, sv: Kontrollera, en: Check}
    next: done
  - id: done
    kind: done
    heading: {fi: Valmis, sv: Klart, en: Done}
"""


@pytest.fixture
def assets_with_canary_flow(tmp_path, monkeypatch) -> Path:
    assets = tmp_path / "assets"
    shutil.copytree(ROOT / "assets", assets)
    (assets / "flows" / "canary-test.yaml").write_text(CANARY_FLOW, encoding="utf-8")
    monkeypatch.setenv("KIOSK_ASSETS", str(assets))
    return assets


def write_config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[kiosk]\ndemo = true\n[flows]\nenabled = ["library-hours", "e-identification", '
        '"canary-test"]\n' + extra,
        encoding="utf-8",
    )
    return path


def type_into(window, text: str) -> None:
    editor = window.page.findChild(QLineEdit) or window.page.findChild(QPlainTextEdit)
    editor.setFocus()
    for char in text[:3].lower():
        if char.isalpha():
            window.page.keyboard.key(char).click()
    editor.selectAll()
    editor.insert(text) if isinstance(editor, QLineEdit) else editor.insertPlainText(text)
    QApplication.clipboard().setText(text)  # as if the resident had copied it


def fill_canary_flow(kiosk) -> None:
    window = kiosk.window
    window.start_flow("canary-test")
    type_into(window, f"Message {CANARY}")
    find(window, BigButton, "nextButton").click()
    type_into(window, CANARY)
    find(window, BigButton, "nextButton").click()
    window.page.fields["phone"].setText(CANARY_PHONE)
    window.page.fields["email"].setText(CANARY_MAIL)
    for _field in ("phone", "email"):  # one field a screen (issue 14)
        find(window, BigButton, "nextButton").click()
    assert window.screen_name == "step:canary-test:check"
    window.show_privacy()  # the resident looks at what the kiosk holds
    shown = " ".join(label.text() for label in window.page.findChildren(QLabel))
    assert CANARY in shown and CANARY_MAIL in shown
    window.go_back()


def all_bytes_under(path: Path) -> bytes:
    found = b""
    if path.exists():
        for file in path.rglob("*"):
            if file.is_file():
                found += file.read_bytes()
    return found


def assert_no_canary(kiosk, data_dir: Path) -> None:
    app = QApplication.instance()
    for widget in app.allWidgets():
        for getter in ("text", "toPlainText", "accessibleName", "accessibleDescription"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                assert CANARY not in str(text), f"{type(widget).__name__}.{getter}"
                assert CANARY_PHONE not in str(text)
    assert CANARY not in app.clipboard().text()
    assert kiosk.session.answers == {} and kiosk.session.drafts == {}
    assert kiosk.speaker.log == [] and kiosk.speaker.last_said() is None
    kiosk.speaker.repeat()
    assert kiosk.speaker.spoken() == []
    for where in (data_dir, Path(tempfile.gettempdir())):
        blob = (
            all_bytes_under(where)
            if where == data_dir
            else b"".join(
                f.read_bytes() for f in where.glob("*") if f.is_file() and f.stat().st_size < 10**7
            )
        )
        for canary in (CANARY, CANARY_PHONE, CANARY_MAIL):
            assert canary.encode() not in blob, f"{canary} found under {where}"


@pytest.mark.parametrize("reason", ["button", "idle", "staff", "back", "fault"])
def test_nothing_of_the_resident_is_left_after_the_session(
    make_kiosk, tmp_path, assets_with_canary_flow, reason
):
    kiosk = make_kiosk(lang="fi", config_path=write_config(tmp_path))
    window = kiosk.window
    to_home(kiosk, "fi")
    fill_canary_flow(kiosk)
    window.start_flow("library-hours")
    window.send(Answer("other"))
    type_into(window, CANARY)
    if reason == "button":
        window.bottom.buttons["end"].click()
        window.page.findChild(BigButton, "confirmEndButton").click()
    elif reason == "idle":
        window.clock.advance(kiosk.config.timeouts.idle_s)
        window.idle_tick()  # the warning, which always comes first
        window.clock.advance(kiosk.config.timeouts.warning_s)
        window.idle_tick()
    elif reason == "back":  # Back all the way out: it asks before it wipes
        while window.screen_name != "confirm-end":
            window.bottom.buttons["back"].click()
        window.page.findChild(BigButton, "confirmEndButton").click()
    elif reason == "fault":  # an unexpected error: the sorry screen, then the start
        window.recover()
        window.recover_timer.timeout.emit()
    else:
        window.request_pin("staff")
        for digit in "1234":
            window.page.findChild(BigButton, f"pin_{digit}").click()
        window.page.findChild(BigButton, "pin_ok").click()
        assert window.helper_active
        window.page.findChild(BigButton, "staffEnd").click()
    settle()
    assert window.screen_name == "attract"
    assert_no_canary(kiosk, tmp_path / "data")


def test_clear_now_forgets_answers_but_keeps_the_session(make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.fields["name"].setText(CANARY)
    window.top.buttons["privacy"].click()
    assert window.screen_name == "privacy"
    shown = [label.text() for label in window.page.findChildren(QLabel)]
    assert any(CANARY in text for text in shown)
    assert not any(CANARY in text for text in kiosk.speaker.spoken()), "typed text was spoken"
    window.page.findChild(BigButton, "clearNowButton").click()
    assert window.screen_name == "home"
    assert kiosk.session.answers == {} and kiosk.session.drafts == {}
    assert kiosk.session.active
    window.show_privacy()
    shown = [label.text() for label in window.page.findChildren(QLabel)]
    assert "You have not chosen or written anything yet." in shown


# Helper mode -----------------------------------------------------------------------


def enter_pin(window, digits: str) -> None:
    for digit in digits:
        window.page.findChild(BigButton, f"pin_{digit}").click()
    window.page.findChild(BigButton, "pin_ok").click()


def audit_lines(data_dir: Path) -> list[dict]:
    path = data_dir / "staff-audit.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_ctrl_alt_h_and_the_demo_pin_open_helper_mode(make_kiosk, tmp_path, qtbot):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert window.screen_name == "pin"
    assert window.top.isHidden()  # the pad is for staff; the bars are the resident's
    enter_pin(window, "1234")
    assert window.helper_active and window.banner.isVisible()
    assert window.banner.label.text() == "Kirjaston henkilökunta auttaa"
    assert kiosk.speaker.spoken()[-1] == "Kirjaston henkilökunta auttaa sinua nyt."
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    note = window.engine.current.staff_note.get("fi")
    assert any(note in text for text in texts), "the step's coaching note is shown"
    window.page.findChild(BigButton, "staffResume").click()
    assert window.screen_name == "step:library-hours:which"
    assert window.banner.isVisible()
    window.banner.button.click()
    window.page.findChild(BigButton, "staffLeave").click()
    assert not window.helper_active and not window.banner.isVisible()
    actions = [line["action"] for line in audit_lines(tmp_path / "data")]
    assert actions == ["helper_entered", "helper_left"]


def test_a_long_press_on_the_corner_asks_for_the_pin(make_kiosk):
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    corner = window.top.mapTo(window, QPoint(3, 3))
    QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=corner)
    assert window.guard.corner_timer.isActive()
    window.guard.corner_timer.timeout.emit()  # three seconds later
    assert window.screen_name == "pin"
    # The release after it is not a tap: the pad stays, nothing under the finger is pressed.
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=corner)
    assert window.screen_name == "pin"


def test_five_wrong_pins_lock_and_the_lock_survives_a_restart(make_kiosk, tmp_path):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.request_pin("staff")
    for attempt in range(4):
        enter_pin(window, "9999")
        texts = [label.text() for label in window.page.findChildren(QLabel)]
        assert f"Wrong PIN. Tries left: {4 - attempt}." in texts
    enter_pin(window, "9999")
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    assert "Too many wrong PINs. Try again in 5 minutes." in texts
    enter_pin(window, "1234")  # even the right PIN waits
    assert not window.helper_active
    restarted = make_kiosk(lang="en")  # same data folder: a restart
    restarted.window.request_pin("staff")
    enter_pin(restarted.window, "1234")
    assert not restarted.window.helper_active
    assert [line["action"] for line in audit_lines(tmp_path / "data")].count("pin_wrong") == 4


def test_every_staff_action_works_and_is_audited_without_personal_data(make_kiosk, tmp_path):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.fields["name"].setText(CANARY)
    window.request_pin("staff")
    enter_pin(window, "1234")

    def act(name: str) -> None:
        window.page.findChild(BigButton, name).click()

    act("staffTextSize")
    assert kiosk.session.settings.text_size == 150
    act("staffContrast")
    assert kiosk.session.settings.theme == "high-contrast"
    act("staffSpeech")
    assert kiosk.session.settings.speech is False
    act("staffLanguage")  # the next language of the configured list
    enabled = list(kiosk.config.languages.enabled)
    assert kiosk.session.settings.language == enabled[(enabled.index("fi") + 1) % len(enabled)]
    act("staffIdle")
    window.clock.advance(10_000)
    window.idle_tick()
    assert window.screen_name == "staff-panel", "a paused timer never warns"
    act("staffBack")
    assert window.screen_name == "step:library-hours:which"
    window.banner.button.click()
    act("staffRestart")
    assert window.screen_name == "step:library-hours:which"
    window.banner.button.click()
    act("staffEnd")
    assert window.screen_name == "attract" and not window.helper_active
    lines = audit_lines(tmp_path / "data")
    assert [line["action"] for line in lines] == [
        "helper_entered",
        "text_size",
        "theme",
        "speech",
        "language",
        "idle_paused",
        "back",
        "restart_flow",
        "end_session",
        "idle_resumed",
        "helper_left",
    ]
    raw = (tmp_path / "data" / "staff-audit.jsonl").read_text()
    assert CANARY not in raw
    assert all(set(line) == {"time", "kiosk_id", "action", "flow_id", "step_id"} for line in lines)


def test_only_the_admin_pin_closes_the_kiosk(make_kiosk, tmp_path, monkeypatch):
    kiosk = make_kiosk(lang="en")
    quits = []
    monkeypatch.setattr(QApplication.instance(), "quit", lambda: quits.append(True))
    window = kiosk.window
    window.request_pin("staff")
    enter_pin(window, "1234")
    window.page.findChild(BigButton, "staffClose").click()
    assert window.screen_name == "pin"
    enter_pin(window, "1235")
    assert quits == [] and not window.allow_close
    enter_pin(window, "1234")  # the demo admin PIN
    assert quits == [True] and window.allow_close
    assert "admin_exit" in [line["action"] for line in audit_lines(tmp_path / "data")]


# Help requests -----------------------------------------------------------------------


class _Hook(BaseHTTPRequestHandler):
    bodies: list[dict] = []
    status = 204

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers["Content-Length"])
        type(self).bodies.append(json.loads(self.rfile.read(length)))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def webhook():
    class Hook(_Hook):
        bodies: list[dict] = []
        status = 204

    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, Hook
    server.shutdown()
    server.server_close()


def test_ask_for_help_reaches_staff_once_a_minute(make_kiosk, tmp_path, webhook):
    server, hook = webhook
    url = f"http://127.0.0.1:{server.server_port}/help"
    (tmp_path / "k.toml").write_text(f'[help]\nwebhook_url = "{url}"\nretries = 0\n')
    kiosk = make_kiosk(lang="fi", config_path=tmp_path / "k.toml")
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.fields["name"].setText(CANARY)
    window.bottom.buttons["help"].click()
    texts = [label.text() for label in window.page.findChildren(QLabel)]
    # One sentence says staff know and where to wait (issue 14).
    assert "Kirjaston henkilökunta tietää, että tarvitset apua, ja tulee luoksesi tänne." in texts
    assert len(hook.bodies) == 1
    body = hook.bodies[0]
    assert body["kiosk_id"] == "demo-kiosk"
    assert body["flow_id"] == "library-hours" and body["step_id"] == "name"
    assert CANARY not in json.dumps(body)
    window.go_back()
    window.clock.advance(30)
    window.bottom.buttons["help"].click()
    assert len(hook.bodies) == 1, "a second press within a minute is not sent again"
    window.go_back()
    window.clock.advance(61)
    window.bottom.buttons["help"].click()
    assert len(hook.bodies) == 2


def test_when_staff_cannot_be_reached_the_resident_is_sent_to_the_desk(
    make_kiosk, tmp_path, webhook
):
    server, hook = webhook
    hook.status = 500
    (tmp_path / "k.toml").write_text(
        f'[help]\nwebhook_url = "http://127.0.0.1:{server.server_port}/help"\nretries = 0\n'
    )
    kiosk = make_kiosk(lang="en", config_path=tmp_path / "k.toml")
    to_home(kiosk, "en")
    kiosk.window.bottom.buttons["help"].click()
    texts = [label.text() for label in kiosk.window.page.findChildren(QLabel)]
    assert "Go to the service desk, or wave to a staff member." in texts
    assert hook.bodies, "the kiosk did try"


# Usage figures -----------------------------------------------------------------------


def test_scripted_sessions_become_anonymous_figures(make_kiosk, tmp_path):
    kiosk = make_kiosk(lang="fi")
    window = kiosk.window
    for _ in range(2):
        to_home(kiosk, "fi")
        window.start_flow("e-identification")
        for value in (None, None, "has_codes", None, None):
            window.send(Answer(value))
        window.end_session("end")
    to_home(kiosk, "sv")
    window.start_flow("library-hours")
    window.send(Answer("other"))
    window.page.fields["name"].setText(CANARY)
    window.clock.advance(200)
    window.idle_tick()
    window.clock.advance(200)
    window.idle_tick()
    kiosk.window.staff.stats.close()
    db = tmp_path / "data" / "stats.sqlite3"
    counts = {
        (row.event, row.flow_id, row.step_id, row.value): row.count for row in read_counts(db)
    }
    assert counts[("session_started", None, None, None)] == 3
    assert counts[("flow_completed", "e-identification", None, None)] == 2
    assert counts[("flow_abandoned", "library-hours", "name", "timeout")] == 1
    assert counts[("session_ended", None, None, "idle")] == 1
    assert counts[("language", None, None, "sv")] == 1
    with sqlite3.connect(db) as connection:
        dump = "\n".join(connection.iterdump())
    assert CANARY not in dump


def test_helper_mode_ends_by_itself_after_its_idle_time(make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.request_pin("staff")
    enter_pin(window, "1234")
    assert window.helper_active
    assert window.desk.helper_idle.interval() == kiosk.config.timeouts.helper_idle_s * 1000
    window.desk.helper_idle.timeout.emit()  # the staff member walked away
    assert not window.helper_active and not window.banner.isVisible()


def test_a_broken_stats_database_never_stops_the_kiosk_and_staff_are_told(make_kiosk, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "stats.sqlite3").write_bytes(b"this is not a database" * 100)
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.start_flow("e-identification")
    for value in (None, None, "no_codes", None, None):
        window.send(Answer(value))
    assert window.screen_name == "step:e-identification:done"
    window.request_pin("staff")
    enter_pin(window, "1234")
    problems = [label.text() for label in window.page.findChildren(QLabel, "error")]
    assert problems, "the staff panel shows the figures problem"
    assert any("stats" in text.lower() or "figures" in text.lower() for text in problems)
    assert list(data.glob("stats.sqlite3.damaged-*")), "the broken file is kept aside"
