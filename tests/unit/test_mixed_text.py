"""Texts whose pieces are in different languages (kiosk.core.text.Mixed, issue 13):
shown as one plain string, spoken piece by piece in each piece's language."""

from __future__ import annotations

from kiosk.core.text import Mixed, Text, fill, in_language, join, picked, pieces


def test_pick_says_which_language_a_fallback_is_in():
    only_finnish = Text({"fi": "Tuolijumppa"})
    assert only_finnish.pick("sv") == ("Tuolijumppa", "fi")
    assert Text({"fi": "Kallion kirjasto", "sv": "Berghälls bibliotek"}).pick("sv") == (
        "Berghälls bibliotek",
        "sv",
    )
    assert Text({}).pick("en") == ("", "en")


def test_a_mixed_text_is_shown_as_the_plain_string():
    address = fill("Adress: %1", join(", ", [in_language("Viides linja 11", "fi"), "00530"]))
    assert address == "Adress: Viides linja 11, 00530"
    assert isinstance(address, str) and isinstance(address, Mixed)


def test_pieces_keep_their_languages_and_the_rest_is_the_screens():
    address = fill("Adress: %1", join(", ", [in_language("Viides linja 11", "fi"), "00530"]))
    assert pieces(address, "sv") == [
        ("Adress: ", "sv"),
        ("Viides linja 11", "fi"),
        (", 00530", "sv"),
    ]
    assert pieces("Öppet nu.", "sv") == [("Öppet nu.", "sv")]
    assert pieces(picked(Text({"fi": "Tuolijumppa"}), "en"), "en") == [("Tuolijumppa", "fi")]


def test_a_piece_in_the_screens_language_runs_together_with_its_neighbours():
    text = join("\n", [picked(Text({"sv": "Berghälls bibliotek"}), "sv"), "350 m"])
    assert pieces(text, "sv") == [("Berghälls bibliotek\n350 m", "sv")]
