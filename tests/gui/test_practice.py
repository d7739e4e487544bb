"""Practice mode, "Harjoittele" (issue 18, point 4): every lesson can be finished by
taps alone and by keypad alone, a typed first name is gone after the lesson (canary),
and the figures count lessons started and finished without any text."""

from __future__ import annotations

import logging
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import (
    arrows_reach_every_control,
    arrows_to_key,
    find,
    send_key,
    settle,
    tap,
    to_home,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from kiosk.core.languages import SHIPPED
from kiosk.journey import events as ev
from kiosk.journey.practice import LESSONS
from kiosk.journey.views import Screen
from kiosk.stats.store import STATS_FILE
from kiosk.ui.widgets import BigButton

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("restored_and_no_crash")]

#: The button that moves each asking step on (others: Next, or typing).
RIGHT_BUTTON = {
    ("link", "which"): "choiceLink",
    ("scroll", "which"): "choice_up",
    ("scam", "which"): "choice_bank",
    ("eid", "way"): "wayBank",
}
ROOT = Path(__file__).resolve().parents[2]
#: A first name nobody has: it must never be found anywhere after the lesson.
CANARY = "Qzxwvka"


def said(kiosk) -> list[str]:
    return [u.text for u in kiosk.speaker.log if u.kind == "say"]


def figures(tmp_path) -> list[tuple[str, str | None]]:
    db = sqlite3.connect(tmp_path / "data" / STATS_FILE)
    try:
        return db.execute(
            "SELECT event, value FROM events WHERE event LIKE 'practice_%' ORDER BY id"
        ).fetchall()
    finally:
        db.close()


def step_of(window) -> tuple[str, str]:
    view = window.journey.top
    assert view.screen is Screen.PRACTICE, window.screen_name
    return view.kind, view.note


def type_by_taps(qtbot, window, text: str) -> None:
    keyboard = window.page.keyboard
    for char in text.lower():
        tap(qtbot, keyboard.key(char))


def in_lesson(make_kiosk, lesson: str, lang: str = "en", **options):
    """A kiosk on the first step of ``lesson``, reached from home."""
    kiosk = make_kiosk(lang=lang, **options)
    to_home(kiosk, lang)
    kiosk.window.dispatch(ev.Practice("open"))
    kiosk.window.dispatch(ev.Practice("lesson", lesson))
    settle()
    return kiosk


# ---- taps --------------------------------------------------------------------------


def test_every_lesson_finished_by_taps_alone(qtbot, make_kiosk, tmp_path):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    tap(qtbot, find(window, BigButton, "practiceTile"))
    assert window.screen_name == "practice"
    for lesson in LESSONS:
        tap(qtbot, find(window, BigButton, f"lesson_{lesson}"))
        heard_before = len(kiosk.speaker.log)
        for _ in range(len(LESSONS[lesson])):
            here = step_of(window)
            if here[1] == "done":
                break
            if here == ("typing", "name"):
                type_by_taps(qtbot, window, "anna")
                tap(qtbot, window.page.keyboard.key("done"))
            elif here in RIGHT_BUTTON:
                tap(qtbot, find(window, BigButton, RIGHT_BUTTON[here]))
            elif here == ("tap", "target"):
                tap(qtbot, find(window, BigButton, "tapTarget"))
            else:
                tap(qtbot, find(window, BigButton, "nextButton"))
        assert step_of(window) == (lesson, "done"), lesson
        heard = [u.text for u in kiosk.speaker.log[heard_before:] if u.kind == "say"]
        assert any(line.startswith("You did it!") for line in heard), lesson
        tap(qtbot, find(window, BigButton, "lessonsButton"))
    tap(qtbot, window.bottom.buttons["back"])  # from the list of lessons: home
    assert window.screen_name == "home"
    kiosk.window.staff.stats.flush()  # the figures are written by a worker thread
    started = [v for e, v in figures(tmp_path) if e == "practice_started"]
    finished = [v for e, v in figures(tmp_path) if e == "practice_finished"]
    assert started == finished == list(LESSONS)


