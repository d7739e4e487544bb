"""Shared fixtures. Qt runs offscreen; the kiosk is built through its composition root
with a recording speaker, a fixed clock and the bundled offline snapshot."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent

#: Half past ten on the first day of the offline data: library hours show "open now".
SNAPSHOT_MORNING = datetime(2020, 6, 22, 10, 30)


@pytest.fixture
def restored_and_no_crash(qapp, tmp_path) -> Iterator[None]:
    """For a GUI test module (``pytest.mark.usefixtures``): what building a kiosk
    changed for the whole process is put back afterwards, and the kiosk of
    ``make_kiosk`` never recovered from an exception on the way."""
    from helpers import app_state_restored, crash_lines  # tests/gui, with those modules

    with app_state_restored(qapp):
        yield
    assert not crash_lines(tmp_path / "data"), "the kiosk recovered from an exception"


@pytest.fixture
def make_kiosk(qapp, tmp_path) -> Iterator:
    """Build a kiosk window: ``make_kiosk(lang="fi", text_size=100, theme="standard")``.

    The window is 1920x1080 (a 21.5" full-HD kiosk screen at 0.248 mm/px), shown
    offscreen, with services answered inline so each step appears at once.
    """
    import sys

    from PySide6.QtCore import QEvent, QLocale, QTranslator

    from kiosk.app import build
    from kiosk.core.clock import FixedClock
    from kiosk.speech.recording import RecordingSpeaker
    from kiosk.ui.chime import SilentChime

    built = []
    # Building a kiosk changes process-wide state; put it back for the next test.
    style, font, hook, locale = qapp.styleSheet(), qapp.font(), sys.excepthook, QLocale()
    direction = qapp.layoutDirection()  # Arabic mirrors the whole application
    translators = set(qapp.findChildren(QTranslator))

    def factory(
        lang: str = "fi",
        text_size: int = 100,
        theme: str = "standard",
        config_path: Path | None = None,
        inline: bool = True,
        speaker=None,
        staff_lang: str | None = None,
    ):
        # The staff screens speak ``staff_lang``, by default the kiosk's ``lang``.
        kiosk = build(
            config_path=config_path,
            windowed=True,
            inline_services=inline,
            clock=FixedClock(SNAPSHOT_MORNING),
            speaker=speaker or RecordingSpeaker(),
            data_dir=tmp_path / "data",
            size=(1920, 1080),
            chime=SilentChime(),
            staff_language=staff_lang or lang,
        )
        kiosk.session.defaults = replace(
            kiosk.session.defaults, language=lang, text_size=text_size, theme=theme
        )
        kiosk.window.show_attract()
        kiosk.window.show()
        qapp.processEvents()
        built.append(kiosk)
        return kiosk

    yield factory
    for kiosk in built:
        kiosk.window.allow_close = True  # as the admin PIN would
        kiosk.window.close()
        kiosk.window.deleteLater()
    # Closed windows go first: resetting the style sheet while one waits for deletion
    # has crashed inside Qt.
    for _ in range(2):
        qapp.sendPostedEvents()
        qapp.processEvents()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
    qapp.setStyleSheet(style)
    qapp.setFont(font)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    sys.excepthook = hook


#: The files that walk every screen once per language and setting (the walks are
#: cached per process): each language's walks are a group of their own, so the two
#: test processes of `make test` share them out instead of one process doing them all.
WALK_FILES = ("test_layout.py", "test_audit.py")


def pytest_collection_modifyitems(config, items):
    """Groups for pytest-xdist's ``--dist loadgroup``: a walk file's tests by the
    language they walk (its other tests with Finnish), every other file whole."""
    for item in items:
        path = item.path
        group = str(path.relative_to(Path(__file__).parent))
        if path.name in WALK_FILES:
            params = getattr(item, "callspec", None)
            lang = "fi"
            if params is not None:
                for value in params.params.values():
                    if isinstance(value, tuple) and value and isinstance(value[0], str):
                        lang = value[0]
                    elif isinstance(value, str):
                        lang = value
            group = f"{path.name}:{lang}"
        item.add_marker(pytest.mark.xdist_group(group))
