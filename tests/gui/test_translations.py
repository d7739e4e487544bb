"""UI translations: the .ts files are complete, match the code, are compiled, and are
what a resident sees, including after switching language at run time.

The .ts files in ``i18n/`` hold UI chrome only; flow content is translated in the
flow files and is not checked here.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import find
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.languages import SELKO, SHIPPED, base_language
from kiosk.flow.engine import Answer, Back
from kiosk.ui.chrome import LANGUAGE_BUTTON
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.widgets import BigButton

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
UI_DIR = ROOT / "kiosk" / "ui"
QM_DIR = UI_DIR / "translations"
#: Every language complete in this release (issue 17); the first (Finnish) is the
#: one the others are compared with.
LANGS = SHIPPED
#: Plural forms Qt uses for each language (singular, plural).
NUMERUS_FORMS = {"fi": 2, SELKO: 2, "sv": 2, "en": 2, "ru": 3, "et": 2, "uk": 3, "ar": 6, "so": 2}
#: The staff's screens (PIN pad, staff panel, staff desk) are in [staff] language,
#: never in another resident language, whose files keep their English source.
STAFF_CONTEXTS = {"staff", "desk"}
STAFF_LANGUAGES = ("fi", SELKO, "sv", "en")
PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
#: Parts of a visible text that are data, the same in every language (names,
#: addresses, sources), and never count as untranslated UI text.
# Data, and the language button, which names itself in all three languages on purpose.
DATA = (
    "Kallion kirjasto",
    "Viides linja 11",
    "kirjastot.fi",
    "Kirkanta",
    "CC BY 4.0",
    LANGUAGE_BUTTON,
)
MIN_FRAGMENT = 4
#: Sources that read the same in Finnish and Swedish as in English.
SAME_AS_ENGLISH = {"123", "ABC", "OK", "Rollator"}  # Rollator: the Swedish word too


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    #: One text, or one per plural form.
    forms: tuple[str, ...]
    unfinished: str | None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def name(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> tuple[str | None, list[Message]]:
    """The language attribute and the messages of a .ts file."""
    root = ET.parse(path).getroot()
    assert root.tag == "TS", f"{path.name}: not a Qt Linguist file"
    messages = []
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=context_name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    forms=forms,
                    unfinished=translation.get("type"),
                )
            )
    return root.get("language"), messages


def ts_path(lang: str) -> Path:
    return I18N / f"kiosk_{lang}.ts"


def load(lang: str) -> dict[tuple[str, str, str], Message]:
    return {m.key: m for m in read_ts(ts_path(lang))[1]}


# a) The committed .ts files ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_is_complete(lang):
    path = ts_path(lang)
    language, messages = read_ts(path)
    assert language == lang, f"{path.name} says language={language!r}, not {lang!r}"
    assert messages, f"{path.name} has no messages"
    problems = []
    keys = [m.key for m in messages]
    problems += [f"twice: {k}" for k in set(keys) if keys.count(k) > 1]
    for m in messages:
        if m.unfinished is not None:
            problems.append(f'{m.name()} is type="{m.unfinished}"')
        if m.numerus and len(m.forms) != NUMERUS_FORMS[lang]:
            problems.append(
                f"{m.name()} has {len(m.forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}"
            )
        staff_only = m.context in STAFF_CONTEXTS and lang not in STAFF_LANGUAGES
        if (
            lang != "en"
            and m.source in m.forms
            and m.source not in SAME_AS_ENGLISH
            and not staff_only
        ):
            problems.append(f"{m.name()} is still English (or add it to SAME_AS_ENGLISH)")
        needed = sorted(set(PLACEHOLDER.findall(m.source)))
        if m.numerus and "%n" not in needed:
            problems.append(f"{m.name()} is plural but its source has no %n")
        for form in m.forms:
            if not form.strip():
                problems.append(f"{m.name()} has an empty translation")
                continue
            missing = [p for p in needed if p not in form]
            if missing:
                problems.append(f"{m.name()} -> {form!r} lacks {', '.join(missing)}")
            extra = sorted(set(PLACEHOLDER.findall(form)) - set(needed))
            if extra:
                problems.append(f"{m.name()} -> {form!r} has {', '.join(extra)} not in the source")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def test_ts_files_have_the_same_messages():
    keys = {lang: set(load(lang)) for lang in LANGS}
    for lang in LANGS[1:]:
        assert keys[lang] == keys[LANGS[0]], (
            f"kiosk_{lang}.ts and kiosk_{LANGS[0]}.ts differ: "
            f"{sorted(keys[lang] ^ keys[LANGS[0]])}; run `make i18n-update`"
        )


def test_english_is_the_source_text():
    for m in load("en").values():
        if m.numerus:
            assert m.forms[-1] == m.source, f"{m.name()}: the English plural is {m.forms[-1]!r}"
        else:
            assert m.forms == (m.source,), f"{m.name()}: English is {m.forms[0]!r}"


# b) The code has no UI string the .ts files lack ----------------------------------


def test_every_ui_string_in_the_code_is_translated(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    assert lupdate.exists(), f"{lupdate} is missing: run `make venv`"
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in UI_DIR.glob("*.py"))
    result = subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "fi",
            *sources,
            "-ts",
            str(extracted),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"lupdate failed:\n{result.stdout}{result.stderr}"
    _, found = read_ts(extracted)
    assert found, "lupdate found no UI strings in kiosk/ui/*.py"
    for lang in LANGS:
        committed = load(lang)
        missing = [m.name() for m in found if m.key not in committed]
        assert not missing, (
            f"UI text not in i18n/kiosk_{lang}.ts: {missing}. "
            "Run `make i18n-update`, then translate the new entries."
        )
        wrong_kind = [m.name() for m in found if m.numerus and not committed[m.key].numerus]
        assert not wrong_kind, (
            f"plural UI text not plural in i18n/kiosk_{lang}.ts: {wrong_kind}. "
            "Run `make i18n-update`."
        )


# c) The compiled .qm files exist and hold the .ts translations ---------------------


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translation_is_current(qapp, lang):
    qm = QM_DIR / f"kiosk_{lang}.qm"
    assert qm.exists(), f"{qm.relative_to(ROOT)} is missing: run `make translations`"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} does not load: run `make translations`"
    stale = []
    for m in load(lang).values():
        comment = m.comment or None
        if m.numerus:
            # One number for each plural form: 1, 2 (and 5 for Russian's "many"; Arabic
            # has six: zero, one, two, few 3-10, many 11-99, other 100).
            numbers = (0, 1, 2, 5, 11, 100) if len(m.forms) == 6 else (1, 2, 5)[: len(m.forms)]
            got = tuple(translator.translate(m.context, m.source, comment, n) for n in numbers)
            want = tuple(f.replace("%n", str(n)) for f, n in zip(m.forms, numbers, strict=True))
            # Qt fills in %n itself only through QCoreApplication.translate.
            got = tuple(g.replace("%n", str(n)) for g, n in zip(got, numbers, strict=True))
        else:
            got, want = translator.translate(m.context, m.source, comment), m.forms[0]
        if got != want:
            stale.append(f"{m.name()}: {got!r} != {want!r}")
    assert not stale, f"{qm.name} is out of date: run `make translations`:\n  " + "\n  ".join(stale)


# d) What a resident sees ------------------------------------------------------------


def _fragments(text: str) -> list[str]:
    """The fixed parts of a UI text (between placeholders) long enough to recognise."""
    parts = (p.strip(" .,:;") for p in PLACEHOLDER.split(text))
    return [p for p in parts if len(p) >= MIN_FRAGMENT]


def _texts_for(m: Message, lang: str) -> set[str]:
    return {m.source} if lang == "en" else set(m.forms)


def foreign_patterns(lang: str) -> dict[str, re.Pattern]:
    """UI texts of the other languages that differ from ``lang``'s own text for the
    same message: seeing one of them on a ``lang`` screen means it was not translated
    (or not re-translated after a language change)."""
    tables = {code: load(code) for code in LANGS}
    own = tables[lang]
    patterns = {}
    for key, message in own.items():
        mine = set().union(*(_fragments(t) for t in _texts_for(message, lang)))
        for other in LANGS:
            # Selkokieli is Finnish too: many of its texts are standard Finnish words
            # ("Takaisin") that may stand inside another message's Finnish text.
            if base_language(other) == base_language(lang):
                continue
            for text in _texts_for(tables[other][key], other):
                for fragment in _fragments(text):
                    if fragment not in mine:
                        patterns[fragment] = re.compile(rf"(?<!\w){re.escape(fragment)}(?!\w)")
    return patterns


def visible_texts(window: QWidget) -> list[str]:
    """Text of every visible label, big button and on-screen keyboard key."""
    QCoreApplication.processEvents()
    texts = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text()
    ]
    texts += [
        button.text()
        for button in window.findChildren(BigButton)
        if button.isVisibleTo(window) and button.text()
    ]
    for keyboard in window.findChildren(OnScreenKeyboard):
        if keyboard.isVisibleTo(window):
            texts += [
                key.text().replace("&&", "&")
                for key in keyboard.all_keys()
                if key.isVisibleTo(window)
            ]
    return texts


def assert_screen_in(window: QWidget, lang: str) -> list[str]:
    texts = visible_texts(window)
    assert texts, f"{window.screen_name}: nothing visible"
    patterns = foreign_patterns(lang)
    found = []
    for text in texts:
        shown = text
        for data in DATA:
            shown = shown.replace(data, "")
        found += [
            f"{fragment!r} in {text!r}"
            for fragment, pattern in patterns.items()
            if pattern.search(shown)
        ]
    assert not found, f"screen {window.screen_name} in {lang!r} shows: " + "; ".join(found)
    return texts


def tr(lang: str, context: str, source: str) -> str:
    for m in load(lang).values():
        if (m.context, m.source) == (context, source):
            return m.forms[0]
    raise KeyError((context, source))


def bottom_bar_texts(window) -> list[str]:
    # Repeat's second line ("Hold: next part") shows while a screen is said in parts.
    names = ("back", "repeat", "help", "end")
    return [window.bottom.buttons[name].text().split("\n")[0] for name in names]


def expected_bottom_bar(lang: str) -> list[str]:
    sources = ("Back", "Repeat", "Ask for help", "End and clear")
    return [tr(lang, "BottomBar", s) for s in sources]


@pytest.fixture
def restore_translation(qapp):
    """The kiosk installs a translator and a default locale for the whole
    application: take them away again so later tests see plain English."""
    locale = QLocale()
    kiosks = []
    yield kiosks.append
    for kiosk in kiosks:
        translations = kiosk.window.translations
        if translations._translator is not None:
            QCoreApplication.removeTranslator(translations._translator)
            translations._translator = None
    QLocale.setDefault(locale)


def test_finnish_journey_shows_no_english(make_kiosk, qtbot, restore_translation):
    kiosk = make_kiosk(lang="fi")
    restore_translation(kiosk)
    window = kiosk.window
    window.start_session()
    assert window.screen_name == "language"
    window.choose_language("fi")
    assert window.screen_name == "home"
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "pages", "What would you like to do?") in texts
    assert bottom_bar_texts(window) == expected_bottom_bar("fi")

    window.start_flow("library-hours")
    assert window.screen_name == "step:library-hours:which"
    assert_screen_in(window, "fi")

    window.send(Answer("here"))
    assert window.screen_name == "step:library-hours:hours_here"
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "results", "Opening hours:") in texts
    assert tr("fi", "steps", "Next") in texts

    window.ask_help()
    assert window.screen_name == "help"
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "window", "Do you need help?") in texts
    window.go_back()
    assert window.screen_name == "step:library-hours:hours_here"

    window.confirm_end()
    assert window.screen_name == "confirm-end"
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "window", "Yes, end and clear") in texts
    window.go_back()

    # A text step: the on-screen keyboard, and the plural error message.
    window.send(Back())
    window.send(Answer("other"))
    assert window.screen_name == "step:library-hours:name"
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "OnScreenKeyboard", "Space") in texts
    find(window, BigButton, "nextButton").click()  # the keyboard's Enter
    texts = assert_screen_in(window, "fi")
    plural = load("fi")[("StepPage", "Please write at least %n characters.", "")]
    min_length = window.page.step.min_length
    assert plural.forms[0 if min_length == 1 else 1].replace("%n", str(min_length)) in texts

    window.page.fields["name"].setText("Kallio")
    find(window, BigButton, "nextButton").click()  # the keyboard's Enter
    assert window.screen_name == "step:library-hours:pick"
    assert_screen_in(window, "fi")

    window.send(Back())
    window.send(Back())
    window.send(Answer("here"))
    window.send(Answer(None))
    assert window.screen_name == "step:library-hours:done"
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "steps", "Do something else") in texts


def _switch(window, qtbot, lang: str) -> None:
    screen = window.screen_name
    window.top.language_clicked.emit()
    assert window.screen_name == "language"
    window.choose_language(lang)
    assert window.screen_name == screen, "the language change did not come back to the screen"
    # Installing a translator posts LanguageChange events; the bars retranslate on them.
    qtbot.waitUntil(lambda: bottom_bar_texts(window) == expected_bottom_bar(lang))
    hint = window.bottom.buttons["repeat"].text().split("\n")[1:]
    assert hint in ([], [tr(lang, "BottomBar", "Hold: next part")])
    expected = tr(lang, "TopBar", "Text size %1 %").replace(
        "%1", str(window.session.settings.text_size)
    )
    assert window.top.buttons["textSize"].accessibleDescription() == expected.replace(
        " %", "\u00a0%"
    )


@pytest.mark.parametrize(
    "order", [("sv", "en"), ("en", "sv"), (SELKO, "en"), ("sv", SELKO), ("ru", "en"), ("sv", "ru")]
)
def test_language_switch_at_run_time(make_kiosk, qtbot, restore_translation, order):
    kiosk = make_kiosk(lang="fi")
    restore_translation(kiosk)
    window = kiosk.window
    window.start_session()
    window.choose_language("fi")
    window.start_flow("library-hours")
    window.send(Answer("here"))
    assert_screen_in(window, "fi")

    for lang in order:
        _switch(window, qtbot, lang)
        texts = assert_screen_in(window, lang)
        assert tr(lang, "results", "Opening hours:") in texts
        assert tr(lang, "steps", "Next") in texts

    # A page with the keyboard, then a switch while it is shown.
    window.send(Back())
    window.send(Answer("other"))
    assert window.screen_name == "step:library-hours:name"
    texts = assert_screen_in(window, order[-1])
    assert tr(order[-1], "OnScreenKeyboard", "Space") in texts
    _switch(window, qtbot, "fi")
    texts = assert_screen_in(window, "fi")
    assert tr("fi", "OnScreenKeyboard", "Space") in texts
    assert tr("fi", "steps", "Next") in texts  # Continue is the keyboard's Enter key
