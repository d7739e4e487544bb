"""A resident's whole visit, tapped through on the real widgets, in fi, sv and en.

Content is checked against the flow files (assets/flows/*.yaml); UI chrome wording is
not asserted (translations change), only object names and behaviour: what is shown,
what is said and in which language, what is kept and what is forgotten.
"""

from __future__ import annotations

import pytest
from helpers import (
    LANGS,
    ScreenSpeech,
    app_state_restored,
    crash_lines,
    find,
    flow_yaml,
    settle,
    tap,
    tap_name,
    visible_widgets,
    walk_screens,
    yaml_step,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from kiosk.speech.spoken import spoken
from kiosk.ui.pages import LanguagePage
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

#: The flows' default language; each test picks its own language on the language page.
DEFAULT_LANG = "fi"
E_ID_BRANCHES = {"has_codes": "safe_use", "no_codes": "get_one", "not_sure": "check"}
TYPED = "Kallio"


@pytest.fixture(autouse=True)
def _clean(qapp, tmp_path):
    """Leave the application as it was; fail if the kiosk's crash handler (which
    replaces pytest-qt's) had to step in."""
    with app_state_restored(qapp):
        yield
    assert not crash_lines(tmp_path / "data"), "the kiosk recovered from an exception"


def heading(flow_id: str, step_id: str, lang: str) -> str:
    return yaml_step(flow_id, step_id)["heading"][lang]


def start(qtbot, make_kiosk, lang: str):
    """Touch the start screen, choose ``lang``: the home tiles."""
    kiosk = make_kiosk(lang=DEFAULT_LANG)
    window = kiosk.window
    speech = ScreenSpeech(kiosk)
    assert window.screen_name == "attract"
    tap(qtbot, window.page)
    assert window.screen_name == "language"
    tap_name(qtbot, window, f"language_{lang}")
    assert window.screen_name == "home"
    assert kiosk.session.settings.language == lang
    return kiosk, window, speech


def type_on_screen_keyboard(qtbot, window, text: str) -> None:
    """Type with the on-screen keys; Shift for capitals."""
    keyboard = window.page.keyboard
    if text[:1].isascii() and keyboard.findChild(QPushButton, "key_latin") is not None:
        # Cyrillic or Arabic letters on the keys: a Finnish name is typed in Latin.
        tap(qtbot, keyboard.key("latin"))
    for char in text:
        if char.isupper():
            tap(qtbot, keyboard.key("shift"))
        tap(qtbot, keyboard.key(char.lower()))


def field(window, field_id: str) -> QLineEdit:
    return find(window, QLineEdit, f"field_{field_id}")


def option(window, option_id: str) -> BigButton:
    return find(window, BigButton, f"option_{option_id}")


#: The offline snapshot's library name and street (Kirkanta's Finnish record).
FINNISH_DATA = ("Kallion kirjasto", "Viides linja 11", "Kallion kirjasto Viides linja 11")


def assert_step_screens_spoken(speech: ScreenSpeech, lang: str) -> None:
    """A1, A4: every step screen said its heading, and said everything in ``lang``."""
    steps = [(name, said) for name, said in speech.shown if name.startswith("step:")]
    assert steps, "no step screen was shown"
    for name, said in steps:
        _, flow_id, step_id = name.split(":")
        expected = heading(flow_id, step_id, lang)
        assert any(expected in u.text for u in said), f"{name}: {expected!r} not said"
        # The offline library data is Finnish: its name and street are said in Finnish
        # on every screen (issue 13); everything else in the screen's language.
        wrong = [
            (u.text, u.lang)
            for u in said
            if u.lang != lang and not (u.lang == "fi" and u.text.rstrip(".,") in FINNISH_DATA)
        ]
        assert not wrong, f"{name}: said in another language than {lang}: {wrong}"


@pytest.mark.parametrize("lang", LANGS)
def test_library_hours_both_ways_then_end(qtbot, make_kiosk, lang):
    kiosk, window, speech = start(qtbot, make_kiosk, lang)

    # The home page names both flows in the chosen language, on screen and aloud (on
    # the page of tiles that shows them, issue 14).
    home_said = " ".join(u.text for u in speech.shown[-1][1])
    assert flow_yaml("library-hours")["title"][lang] in home_said
    for flow_id in ("library-hours", "e-identification"):
        title = flow_yaml(flow_id)["title"][lang]
        assert title in find(window, BigButton, f"flow_{flow_id}").text()
        assert title in " ".join(text for text, _ in window.page.speech)

    # Another library: type its name on the on-screen keyboard, pick it from the list.
    tap_name(qtbot, window, "flow_library-hours")
    assert window.screen_name == "step:library-hours:which"
    assert (
        find(window, BigButton, "option_other").text()
        == (yaml_step("library-hours", "which")["options"][1]["text"][lang])
    )
    tap(qtbot, option(window, "other"))
    assert window.screen_name == "step:library-hours:name"
    type_on_screen_keyboard(qtbot, window, TYPED)
    assert field(window, "name").text() == TYPED
    tap_name(qtbot, window, "nextButton")
    assert window.screen_name == "step:library-hours:pick"
    items = [b for b in visible_widgets(window, BigButton) if b.objectName().startswith("item_")]
    assert items, "the search found no library"
    assert all(TYPED.lower() in b.text().lower() for b in items)
    tap(qtbot, items[0])
    assert window.screen_name == "step:library-hours:hours_other"

    # Back, back, back: every answer is still there (A14).
    tap(qtbot, window.bottom.buttons["back"])
    assert window.screen_name == "step:library-hours:pick"
    tap(qtbot, window.bottom.buttons["back"])
    assert window.screen_name == "step:library-hours:name"
    assert field(window, "name").text() == TYPED
    tap(qtbot, window.bottom.buttons["back"])
    assert window.screen_name == "step:library-hours:which"
    assert option(window, "other").text().startswith("✓")
    assert not option(window, "here").text().startswith("✓")

    # This library: its hours, then the done page, then home.
    tap(qtbot, option(window, "here"))
    assert window.screen_name == "step:library-hours:hours_here"
    tap_name(qtbot, window, "nextButton")
    assert window.screen_name == "step:library-hours:done"
    tap_name(qtbot, window, "homeButton")
    assert window.screen_name == "home"

    # E-identification, then end from its done page: asked once, then all forgotten.
    tap_name(qtbot, window, "flow_e-identification")
    assert window.screen_name == "step:e-identification:intro"
    tap_name(qtbot, window, "nextButton")
    tap_name(qtbot, window, "nextButton")
    tap(qtbot, option(window, "has_codes"))
    tap_name(qtbot, window, "nextButton")
    tap_name(qtbot, window, "nextButton")
    assert window.screen_name == "step:e-identification:done"
    assert_step_screens_spoken(speech, lang)
    assert kiosk.session.answers["library-hours"]["name"] == TYPED

    tap_name(qtbot, window, "doneEndButton")
    assert window.screen_name == "confirm-end"
    assert kiosk.session.answers, "nothing may be cleared before the resident confirms"
    tap_name(qtbot, window, "confirmEndButton")
    assert window.screen_name == "attract"
    assert speech.names()[-2:] == ["confirm-end", "attract"], "asked more than once"
    assert kiosk.session.answers == {}
    assert kiosk.session.settings == kiosk.session.defaults
    assert kiosk.speaker.log == []
    assert not any(TYPED in w.text() for w in window.findChildren(QLineEdit))


@pytest.mark.parametrize("branch", sorted(E_ID_BRANCHES))
@pytest.mark.parametrize("lang", LANGS)
def test_e_identification_every_branch(qtbot, make_kiosk, lang, branch):
    """Every answer to "do you have codes?" leads to its own advice, then to practise
    and done; no screen ever has a text field (A22: no credentials asked)."""
    kiosk, window, speech = start(qtbot, make_kiosk, lang)
    fields_seen = []
    expected_path = ["intro", "uses", "have", E_ID_BRANCHES[branch], "practise", "done"]

    def look() -> None:
        fields_seen.extend(visible_widgets(window, (QLineEdit, QPlainTextEdit)))

    tap_name(qtbot, window, "flow_e-identification")
    look()
    tap_name(qtbot, window, "nextButton")
    look()
    tap_name(qtbot, window, "nextButton")
    look()
    # The choice shows every option of the flow file, in the chosen language.
    for spec in yaml_step("e-identification", "have")["options"]:
        assert option(window, spec["id"]).text() == spec["text"][lang]
    tap(qtbot, option(window, branch))
    look()
    # Back keeps the answer: the chosen option is marked.
    tap(qtbot, window.bottom.buttons["back"])
    assert option(window, branch).text().startswith("✓")
    others = [o for o in E_ID_BRANCHES if o != branch]
    assert not any(option(window, o).text().startswith("✓") for o in others)
    tap(qtbot, option(window, branch))
    tap_name(qtbot, window, "nextButton")
    look()
    tap_name(qtbot, window, "nextButton")
    look()
    shown = [n.split(":")[2] for n in speech.names() if n.startswith("step:")]
    assert [s for i, s in enumerate(shown) if s not in shown[:i]] == expected_path
    assert window.screen_name == "step:e-identification:done"
    body = yaml_step("e-identification", E_ID_BRANCHES[branch])["body"][lang]
    # Said in its spoken form, maybe in more than one part (issue 13).
    heard = " ".join(u.text for _, said in speech.shown for u in said)
    assert " ".join(spoken(body, lang).split()) in " ".join(heard.split())
    assert not fields_seen, "A22: the e-identification flow showed a text field"
    assert_step_screens_spoken(speech, lang)

    # Done → home tiles.
    tap_name(qtbot, window, "homeButton")
    assert window.screen_name == "home"


def test_e_identification_never_has_a_text_field(qtbot, make_kiosk, tmp_path):
    """A22, over every screen of the flow the walker reaches, in every language (a
    kiosk with this flow only, so the walk stays short)."""
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\ndemo = true\n[flows]\nenabled = ["e-identification"]\n')
    kiosk = make_kiosk(config_path=config)
    assert [flow.id for flow in kiosk.flows] == ["e-identification"]
    for lang in LANGS:
        seen = 0
        for name, window in walk_screens(kiosk, lang, sorry=False):
            if name.startswith("step:e-identification:"):
                seen += 1
                assert not visible_widgets(window, (QLineEdit, QPlainTextEdit)), name
        assert seen >= 3, f"the walk saw {seen} steps of the flow in {lang}"


@pytest.mark.parametrize("lang", LANGS)
def test_end_asks_once_then_wipes_everything(qtbot, make_kiosk, lang):
    kiosk, window, speech = start(qtbot, make_kiosk, lang)
    body_px = window.theme.metrics.body_px
    tap_name(qtbot, window, "flow_library-hours")
    tap(qtbot, option(window, "other"))
    type_on_screen_keyboard(qtbot, window, TYPED)
    tap_name(qtbot, window, "nextButton")
    tap(qtbot, window.top.buttons["textSize"])
    tap(qtbot, window.top.buttons["contrast"])
    assert kiosk.session.settings != kiosk.session.defaults

    # "No, go back" keeps everything.
    tap(qtbot, window.bottom.buttons["end"])
    assert window.screen_name == "confirm-end"
    tap_name(qtbot, window, "cancelEndButton")
    assert window.screen_name == "step:library-hours:pick"
    assert kiosk.session.answers["library-hours"] == {"which": "other", "name": TYPED}

    # "Yes, end and clear": one question, then the start screen and a clean slate (A8).
    tap(qtbot, window.bottom.buttons["end"])
    assert window.screen_name == "confirm-end"
    tap_name(qtbot, window, "confirmEndButton")
    assert window.screen_name == "attract"
    assert speech.names()[-3:] == ["step:library-hours:pick", "confirm-end", "attract"]
    assert kiosk.session.answers == {}
    assert kiosk.session.settings == kiosk.session.defaults
    assert window.theme.palette.name == kiosk.session.defaults.theme
    assert window.theme.metrics.body_px == body_px
    assert kiosk.speaker.log == []
    assert kiosk.speaker.spoken() == []
    assert not window.findChildren(QLineEdit)

    # The next resident starts from the very beginning.
    tap(qtbot, window.page)
    tap_name(qtbot, window, f"language_{lang}")
    tap_name(qtbot, window, "flow_library-hours")
    assert not any(b.text().startswith("✓") for b in visible_widgets(window, BigButton))


@pytest.mark.parametrize("lang", LANGS)
def test_touch_stops_speech_before_the_next_screen_speaks(qtbot, make_kiosk, lang):
    """A3: pressing a control stops the current speech at once, before anything new."""
    kiosk, window, speech = start(qtbot, make_kiosk, lang)
    tap_name(qtbot, window, "flow_e-identification")
    log = kiosk.speaker.log
    assert log[-1].kind == "say"
    mark = len(log)
    button = find(window, BigButton, "nextButton")
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    assert log[mark:] and {u.kind for u in log[mark:]} == {"stop"}, "the press did not stop"
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    settle()
    assert window.screen_name == "step:e-identification:uses"
    kinds = [u.kind for u in log[mark:]]
    assert "say" in kinds and kinds.index("stop") < kinds.index("say")

    # A key press stops speech too.
    mark = len(log)
    qtbot.keyPress(window.page.first_focus, Qt.Key.Key_Shift)
    assert log[mark:] and {u.kind for u in log[mark:]} == {"stop"}, "the key did not stop"


@pytest.mark.parametrize("lang", LANGS)
def test_repeat_says_the_same_again(qtbot, make_kiosk, lang):
    """A2: Repeat says the screen again, in the same words and language."""
    kiosk, window, speech = start(qtbot, make_kiosk, lang)
    tap_name(qtbot, window, "flow_library-hours")
    first = kiosk.speaker.log[-1]
    assert first.kind == "say" and heading("library-hours", "which", lang) in first.text
    mark = len(kiosk.speaker.log)
    tap(qtbot, window.bottom.buttons["repeat"])
    again = [u for u in kiosk.speaker.log[mark:] if u.kind == "say"]
    assert [(u.text, u.lang) for u in again] == [(first.text, first.lang)]
    assert kiosk.speaker.log[mark].kind == "stop"
    assert window.screen_name == "step:library-hours:which"


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_5])
def test_key_on_attract_speaks_the_language_question(qtbot, make_kiosk, key):
    """A10: no need to see the screen: any key starts, and the language question is
    said in every language, each in its own voice."""
    kiosk = make_kiosk()
    window = kiosk.window
    assert window.screen_name == "attract"
    qtbot.keyClick(window.page, key)
    assert window.screen_name == "language"
    said = [(u.text, u.lang) for u in kiosk.speaker.log if u.kind == "say"]
    for lang in LANGS:
        # Said once for languages that ask it alike (Finnish and selkokieli).
        alike = {
            code for code in LANGS if LanguagePage.QUESTIONS[code] == LanguagePage.QUESTIONS[lang]
        }
        assert any(
            LanguagePage.QUESTIONS[lang] in text and voice in alike for text, voice in said
        ), f"{lang} question not said in {lang}"


