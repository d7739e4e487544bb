"""Skipping ahead with the real voice (issue 13, point 3): a screen is said in
sections; skip() stops the section being said and goes on with the next one, also
right after a touch stopped the speech (holding Repeat stops, then skips)."""

from __future__ import annotations

from speech_helpers import gone, ready_workers, wait_until

SECTIONS = [
    [("Ensimmäinen osa on pitkä. Se jatkuu vielä. Ja vielä hetken.", "fi")],
    [("The second part, in English.", "en")],
    [("Den tredje delen.", "sv")],
]


def started(events, seq: int) -> dict:
    return events.wait("audio-start", seq=seq)


def test_skip_goes_on_at_the_next_section_and_stops_after_the_last(make_speaker):
    speaker, events = make_speaker(paced=True)
    ready_workers(events)
    speaker.say_sections(SECTIONS)
    first = started(events, 1)
    assert first["lang"] == "fi" and first["part"] == 0
    speaker.skip()
    second = started(events, 2)
    assert second["lang"] == "en"
    wait_until(lambda: gone(first["pid"]), "the first section's player to stop")
    speaker.skip()
    third = started(events, 3)
    assert third["lang"] == "sv"
    speaker.skip()  # after the last section: silence
    wait_until(lambda: gone(third["pid"]), "the last section to stop")
    assert not events.all("audio-start", seq=4)


def test_a_touch_stops_then_holding_repeat_skips_from_where_it_stopped(make_speaker):
    speaker, events = make_speaker(paced=True)
    ready_workers(events)
    speaker.say_sections(SECTIONS)
    started(events, 1)
    speaker.stop()  # the press on Repeat stops speech (A3) ...
    speaker.skip()  # ... and holding it goes on with the next section
    assert started(events, 2)["lang"] == "en"


def test_repeat_says_every_section_again(make_speaker):
    speaker, events = make_speaker()
    ready_workers(events)
    speaker.say_sections(SECTIONS)
    events.wait("done", seq=1)
    speaker.repeat()
    events.wait("done", seq=2)
    langs = [e["lang"] for e in events.all("audio-start", seq=2)]
    assert langs[0] == "fi" and langs[-1] == "sv" and "en" in langs
