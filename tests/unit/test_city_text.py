"""City text as it really comes (issue 15): capped, without emoji, without direction
controls, and a right-to-left name kept in its own isolate. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core.city_text import FSI, MAX_FIELD_CHARS, PDI, cap, has_rtl, strip_emoji, tidy
from kiosk.services.events import parse_events
from kiosk.services.servicemap import parse_accessibility
from kiosk.speech.spoken import spoken

FIXTURES = Path(__file__).parents[1] / "fixtures" / "city"
HEBREW = "מרכז קהילתי"
ARABIC = "مكتبة المدينة"


def _events_with(name: str) -> dict:
    payload = json.loads((FIXTURES / "linkedevents_event_list.json").read_text("utf-8"))
    payload["data"][0]["name"] = {"fi": name}
    return payload


def test_a_20000_character_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = tidy("Tervetuloa kirjastoon. " * 900)  # 20 700 characters
    assert len(text) <= MAX_FIELD_CHARS
    assert text.endswith("…")
    assert text[:-1].endswith(("kirjastoon", "Tervetuloa"))  # a whole word, then "…"


def test_a_text_within_the_limit_is_kept_as_it_is() -> None:
    assert tidy("Kallion kirjasto") == "Kallion kirjasto"
    assert cap("a" * MAX_FIELD_CHARS) == "a" * MAX_FIELD_CHARS


def test_a_20000_character_event_name_reaches_the_kiosk_capped() -> None:
    events = parse_events(_events_with("Lukupiiri " * 2000))
    name = events[0].name.get("fi")
    assert len(name) <= MAX_FIELD_CHARS and name.endswith("…")


@pytest.mark.parametrize(
    "emoji",
    ["🎉", "👍🏽", "☀️", "🇫🇮", "👨‍👩‍👧", "❤️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
    ids=["party", "skin-tone", "sun", "flag", "family", "heart", "tag-flag"],
)
def test_emoji_are_removed_whole(emoji: str) -> None:
    assert tidy(f"Konsertti {emoji} puistossa") == "Konsertti puistossa"


def test_symbols_the_font_has_stay() -> None:
    """✓, ★, → and ☀ without the emoji selector are ordinary text symbols."""
    assert strip_emoji("✓ ★ → ☀ 8–10 €") == "✓ ★ → ☀ 8–10 €"


def test_direction_controls_cannot_turn_the_rest_of_the_line_around() -> None:
    # U+202E (right-to-left override) pasted into a name would mirror what follows.
    assert tidy("Kallio\u202e kirjasto\u202c") == "Kallio kirjasto"
    assert tidy("a\u2066b\u2069c") == "abc"


@pytest.mark.parametrize("name", [HEBREW, ARABIC, f"Kahvila {HEBREW}"])
def test_a_right_to_left_name_is_put_in_its_own_isolate(name: str) -> None:
    assert has_rtl(name)
    assert tidy(name) == f"{FSI}{name}{PDI}"


def test_a_left_to_right_name_gets_no_isolate() -> None:
    assert FSI not in tidy("Helsingin kaupunginkirjasto – Oodi")


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert tidy("Avoinna\r\nma–pe\x00\x07 8–20\t\t") == "Avoinna\nma–pe 8–20"


def test_a_right_to_left_place_name_stays_in_its_isolate_after_parsing() -> None:
    info = parse_accessibility({"id": 1, "name_fi": HEBREW, "street_address_fi": "Kotikatu 2"})
    assert info.name.get("fi") == f"{FSI}{HEBREW}{PDI}"
    assert info.street.get("fi") == "Kotikatu 2"


def test_the_isolates_are_not_spoken() -> None:
    said = spoken(f"{FSI}{HEBREW}{PDI}, 2 km", "fi")
    assert FSI not in said and PDI not in said
