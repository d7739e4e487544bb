"""Accessibility for the resident's own need, in words: what is in the way.

From `AccessibilityInfo.shortcomings` (the register's own sentences per user group):
the obstacles for the chosen group, one line each; "no known obstacles" only when the
register says so (its "no shortcomings", or a green verdict); "no information" when it
says nothing about the group. Translated in the context "results_access".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.services.servicemap import AccessibilityInfo

translate = QCoreApplication.translate


def for_whom(key: str) -> str | None:
    """The group, as the start of a sentence ("For a wheelchair user")."""
    return {
        "wheelchair": translate("results_access", "For a wheelchair user"),
        "reduced_mobility": translate("results_access", "For someone who walks with difficulty"),
        "rollator": translate("results_access", "For a rollator user"),
        "stroller": translate("results_access", "With a pushchair"),
        "visually_impaired": translate("results_access", "For someone with low vision"),
        "hearing_aid": translate("results_access", "For a hearing aid user"),
    }.get(key)


def need_lines(info: AccessibilityInfo, lang: str) -> list[str]:
    """The lines about the resident's own need; [] when they chose none."""
    who = for_whom(info.need or "")
    if who is None or info.need is None:
        return []
    sentences = info.shortcomings_for(info.need)
    verdict = info.viewpoint(info.need)
    if sentences:
        lines = [translate("results_access", "%1, these things are in the way:").replace("%1", who)]
        lines += [s.get(lang) for s in sentences if s.get(lang)]
        return lines
    if sentences is not None or (verdict is not None and verdict.verdict == "ok"):
        return [
            translate("results_access", "%1, the register knows of no obstacles.").replace(
                "%1", who
            )
        ]
    if verdict is not None and verdict.verdict == "problems":
        return [
            translate(
                "results_access",
                "%1, there are some obstacles, but the register does not say what they are.",
            ).replace("%1", who)
        ]
    return [translate("results_access", "%1: no information about obstacles.").replace("%1", who)]
