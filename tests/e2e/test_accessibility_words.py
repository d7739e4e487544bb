"""Issue 15, point 3: accessibility says what the obstacle is, for the resident's need.

"Find a service near here" is walked against the fake city. The Service Map v2 unit
answers with ``accessibility_description`` (the documented shape: parts of the way in,
each with per-profile shortcoming sentences in fi/sv/en). The detail page must show
each shortcoming sentence for the chosen need, "no known obstacles" only for a group
the register lists without shortcomings, and "no information" for a unit the register
knows nothing about. "None of these" is offered and shows no need of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import FakeCity
from gui.helpers import across_pages, settle, to_home
from PySide6.QtWidgets import QAbstractButton, QLabel

pytestmark = pytest.mark.gui

STEPS = {
    "fi": "Sisäänkäynnin edessä on portaat, eikä luiskaa ole.",
    "sv": "Det finns trappor framför ingången och ingen ramp.",
    "en": "There are steps in front of the entrance and no ramp.",
}
TOILET = {
    "fi": "Toimipisteessä ei ole esteetöntä wc:tä.",
    "sv": "Det finns ingen tillgänglig toalett i verksamhetsstället.",
    "en": "The facility does not have an accessible toilet.",
}
ENTRANCE = {"fi": "Pääsisäänkäynti", "sv": "Huvudingången", "en": "The main entrance"}
INSIDE = {"fi": "Sisätilat", "sv": "Inomhus", "en": "Interior"}
#: Service Map v2 ``unit/8215/?accessibility_description=true`` (CITY_APIS §a).
DESCRIPTION = {
    "id": 8215,
    "accessibility_description": [
        {
            "title": ENTRANCE,
            "profiles": [
                {"id": "wheelchair", "shortcomings": [STEPS]},
                {"id": "rollator", "shortcomings": [STEPS]},
                {"id": "hearing_aid", "shortcomings": []},
            ],
        },
        {
            "title": INSIDE,
            "profiles": [
                {"id": "wheelchair", "shortcomings": [TOILET]},
                {"id": "hearing_aid", "shortcomings": []},
            ],
        },
    ],
}
WORDS = {
    "obstacles": {
        "fi": "Pyörätuolin käyttäjälle on näitä esteitä:",
        "sv": "För den som använder rullstol finns de här hindren:",
        "en": "For a wheelchair user, these things are in the way:",
    },
    "none_known": {
        "fi": "Kuulolaitteen käyttäjälle ei ole rekisterin mukaan esteitä.",
        "sv": "För den som använder hörapparat finns inga kända hinder enligt registret.",
        "en": "For a hearing aid user, the register knows of no obstacles.",
    },
    "no_information": {
        "fi": "Heikkonäköiselle: esteistä ei ole tietoa.",
        "sv": "För den som ser dåligt: ingen information om hinder.",
        "en": "For someone with low vision: no information about obstacles.",
    },
}


@pytest.fixture(scope="module")
def city():
    with FakeCity() as server:
        yield server


@pytest.fixture
def make(city: FakeCity, make_kiosk, tmp_path: Path):
    def build(lang: str):
        city.reset()
        config = write_city_config(tmp_path / "kiosk.toml", city.url, ["services-near"])
        kiosk = make_kiosk(lang=lang, config_path=config)
        live_services_on(kiosk, city.endpoints)
        to_home(kiosk, lang)
        return kiosk

    return build


def shown_text(window) -> str:
    """Every page's labels (long accessibility details are in pages, issue 14)."""
    return "\n".join(
        across_pages(
            window, lambda: [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
        )
    )


def tap(window, name: str) -> None:
    (button,) = [w for w in window.findChildren(QAbstractButton, name) if w.isVisibleTo(window)]
    button.click()
    settle()


def access_page(kiosk, need: str) -> str:
    window = kiosk.window
    window.start_flow("services-near")
    settle()
    tap(window, "option_349")
    tap(window, "item_8215")
    tap(window, f"option_{need}")
    assert window.screen_name == "step:services-near:access_info"
    return shown_text(window)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_shortcoming_for_the_chosen_need_is_said(make, city: FakeCity, lang: str) -> None:
    kiosk = make(lang)
    city.respond("/servicemap/v2/unit/8215/", DESCRIPTION)
    text = access_page(kiosk, "wheelchair")
    assert WORDS["obstacles"][lang] in text, text
    assert f"{ENTRANCE[lang]}: {STEPS[lang]}" in text, text
    assert f"{INSIDE[lang]}: {TOILET[lang]}" in text, text
    asked = [r for r in city.requests if r.path == "/servicemap/v2/unit/8215/"]
    assert asked and asked[-1].param("accessibility_description") == "true"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_no_known_obstacles_only_where_the_register_says_so(make, city: FakeCity, lang) -> None:
    kiosk = make(lang)
    city.respond("/servicemap/v2/unit/8215/", DESCRIPTION)
    assert WORDS["none_known"][lang] in access_page(kiosk, "hearing_aid")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_unit_without_data_says_no_information(make, city: FakeCity, lang: str) -> None:
    kiosk = make(lang)
    # The register has neither verdicts, sentences nor shortcomings for this unit.
    city.respond("/servicemap/v2/unit/8215/", {"id": 8215})
    city.respond(
        "/palvelukarttaws/rest/v4/unit/8215",
        {"id": 8215, "name_fi": "Kallion kirjasto", "street_address_fi": "Viides linja 11"},
    )
    text = access_page(kiosk, "visually_impaired")
    assert WORDS["no_information"][lang] in text, text
    assert WORDS["none_known"][lang].split(",")[0] not in text


def test_none_of_these_is_offered_and_names_no_need(make, city: FakeCity) -> None:
    kiosk = make("en")
    city.respond("/servicemap/v2/unit/8215/", DESCRIPTION)
    text = access_page(kiosk, "none")
    assert "these things are in the way" not in text
    assert "Kallio" in text
