"""Home tiles (issue 14, point 3): each service tile shows its flow's picture, drawn in
the colour of the tile's words; a missing or broken picture leaves a working tile with
words only; and in large text every tile is reached through "More choices"."""

from __future__ import annotations

import pytest
from helpers import find, settle, tap, to_home
from PySide6.QtGui import QColor, QPalette

from kiosk.core.paths import find_assets
from kiosk.journey import events as ev
from kiosk.ui.widgets import BigButton

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("restored_and_no_crash")]


def tiles(window) -> list[BigButton]:
    names = ("flow_", "practiceTile")
    return [b for b in window.page.findChildren(BigButton) if b.objectName().startswith(names)]


def picture_pixels(button: BigButton) -> int:
    """Pixels in the tile's start (before its words) drawn in the words' colour."""
    image = button.grab().toImage()
    words = button.label().palette().color(QPalette.ColorRole.WindowText)
    start = button.label().geometry().left()
    count = 0
    for x in range(2, max(2, start - 2), 2):
        for y in range(2, image.height() - 2, 2):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.red() - words.red()) + abs(pixel.green() - words.green()) < 60:
                count += 1
    return count


def test_every_tile_draws_its_picture(make_kiosk):
    kiosk = make_kiosk(lang="en")
    to_home(kiosk, "en")
    found = tiles(kiosk.window)
    assert len(found) == len(kiosk.flows) + 1  # the services and practice
    for tile in found:
        tile.setVisible(True)  # a tile on another page is drawn the same
        tile.resize(800, 150)
        assert picture_pixels(tile) > 20, f"{tile.objectName()} has no picture"


def test_every_flow_names_a_picture_that_is_shipped(make_kiosk):
    kiosk = make_kiosk(lang="en")
    icons = find_assets() / "icons"
    for flow in kiosk.flows:
        assert flow.icon, f"{flow.id} names no icon"
        assert (icons / f"{flow.icon}.svg").is_file(), f"{flow.id}: no {flow.icon}.svg"
    assert (icons / "LICENSE").is_file()


def test_a_broken_picture_leaves_a_working_tile(qtbot, tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg this is not")
    pressed: list[bool] = []
    for picture in (broken, tmp_path / "missing.svg"):
        button = BigButton("Library opening hours")
        qtbot.addWidget(button)
        assert not button.set_icon(picture)
        button.clicked.connect(lambda _=False: pressed.append(True))
        button.resize(600, 120)
        button.show()
        assert picture_pixels(button) == 0
        button.click()
    assert pressed == [True, True]


def test_at_200_percent_every_tile_is_reached_through_more_choices(qtbot, make_kiosk):
    kiosk = make_kiosk(lang="fi")
    to_home(kiosk, "fi")
    kiosk.window.dispatch(ev.Setting("text_size"))
    kiosk.window.dispatch(ev.Setting("text_size"))
    settle()
    assert kiosk.session.settings.text_size == 200
    page = kiosk.window.page
    assert page.pager is not None and page.pager.count() > 1
    seen: list[str] = []
    for _ in range(page.pager.count()):
        seen += [t.objectName() for t in tiles(kiosk.window) if t.isVisibleTo(kiosk.window)]
        tap(qtbot, find(kiosk.window, BigButton, "moreChoices"))
    assert sorted(seen) == sorted(t.objectName() for t in tiles(kiosk.window))
    # The words under each title are not shown at 200 %, but are said and described.
    tile = find(kiosk.window, BigButton, "flow_library-hours")
    assert "\n" not in tile.text()
    assert tile.accessibleDescription()


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_each_page_of_tiles_says_its_own_services_and_no_others(qtbot, make_kiosk, lang):
    """What is heard is what is seen (A1): every page says the question, then the
    services it shows, and never a service of another page."""
    kiosk = make_kiosk(lang=lang)
    to_home(kiosk, lang)
    for _ in range(2):
        kiosk.window.dispatch(ev.Setting("text_size"))
    settle()
    page = kiosk.window.page
    assert page.pager is not None and page.pager.count() > 1
    heading = page.speech[0][0]
    for _ in range(page.pager.count()):
        shown = {t.accessibleName() for t in tiles(kiosk.window) if t.isVisibleTo(kiosk.window)}
        hidden = {t.accessibleName() for t in tiles(kiosk.window)} - shown
        said = [text for text, _ in page.speech]
        assert said[0] == heading, "the question first, on every page"
        for title in shown:
            assert title in said, f"{title} is shown but not said"
        for title in hidden:
            assert not any(text.startswith(title) for text in said), f"{title} said, not shown"
        tap(qtbot, find(kiosk.window, BigButton, "moreChoices"))
