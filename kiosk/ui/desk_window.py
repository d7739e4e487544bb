"""``kiosk desk``: the staff's window on the kiosks of their library (issue 16).

A normal window on the staff PC (Debian, or Windows with Python). It shows the help
queue (who asks, how long they have waited, in which language and with which text
size and speech) with one big "I'm coming" button, and the place's kiosks with their
state and problems. A new request chimes and is announced to a screen reader, and its
row is marked in a steady colour (nothing flashes) until a desk claims it. Every control
has a name for assistive technology and a key: Alt+I "I'm coming", Alt+D "Done", Alt+N
the name.

The window decides nothing about claims: it asks the kiosk through
:class:`~kiosk.fleet.desk_client.DeskClient` and shows what the kiosk answers.
"""

from __future__ import annotations

import datetime
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QFont,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import Clock, SystemClock
from kiosk.fleet.desk_client import DeskClient, DeskRequest, DeskView
from kiosk.fleet.messages import RequestState
from kiosk.ui.chime import AplayChime, Chime
from kiosk.ui.i18n import LANGUAGE_NAMES, Translations

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: The row of a request nobody has claimed yet: a steady, high-contrast colour pair.
NEW_BACKGROUND, NEW_TEXT = "#ffe066", "#000000"
DESK_LANGUAGES = ("fi", "sv", "en")

Key = tuple[str, str, str]
_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


class BeepChime:
    """The system's bell, where aplay (and so the kiosk's chime) is not to be had."""

    def play(self) -> None:
        QApplication.beep()


def desk_chime(sound: Path) -> Chime:
    chime = AplayChime(sound)
    return chime if chime._player is not None else BeepChime()


