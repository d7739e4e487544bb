"""Text is spoken a sentence at a time; the cuts must not break times, dates or abbreviations."""

from __future__ import annotations

import pytest

from kiosk.speech.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Kirjasto on auki. Tervetuloa!", ["Kirjasto on auki.", "Tervetuloa!"]),
        (
            "Onko sinulla kortti? Kyllä; se on tässä.",
            ["Onko sinulla kortti?", "Kyllä;", "se on tässä."],
        ),
        ("Aukioloajat: ma–pe 9–20", ["Aukioloajat:", "ma–pe 9–20"]),
        ("Ensimmäinen rivi\nToinen rivi\n\nKolmas", ["Ensimmäinen rivi", "Toinen rivi", "Kolmas"]),
        ("Odota... Nyt!", ["Odota...", "Nyt!"]),
        ('Hän sanoi: "Hei." Sitten hän lähti.', ["Hän sanoi:", '"Hei."', "Sitten hän lähti."]),
    ],
)
def test_splits_at_sentence_ends_and_newlines(text, pieces):
    assert split_sentences(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Kirjasto on auki klo 8.00–20.00 arkisin.",
        "Kirjasto avataan 22.6. klo 10 juhlallisesti.",
        "Kallion kirjasto avattiin 1.10.1912 ja se on yhä auki.",
        "Tuo esim. kirjastokortti mukanasi.",
        "Maksu on n. 5 euroa.",
        "Kirjoja, lehtiä, mm. Helsingin Sanomat.",
        "Bring e.g. your library card.",
        "See p. 12 in the guide.",
        "Ta med t.ex. Helsingfors kort.",
        "Öppet kl. 9 till kl. 20.",
        "J. L. Runeberg asui Porvoossa.",
        "Kesäkuun 22. päivä on juhla.",
        "Soita numeroon p. 09 310 85000 klo 9:30 jälkeen.",
    ],
)
def test_keeps_times_dates_and_abbreviations_in_one_piece(text):
    assert split_sentences(text) == [text]


def test_a_date_or_time_at_a_sentence_end_still_ends_it():
    assert split_sentences("Kirjasto avattiin 1.10.1912. Se on vanha. Auki klo 8.00. Tule!") == [
        "Kirjasto avattiin 1.10.1912.",
        "Se on vanha.",
        "Auki klo 8.00.",
        "Tule!",
    ]
    assert split_sentences("Avoinna 22.6. Tervetuloa.") == ["Avoinna 22.6.", "Tervetuloa."]


def test_an_abbreviation_that_can_end_a_sentence_does_so_before_a_capital():
    assert split_sentences("Kirjoja, lehtiä jne. Tervetuloa.") == [
        "Kirjoja, lehtiä jne.",
        "Tervetuloa.",
    ]
    assert split_sentences("Kirjoja, lehtiä jne. ja muuta.") == ["Kirjoja, lehtiä jne. ja muuta."]


def test_drops_blank_and_punctuation_only_pieces():
    assert split_sentences("") == []
    assert split_sentences("   \n \n") == []
    assert split_sentences("— \n• \nHei.") == ["Hei."]


def test_cuts_very_long_sentences_at_commas_then_spaces():
    text = ", ".join(["kirja"] * 80) + "."
    pieces = split_sentences(text, max_chars=100)
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith(",") for p in pieces[:-1])
    assert " ".join(pieces) == text
    words = " ".join(["sana"] * 60)
    pieces = split_sentences(words, max_chars=50)
    assert all(len(p) <= 50 for p in pieces)
    assert " ".join(pieces) == words


def test_nothing_is_lost_or_reordered():
    text = "Hei! Tämä on testi, klo 8.00. Kysymys? Vastaus: kyllä.\nUusi rivi. esim. tämä"
    assert " ".join(split_sentences(text)).split() == text.split()


def test_a_script_without_capitals_splits_at_a_full_stop():
    """Arabic has no capital letters: any letter after a full stop starts a sentence
    (issue 17); a time in it still stays whole."""
    assert split_sentences("المس الشاشة للبدء. مفتوح حتى 20:00. شكرًا.") == [
        "المس الشاشة للبدء.",
        "مفتوح حتى 20:00.",
        "شكرًا.",
    ]
