"""Names of the files a speech worker writes in its private folder (shared by the
worker, which writes them, and `kiosk.speech.process_speaker`, which empties the
folder when a resident leaves). No Qt here."""

from __future__ import annotations

#: A tenth of a second of silence played to check the audio output: no speech in it.
SELF_TEST_PREFIX = "self-test-"


def self_test_name(seq: int) -> str:
    return f"{SELF_TEST_PREFIX}{seq}.wav"
