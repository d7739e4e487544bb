"""Colours and sizes, computed from the installed screen (A11, A12, A13).

Sizes are physical: the config gives the screen's pixel pitch (mm per px) and the
viewing distance, and everything in pixels is derived from those, so the same build
is legible on a 21.5" and on a 32" screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF

# A capital H must subtend at least this angle at the viewing distance (A11, EN 5.1.4).
MIN_CAP_DEGREES = 0.7
# Touch targets at least this big, and this far apart (A13).
MIN_TARGET_MM = 16.0
MIN_GAP_MM = 4.0
# Focus rings this thick, so they are seen from a step away (A17).
FOCUS_RING_MM = 1.5
FONT_FAMILY = "DejaVu Sans"
# The bars' text grows with the text size up to this, then stays: at 200 % the bars
# would otherwise fill a third of a full-HD screen.
CHROME_MAX_SIZE = 150


@dataclass(frozen=True)
class Palette:
    """The colours of one theme. Every text/background pair is ≥ 7:1 (A12)."""

    name: str
    background: str
    text: str
    muted_background: str  # panels: top and bottom bar
    button: str
    button_text: str
    button_border: str
    focus: str  # fill of the focused control
    focus_text: str
    focus_ring: str
    error: str
    link_text: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Foreground/background pairs that carry text: each must be ≥ 7:1."""
        return {
            "body text": (self.text, self.background),
            "bar text": (self.text, self.muted_background),
            "button text": (self.button_text, self.button),
            "focused button text": (self.focus_text, self.focus),
            "error text": (self.error, self.background),
        }

    def border_pairs(self) -> dict[str, tuple[str, str]]:
        """Edges that must be seen: each must be ≥ 3:1."""
        return {
            "button edge on page": (self.button_border, self.background),
            "button edge on bar": (self.button_border, self.muted_background),
            "focus ring on page": (self.focus_ring, self.background),
            "focus ring on bar": (self.focus_ring, self.muted_background),
            # The focused control must look unlike an unfocused one (WCAG 2.4.11).
            "focused fill against unfocused fill": (self.focus, self.button),
        }


STANDARD = Palette(
    name="standard",
    background="#FFFFFF",
    text="#1A1A1A",
    muted_background="#F1F1EC",
    button="#0000BF",  # Helsinki "coat of arms" blue
    button_text="#FFFFFF",
    button_border="#0000BF",
    focus="#FFE977",
    focus_text="#000000",
    focus_ring="#000000",
    error="#A50000",
    link_text="#0000BF",
)

HIGH_CONTRAST = Palette(
    name="high-contrast",
    background="#000000",
    text="#FFFFFF",
    muted_background="#000000",
    button="#000000",
    button_text="#FFFF00",
    button_border="#FFFFFF",
    focus="#FFFF00",
    focus_text="#000000",
    focus_ring="#FFFFFF",
    error="#FF9E9E",
    link_text="#FFFF00",
)

PALETTES = {p.name: p for p in (STANDARD, HIGH_CONTRAST)}


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #RRGGBB colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, 1.0 – 21.0."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def min_cap_height_mm(viewing_distance_mm: float) -> float:
    """Cap height that subtends MIN_CAP_DEGREES at the viewing distance."""
    return 2 * viewing_distance_mm * math.tan(math.radians(MIN_CAP_DEGREES / 2))


def font_px_for_cap_height(cap_px: float, family: str = FONT_FAMILY) -> int:
    """Smallest pixel size whose real capital height is at least ``cap_px``."""
    size = max(8, math.floor(cap_px / 0.75))
    while True:
        font = QFont(family)
        font.setPixelSize(size)
        if QFontMetricsF(font).capHeight() >= cap_px:
            return size
        size += 1


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes for one screen and one text size."""

    pixel_pitch_mm: float
    body_px: int  # body text size; capital height ≥ the A11 limit at 100 %
    heading_px: int
    chrome_px: int  # the bars: grows to 150 % only, so content keeps room at 200 %
    target_px: int  # minimum width and height of anything tappable
    gap_px: int
    ring_px: int
    margin_px: int
    #: Text at 100 % whatever the text size: for a label that must be read but must
    #: not take room from the content as text grows (the demo badge).
    base_px: int = 0

    @classmethod
    def compute(cls, pixel_pitch_mm: float, viewing_distance_mm: float, text_size: int) -> Metrics:
        cap_px = min_cap_height_mm(viewing_distance_mm) / pixel_pitch_mm
        body = font_px_for_cap_height(cap_px * text_size / 100)
        chrome = font_px_for_cap_height(cap_px * min(text_size, CHROME_MAX_SIZE) / 100)
        return cls(
            pixel_pitch_mm=pixel_pitch_mm,
            body_px=body,
            heading_px=round(body * 1.3),
            chrome_px=chrome,
            target_px=math.ceil(MIN_TARGET_MM / pixel_pitch_mm),
            gap_px=math.ceil(MIN_GAP_MM / pixel_pitch_mm),
            ring_px=max(4, math.ceil(FOCUS_RING_MM / pixel_pitch_mm)),
            margin_px=math.ceil(8 / pixel_pitch_mm),
            base_px=font_px_for_cap_height(cap_px),
        )

    def mm(self, px: float) -> float:
        return px * self.pixel_pitch_mm


@dataclass(frozen=True)
class Theme:
    """A palette plus metrics; renders the application style sheet."""

    palette: Palette
    metrics: Metrics

    def font(self, px: int | None = None, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(px or self.metrics.body_px)
        font.setBold(bold)
        return font

    def text_fonts(self) -> tuple[QFont, ...]:
        """Every font the style sheet below draws words in (size and weight), each
        once: the body and its bold, headings, the bars and the badge."""
        m = self.metrics
        fonts = (
            self.font(),
            self.font(bold=True),
            self.font(m.heading_px, bold=True),
            self.font(m.chrome_px),
            self.font(m.base_px, bold=True),
        )
        return tuple({font.key(): font for font in fonts}.values())

    def stylesheet(self) -> str:
        p, m = self.palette, self.metrics
        pad = max(8, m.gap_px // 2)
        return f"""
