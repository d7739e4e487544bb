from datetime import datetime

from kiosk.core.clock import FixedClock
from kiosk.core.session import Session, Settings


def make_session() -> Session:
    return Session(Settings(language="sv"), FixedClock(datetime(2026, 1, 5, 10, 0)))


def test_wipe_forgets_answers_and_restores_settings():
    session = make_session()
    session.start()
    answers = session.answers_for("library-hours")
    answers["name"] = "CANARY-Oodi"
    session.change(language="en", text_size=200, theme="high-contrast")
    session.wipe()
    assert answers == {}  # the engine's own reference is emptied too
    assert session.answers == {}
    assert session.settings == Settings(language="sv")
    assert not session.active


def test_text_size_cycles():
    session = make_session()
    sizes = []
    for _ in range(3):
        session.change(text_size=session.next_text_size())
        sizes.append(session.settings.text_size)
    assert sizes == [150, 200, 100]