def test_a_wrong_answer_says_why_and_stays(qtbot, make_kiosk):
    kiosk = in_lesson(make_kiosk, "scam")
    window = kiosk.window
    tap(qtbot, find(window, BigButton, "nextButton"))
    tap(qtbot, find(window, BigButton, "choice_library"))
    assert step_of(window) == ("scam", "which")
    assert any("Not that one" in line for line in said(kiosk)[-4:])
    tap(qtbot, find(window, BigButton, "choice_bank"))
    assert step_of(window) == ("scam", "why")


# ---- keypad ------------------------------------------------------------------------


def key(qtbot, code: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, code)
    settle()


def arrow_to(qtbot, window, name: str) -> None:
    """Down arrow only, until the control ``name`` has the focus."""
    for _ in range(60):
        widget: QWidget | None = QApplication.focusWidget()
        if widget is not None and widget.objectName() == name:
            return
        if widget is not None and widget.objectName() == "moreChoices":
            key(qtbot, Qt.Key.Key_Return)  # the next page of choices (issue 14)
            continue
        key(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"{window.screen_name}: the arrows never reached {name}")


def type_by_keypad(qtbot, window, text: str) -> None:
    """Walk the on-screen keyboard with the arrows and select each key, then Done."""
    for name in [*text.lower(), "done"]:
        arrows_to_key(window.page.keyboard, name, lambda code: key(qtbot, code))
        key(qtbot, Qt.Key.Key_Return)


def test_every_lesson_finished_by_keypad_alone(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "en")
    arrow_to(qtbot, window, "practiceTile")
    key(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "practice"
    for lesson in LESSONS:
        arrow_to(qtbot, window, f"lesson_{lesson}")
        key(qtbot, Qt.Key.Key_Return)
        for _ in range(len(LESSONS[lesson])):
            here = step_of(window)
            if here[1] == "done":
                break
            if here == ("typing", "name"):
                type_by_keypad(qtbot, window, "ona")
                continue
            target = RIGHT_BUTTON.get(here) or (
                "tapTarget" if here == ("tap", "target") else "nextButton"
            )
            arrow_to(qtbot, window, target)
            key(qtbot, Qt.Key.Key_Return)
        assert step_of(window) == (lesson, "done"), lesson
        arrow_to(qtbot, window, "lessonsButton")
        key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Escape)
    assert window.screen_name == "home"


def test_on_every_practice_screen_help_orients_and_the_arrows_reach_every_control(make_kiosk):
    """The keypad checks of tests/gui/test_keypad.py, on the practice screens (which
    the every-screen walk there does not reach): Help says where you are and how many
    choices; Down alone, no Tab, reaches every control."""
    from kiosk.ui.keypad import choices, heading

    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    window.activateWindow()
    to_home(kiosk, "en")
    for name in practice_screens(window):
        if QApplication.focusWidget() is None or not window.isAncestorOf(
            QApplication.focusWidget()
        ):
            window.page.setFocus()
        send_key(Qt.Key.Key_F1)
        heard = said(kiosk)[-1]
        assert heard.startswith(f"You are on the screen: {heading(window.page)}."), name
        assert f" {choices(window.page)} choice" in heard, name  # "There is 1 choice."
        arrows_reach_every_control(window, window.screen_name)


# ---- privacy and the staff's way in -------------------------------------------------


