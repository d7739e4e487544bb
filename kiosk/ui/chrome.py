"""The bars around every session screen: settings on top, navigation at the bottom.

The bottom bar is the same control in the same place on every screen (A15), so it is
built once and never rebuilt; pages come and go between the two bars.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.core.session import TEXT_SIZES
from kiosk.ui.widgets import BigButton


class _Bar(QFrame):
    """A row of equal-width buttons."""

    #: Each button's share of the width (default 4): a button with longer words gets
    #: more, so no label needs a third line and the bar stays low (issue 14).
    SHARES: dict[str, int] = {}

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self.buttons: dict[str, BigButton] = {}
        for name in names:
            button = BigButton(object_name=f"{name}Button")
            self.buttons[name] = button
            self._layout.addWidget(button, self.SHARES.get(name, 4))
        #: What the height was last measured for (see fit_height).
        self._fitted: tuple[object, ...] | None = None
        self.retranslate()

    def apply_metrics(self, gap_px: int, margin_px: int, corner_px: int = 0) -> None:
        """Space buttons ≥ 4 mm apart (A13). ``corner_px``: the staff corner's size
        (kiosk/ui/input_guard.py): the first button starts a gap to its right, so a
        finger resting on a button never holds the corner (issue 14)."""
        self._layout.setSpacing(gap_px)
        left = max(margin_px, corner_px + gap_px) if corner_px else margin_px
        self._layout.setContentsMargins(left, gap_px // 2, margin_px, gap_px // 2)
        self._fitted = None
        self.fit_height()

    def fit_height(self) -> None:
        """Take the height the wrapped labels need at the current width and font.

        The bar holds the same buttons on every screen, so it has the same geometry on
        every screen (A15); only a language or text-size change can change it. So it is
        measured again only when its words, their font or the width changed: measuring
        relaid and repainted both bars on every step (issue 19).
        """
        for button in self.buttons.values():
            # The style sheet sets the font: measure with it, not the default one.
            button.ensurePolished()
            button.label().ensurePolished()
        width = self.width() if self.width() > 100 else self.window().width()
        fonts = tuple(button.label().font().key() for button in self.buttons.values())
        fitted = (width, self.layoutDirection(), fonts, self._measured_words())
        if fitted != self._fitted:
            self._fitted = fitted
            self._measure(width)

    def _measured_words(self) -> tuple[str, ...]:
        """The words the height is measured with."""
        return tuple(button.text() for button in self.buttons.values())

    def _measure(self, width: int) -> None:
        self.setFixedHeight(self._layout.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.fit_height()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


LANGUAGE_BUTTON = "Kieli · Språk · Language"
#: The demo kiosk's badge, the same in every language (Finnish, then the word that
#: Swedish and English share).
DEMO_BADGE = "Esittely · Demo"


def demo_badge(demo: bool) -> QLabel:
    """A strip under the top bar on every screen of a demo kiosk (hidden on any other):
    its data is example data. Not a control (no focus), and as wide as the window, so
    no bar button loses room to it."""
    badge = QLabel(DEMO_BADGE)
    badge.setObjectName("demoBadge")
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setVisible(demo)
    return badge


#: Holding Repeat this long skips to the screen's next spoken part (issue 13).
HOLD_MS = 800


class BottomBar(_Bar):
    """Back, Repeat, Ask for help, End and clear.

    Signals:
        back_clicked, repeat_clicked, help_clicked, end_clicked
        repeat_held: Repeat was held for ``HOLD_MS``: go on to the next spoken part
    """

    #: "Back" is short in every language; Repeat carries "Hold: next part".
    SHARES = {"back": 4, "repeat": 5}

    back_clicked = Signal()
    repeat_clicked = Signal()
    repeat_held = Signal()
    help_clicked = Signal()
    end_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(["back", "repeat", "help", "end"], parent)
        self.setObjectName("bottomBar")
        self.buttons["back"].clicked.connect(self.back_clicked)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._held)
        self._was_held = False
        self._more = False  # the screen is said in more than one part
        repeat = self.buttons["repeat"]
        repeat.pressed.connect(self._hold.start)
        repeat.released.connect(self._hold.stop)
        repeat.clicked.connect(self._repeat_released)
        self.buttons["help"].clicked.connect(self.help_clicked)
        self.buttons["end"].clicked.connect(self.end_clicked)

    def staff_screen(self, staff: bool) -> None:
        """On the staff's own screens Repeat would read staff notes aloud to the room,
        and Ask for help would ask the staff who are already here: both are off."""
        for name in ("repeat", "help"):
            self.buttons[name].setEnabled(not staff)

    def show_more(self, more: bool) -> None:
        """The screen is said in parts: Repeat says that holding it skips ahead."""
        if more != self._more:
            self._more = more
            self.retranslate()

    def _measured_words(self) -> tuple[str, ...]:
        # Repeat is measured with its hint whether it shows it now or not.
        others = (b.text() for name, b in self.buttons.items() if name != "repeat")
        return (*others, self.tr("Repeat"), self.tr("Hold: next part"))

    def _measure(self, width: int) -> None:
        # Measured with the hint, so the bar has one height on every screen (A15).
        more, self._more = self._more, True
        self.retranslate()
        super()._measure(width)
        self._more = more
        self.retranslate()

    def _held(self) -> None:
        self._was_held = True
        self.repeat_held.emit()

    def _repeat_released(self) -> None:
        if self._was_held:  # the hold has skipped ahead; its release repeats nothing
            self._was_held = False
            return
        self.repeat_clicked.emit()

    def retranslate(self) -> None:
        self.buttons["back"].set_text(self.tr("Back"))
        more = "\n" + self.tr("Hold: next part") if getattr(self, "_more", False) else ""
        self.buttons["repeat"].set_text(self.tr("Repeat") + more)
        self.buttons["help"].set_text(self.tr("Ask for help"))
        self.buttons["end"].set_text(self.tr("End and clear"))


class TopBar(_Bar):
    """Language, text size, contrast and speech: reachable from every screen.

    Signals:
        language_clicked, text_size_clicked, contrast_clicked, speech_clicked
    """

    language_clicked = Signal()
    text_size_clicked = Signal()
    contrast_clicked = Signal()
    speech_clicked = Signal()
    privacy_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self._text_size = 100
        self._high_contrast = False
        self._speech = True
        super().__init__(["language", "textSize", "contrast", "speech", "privacy"], parent)
        self.setObjectName("topBar")
        self.buttons["language"].clicked.connect(self.language_clicked)
        self.buttons["textSize"].clicked.connect(self.text_size_clicked)
        self.buttons["contrast"].clicked.connect(self.contrast_clicked)
        self.buttons["speech"].clicked.connect(self.speech_clicked)
        self.buttons["privacy"].clicked.connect(self.privacy_clicked)

    def show_state(
        self, text_size: int, high_contrast: bool, speech: bool, speech_available: bool = True
    ) -> None:
        self._text_size, self._high_contrast, self._speech = text_size, high_contrast, speech
        self._speech_available = speech_available
        self.retranslate()

    def retranslate(self) -> None:
        """Each button says what a tap does ("Larger text", "Speech off", issue 14);
        the state it changes is its accessible description (and is announced when it
        changes)."""
        # In all three languages at once, so a resident in the wrong language finds it.
        self.buttons["language"].set_text(LANGUAGE_BUTTON)
        # Latin words: left to right even in a mirrored (Arabic) bar (issue 17).
        self.buttons["language"].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # A no-break space keeps "200 %" together when the label wraps.
        size = self.tr("Text size %1 %").replace("%1", str(self._text_size))
        largest = self._text_size >= max(TEXT_SIZES)
        self._show(
            "textSize",
            self.tr("Smaller text") if largest else self.tr("Larger text"),
            size.replace(" %", "\u00a0%"),
        )
        self._show(
            "contrast",
            self.tr("Normal contrast") if self._high_contrast else self.tr("High contrast"),
            self.tr("Contrast: high") if self._high_contrast else self.tr("Contrast: normal"),
        )
        # Opens "What does this kiosk know about me?" (MyData).
        self.buttons["privacy"].set_text(self.tr("My data"))
        if not getattr(self, "_speech_available", True):
            self._show("speech", self.tr("Speech: not working"), "")
        else:
            self._show(
                "speech",
                self.tr("Speech off") if self._speech else self.tr("Speech on"),
                self.tr("Speech: on") if self._speech else self.tr("Speech: off"),
            )

    def _show(self, name: str, action: str, state: str) -> None:
        button = self.buttons[name]
        button.set_text(action)
        button.setAccessibleDescription(state)
