"""Colours and sizes of every theme meet A11, A12 and A13 on the configured screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk.ui.theme import (
    FONT_FAMILY,
    MIN_GAP_MM,
    MIN_TARGET_MM,
    PALETTES,
    Metrics,
    contrast_ratio,
    min_cap_height_mm,
)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=list(PALETTES))
def test_text_contrast_is_at_least_7_to_1(palette):
    for name, (fg, bg) in palette.text_pairs().items():
        assert contrast_ratio(fg, bg) >= 7.0, f"{palette.name}: {name} {fg} on {bg}"


@pytest.mark.parametrize("palette", PALETTES.values(), ids=list(PALETTES))
def test_edges_and_focus_rings_are_at_least_3_to_1(palette):
    for name, (fg, bg) in palette.border_pairs().items():
        assert contrast_ratio(fg, bg) >= 3.0, f"{palette.name}: {name} {fg} on {bg}"


def test_contrast_formula_matches_wcag_examples():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("pitch", "distance"), [(0.248, 500), (0.311, 700), (0.18, 1015)])
@pytest.mark.parametrize("size", [100, 150, 200])
def test_sizes_follow_the_configured_screen(qapp, pitch, distance, size):
    metrics = Metrics.compute(pitch, distance, size)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(metrics.body_px)
    cap_mm = QFontMetricsF(font).capHeight() * pitch
    assert cap_mm >= min_cap_height_mm(distance) * size / 100 - 0.01
    assert metrics.target_px * pitch >= MIN_TARGET_MM
    assert metrics.gap_px * pitch >= MIN_GAP_MM


def test_cap_height_limit_is_0_7_degrees():
    # 0.7° at 500 mm is about 6.1 mm (ACCESSIBILITY.md A11).
    assert min_cap_height_mm(500) == pytest.approx(6.11, abs=0.01)
