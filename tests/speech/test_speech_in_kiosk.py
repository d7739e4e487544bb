"""The real voice inside the real window: the kiosk speaks each screen, a tap
mid-sentence stops it at once, and the event loop keeps answering throughout."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from speech_helpers import gone, wait_until

from kiosk.ui.widgets import BigButton


def loop_answers(qtbot) -> None:
    """The GUI event loop runs a queued call promptly while speech plays."""
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=2000)


def test_speaking_a_whole_flow_and_tapping_mid_sentence_never_freezes(
    make_kiosk, make_speaker, qtbot
):
    speaker, events = make_speaker(paced=True)
    kiosk = make_kiosk(lang="fi", speaker=speaker)
    window = kiosk.window
    window.start_session()
    window.choose_language("fi")
    window.start_flow("e-identification")
    heard_pids = []
    for _ in range(4):  # intro, uses, the choice, and the answer screen it leads to
        started = len(events.all("audio-start"))
        wait_until(
            lambda started=started: len(events.all("audio-start")) > started,
            f"speech on {window.screen_name}",
        )
        pid = events.all("audio-start")[-1]["pid"]
        heard_pids.append(pid)
        loop_answers(qtbot)  # the loop answers while the sentence plays
        button = window.page.findChild(BigButton, "nextButton") or window.page.findChild(
            BigButton, "option_has_codes"
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        # The tap stopped the sentence at once: its player is gone.
        wait_until(lambda pid=pid: gone(pid), "the old sentence to stop")
        loop_answers(qtbot)
    assert len(set(heard_pids)) == 4
    assert window.screen_name == "step:e-identification:practise"
    assert speaker.available


def test_speech_status_reaches_the_top_bar(make_kiosk, make_speaker, qtbot):
    speaker, _ = make_speaker(
        voices={"fi": "urj/fi", "sv": "gmq/sv", "en": "gmw/en"},
        env={"KIOSK_SPEECH_DRIVER": "no-such-driver", "PATH": "/usr/bin"},
    )
    kiosk = make_kiosk(lang="fi", speaker=speaker)
    window = kiosk.window
    window.start_session()
    window.choose_language("fi")
    speaker.say("Hei.", "fi")  # the failing engine is found out on first use
    qtbot.waitUntil(lambda: not speaker.available, timeout=10_000)
    qtbot.waitUntil(lambda: window.top.buttons["speech"].text() == "Puhe: ei toimi", timeout=5000)
