"""Private listening with a headset (issue 13, point 5; EN 301 549 5.1.3.9), through an
injected jack source: plugging a headset in moves speech to it (the loudspeaker muted)
at a safe volume and says so; private values are said only while it is in; unplugging
moves speech back to the loudspeaker and private values are silent again."""

from __future__ import annotations

from helpers import find, settle, tap, to_home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.flow.engine import Answer
from kiosk.ui.widgets import BigButton

CANARY = "Kanarialintu-73"
CONFIG = """\
[kiosk]
demo = true
[headset]
speaker_device = "plughw:0,0"
headset_device = "plughw:1,0"
mute_control = "Speaker"
volume = 0.4
"""
HEADSET_ON = {
    "en": "Headset connected. Speech is now only in the headset. Private details, such as "
    "what you write, are read aloud there.",
    "fi": "Kuulokkeet on kytketty. Puhe kuuluu nyt vain kuulokkeista. Yksityiset tiedot, "
    "kuten kirjoittamasi teksti, luetaan niissä ääneen.",
}
HEADSET_OFF = {
    "en": "Headset removed. Speech comes from the loudspeaker again. Private details are "
    "no longer read aloud.",
}


class FakeJack:
    """A jack source a test plugs and unplugs."""

    def __init__(self) -> None:
        self.state: bool | None = False

    def plugged(self) -> bool | None:
        return self.state


def kiosk_with_jack(make_kiosk, tmp_path, lang: str):
    config = tmp_path / "kiosk.toml"
    config.write_text(CONFIG, encoding="utf-8")
    kiosk = make_kiosk(lang=lang, config_path=config)
    assert not [p for p in kiosk.problems if p.kind == "config"]
    to_home(kiosk, lang)
    jack = FakeJack()
    watch = kiosk.window.visit.watch_headset(jack, start=False)
    ran: list[list[str]] = []
    kiosk.window.visit._route._run = lambda command, **_: ran.append(command)
    return kiosk, jack, watch, ran


def plug(jack, watch, state: bool | None) -> None:
    jack.state = state
    watch.poll()
    settle()


def test_speaker_to_headset_and_back_with_the_spoken_notice(make_kiosk, tmp_path):
    kiosk, jack, watch, ran = kiosk_with_jack(make_kiosk, tmp_path, "en")
    speaker, settings = kiosk.speaker, kiosk.session
    loud = settings.settings.volume
    plug(jack, watch, True)
    assert speaker.output == "plughw:1,0"
    assert ran[-1][-2:] == ["Speaker", "mute"]  # the loudspeaker is muted
    assert settings.settings.volume == 0.4 and speaker.volume == 0.4  # a safe start
    assert speaker.spoken()[-1].startswith(HEADSET_ON["en"])  # then: explore by touch on
    plug(jack, watch, None)  # the source cannot tell: nothing changes
    assert speaker.output == "plughw:1,0"
    plug(jack, watch, False)
    assert speaker.output == "plughw:0,0"
    assert ran[-1][-2:] == ["Speaker", "unmute"]
    assert settings.settings.volume == loud and speaker.volume == loud
    assert speaker.spoken()[-1].startswith(HEADSET_OFF["en"])


def test_plugging_a_headset_turns_speech_on_and_a_new_session_keeps_the_safe_volume(
    make_kiosk, tmp_path
):
    kiosk, jack, watch, _ = kiosk_with_jack(make_kiosk, tmp_path, "fi")
    kiosk.window.show_speech_settings()
    kiosk.window.page.findChild(
        type(kiosk.window.top.buttons["speech"]), "speechToggleButton"
    ).click()
    assert kiosk.session.settings.speech is False
    plug(jack, watch, True)
    assert kiosk.session.settings.speech is True
    assert kiosk.speaker.spoken()[-1].startswith(HEADSET_ON["fi"])
    kiosk.window.end_session("end")
    to_home(kiosk, "fi")
    assert kiosk.session.settings.volume == 0.4  # not the loudspeaker's default


def type_private(kiosk, window) -> QLineEdit:
    window.start_flow("library-hours")
    window.send(Answer("other"))
    field = window.page.findChild(QLineEdit)
    field.setProperty("private", True)  # as a contact field is
    for char in "kana":
        window.page.keyboard.key(char).click()
    field.setText(CANARY)
    return field


def test_private_values_are_said_only_with_the_headset_in(make_kiosk, tmp_path, qtbot):
    kiosk, jack, watch, _ = kiosk_with_jack(make_kiosk, tmp_path, "fi")
    window = kiosk.window
    field = type_private(kiosk, window)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    said = " ".join(kiosk.speaker.spoken())
    assert CANARY not in said and "yksityinen" in said
    assert not [t for t in kiosk.speaker.spoken() if t in ("k", "a", "n")]

    plug(jack, watch, True)
    mark = len(kiosk.speaker.log)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    window.page.keyboard.key("k").click()  # (Backtab selected the text: "k" replaces it)
    in_headset = [u.text for u in kiosk.speaker.log[mark:] if u.kind == "say"]
    assert any(CANARY in text for text in in_headset), in_headset
    assert in_headset[-1] == "k"

    plug(jack, watch, False)
    mark = len(kiosk.speaker.log)
    window.page.keyboard.key("a").click()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    after = [u.text for u in kiosk.speaker.log[mark:] if u.kind == "say"]
    assert "a" not in after and not any(CANARY in text for text in after)


def test_my_data_says_typed_private_values_only_in_the_headset(make_kiosk, tmp_path):
    kiosk, jack, watch, _ = kiosk_with_jack(make_kiosk, tmp_path, "en")
    kiosk.session.drafts_for("feedback")["text.text"] = CANARY  # text started, private
    window = kiosk.window
    window.show_privacy()
    settle()
    assert not any(CANARY in text for text in kiosk.speaker.spoken())
    window.go_back()
    plug(jack, watch, True)
    window.show_privacy()
    settle()
    assert any(CANARY in text for text in kiosk.speaker.spoken())


def test_a_headset_plugged_in_turns_explore_by_touch_on_and_unplugged_off(
    make_kiosk, tmp_path, qtbot
):
    """Issue 18: whoever plugs a headset in most likely listens rather than looks, so
    the first tap on a control says it and does not choose it."""
    kiosk, jack, watch, _ = kiosk_with_jack(make_kiosk, tmp_path, "en")
    window = kiosk.window
    plug(jack, watch, True)
    assert kiosk.speaker.spoken()[-1] == HEADSET_ON["en"] + " " + (
        "Explore by touch on. Touch a button to hear what it is. Tap it again to choose it."
    )
    tile = find(window, BigButton, "flow_library-hours")
    tap(qtbot, tile)
    assert window.screen_name == "home", "the first tap only speaks"
    assert kiosk.speaker.spoken()[-1].startswith(tile.accessibleName() or tile.text())
    tap(qtbot, tile)
    assert window.screen_name.startswith("step:library-hours:")

    plug(jack, watch, False)
    assert kiosk.speaker.spoken()[-1].endswith("Explore by touch off. One tap chooses.")
    tap(qtbot, window.bottom.buttons["back"])  # one tap acts again
    assert window.screen_name == "home"
