"""kiosk.flow.shown_words: the words the kiosk draws once at start, so that a
resident's first screen in a language finds its letters ready (issue 19)."""

from __future__ import annotations

from kiosk.core.text import Text
from kiosk.flow.shown_words import words_shown
from kiosk.flow.spec import ContactField, ContactKind, Flow, Option, Step, StepKind


def text(fi: str, sv: str = "", ar: str = "") -> Text:
    return Text({k: v for k, v in {"fi": fi, "sv": sv, "ar": ar}.items() if v})


FLOW = Flow(
    "hours",
    text("Kirjaston aukioloajat", "Bibliotekets öppettider", "مواعيد المكتبة"),
    text("Milloin kirjasto on auki", "När biblioteket är öppet"),
    None,
    (
        Step(
            "which",
            StepKind.CHOICE,
            text("Mikä kirjasto?", "Vilket bibliotek?", "أي مكتبة؟"),
            body=text("Valitse kirjasto", "Välj ett bibliotek"),
            speech=text("Puhe vain kuultavaksi"),
            options=(Option("kallio", text("Kallion kirjasto", "Berghälls bibliotek")),),
            next="who",
        ),
        Step(
            "who",
            StepKind.CONTACT,
            text("Yhteystiedot"),
            fields=(
                ContactField("phone", text("Puhelinnumero", "Telefonnummer"), ContactKind.PHONE),
            ),
            staff_note=text("Auta tarvittaessa"),
            next="end",
        ),
        Step("end", StepKind.DONE, text("Kiitos", "Tack")),
    ),
)


def test_every_drawn_text_of_the_language_is_there_each_word_once() -> None:
    words = words_shown([FLOW], "sv").split(" ")
    for word in ("Bibliotekets", "Vilket", "Välj", "Berghälls", "Telefonnummer", "Tack"):
        assert word in words
    assert words.count("bibliotek") == 1  # "Välj ett bibliotek", "Berghälls bibliotek"
    assert len(words) == len(set(words))


def test_what_is_only_spoken_is_not_drawn() -> None:
    assert "kuultavaksi" not in words_shown([FLOW], "fi")


def test_a_text_missing_in_the_language_gives_the_words_the_screen_shows() -> None:
    words = words_shown([FLOW], "ar").split(" ")
    assert "مواعيد" in words and "مكتبة؟" in words
    assert "Yhteystiedot" in words and "Auta" in words  # shown in Finnish on an Arabic screen