def minutes_waited(asked: str, now: datetime.datetime) -> int:
    try:
        then = datetime.datetime.fromisoformat(asked)
    except ValueError:
        return 0
    if then.tzinfo is None:
        then = then.replace(tzinfo=now.tzinfo)
    return max(0, int((now - then).total_seconds() // 60))


class DeskWindow(QMainWindow):
    """The desk. ``client`` is not started here; ``name``: the staff member's first
    name to send with "I'm coming" (they may change it in the window)."""

    changed = Signal(object)
    alerted = Signal(object, str)

    def __init__(
        self,
        client: DeskClient,
        *,
        chime: Chime,
        clock: Clock | None = None,
        translations: Translations | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskWindow")
        self.client, self.chime, self.clock = client, chime, clock or SystemClock()
        self.translations = translations
        self.announced: list[str] = []  # what was announced to assistive technology
        self._keys: list[Key] = []
        client.on_change = self.changed.emit  # from the fleet's thread: queued
        client.on_alert = self.alerted.emit
        self.changed.connect(lambda _view: self.refresh())
        self.alerted.connect(self._alert)

        self.status = _named(QLabel(), "deskStatus")
        self.queue_label = _named(QLabel(), "queueLabel")
        self.queue = _named(QListWidget(), "helpQueue")
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.currentRowChanged.connect(lambda _row: self._selected())
        self.name_label = _named(QLabel(), "nameLabel")
        self.name = _named(QLineEdit(name), "staffName")
        self.name.setMaxLength(30)
        self.coming = _named(QPushButton(), "imComing")
        big = QFont(self.coming.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.coming.setFont(big)
        self.coming.setMinimumHeight(64)
        self.done = _named(QPushButton(), "doneButton")
        self.release = _named(QPushButton(), "releaseButton")
        self.coming.clicked.connect(lambda: self._act("claim"))
        self.done.clicked.connect(lambda: self._act("done"))
        self.release.clicked.connect(lambda: self._act("release"))
        self.kiosks_label = _named(QLabel(), "kiosksLabel")
        self.kiosks = _named(QTableWidget(0, 5), "kioskTable")
        self.kiosks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kiosks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kiosks.verticalHeader().setVisible(False)
        self.kiosks.horizontalHeader().setStretchLastSection(True)
        self.closed = _named(QLabel(), "lastClosed")
        for label, buddy in (
            (self.queue_label, self.queue),
            (self.name_label, self.name),
            (self.kiosks_label, self.kiosks),
        ):
            label.setBuddy(buddy)
        self._layout()
        self._menu()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh)  # waiting times move on
        self._tick.start(1000)
        self.retranslate()
        self.queue.setFocus()

    # ---- building --------------------------------------------------------------------

    def _layout(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.status)
        column.addWidget(self.queue_label)
        column.addWidget(self.queue, 2)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name, 1)
        column.addLayout(name_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.coming, 2)
        buttons.addWidget(self.done, 1)
        buttons.addWidget(self.release, 1)
        column.addLayout(buttons)
        column.addWidget(self.closed)
        column.addWidget(self.kiosks_label)
        column.addWidget(self.kiosks, 1)
        self.setCentralWidget(body)
        for first, second in (
            (self.queue, self.name),
            (self.name, self.coming),
            (self.coming, self.done),
            (self.done, self.release),
            (self.release, self.kiosks),
        ):
            QWidget.setTabOrder(first, second)
        self.resize(900, 700)

    def _menu(self) -> None:
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = self.translations.language if self.translations else "en"
        for lang in DESK_LANGUAGES:
            action = QAction(LANGUAGE_NAMES.get(lang, lang), self, checkable=True)
            action.setChecked(lang == current)
            action.triggered.connect(lambda _=False, lang=lang: self.switch_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

    def switch_language(self, lang: str) -> None:
        if self.translations is not None:
            self.translations.switch(lang)
        self.language_actions[lang].setChecked(True)
        self.retranslate()  # now, not when the posted LanguageChange arrives

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("desk", "Staff desk: help requests"))
        self.language_menu.setTitle(translate("desk", "&Language"))
        self.queue_label.setText(translate("desk", "&Help requests (newest last)"))
        self.queue.setAccessibleName(translate("desk", "Help requests"))
        self.name_label.setText(translate("desk", "Your first &name (the resident sees it):"))
        self.name.setAccessibleName(translate("desk", "Your first name"))
        self.coming.setText(translate("desk", "&I'm coming"))
        self.coming.setAccessibleName(translate("desk", "I'm coming"))
        self.done.setText(translate("desk", "&Done"))
        self.done.setAccessibleName(translate("desk", "Done"))
        self.release.setText(translate("desk", "I &cannot come after all"))
        self.release.setAccessibleName(translate("desk", "I cannot come after all"))
        self.kiosks_label.setText(translate("desk", "&Kiosks"))
        self.kiosks.setAccessibleName(translate("desk", "Kiosks"))
        self.kiosks.setHorizontalHeaderLabels(
            [
                translate("desk", "Kiosk"),
                translate("desk", "State"),
                translate("desk", "Service"),
                translate("desk", "Problems"),
                translate("desk", "Version"),
            ]
        )
        self.refresh()

    # ---- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        view = self.client.view
        self._show_status(view)
        self._show_queue(view)
        self._show_kiosks(view)
        self._selected()

    def _show_status(self, view: DeskView) -> None:
        address = self.client.connection.settings.address
        if view.connected:
            text = (
                translate("desk", "Connected to %1. Places: %2.")
                .replace("%1", address)
                .replace("%2", ", ".join(self.client.places))
            )
        else:
            text = (
                translate("desk", "Not connected to %1: requests cannot be seen now. For IT: %2")
                .replace("%1", address)
                .replace("%2", view.problem or "")
            )
        self.status.setText(text)
        self.status.setAccessibleName(text)
        if view.closed:
            last = view.closed[0]
            self.closed.setText(
                translate("desk", "Last closed: %1 (%2)")
                .replace("%1", last.kiosk)
                .replace("%2", close_reason(last.why))
            )
        else:
            self.closed.setText("")
        count = sum(1 for r in view.requests if r.state.claimed_by is None)
        title = translate("desk", "Staff desk: help requests")
        self.setWindowTitle(
            title
            if not count
            else translate("desk", "(%1 new) %2").replace("%1", str(count)).replace("%2", title)
        )

    def _show_queue(self, view: DeskView) -> None:
        current = self.selected_key()
        keys = [r.key for r in view.requests]
        now = self.clock.now()
        if keys != self._keys:
            self.queue.blockSignals(True)
            self.queue.clear()
            for _ in keys:
                self.queue.addItem(QListWidgetItem())
            self._keys = keys
            if current in keys:
                self.queue.setCurrentRow(keys.index(current))
            self.queue.blockSignals(False)
        for row, request in enumerate(view.requests):
            item = self.queue.item(row)
            text = request_text(request, minutes_waited(request.state.asked, now))
            # Marked until a desk claims it: what still needs someone stands out.
            new = request.state.claimed_by is None
            if new:
                text = translate("desk", "New: %1").replace("%1", text)
            if item.text() != text:
                item.setText(text)
            font = item.font()
            font.setBold(new)
            item.setFont(font)
            item.setBackground(_brush(NEW_BACKGROUND) if new else QBrush())
            item.setForeground(_brush(NEW_TEXT) if new else self.queue.palette().text())

    def _show_kiosks(self, view: DeskView) -> None:
        self.kiosks.setRowCount(len(view.kiosks))
        for row, status in enumerate(view.kiosks):
            cells = [
                f"{status.place_name or status.place} · {status.kiosk}",
                kiosk_state(status.state),
                " / ".join(filter(None, (status.flow, status.step))),
                ", ".join(problem_name(p) for p in status.problems) or "–",
                status.version,
            ]
            for column, text in enumerate(cells):
                current = self.kiosks.item(row, column)
                if current is None or current.text() != text:
                    self.kiosks.setItem(row, column, QTableWidgetItem(text))

    # ---- acting ------------------------------------------------------------------------

    def selected_key(self) -> Key | None:
        row = self.queue.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def selected(self) -> DeskRequest | None:
        key = self.selected_key()
        return next((r for r in self.client.view.requests if r.key == key), None)

    def _selected(self) -> None:
        request, connected = self.selected(), self.client.view.connected
        free = request is not None and (request.state.claimed_by is None or request.mine)
        self.coming.setEnabled(bool(connected and free and request and not request.pending))
        self.done.setEnabled(bool(connected and request and not request.pending))
        self.release.setEnabled(
            bool(connected and request and request.mine and not request.pending)
        )

    def _act(self, action: str) -> None:
        request = self.selected()
        if request is None:
            return
        if action == "claim":
            self.client.claim(request.key, self.name.text())
        elif action == "release":
            self.client.release(request.key)
        else:
            self.client.done(request.key)

    def _alert(self, state: RequestState, why: str) -> None:
        self.chime.play()
        text = (
            translate("desk", "Help request from %1.")
            if why == "new"
            else translate("desk", "Still waiting for help: %1.")
        ).replace("%1", f"{state.place_name or state.place} {state.kiosk}")
        self.announced.append(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.queue, text))
        self.refresh()


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def request_text(request: DeskRequest, minutes: int) -> str:
    s = request.state
    where = f"{s.place_name or s.place} · {s.kiosk}"
    waited = translate("desk", "waiting %1 min").replace("%1", str(minutes))
    settings = (
        translate("desk", "%1, text %2 %, speech %3")
        .replace("%1", LANGUAGE_NAMES.get(s.lang, s.lang or "?"))
        .replace("%2", str(s.text_size))
        .replace("%3", translate("desk", "on") if s.speech else translate("desk", "off"))
    )
    service = " / ".join(filter(None, (s.flow, s.step))) or translate("desk", "no service")
    if request.pending == "claim":
        state = translate("desk", "claiming…")
    elif request.mine:
        state = translate("desk", "you are going")
    elif s.claimed_by is not None:
        state = translate("desk", "%1 is going").replace(
            "%1", s.name or translate("desk", "another desk")
        )
    elif s.escalated:
        state = translate("desk", "nobody yet: escalated")
    else:
        state = translate("desk", "nobody yet")
    return " — ".join((where, waited, settings, service, state))


def kiosk_state(state: str) -> str:
    return {
        "attract": translate("desk", "free"),
        "session": translate("desk", "in use"),
        "helper": translate("desk", "staff helping"),
        "offline": translate("desk", "OFFLINE"),
    }.get(state, state)


def problem_name(problem: str) -> str:
    return {
        "speech": translate("desk", "no speech"),
        "printer": translate("desk", "printer"),
        "network": translate("desk", "no network"),
    }.get(problem, problem)


def close_reason(why: str) -> str:
    return {
        "arrived": translate("desk", "staff arrived"),
        "left": translate("desk", "the resident left"),
        "done": translate("desk", "done"),
        "stopped": translate("desk", "the kiosk stopped"),
    }.get(why, why)


def run_desk(
    config_path: Path | None,
    places: list[str],
    language: str | None,
    name: str,
    smoke: bool = False,
    make_app: Callable[[], QApplication] | None = None,
) -> int:
    """``kiosk desk``: read the config (its [fleet] broker and [staff] language), open
    the window and run until it is closed. ``smoke``: exit once the window is up."""
    from kiosk.core.config import Config, load_config_keeping_good_keys
    from kiosk.core.logs import RedactingFilter, add_secrets
    from kiosk.core.paths import find_assets
    from kiosk.fleet.connection import BrokerSettings

    config, problems = load_config_keeping_good_keys(config_path) if config_path else (Config(), [])
    for problem in problems:
        print(f"kiosk desk: {problem}", file=sys.stderr)
    if not config.fleet.broker:
        print(
            "kiosk desk: no broker: give the config file with [fleet] broker "
            "(kiosk desk --config FILE)",
            file=sys.stderr,
        )
        return 2
    add_secrets(config.fleet.password)
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    logging.basicConfig(
        level=logging.INFO,
        handlers=[handler],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app = make_app() if make_app else (QApplication.instance() or QApplication(sys.argv[:1]))
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.switch(language or config.staff.language)
    client = DeskClient(
        BrokerSettings.from_config(config.fleet), tuple(places) or config.fleet.watched_places
    )
    window = DeskWindow(
        client,
        chime=desk_chime(find_assets() / "sounds" / "chime.wav"),
        translations=translations,
        name=name,
    )
    window.show()
    client.start()
    if smoke:

        def ready() -> None:
            print(f"desk up: {window.windowTitle()}", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    code = app.exec()
    client.stop()
    return code