QPushButton#attractPage, QPushButton#attractPage:focus, QPushButton#attractPage:pressed {{
    background: {p.background}; border: none; border-radius: 0px; padding: 0px; }}
QWidget#kioskRoot, QWidget#page, QScrollArea, QWidget#scrollBody {{
    background: {p.background}; color: {p.text};
}}
QScrollArea {{ border: {m.ring_px}px solid {p.background}; }}
QScrollArea:focus {{ border: {m.ring_px}px solid {p.focus_ring}; }}
QWidget {{ font-family: "{FONT_FAMILY}"; font-size: {m.body_px}px; color: {p.text}; }}
QFrame#topBar, QFrame#bottomBar {{ background: {p.muted_background}; }}
QFrame#topBar QLabel#buttonLabel, QFrame#bottomBar QLabel#buttonLabel {{
    font-size: {m.chrome_px}px; }}
QLabel {{ background: transparent; color: {p.text}; }}
QWidget#onScreenKeyboard QPushButton {{ font-size: {m.chrome_px}px; padding: 2px; }}
QWidget#onScreenKeyboard QLabel#buttonLabel {{ font-size: {m.chrome_px}px; }}
QLabel#heading {{ font-size: {m.heading_px}px; font-weight: bold; }}
QLabel#attractPrompt, QLabel#pageNumber {{ font-size: {m.chrome_px}px; }}
QLabel#subheading {{ font-weight: bold; }}
QFrame#staffBanner {{ background: {p.focus}; border-bottom: {m.ring_px}px solid {p.focus_ring}; }}
QFrame#staffBanner QPushButton {{ border-color: {p.focus_text}; }}
QLabel#staffBannerText {{ color: {p.focus_text}; font-weight: bold; padding-left: {m.gap_px}px; }}
QLabel#error {{ color: {p.error}; font-weight: bold; }}
QLabel#demoBadge {{
    background: {p.background}; color: {p.text}; font-size: {m.base_px}px;
    font-weight: bold;
}}
QPushButton {{
    background: {p.button}; color: {p.button_text};
    border: {m.ring_px}px solid {p.button_border}; border-radius: {pad}px;
    min-width: {m.target_px}px; min-height: {m.target_px}px; padding: {pad}px;
}}
QLabel#buttonLabel {{ color: {p.button_text}; }}
QLabel#buttonLabel[lit="true"] {{ color: {p.focus_text}; }}
QPushButton:focus {{ background: {p.focus}; color: {p.focus_text};
    border: {m.ring_px}px solid {p.focus_ring}; }}
QPushButton:pressed {{ background: {p.focus}; color: {p.focus_text}; }}
QWidget#onScreenKeyboard QPushButton:checked {{ border: {m.ring_px}px solid {p.focus_ring}; }}
QLineEdit, QPlainTextEdit {{
    background: {p.background}; color: {p.text};
    border: {m.ring_px}px solid {p.text}; padding: {pad}px;
    min-height: {max(m.target_px, round(m.body_px * 1.4))}px; font-size: {m.body_px}px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border: {m.ring_px * 2}px solid {p.focus_ring};
    background: {p.background}; }}
QScrollBar:vertical {{ width: {m.target_px}px; background: {p.muted_background};
    border: 2px solid {p.button_border}; margin: {m.target_px}px 0 {m.target_px}px 0; }}
QScrollBar::handle:vertical {{ background: {p.button_border}; min-height: {m.target_px}px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{
    height: {m.target_px}px; background: {p.muted_background};
    border: 2px solid {p.button_border}; subcontrol-origin: margin; }}
QScrollBar::sub-line:vertical {{ subcontrol-position: top; }}
QScrollBar::add-line:vertical {{ subcontrol-position: bottom; }}
QScrollBar::up-arrow:vertical, QScrollBar::down-arrow:vertical {{
    width: {m.target_px // 3}px; height: {m.target_px // 3}px; background: {p.text}; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


def make_theme(
    theme: str, pixel_pitch_mm: float, viewing_distance_mm: float, text_size: int
) -> Theme:
    """Build the theme for the current settings."""
    return Theme(PALETTES[theme], Metrics.compute(pixel_pitch_mm, viewing_distance_mm, text_size))