def test_a_typed_first_name_is_gone_after_the_lesson(qtbot, make_kiosk, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.dispatch(ev.Practice("open"))
    window.dispatch(ev.Practice("lesson", "typing"))
    tap(qtbot, find(window, BigButton, "nextButton"))
    type_by_taps(qtbot, window, CANARY)
    field = find(window, QLineEdit, "practiceName")
    assert field.text() == CANARY.lower()
    # A physical keyboard's Enter sends it too.
    QApplication.sendEvent(
        field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )
    settle()
    assert step_of(window) == ("typing", "done")
    window.dispatch(ev.Practice("menu"))
    settle()
    canary = CANARY.lower()
    assert all(canary not in w.text() for w in window.findChildren(QLineEdit))
    assert canary not in " ".join(said(kiosk)), "the name was said aloud (no headset)"
    assert canary not in caplog.text
    assert canary not in repr(kiosk.session.answers) + repr(kiosk.session.drafts)
    assert canary not in repr(window.journey.stack)
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path


def test_staff_open_practice_from_the_staff_panel(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="en")
    window = kiosk.window
    to_home(kiosk, "en")
    window.request_pin("staff")
    window.dispatch(ev.PinChecked("staff", ok=True))
    settle()
    tap(qtbot, find(window, BigButton, "staffPractice"))
    assert window.screen_name == "practice"
    assert window.helper_active, "the staff stay beside the resident"


# ---- every practice screen in fi, sv, en ----------------------------------------------


def practice_screens(window):
    """Every practice screen, a wrong answer's too; yields each screen's name."""
    from kiosk.journey.practice import script

    window.dispatch(ev.Practice("open"))
    settle()
    yield window.screen_name
    for lesson in LESSONS:
        window.dispatch(ev.Practice("lesson", lesson))
        for value in script(lesson):
            settle()
            yield window.screen_name
            if value:
                window.dispatch(ev.Practice("answer", "wrong"))
                settle()
                yield window.screen_name + ":wrong"
            window.dispatch(ev.Practice("answer", value))
        settle()
        yield window.screen_name
        window.dispatch(ev.Practice("menu"))


#: English words that are the same in every language: data, not UI text.
SAME_EVERYWHERE = ("www.helmet.fi", "https://www.helmet.fi", "QR")


def english_sources() -> set[str]:
    """The practice screens' English source texts (i18n/kiosk_en.ts)."""
    tree = ET.parse(ROOT / "i18n" / "kiosk_en.ts")
    return {
        message.findtext("source") or ""
        for context in tree.getroot()
        if context.findtext("name") == "practice"
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_practice_screen_is_said_and_in_its_language(make_kiosk, lang):
    from kiosk.ui.practice_pages import PracticePage

    kiosk = make_kiosk(lang=lang)
    window = kiosk.window
    to_home(kiosk, lang)
    english = english_sources()
    assert "You did it!" in english
    for name in practice_screens(window):
        page = window.page
        assert isinstance(page, PracticePage), name
        spoken = " ".join(text for text, _lang in page.speech)
        shown = [
            w.text()
            for w in page.findChildren(QWidget)
            if isinstance(w, (BigButton, QLabel)) and w.isVisibleTo(page) and w.text()
        ]
        for text in shown:
            assert text.split("\n")[0] in spoken or text in SAME_EVERYWHERE, f"{name}: {text!r}"
        if lang != "en":
            left = [t for t in shown if t in english and t not in SAME_EVERYWHERE]
            assert not left, f"{lang} {name}: English left: {left}"


@pytest.mark.parametrize("size", [100, 150, 200])
@pytest.mark.parametrize("lang", SHIPPED)
def test_the_list_of_lessons_never_scrolls(qtbot, make_kiosk, lang, size):
    """Six lessons: side by side at 100 %, larger a page at a time behind "More
    choices"; every lesson is on some page and no page scrolls."""
    kiosk = make_kiosk(lang=lang, text_size=size)
    window = kiosk.window
    to_home(kiosk, lang)
    window.dispatch(ev.Practice("open"))
    settle()
    seen: set[str] = set()
    for _ in range(len(LESSONS) + 1):
        page = window.page
        assert page.scroll_area.verticalScrollBar().maximum() == 0, f"{lang} {size}: scrolls"
        seen |= {
            b.objectName()
            for b in page.findChildren(BigButton)
            if b.objectName().startswith("lesson_") and b.isVisibleTo(window)
        }
        more = page.findChild(BigButton, "moreChoices")
        if len(seen) == len(LESSONS) or more is None or not more.isVisible():
            break
        tap(qtbot, more)
    assert seen == {f"lesson_{lesson}" for lesson in LESSONS}, f"{lang} {size}"


# ---- the scrolling list on a phone, in pictures ------------------------------------------


def test_the_phone_pictures_are_named_described_and_said(qtbot, make_kiosk):
    from kiosk.ui.phone_picture import PhonePicture

    kiosk = in_lesson(make_kiosk, "scroll")
    window = kiosk.window
    tap(qtbot, find(window, BigButton, "nextButton"))
    picture = find(window, PhonePicture, "phonePicture")
    assert picture.accessibleName().startswith("Picture: a phone with a list")
    assert "goes on below the screen" in picture.accessibleDescription()
    assert picture.focusPolicy() == Qt.FocusPolicy.NoFocus, "a picture, not a control"
    heard = " ".join(said(kiosk)[-6:])
    assert picture.accessibleDescription() in heard, "the page says what the picture shows"

    tap(qtbot, find(window, BigButton, "choice_side"))
    assert step_of(window) == ("scroll", "which")
    assert any("sideways often shows the next picture" in line for line in said(kiosk)[-6:])
    tap(qtbot, find(window, BigButton, "choice_down"))
    assert any("down shows the start of the list" in line for line in said(kiosk)[-6:])
    tap(qtbot, find(window, BigButton, "choice_up"))
    assert step_of(window) == ("scroll", "after")
    after = find(window, PhonePicture, "phonePicture")
    assert after.accessibleName() == "Picture: the same phone after the finger moved up."
    assert "Now you see the end of the list." in " ".join(said(kiosk)[-6:])


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_scroll_lesson_fits_the_screen_at_200_percent(make_kiosk, lang):
    """The lesson is about scrolling because the kiosk never scrolls: at the largest
    text its question, picture and answers (a wrong answer's reason too) all fit."""
    from kiosk.ui.phone_picture import PhonePicture

    window = in_lesson(make_kiosk, "scroll", lang, text_size=200).window
    for answer in ("", "down", "up", "", None):
        settle()
        page = window.page
        name = f"{lang} {window.screen_name} after {answer!r}"
        assert page.scroll_area.verticalScrollBar().maximum() == 0, f"{name}: it scrolls"
        for picture in page.findChildren(PhonePicture):
            box = picture.rect().translated(picture.mapTo(window, picture.rect().topLeft()))
            assert window.rect().contains(box), f"{name}: the picture is cut"
            assert picture.height() >= picture.minimumHeight() > 0
        if answer is None:
            break
        window.dispatch(ev.Practice("answer", answer))
    assert step_of(window) == ("scroll", "done")


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_typing_lesson_has_the_residents_letters_and_fits_at_200_percent(make_kiosk, lang):
    """Writing one's first name: the keys are the letters of the resident's script (as
    in a flow's text step), and the field is in view above them at the largest text
    (Russian bars are taller: the question is then said, not shown)."""
    from kiosk.ui.keyboard import key_name
    from kiosk.ui.keyboard_layouts import layout_for

    window = in_lesson(make_kiosk, "typing", lang, text_size=200).window
    window.dispatch(ev.Practice("answer"))
    settle()
    assert step_of(window) == ("typing", "name")
    page = window.page
    assert page.scroll_area.verticalScrollBar().maximum() == 0, f"{lang}: it scrolls"
    port = page.scroll_area.viewport()
    field = page.field
    top_left = field.mapTo(port, field.rect().topLeft())
    assert port.rect().contains(field.rect().translated(top_left)), f"{lang}: field cut"
    first_letter = layout_for(lang).rows[0][0]
    assert page.keyboard.key(key_name(first_letter)).isVisible(), f"{lang}: no {first_letter!r}"


def test_the_phone_picture_follows_high_contrast(make_kiosk):
    """Drawn in the theme's colours: in high contrast no standard blue, and the
    finger in the high-contrast yellow."""
    from kiosk.ui.phone_picture import PhonePicture
    from kiosk.ui.theme import HIGH_CONTRAST, STANDARD

    window = in_lesson(make_kiosk, "scroll", theme="high-contrast").window
    window.dispatch(ev.Practice("answer"))
    settle()
    image = find(window, PhonePicture, "phonePicture").grab().toImage()
    colours = {
        image.pixelColor(x, y).name().upper()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert HIGH_CONTRAST.focus.upper() in colours
    assert STANDARD.button_border.upper() not in colours
