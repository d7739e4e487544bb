"""Issue 15, point 4: every QR of a hand-off screen opens the chosen place's or event's
own page, in the screen's language.

"Find a service near here" and "Events for seniors" are walked against the fake city;
the QR image the screen shows is decoded with the real zbarimg.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fakecity.kiosk_config import live_services_on, write_city_config
from fakecity.server import FakeCity
from gui.helpers import settle, to_home
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.deeplinks import fill_url
from kiosk.ui.handoff import QrWidget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) missing"),
]

EVENT = "helsinki:afy6ikna3u"  # the fake city's event (linkedevents_event_list.json)


@pytest.fixture(scope="module")
def city():
    with FakeCity() as server:
        yield server


@pytest.fixture
def make(city: FakeCity, make_kiosk, tmp_path: Path):
    def build(lang: str):
        city.reset()
        config = write_city_config(
            tmp_path / "kiosk.toml", city.url, ["services-near", "events-seniors"]
        )
        kiosk = make_kiosk(lang=lang, config_path=config)
        live_services_on(kiosk, city.endpoints)
        to_home(kiosk, lang)
        return kiosk

    return build


def tap(window, name: str) -> None:
    (button,) = [w for w in window.findChildren(QAbstractButton, name) if w.isVisibleTo(window)]
    button.click()
    settle()


def decoded_qr(window, tmp_path: Path) -> list[str]:
    """What zbarimg reads from every QR code on the screen."""
    found = []
    for index, qr in enumerate(w for w in window.findChildren(QrWidget) if w.isVisibleTo(window)):
        image = tmp_path / f"qr-{index}.png"
        assert qr.image.save(str(image))
        result = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=30
        )
        assert result.returncode == 0, result.stderr
        found += result.stdout.split()
    return found


@pytest.mark.parametrize(
    ("lang", "need", "query"),
    [
        ("fi", "wheelchair", "?mobility=wheelchair"),
        ("sv", "hearing_aid", "?senses=hearingAid"),
        ("en", "none", ""),
    ],
)
def test_the_map_code_opens_the_chosen_place_in_the_screen_language(
    make, tmp_path: Path, lang: str, need: str, query: str
) -> None:
    window = make(lang).window
    window.start_flow("services-near")
    settle()
    tap(window, "option_349")
    tap(window, "item_51342")
    tap(window, f"option_{need}")
    tap(window, "nextButton")
    assert window.screen_name == "step:services-near:map"
    assert decoded_qr(window, tmp_path) == [
        f"https://palvelukartta.hel.fi/{lang}/unit/51342{query}"
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_events_code_opens_the_chosen_event(make, tmp_path: Path, lang: str) -> None:
    window = make(lang).window
    window.start_flow("events-seniors")
    settle()
    tap(window, "option_week")
    tap(window, "option_nearby")
    tap(window, f"item_{EVENT}")
    assert window.screen_name == "step:events-seniors:link"
    assert decoded_qr(window, tmp_path) == [f"https://tapahtumat.hel.fi/{lang}/events/{EVENT}"]


def test_an_address_without_its_answer_falls_back_to_the_front_page() -> None:
    assert fill_url("https://tapahtumat.hel.fi/{lang}/events/{$events}", {}, "sv") == (
        "https://tapahtumat.hel.fi/"
    )
    assert fill_url("https://palvelukartta.hel.fi/{lang}/unit/{$place}", {"place": 1}, "ru") == (
        "https://palvelukartta.hel.fi/en/unit/1"
    )