def _translated(text: str) -> str:
    return QCoreApplication.translate("window", text)


@pytest.mark.parametrize("lang", LANGS)
def test_text_size_and_contrast_change_the_look_and_are_announced(qtbot, make_kiosk, lang):
    """A18: each tap changes the theme at once and says the new state aloud."""
    kiosk, window, speech = start(qtbot, make_kiosk, lang)
    tap_name(qtbot, window, "flow_library-hours")
    screen = window.screen_name
    sizes = [window.theme.metrics.body_px]
    option_px = [option(window, "here").label().fontInfo().pixelSize()]
    for expected in (150, 200, 100):
        tap(qtbot, window.top.buttons["textSize"])
        assert kiosk.session.settings.text_size == expected
        assert window.screen_name == screen, "the resident stays where they were"
        sizes.append(window.theme.metrics.body_px)
        option_px.append(option(window, "here").label().fontInfo().pixelSize())
        last = kiosk.speaker.log[-1]
        assert last.kind == "say" and str(expected) in last.text and last.lang == lang
        assert str(expected) in window.top.buttons["textSize"].accessibleDescription()
    assert sizes[0] < sizes[1] < sizes[2] and sizes[3] == sizes[0]
    assert option_px[0] < option_px[1] < option_px[2] and option_px[3] == option_px[0]

    tap(qtbot, window.top.buttons["contrast"])
    assert kiosk.session.settings.theme == "high-contrast"
    assert window.theme.palette.name == "high-contrast"
    assert window.screen_name == screen
    last = kiosk.speaker.log[-1]
    assert (last.kind, last.text, last.lang) == ("say", _translated("High contrast on."), lang)
    tap(qtbot, window.top.buttons["contrast"])
    assert window.theme.palette.name == "standard"
    last = kiosk.speaker.log[-1]
    assert (last.kind, last.text, last.lang) == ("say", _translated("High contrast off."), lang)


