"""A speaker made with ``spare_at_once=False`` (the kiosk's: its attract screen says
nothing) starts one worker, and the warm spare only with the first words (issue 19:
~13 MB less until a resident comes); ``start=False`` starts none until ``start()``."""

from __future__ import annotations

import time

from speech_helpers import ready_workers, wait_until


def test_no_worker_before_start_then_one_then_the_spare_with_the_first_words(make_speaker):
    speaker, events = make_speaker(start=False, spare_at_once=False)
    time.sleep(0.2)
    assert events.all("ready") == []  # nothing started before start()
    speaker.start()
    ready_workers(events, count=1)
    time.sleep(0.3)
    assert len(events.all("ready")) == 1  # no spare yet
    speaker.say("Hei", "fi")
    events.wait("done", seq=1)
    wait_until(lambda: len(events.all("ready")) == 2, "the spare after the first words")
    wait_until(lambda: speaker.warm, "both workers idle and warm")
