"""Long text cut into sentences for pages that hold a few lines (issue 14)."""

from __future__ import annotations

from kiosk.core.text import sentences


def test_a_paragraph_becomes_its_sentences_and_nothing_is_lost():
    text = (
        "Kirjasto on auki klo 8.00–20.00. Tieto on päivältä 22.6.2020. "
        "Kysy esim. henkilökunnalta, jos et ole varma."
    )
    parts = sentences(text)
    assert parts == [
        "Kirjasto on auki klo 8.00–20.00.",
        "Tieto on päivältä 22.6.2020.",
        "Kysy esim. henkilökunnalta, jos et ole varma.",
    ]
    assert " ".join(parts) == text


def test_scripts_without_capitals_and_other_alphabets():
    assert sentences("هل هذا صحيح؟ نعم.") == ["هل هذا صحيح؟", "نعم."]
    assert sentences("Это тест. Ещё один!") == ["Это тест.", "Ещё один!"]
    assert sentences("Õhtul on avatud. Öösel mitte.") == ["Õhtul on avatud.", "Öösel mitte."]


def test_short_text_stays_whole_and_empty_text_is_nothing():
    assert sentences("One. Two.", longer_than=20) == ["One. Two."]
    assert sentences("   ") == []


def test_a_mixed_text_stays_whole_so_each_piece_keeps_its_voice():
    from kiosk.core.text import fill

    mixed = fill("Tapahtuma: %1. Se on ilmainen. Tervetuloa kaikki mukaan!", "Seniorijumppa")
    assert sentences(mixed, longer_than=10) == [mixed]
    assert sentences(mixed, longer_than=10)[0] is mixed
