"""The budget's seconds are the real voice's (issue 13, point 3): texts said by the
kiosk's own worker with espeak-ng, written to WAVs, last about as long as
kiosk.speech.budget.seconds() estimates from their characters and the rate."""

from __future__ import annotations

import pytest
from speech_helpers import RATE, ready_workers, soxi, wavs

from kiosk.speech.budget import seconds
from kiosk.speech.spoken import spoken

TEXTS = {
    "fi": "Tämän kirjaston aukioloajat. Kallion kirjasto. Auki nyt. Henkilökunta on "
    "paikalla klo 20.00 asti. Osoite: Viides linja 11, 00530.",
    "sv": "Det här bibliotekets öppettider. Öppet nu. Personalen är på plats till "
    "kl. 20.00. Du ser om biblioteket är öppet nu.",
    "en": "Opening hours of this library. Open now. Staff are here until 20:00. You "
    "can see if the library is open now.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_estimate_is_within_a_fifth_of_the_wav(make_speaker, capture_dir, lang):
    speaker, events = make_speaker()
    ready_workers(events)
    said = spoken(TEXTS[lang], lang)
    speaker.say(said, lang)
    events.wait("done", seq=1)
    heard = sum(float(soxi(path, "-D")) for path in wavs(capture_dir))
    assert heard > 0
    assert seconds(said, lang, RATE) == pytest.approx(heard, rel=0.2)
