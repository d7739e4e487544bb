"""The pager splits a page's options for the room the view has (kiosk.ui.paging,
issues 14 and 19): less room, more pages; a narrower view wraps the words onto more
lines, so fewer options fit a page; and back at the first size, the first split again.
The options' heights are kept by width between fittings; these tests prove that a new
width is measured anew. Real widgets, nothing timed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.paging import Item, Pager
from kiosk.ui.widgets import BigButton, wrapping_label

WORDS = (
    "Sisäänkäynnin edessä on portaat, eikä luiskaa ole. Kysy henkilökunnalta apua, "
    "jos tarvitset sitä."
)


def make_pager() -> tuple[QWidget, Pager]:
    holder = QWidget()
    holder.setStyleSheet("QWidget { font-size: 30px; }")
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(10)
    items = []
    for number in range(8):
        label = wrapping_label(f"{number + 1}. {WORDS}", "detail")
        column.addWidget(label)
        items.append(Item([label], [number]))
    more = BigButton("More")
    column.addWidget(more)
    pager = Pager(column, items, more, lambda index, count: None, lambda: None)
    return holder, pager


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Less height: fewer options fit a page.
        ((1600, 900), (1600, 300)),
        # A third of the width: each option wraps onto about three times the lines. Had
        # the heights measured at the wide width been used again, the split would not move.
        ((1600, 700), (500, 700)),
    ],
    ids=["less-height", "narrower"],
)
def test_less_room_holds_fewer_options_a_page_and_the_first_room_the_first_split(
    qapp, first: tuple[int, int], second: tuple[int, int]
) -> None:
    holder, pager = make_pager()
    pager.fit(*first)
    roomy = list(pager.pages)
    pager.fit(*second)
    assert pager.count() > len(roomy)
    assert max(map(len, pager.pages)) < max(map(len, roomy))
    pager.fit(*first)
    assert pager.pages == roomy
    holder.deleteLater()
