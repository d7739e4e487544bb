"""Issue 17: each language the kiosk ships is read by an espeak-ng voice of its own
that exists on this machine, at the default config (Arabic too: sem/ar); Somali,
which has no espeak-ng voice, is skipped by the worker, and the English note about it is spoken."""

from __future__ import annotations

import pytest
from speech_helpers import peak_amplitude, soxi

from kiosk.core.config import Config
from kiosk.core.languages import NO_VOICE, SELKO, SHIPPED, VOICES

SAMPLES = {
    SELKO: "Kosketa näyttöä. Sitten voit aloittaa.",
    "ru": "Коснитесь экрана. Часы работы библиотеки.",
    "et": "Puudutage ekraani. Raamatukogu lahtiolekuajad.",
    "uk": "Торкніться екрана. Години роботи бібліотеки.",
    # As the kiosk writes it: without vowel marks (espeak-ng reads Arabic best with
    # them; unmarked, it guesses some vowels, but says every word).
    "ar": "المس الشاشة للبدء. ساعات عمل المكتبة.",
}


def test_every_shipped_language_has_a_voice_or_a_note() -> None:
    voices = Config().speech.voices
    for lang in SHIPPED:
        assert (lang in voices) != (lang in NO_VOICE), lang
        if lang in voices:
            assert voices[lang] == VOICES[lang]


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_each_new_language_speaks_in_its_own_voice(make_speaker, capture_dir, lang):
    if lang not in SHIPPED:
        pytest.skip(f"{lang} is not shipped yet")
    speaker, events = make_speaker(voices=dict(Config().speech.voices))
    speaker.say(SAMPLES[lang], lang)
    events.wait("done", seq=1)
    assert events.wait("voice", seq=1)["id"] == VOICES[lang]
    played = sorted(capture_dir.glob(f"1-*-{lang}.wav"))
    assert len(played) == 2  # two sentences
    for wav in played:
        assert float(soxi(wav, "-D")) > 0.3
        assert peak_amplitude(wav) > 0.05  # not silence


def test_somali_is_skipped_and_the_english_note_is_said(make_speaker, capture_dir):
    speaker, events = make_speaker(voices=dict(Config().speech.voices))
    note = NO_VOICE["so"]
    speaker.say_many([(note[1], "so"), (note[2], "en")])
    events.wait("done", seq=1)
    assert [e["lang"] for e in events.all("voice", seq=1)] == ["en"]
    assert [p.name.split("-")[-1] for p in sorted(capture_dir.glob("1-*.wav"))] == [
        "en.wav",
        "en.wav",
    ]
