"""The staff side of the kiosk: PIN checks, helper mode's own timer, help requests,
the audit log, usage figures and what the staff panel shows (DESIGN §7–§8).

Staff coach; the resident stays the one who acts and signs in. So the staff panel
never shows the resident's answers, and every staff action is audited without
personal data. Which screen is up is the journey's business: this object only does
the work that needs threads, files and timers, and reports back with journey events.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.core.problems import StartupProblem
from kiosk.journey import events as ev
from kiosk.journey.journey import Journey
from kiosk.speech.speaker import Speaker
from kiosk.staff.audit import AuditLog
from kiosk.staff.help_request import HelpDedupe, HelpNotifier, HelpResult
from kiosk.staff.lockout import PinAttempt, PinGate
from kiosk.stats.store import UsageFigures
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.runner import ServiceRunner
from kiosk.ui.staff_words import StaffWords

if TYPE_CHECKING:  # made by the composition root only with [fleet] (issue 19: not at start)
    from kiosk.fleet.kiosk_client import KioskFleet

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass
class StaffTools:
    """What helper mode and help requests need; built by the composition root."""

    gate: PinGate | None = None
    audit: AuditLog | None = None
    notifier: HelpNotifier | None = None
    dedupe: HelpDedupe = field(default_factory=HelpDedupe)
    stats: UsageFigures | None = None
    #: Problems found at start (config, flows, offline data, earlier crashes).
    problems: list[StartupProblem] = field(default_factory=list)
    #: The kiosk on the library's message bus ([fleet]), or None (help by webhook).
    fleet: KioskFleet | None = None
    #: The date of the offline data (the fleet status says how old it is).
    snapshot_date: datetime.date | None = None
    #: Parts that can go wrong while the kiosk runs, by kind (see ``problem_headline``):
    #: each has a ``problem`` attribute, a plain technical text or None when all is well.
    sources: dict[str, Any] = field(default_factory=dict)


class StaffDesk(QObject):
    """Runs the staff side's work and reports back through ``send`` (a journey event)."""

    def __init__(
        self,
        tools: StaffTools,
        runner: ServiceRunner,
        speaker: Speaker,
        helper_idle_s: float,
        send: Callable[[ev.Event], None],
        parent: QObject | None = None,
        staff_language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.tools, self._runner, self._speaker, self._send = tools, runner, speaker, send
        #: The staff's screens speak the staff's language ([staff] language).
        self.words = StaffWords(staff_language)
        self.helper_idle = QTimer(self)
        self.helper_idle.setSingleShot(True)
        self.helper_idle.setInterval(int(helper_idle_s * 1000))
        self.helper_idle.timeout.connect(lambda: self._send(ev.HelperIdle()))

    # ---- figures and audit ---------------------------------------------------------

    def stat(self, event: str, fields: dict[str, str | None]) -> None:
        if self.tools.stats is not None:
            self.tools.stats.record(event, **fields)

    def audit(self, action: str, flow_id: str | None, step_id: str | None) -> None:
        if self.tools.audit is not None:
            self.tools.audit.record(action, flow_id=flow_id, step_id=step_id)

    # ---- PINs and helper mode ------------------------------------------------------

    def pin_enabled(self, role: str) -> bool:
        gate = self.tools.gate
        return gate is not None and gate.enabled(role)

    def check_pin(self, role: str, digits: str) -> None:
        gate = self.tools.gate
        if gate is None:
            return
        # scrypt takes a moment: never on the GUI thread.
        self._runner.run_task(
            lambda: gate.check(digits, role), lambda attempt: self._pin_checked(role, attempt)
        )

    def _pin_checked(self, role: str, attempt: object) -> None:
        if not isinstance(attempt, PinAttempt):
            log.error("PIN check failed: %s", type(attempt).__name__)
            self._send(ev.PinChecked(role, False, "error"))
            return
        self._send(
            ev.PinChecked(
                role, attempt.ok, attempt.outcome, attempt.attempts_left, attempt.locked_for_s
            )
        )

    def helper(self, active: bool) -> None:
        if active:
            if self.tools.dedupe.clear():
                self.audit("help_cleared", None, None)
            self.helper_idle.start()
        else:
            self.helper_idle.stop()

    def activity(self) -> None:
        """Any input: helper mode's own idle time starts over."""
        if self.helper_idle.isActive():
            self.helper_idle.start()

    # ---- help requests -------------------------------------------------------------

    def route(self, flow_id: str | None, step_id: str | None) -> str:
        """How a help request goes (the journey's HelpRoute): at most once a minute."""
        notifier, dedupe = self.tools.notifier, self.tools.dedupe
        if notifier is None or not notifier.enabled:
            return "desk"
        if not dedupe.request(flow_id, step_id):
            last = dedupe.last_result
            return "told" if last is None or last.delivered else "desk"
        return "send"

    def send_help(self, flow_id: str, step_id: str) -> None:
        notifier = self.tools.notifier
        if notifier is None:
            self._send(ev.HelpAnswered(False))
            return
        self._runner.run_task(
            lambda: notifier.send(flow_id or None, step_id or None), self._help_sent
        )

    def _help_sent(self, result: object) -> None:
        if not isinstance(result, HelpResult):
            result = HelpResult(False, 0, "error", None)
        self.tools.dedupe.sent(result)
        log.info(
            "help request %s",
            "delivered" if result.delivered else f"not delivered ({result.reason})",
        )
        self._send(ev.HelpAnswered(result.delivered))

    # ---- the staff panel -----------------------------------------------------------

    def facts(self, journey: Journey) -> list[str]:
        """Where the resident is and how the kiosk is set, in the staff's language
        (the service and step too: staff read them, the resident does not)."""
        s, engine, session = journey.session.settings, journey.engine, journey.session
        words, lang = self.words, self.words.language
        facts = []
        if engine is not None:
            facts.append(
                words.translate("staff", "Service: %1").replace("%1", engine.flow.title.get(lang))
            )
            facts.append(
                words.translate("staff", "Step: %1").replace("%1", engine.current.heading.get(lang))
            )
        else:
            facts.append(words.translate("staff", "The resident is not in a service now."))
        if session.started_at is not None:
            minutes = int(session.seconds_so_far() // 60)
            facts.append(
                words.translate("staff", "Session time: %1 min").replace("%1", str(minutes))
            )
        facts.append(
            words.translate("staff", "Settings: %1, text %2 %, %3, speech %4")
            .replace("%1", LANGUAGE_NAMES.get(s.language, s.language))
            .replace("%2", str(s.text_size))
            .replace(
                "%3",
                words.translate("staff", "high contrast")
                if s.theme == "high-contrast"
                else words.translate("staff", "normal contrast"),
            )
            .replace(
                "%4",
                words.translate("staff", "on") if s.speech else words.translate("staff", "off"),
            )
        )
        if journey.idle.paused:
            facts.append(words.translate("staff", "The idle timer is paused."))
        return facts

    def coaching_note(self, journey: Journey) -> str:
        """The step's note for staff, in the staff's language."""
        engine = journey.engine
        if engine is None or engine.current.staff_note is None:
            return ""
        return engine.current.staff_note.get(self.words.language)

    def refer_note(self, journey: Journey) -> str:
        """Where to refer the resident next from this step, in the staff's language."""
        engine = journey.engine
        if engine is None or engine.current.refer is None:
            return ""
        return engine.current.refer.get(self.words.language)

    def problems(self) -> list[str]:
        """What is wrong now: a headline in the staff's language and, for IT, the
        technical detail (never personal data)."""
        tools, words = self.tools, self.words
        problems = [problem_line(words, p.kind, p.detail) for p in tools.problems]
        # Why speech failed, or that it failed and recovered in this session (the
        # speaker forgets that at the session end).
        reason = getattr(getattr(self._speaker, "status", None), "reason", None)
        if not self._speaker.available:
            problems.append(
                problem_line(words, "speech", reason)
                if reason
                else words.translate("staff", "Speech is not working.")
            )
        elif reason:
            problems.append(problem_line(words, "speech-note", reason))
        sources = {
            "stats": tools.stats,
            "audit": tools.audit,
            "lockout": tools.gate.lockout if tools.gate else None,
            **tools.sources,
        }
        for kind, source in sources.items():
            detail = getattr(source, "problem", None) if source is not None else None
            if detail and detail == getattr(source, "notice", None):
                kind = "mended"  # it works again: the staff need not act
            if detail:
                problems.append(problem_line(words, kind, str(detail)))
        return problems

    def figures(self) -> list[tuple[str, int]]:
        """Today's figures at this kiosk, for the staff panel's bar chart."""
        stats, words = self.tools.stats, self.words
        if stats is None:
            return []
        counts = stats.today_counts()
        shown = (
            ("session_started", words.translate("staff", "Sessions")),
            ("flow_completed", words.translate("staff", "Services completed")),
            ("flow_abandoned", words.translate("staff", "Services left unfinished")),
            ("help_requested", words.translate("staff", "Help requests")),
            ("idle_timeout", words.translate("staff", "Timed out")),
        )
        return [(label, int(counts.get(event, 0))) for event, label in shown]

    def actions(self, journey: Journey) -> list[tuple[str, str, str]]:
        """The panel's buttons: (text, object name, StaffAction action)."""
        words = self.words
        actions = [
            (words.translate("staff", "Back to the resident's screen"), "staffResume", "resume")
        ]
        if journey.engine is not None:
            actions += [
                (words.translate("staff", "One step back"), "staffBack", "back"),
                (words.translate("staff", "Restart this service"), "staffRestart", "restart"),
            ]
        actions += [
            (words.translate("staff", "Change language"), "staffLanguage", "language"),
            (words.translate("staff", "Change text size"), "staffTextSize", "text_size"),
            (words.translate("staff", "Change contrast"), "staffContrast", "contrast"),
            (words.translate("staff", "Speech on or off"), "staffSpeech", "speech"),
            (
                words.translate("staff", "Resume the idle timer")
                if journey.idle.paused
                else words.translate("staff", "Pause the idle timer"),
                "staffIdle",
                "idle",
            ),
            (words.translate("staff", "Practise with the resident"), "staffPractice", "practice"),
            (words.translate("staff", "End and clear"), "staffEnd", "end"),
            (words.translate("staff", "End helper mode"), "staffLeave", "leave"),
            (words.translate("staff", "Close the kiosk (admin PIN)"), "staffClose", "close"),
        ]
        return actions


def problem_line(words: StaffWords, kind: str, detail: str) -> str:
    return (
        words.translate("staff", "%1 For IT: %2")
        .replace("%1", problem_headline(words, kind))
        .replace("%2", detail)
    )


def problem_headline(words: StaffWords, kind: str) -> str:
    """What a fault means for the kiosk, said plainly (``StaffTools.sources`` kinds)."""
    headlines = {
        "stats": words.translate("staff", "Usage figures are not being saved."),
        "audit": words.translate("staff", "Staff actions are not being logged."),
        "lockout": words.translate("staff", "The PIN lock cannot be saved."),
        "city": words.translate(
            "staff", "City services cannot be reached. Residents see offline data."
        ),
        "cache": words.translate(
            "staff", "The store of city data cannot be used. Answers are slower."
        ),
        "handoff": words.translate("staff", "Printouts and QR codes cannot be made."),
        "data": words.translate("staff", "The kiosk's data folder cannot be used."),
        "speech": words.translate("staff", "Speech is not working."),
        "mended": words.translate("staff", "This went wrong but works again. Nothing to do."),
        "speech-note": words.translate("staff", "Speech had a problem. It works now."),
        "config": words.translate(
            "staff", "The settings file has errors. Those settings use their defaults."
        ),
        "flow": words.translate("staff", "A service is left out because its file has errors."),
        "snapshot": words.translate("staff", "The offline data cannot be read."),
        "crash": words.translate("staff", "The kiosk stopped unexpectedly and started again."),
        "fleet": words.translate(
            "staff", "The staff desk cannot be reached. Help requests wait and go when it can."
        ),
    }
    return headlines.get(kind, words.translate("staff", "Something is not working."))
