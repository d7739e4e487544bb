""" "What does this kiosk know about me?": what the session holds, in plain words."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kiosk.core.session import Session
from kiosk.flow.spec import Flow
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.steps import answer_words

translate = QCoreApplication.translate


def privacy_lines(session: Session, flows: Mapping[str, Flow]) -> list[tuple[str, bool]]:
    """What the session holds now: (text, may be spoken). Typed private values are
    shown to the resident but never said aloud (A5)."""
    s = session.settings
    lines: list[tuple[str, bool]] = [
        (
            translate("staff", "Language: %1").replace(
                "%1", LANGUAGE_NAMES.get(s.language, s.language)
            ),
            True,
        ),
        (translate("staff", "Text size: %1 %").replace("%1", str(s.text_size)), True),
        (
            translate("staff", "Contrast: high")
            if s.theme == "high-contrast"
            else translate("staff", "Contrast: normal"),
            True,
        ),
        (translate("staff", "Speech: on") if s.speech else translate("staff", "Speech: off"), True),
    ]
    held = False
    for flow_id, answers in session.answers.items():
        flow = flows.get(flow_id)
        if flow is None or not answers:
            continue
        held = True
        lines.append(
            (
                translate("staff", "Your answers in: %1").replace("%1", flow.title.get(s.language)),
                True,
            )
        )
        for step in flow.steps:
            if step.id in answers:
                words = answer_words(step, answers[step.id], s.language)
                private = step.private or step.kind.value == "contact"
                lines.append((f"{step.heading.get(s.language)}: {words}", not private))
    for flow_id, drafts in session.drafts.items():
        for key, text in drafts.items():
            if text and key.split(".")[0] not in session.answers.get(flow_id, {}):
                held = True
                lines.append(
                    (translate("staff", "Text you started to write: %1").replace("%1", text), False)
                )
    if not held:
        lines.append((translate("staff", "You have not chosen or written anything yet."), True))
    lines.append(
        (
            translate(
                "staff",
                "Nothing is kept when you leave. The kiosk counts only how many people "
                "use it, without names.",
            ),
            True,
        )
    )
    return lines
