"""Every screen of every flow, as a listener hears it (issue 13, points 1–3).

The walk shows every screen of every flow in Finnish, Swedish and English (all six
flows, on the offline data) with the recording speaker, which records what the voice
is given: the spoken form, part by part. On each screen:

* the first spoken part takes at most the screen kind's budget (kiosk.speech.budget),
  in seconds estimated from its characters and the voice's speaking rate;
* no part is said by the voice of another language than its text: every UI string,
  flow text and piece of city data that is known in one language only is said in that
  language;
* no licence or web address is said;
* result screens lead with the answer.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest
import yaml
from helpers import (
    ROOT,
    SNAPSHOT_MORNING,
    ScreenSpeech,
    app_state_restored,
    settle,
    walk_screens,
    yaml_step,
)

from kiosk.speech.budget import budget_for, seconds
from kiosk.speech.spoken import spoken
from kiosk.ui.reader import screen_kind

pytestmark = pytest.mark.gui

LANGS = ("fi", "sv", "en")
#: Said of no screen: licences, sources' licence names, web addresses.
NEVER_SAID = re.compile(r"CC BY|licen[cs]|lisenssi|https?:|www\.|\.fi/|attribution", re.I)
PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
#: Shorter fragments say little about their language ("OK", "Kallio").
MIN_FRAGMENT = 12


def _known_languages() -> dict[str, set[str]]:
    """Spoken fragments → the languages they are text of: UI strings, flow texts, and
    the offline city data (the Kirkanta record is Finnish)."""
    known: dict[str, set[str]] = defaultdict(set)

    def add(text: str, lang: str) -> None:
        for fragment in PLACEHOLDER.split(text):
            for line in fragment.splitlines():
                said = spoken(line.strip(), lang).strip(" .,:;")
                if len(said) >= MIN_FRAGMENT:
                    known[said].add(lang)

    for lang in LANGS:
        root = ET.parse(ROOT / "i18n" / f"kiosk_{lang}.ts").getroot()
        for message in root.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for form in forms or [translation.text or ""]:
                add(form, lang)

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if (
                value
                and set(value) <= set(LANGS)
                and all(isinstance(v, str) for v in value.values())
            ):
                for lang, text in value.items():
                    add(text, lang)
                return
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in (ROOT / "assets" / "flows").glob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for folder in ("snapshot", "demo"):
        for path in (ROOT / "assets" / folder).rglob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            walk(data)
            if "kirjastot" in path.parts:  # Kirkanta answers in one language: Finnish
                record = data.get("data", data) if isinstance(data, dict) else {}
                if isinstance(record, dict):
                    add(str(record.get("name") or ""), "fi")
    return known


KNOWN = _known_languages()


@pytest.fixture(scope="module")
def heard(qapp, tmp_path_factory):
    """lang → [(screen name, screen kind, utterances said when it appeared)]."""
    from kiosk.app import build
    from kiosk.core.clock import FixedClock
    from kiosk.speech.recording import RecordingSpeaker

    walked: dict[str, list] = {}
    with app_state_restored(qapp):
        for lang in LANGS:
            kiosk = build(
                windowed=True,
                inline_services=True,
                clock=FixedClock(SNAPSHOT_MORNING),
                speaker=RecordingSpeaker(),
                data_dir=tmp_path_factory.mktemp(f"budget-{lang}"),
                size=(1920, 1080),
                all_flows=True,
            )
            kiosk.session.defaults = type(kiosk.session.defaults)(
                **{**kiosk.session.defaults.__dict__, "language": lang}
            )
            kiosk.window.show_attract()
            kiosk.window.show()
            settle()
            speech = ScreenSpeech(kiosk)
            kinds = []
            for name, window in walk_screens(kiosk, lang):
                kinds.append((name, screen_kind(window.journey.top)))
            assert len(kinds) <= len(speech.shown)
            screens = []
            said_on = dict(speech.shown)
            for name, kind in kinds:
                screens.append((name, kind, said_on.get(name, [])))
            walked[lang] = (screens, kiosk.session.settings.rate)
            kiosk.window.allow_close = True
            kiosk.window.close()
            kiosk.window.deleteLater()
            settle()
    return walked


def first_part(said) -> list:
    return [u for u in said if u.section == 0]


@pytest.mark.parametrize("lang", LANGS)
def test_the_walk_sees_every_flow(heard, lang):
    screens, _ = heard[lang]
    flows = {name.split(":")[1] for name, _, _ in screens if name.startswith("step:")}
    assert flows == {p.stem for p in (ROOT / "assets" / "flows").glob("*.yaml")}


@pytest.mark.parametrize("lang", LANGS)
def test_first_spoken_part_within_the_screen_kinds_budget(heard, lang):
    screens, rate = heard[lang]
    over = []
    for name, kind, said in screens:
        took = sum(seconds(u.text, u.lang, rate) for u in first_part(said))
        if took > budget_for(kind):
            text = " | ".join(u.text for u in first_part(said))
            over.append(f"{name} ({kind}): {took:.1f} s > {budget_for(kind)} s: {text[:200]}")
    assert not over, "\n".join(over)


@pytest.mark.parametrize("lang", LANGS)
def test_no_part_is_said_in_a_voice_of_another_language(heard, lang):
    wrong = []
    for name, _kind, said in screens_of(heard, lang):
        for u in said:
            for fragment, langs in KNOWN.items():
                if u.lang not in langs and fragment in u.text:
                    wrong.append(
                        f"{name}: {fragment!r} ({'/'.join(sorted(langs))}) said in {u.lang}"
                    )
    assert not wrong, "\n".join(sorted(set(wrong))[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_no_licence_or_web_address_is_said(heard, lang):
    said = [(name, u.text) for name, _, utterances in screens_of(heard, lang) for u in utterances]
    assert said
    assert not [(name, text) for name, text in said if NEVER_SAID.search(text)]


#: Result screens and what their first part must hold in each language.
ANSWERS = {
    "step:library-hours:hours_here": {"fi": "Auki nyt", "sv": "Öppet nu", "en": "Open now"},
    "step:services-near:access_info": {"fi": "Osoite", "sv": "Adress", "en": "Address"},
}


@pytest.mark.parametrize("lang", LANGS)
def test_results_lead_with_the_answer(heard, lang):
    """The heading, then the answer; the step's instructions only after it."""
    screens = {name: said for name, _, said in screens_of(heard, lang)}
    for name, answer in ANSWERS.items():
        said = screens[name]
        lead = " ".join(u.text for u in first_part(said))
        rest = " ".join(u.text for u in said if u.section > 0)
        flow, step = name.split(":")[1:]
        body = yaml_step(flow, step)["body"][lang]
        first_sentence = body.split(". ")[0]
        assert answer[lang] in lead, f"{name}: {lead}"
        assert first_sentence not in lead and first_sentence in rest, f"{name}: {lead}"
    assert "Kallion kirjasto" in " ".join(
        u.text for u in first_part(screens["step:library-hours:hours_here"])
    )


def screens_of(heard, lang):
    return heard[lang][0]


def test_every_screen_kind_has_a_budget():
    from kiosk.flow.spec import StepKind
    from kiosk.journey.views import Screen
    from kiosk.speech.budget import BUDGET_S

    kinds = {s.value for s in Screen if s is not Screen.STEP}
    kinds |= {f"step:{k.value}" for k in StepKind}
    assert kinds <= set(BUDGET_S), kinds - set(BUDGET_S)


def test_budget_seconds_follow_the_speaking_rate():
    text = "Kallion kirjasto on auki nyt, kello kahteenkymmeneen asti."
    assert seconds(text, "fi", 140) == pytest.approx(len(text) / 11.2)
    assert seconds(text, "fi", 70) == pytest.approx(2 * seconds(text, "fi", 140))
