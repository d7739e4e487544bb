"""Words for the civic services' results: feedback to the city (Open311) and
participatory budgeting (OmaStadi).

Each function answers only for its own result types and returns None otherwise, so
`kiosk.ui.results` can ask every module in turn.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kiosk.core.text import fill, in_language
from kiosk.core.timefmt import format_date
from kiosk.services.feedback import FeedbackReceipt, FeedbackServiceList
from kiosk.services.omastadi import BudgetingSummary
from kiosk.ui.other_language import marked

# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate


def item_list(data: object, lang: str) -> list[tuple[object, str]] | None:
    """(answer value, button text) for a results step, or None if not ours."""
    if isinstance(data, FeedbackServiceList):
        # The city names its categories in the language asked for (fi_FI, sv_SE, en_GB).
        names_in = data.locale[:2] or None
        return [(service.code, in_language(service.name, names_in)) for service in data.services]
    return None


def detail_lines(data: object, now: datetime, lang: str) -> list[str] | None:
    """Sentences for a detail step, or None if not ours. The last line names where the
    information went or came from (the Print button leaves it out of the facts)."""
    if isinstance(data, FeedbackReceipt):
        return receipt_lines(data, lang)
    if isinstance(data, BudgetingSummary):
        return budgeting_lines(data, now, lang)
    return None


def spaced(reference: str) -> str:
    """A reference number in groups of four, easier to copy: 'ab12 cd34 ef'."""
    return " ".join(reference[i : i + 4] for i in range(0, len(reference), 4))


def receipt_lines(receipt: FeedbackReceipt, lang: str) -> list[str]:
    lines: list[str] = []
    if receipt.request_id:
        lines.append(
            translate("results_civic", "Your reference number is %1.").replace(
                "%1", spaced(receipt.request_id)
            )
        )
    else:
        lines.append(
            translate("results_civic", "The city will give your feedback a reference number later.")
        )
    if receipt.notice:
        lines.append(receipt.notice)
    lines.append(translate("results_civic", "The kiosk does not keep your feedback."))
    lines.append(
        translate("results_civic", "Sent to: %1.").replace(
            "%1", translate("results_civic", "City of Helsinki feedback service")
        )
    )
    return lines


def budgeting_lines(summary: BudgetingSummary, now: datetime, lang: str) -> list[str]:
    lines: list[str] = []
    current = summary.round
    if current is None:
        lines.append(translate("results_civic", "No voting round is open now."))
        lines.append(translate("results_civic", "The next round will be announced on OmaStadi."))
    else:
        title: str = marked(current.title, lang) if current.title else ""
        lines.append(title or translate("results_civic", "A round is on now."))
        subtitle: str = marked(current.subtitle, lang) if current.subtitle else ""
        if subtitle:
            lines.append(subtitle)
        step = current.active_step
        step_title: str = marked(step.title, lang) if step is not None and step.title else ""
        if step_title:
            lines.append(fill(translate("results_civic", "Now: %1"), step_title))
        if current.start and current.end:
            lines.append(
                translate("results_civic", "The round runs from %1 to %2.")
                .replace("%1", format_date(current.start, lang))
                .replace("%2", format_date(current.end, lang))
            )
        elif current.end:
            lines.append(
                translate("results_civic", "The round ends on %1.").replace(
                    "%1", format_date(current.end, lang)
                )
            )
    if summary.source_date is not None:
        lines.append(
            translate(
                "results_civic", "This information is from %1. Ask the staff if you are not sure."
            ).replace("%1", format_date(summary.source_date, lang))
        )
    lines.append(translate("results_civic", "Source: %1.").replace("%1", summary.source))
    return lines
