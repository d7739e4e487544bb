"""Practice mode, "Harjoittele" (issue 18): short lessons in using a screen, one thing a
screen, in the manner of Helsinki's Digituki and the UK's Learn My Way courses.

Which lessons there are, their steps, which answer is right where a step asks, and
where an answer or Back leads. No Qt and no words: the screens are drawn and worded by
:mod:`kiosk.ui.practice_pages`. Nothing a resident types in a lesson comes here: a
typed first name stays in its field and goes with the page (never stored).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Each lesson's steps, in order; every lesson ends with "done" ("you did it").
LESSONS: dict[str, tuple[str, ...]] = {
    "tap": ("intro", "target", "guard", "done"),
    "typing": ("intro", "name", "done"),
    "link": ("intro", "which", "qr", "done"),
    # A scrolling list on a phone, in pictures (the kiosk itself never scrolls): which
    # way the finger moves to see more, then the list after it moved.
    "scroll": ("intro", "which", "after", "done"),
    "scam": ("intro", "which", "why", "done"),
    # A dry run of strong identification on a phone: words only, no credential field
    # (A22): which way the resident uses, then what the bank's app will ask.
    "eid": ("intro", "way", "confirm", "done"),
}
#: The steps that ask something, and their right answer.
RIGHT: dict[tuple[str, str], str] = {
    ("link", "which"): "link",
    ("scroll", "which"): "up",
    ("scam", "which"): "bank",
}


@dataclass(frozen=True)
class Place:
    """Where in practice: ``lesson`` "" is the list of lessons; ``wrong`` the answer
    last given wrong on an asking step (the screen says why it is not the one)."""

    lesson: str = ""
    step: int = 0
    wrong: str = ""

    @property
    def step_name(self) -> str:
        return LESSONS[self.lesson][self.step] if self.lesson in LESSONS else ""

    @property
    def done(self) -> bool:
        return self.step_name == "done"


@dataclass(frozen=True)
class Moved:
    """Where an answer leads, and what the anonymous figures count: "started" or
    "finished" (with the lesson's id), or "" for nothing."""

    place: Place
    counted: str = ""


def start(lesson: str) -> Moved | None:
    """The first step of ``lesson``; None for a lesson that does not exist."""
    if lesson not in LESSONS:
        return None
    return Moved(Place(lesson), "started")


def answer(place: Place, value: str) -> Moved:
    """The resident answered (or tapped Next): the next step, or the same step with
    ``wrong`` set when an asking step got a wrong answer."""
    if place.lesson not in LESSONS or place.done:
        return Moved(place)
    right = RIGHT.get((place.lesson, place.step_name))
    if right is not None and value != right:
        return Moved(Place(place.lesson, place.step, value))
    nxt = Place(place.lesson, place.step + 1)
    return Moved(nxt, "finished" if nxt.done else "")


def back(place: Place) -> Place | None:
    """One step back; from a lesson's first step (or its end) to the list of lessons;
    None from the list itself (the caller goes home)."""
    if place.lesson not in LESSONS:
        return None
    if place.step == 0 or place.done:
        return Place()
    return Place(place.lesson, place.step - 1)


def script(lesson: str) -> list[str]:
    """The answers that take a lesson from its first step to "done" (for the
    screenshot walk and the tests)."""
    return [RIGHT.get((lesson, step), "") for step in LESSONS[lesson][:-1]]
