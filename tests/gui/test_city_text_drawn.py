"""City text as it really comes, as the resident sees and hears it (issue 15): a
20 000-character event name from the city is capped on the screen and in the speech; a
right-to-left name does not turn the rest of its line around; emoji are not drawn as
empty boxes. Against the fake city server where the city is involved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import FakeCity
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.core.city_text import MAX_FIELD_CHARS, tidy
from kiosk.core.text import fill
from kiosk.services.servicemap import parse_accessibility
from kiosk.ui.results_places import accessibility_lines
from kiosk.ui.theme import FONT_FAMILY

FIXTURES = Path(__file__).parents[1] / "fixtures" / "city"
HEBREW = "מרכז קהילתי"
LONG_NAME = "Lukupiiri ja kahvit " * 1000  # 20 000 characters


def _visual_x(text: str, font: QFont) -> list[float]:
    """Where each character of ``text`` is drawn, left to right, on one line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)  # a Finnish screen
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    utf16 = text.encode("utf-16-le")
    xs, offset = [], 0
    for char in text:
        xs.append(line.cursorToX(offset)[0])
        offset += len(char.encode("utf-16-le")) // 2
    assert offset * 2 == len(utf16)
    return xs


def _number_after_name(line: str, font: QFont) -> bool:
    """Whether the "2" of "2 porrasta" is drawn to the right of every Hebrew letter."""
    xs = _visual_x(line, font)
    hebrew = [x for x, char in zip(xs, line, strict=True) if "\u0590" <= char <= "\u05ff"]
    two = xs[line.index("2 porrasta")]
    return all(two > x for x in hebrew)


def test_a_right_to_left_name_does_not_reorder_the_line_after_it(qapp) -> None:
    record = {
        "id": 1,
        "name_fi": "Kallion kirjasto",
        "accessibility_sentences": [
            {"sentence_group_name": "g", "sentence_group_fi": HEBREW, "sentence_fi": "2 porrasta."}
        ],
    }
    lines = accessibility_lines(parse_accessibility(record), "fi")
    line = next(line for line in lines if "porrasta" in line)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(40)
    assert _number_after_name(line, font), f"{line!r} is drawn in the wrong order"
    # The check can fail: the same line built from the raw name is turned around.
    assert not _number_after_name(fill("%1: %2", HEBREW, "2 porrasta."), font)


@pytest.mark.parametrize("emoji", ["🎉", "👍🏽", "☀️", "🇫🇮", "👨‍👩‍👧"])
def test_emoji_from_the_city_are_never_drawn_as_empty_boxes(qapp, emoji: str) -> None:
    """Everything left of an event name is in the kiosk's font (DejaVu Sans has no
    emoji, so they are removed rather than drawn as boxes)."""
    metrics = QFontMetrics(QFont(FONT_FAMILY))
    shown = tidy(f"Kesäkonsertti {emoji} puistossa ✓")
    assert shown == "Kesäkonsertti puistossa ✓"
    assert all(metrics.inFontUcs4(ord(char)) for char in shown if not char.isspace())
    if not emoji.startswith("☀"):  # (the font has a plain sun, drawn as text)
        assert not all(metrics.inFontUcs4(ord(char)) for char in emoji)  # it can fail


# ---- a 20 000-character event name, end to end --------------------------------------------


@pytest.fixture(scope="module")
def city():
    with FakeCity(slow_s=1.5) as server:
        yield server


def _settle(qapp) -> None:
    for _ in range(3):
        qapp.sendPostedEvents()
        qapp.processEvents()


def test_a_20000_character_event_name_is_capped_on_screen_and_in_speech(
    qapp, city: FakeCity, make_kiosk, tmp_path
) -> None:
    city.reset()
    payload = json.loads((FIXTURES / "linkedevents_event_list.json").read_text("utf-8"))
    payload["data"][0]["name"] = {"fi": LONG_NAME}
    city.respond("/linkedevents/v1/event/", payload)
    config = write_city_config(
        tmp_path / "kiosk.toml", city.url, ["events-seniors"], read_timeout_s=0.5
    )
    kiosk = make_kiosk(lang="fi", config_path=config)
    live_services_on(kiosk, city.endpoints)
    window = kiosk.window
    window.show_attract()
    window.start_session()
    window.choose_language("fi")
    window.start_flow("events-seniors")
    _settle(qapp)
    for name in ("option_week", "option_nearby"):
        buttons = [
            b for b in window.page.findChildren(QAbstractButton, name) if b.isVisibleTo(window)
        ]
        assert buttons, f"no {name} on {window.screen_name}"
        buttons[0].click()
        _settle(qapp)
    shown = [label.text() for label in window.page.findChildren(QLabel) if label.text()]
    assert any("Lukupiiri ja kahvit" in text for text in shown), shown
    assert all(len(text) <= MAX_FIELD_CHARS + 200 for text in shown)
    said = " ".join(text for text, _lang in window.page.speech)
    assert "Lukupiiri ja kahvit" in said
    assert said.count("Lukupiiri") <= MAX_FIELD_CHARS // len("Lukupiiri ja kahvit ") + 1