def test_settings_buttons_on_every_screen(qtbot, make_kiosk):
    """A18: text size and contrast can be changed from every screen with bars."""
    kiosk = make_kiosk()
    for name, window in walk_screens(kiosk, "sv"):
        if name in ("attract", "pin"):
            # The silent start screen, and the staff's PIN pad, have no bars.
            assert not window.top.isVisibleTo(window)
            continue
        for key in ("textSize", "contrast", "language", "speech", "privacy"):
            button = window.top.buttons[key]
            assert button.isVisibleTo(window) and button.isEnabled(), f"{name}: {key}"


@pytest.mark.parametrize("where", ["help", "text size"])
def test_typed_text_survives_help_and_settings(qtbot, make_kiosk, where):
    """A14: asking for help or making the text bigger never loses what was typed.

    The help page itself promises: "Everything you did here stays until you come back."
    """
    kiosk, window, speech = start(qtbot, make_kiosk, "en")
    tap_name(qtbot, window, "flow_library-hours")
    tap(qtbot, option(window, "other"))
    type_on_screen_keyboard(qtbot, window, "Kal")
    if where == "help":
        tap(qtbot, window.bottom.buttons["help"])
        assert window.screen_name == "help"
        tap_name(qtbot, window, "resumeButton")
    else:
        tap(qtbot, window.top.buttons["textSize"])
    assert window.screen_name == "step:library-hours:name"
    assert field(window, "name").text() == "Kal"
