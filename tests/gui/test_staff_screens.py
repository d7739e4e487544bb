"""Helper mode for staff (issue 16, point 3): the staff's screens in the staff's
language whatever the resident's, nothing of them read aloud to the room, Enter on the
PIN pad means OK, where to refer the resident next, and the bank card printout."""

from __future__ import annotations

import subprocess

import pytest
from helpers import SNAPSHOT_MORNING, app_state_restored, close_kiosk, find, settle, tap, to_home
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.flow.engine import Answer
from kiosk.journey import events as ev
from kiosk.ui import visit as visit_module
from kiosk.ui.printout import print_to_pdf
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui


def texts(window) -> list[str]:
    return [label.text() for label in window.page.findChildren(QLabel) if label.text()]


def said(kiosk, since: int = 0) -> list[str]:
    return [u.text for u in kiosk.speaker.log[since:] if u.kind == "say"]


@pytest.fixture
def swedish_session_finnish_staff(qapp, tmp_path):
    """A kiosk configured with ``[staff] language = "fi"``, a resident in Swedish."""
    from kiosk.app import build
    from kiosk.core.clock import FixedClock
    from kiosk.speech.recording import RecordingSpeaker
    from kiosk.ui.chime import SilentChime

    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\ndemo = true\n[staff]\nlanguage = "fi"\n', encoding="utf-8")
    with app_state_restored(qapp):
        kiosk = build(
            config_path=config,
            windowed=True,
            inline_services=True,
            clock=FixedClock(SNAPSHOT_MORNING),
            speaker=RecordingSpeaker(),
            data_dir=tmp_path / "data",
            size=(1920, 1080),
            chime=SilentChime(),
        )
        kiosk.window.show()
        to_home(kiosk, "sv")
        yield kiosk
        close_kiosk(kiosk)


def test_the_staff_panel_is_in_the_staff_language_over_a_swedish_session(
    swedish_session_finnish_staff,
):
    kiosk = swedish_session_finnish_staff
    window = kiosk.window
    assert kiosk.config.staff.language == "fi"
    window.start_flow("e-identification")
    window.request_pin("staff")
    settle()
    assert "Henkilökunnan PIN-koodi" in texts(window)  # the PIN pad: the staff's
    # Cancel in both: the staff's word, and the resident's, who may be here by chance.
    assert find(window, BigButton, "pin_cancel").text() == "Peruuta · Avbryt"
    window.dispatch(ev.PinChecked("staff", ok=True))
    settle()
    assert window.screen_name == "staff-panel"
    shown = texts(window)
    assert "Avustustilan valikko" in shown
    assert "Palvelu: Sähköinen tunnistautuminen" in shown  # the service, in Finnish too
    assert any(t.startswith("Ohje henkilökunnalle: Kerro rauhassa") for t in shown)
    assert any(t.startswith("Ohjaa seuraavaksi: Suomi.fi") for t in shown)
    assert find(window, BigButton, "staffLeave").text() == "Lopeta avustustila"
    # The resident's own screens and bars stay Swedish.
    assert window.banner.label.text() == "Bibliotekets personal hjälper"
    assert window.bottom.buttons["back"].text() == "Tillbaka"
    window.leave_helper()
    settle()
    assert window.screen_name == "step:e-identification:intro"
    assert "Vad är identifiering?" in texts(window)


def test_repeat_on_the_staff_panel_says_nothing(make_kiosk, qtbot):
    kiosk = make_kiosk("fi")
    window = kiosk.window
    to_home(kiosk, "fi")
    window.start_flow("e-identification")
    window.request_pin("staff")
    window.dispatch(ev.PinChecked("staff", ok=True))
    settle()
    before = len(kiosk.speaker.log)
    repeat, ask = window.bottom.buttons["repeat"], window.bottom.buttons["help"]
    assert not repeat.isEnabled() and not ask.isEnabled()
    qtbot.mouseClick(repeat, Qt.MouseButton.LeftButton)
    window.repeat()  # however it is asked for
    window.ask_help()
    settle()
    assert said(kiosk, before) == []
    assert window.screen_name == "staff-panel"
    # Back on the resident's screen both work again.
    tap(qtbot, find(window, BigButton, "staffResume"))
    assert repeat.isEnabled() and ask.isEnabled()
    window.repeat()
    assert any("tunnistautuminen" in text for text in said(kiosk, before))


def test_enter_on_the_pin_pad_submits_the_pin(make_kiosk):
    kiosk = make_kiosk("en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.request_pin("staff")
    settle()
    first = QApplication.focusWidget()
    assert first is not None and first.objectName() == "pin_1"  # a digit key has focus
    QTest.keyClicks(first, "1234")
    QTest.keyClick(first, Qt.Key.Key_Return)
    settle()
    assert window.screen_name == "staff-panel"  # the demo PIN 1234: not 12341, not "1"
    window.leave_helper()
    # A wrong PIN and Enter on the keypad's Enter key: counted once, as typed.
    window.request_pin("staff")
    settle()
    focused = QApplication.focusWidget()
    QTest.keyClicks(focused, "9999")
    QTest.keyClick(focused, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    settle()
    assert window.screen_name == "pin"
    assert "Wrong PIN. Tries left: 4." in texts(window)


def test_the_e_identification_flow_prints_what_to_take_to_the_bank(
    make_kiosk, tmp_path, monkeypatch
):
    pdf = tmp_path / "card.pdf"
    monkeypatch.setattr(
        visit_module, "print_to", lambda printout, printer, now: print_to_pdf(printout, pdf, now)
    )
    kiosk = make_kiosk("fi")
    to_home(kiosk, "fi")
    window = kiosk.window
    window.start_flow("e-identification")
    for answer in (None, None, "no_codes"):
        window.send(Answer(answer))
    assert window.screen_name == "step:e-identification:get_one"
    button = window.page.findChild(BigButton, "printButton")
    assert button.text() == "Tulosta: Mitä otat mukaan pankkiin"
    button.click()
    assert window.screen_name == "print-printed"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Mitä otat mukaan pankkiin" in text
    assert "Voimassa oleva passi tai henkilökortti." in text
    assert "Kysy pankista ensin, pitääkö aika varata." in text
    assert "Sähköinen tunnistautuminen" in text  # where it comes from
