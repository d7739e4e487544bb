"""Helper mode, help requests, the privacy screen and usage figures, as one mixin of
the kiosk window (DESIGN §7–§8).

Staff coach; the resident stays the one who acts and signs in. So helper mode never
shows the resident's answers, and every staff action is audited without personal data.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.staff.audit import AuditLog
from kiosk.staff.help_request import HelpDedupe, HelpNotifier, HelpResult
from kiosk.staff.lockout import PinAttempt, PinGate
from kiosk.stats.store import StatsStore
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.pages import MessagePage
from kiosk.ui.staff_pages import PinPadPage, StaffPanelPage
from kiosk.ui.steps import answer_words

if TYPE_CHECKING:
    from kiosk.core.problems import StartupProblem
    from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Hold the top-left corner this long to ask for the staff PIN.
LONG_PRESS_MS = 3000

#: Screens shown over another; Back returns to the one below.
OVERLAY_NAMES = ("help", "confirm-end", "speech-settings", "idle-warning", "privacy",
                 "statement", "printing", "print-printed", "print-failed")

#: How a session's end reason is counted in the anonymous figures.
END_REASONS = {
    "end": "end",
    "back": "end",
    "idle": "idle",
    "helper": "helper",
    "fault": "error",
    "clear": "end",
}


@dataclass
class StaffTools:
    """What helper mode and help requests need; built by the composition root."""

    gate: PinGate | None = None
    audit: AuditLog | None = None
    notifier: HelpNotifier | None = None
    dedupe: HelpDedupe = field(default_factory=HelpDedupe)
    stats: StatsStore | None = None
    #: Problems found at start (config, flows, offline data, earlier crashes).
    problems: list[StartupProblem] = field(default_factory=list)
    #: Parts that can go wrong while the kiosk runs, by kind (see ``_problem_headline``):
    #: each has a ``problem`` attribute, a plain technical text or None when all is well.
    sources: dict[str, Any] = field(default_factory=dict)


class HelperModeMixin:
    """Mixed into KioskWindow; uses its session, runner, speaker, theme and pages."""

    helper_active = False

    def _init_helper_mode(self: KioskWindow, staff: StaffTools | None) -> None:
        self.staff = staff or StaffTools()
        self._corner_timer = QTimer(self)
        self._corner_timer.setSingleShot(True)
        self._corner_timer.setInterval(LONG_PRESS_MS)
        self._corner_timer.timeout.connect(self._on_corner_held)
        self._swallow_corner_release = False
        self._helper_idle = QTimer(self)
        self._helper_idle.setSingleShot(True)
        self._helper_idle.setInterval(int(self.config.timeouts.helper_idle_s * 1000))
        self._helper_idle.timeout.connect(lambda: self.leave_helper("idle"))
        self.banner.panel_clicked.connect(self.show_staff_panel)

    # Figures and audit ----------------------------------------------------------

    def stat(self: KioskWindow, event: str, **fields: Any) -> None:
        if self.staff.stats is not None:
            self.staff.stats.record(event, **fields)

    def audit(self: KioskWindow, action: str) -> None:
        if self.staff.audit is not None:
            flow = self.engine.flow.id if self.engine is not None else None
            step = self.engine.current.id if self.engine is not None else None
            self.staff.audit.record(action, flow_id=flow, step_id=step)

    # Getting in ----------------------------------------------------------------

    def corner_rect(self: KioskWindow) -> QRect:
        size = self.theme.metrics.target_px
        return QRect(self.mapToGlobal(QPoint(0, 0)), QSize(size, size))

    def corner_press(self: KioskWindow, global_pos: QPoint) -> None:
        if self.corner_rect().contains(global_pos):
            self._corner_timer.start()

    def corner_release(self: KioskWindow) -> bool:
        """True when the release ends a long press (so it must not also tap)."""
        self._corner_timer.stop()
        swallow, self._swallow_corner_release = self._swallow_corner_release, False
        return swallow

    def _on_corner_held(self: KioskWindow) -> None:
        self._swallow_corner_release = True
        self.request_pin("staff")

    def request_pin(self: KioskWindow, role: str = "staff", message: str = "") -> None:
        """Show the number pad for a staff (helper mode) or admin (exit) PIN."""
        if self.screen_name not in ("pin", "staff-panel"):
            self._returns["staff"] = self._render
        gate = self.staff.gate
        if gate is None or not gate.enabled(role):
            message = translate("staff", "Helper mode is not set up on this kiosk.")

        def render() -> None:
            heading = (
                translate("staff", "Admin PIN")
                if role == "admin"
                else translate("staff", "Staff PIN")
            )
            page = PinPadPage(self.theme.metrics, self.session.settings.language, heading, message)
            page.entered.connect(lambda digits: self._check_pin(digits, role))
            page.cancelled.connect(self._cancel_pin)
            self._set_page(page, "pin", bars=False, speak=False)

        self._show(render)

    def _cancel_pin(self: KioskWindow) -> None:
        if self.helper_active:
            self.show_staff_panel()
        else:
            self._resume_or_attract()

    def _resume_or_attract(self: KioskWindow) -> None:
        if self.session.active:
            self._return_from("staff")
        else:
            self.show_attract()

    def _check_pin(self: KioskWindow, digits: str, role: str) -> None:
        gate = self.staff.gate
        if gate is None:
            return
        # scrypt takes a moment: never on the GUI thread.
        self.runner.run_task(
            lambda: gate.check(digits, role), lambda attempt: self._pin_checked(attempt, role)
        )

    def _pin_checked(self: KioskWindow, attempt: object, role: str) -> None:
        if not isinstance(attempt, PinAttempt):
            log.error("PIN check failed: %s", type(attempt).__name__)
            self.request_pin(role, translate("staff", "The PIN could not be checked."))
            return
        if attempt.ok:
            if role == "admin":
                self.audit("admin_exit")
                log.info("kiosk closed with the admin PIN")
                self.allow_close = True
                QApplication.instance().quit()
            else:
                self.enter_helper()
            return
        if attempt.outcome == "locked":
            self.audit("pin_locked")
            minutes = max(1, round(attempt.locked_for_s / 60))
            message = translate("staff", "Too many wrong PINs. Try again in %1 minutes.").replace(
                "%1", str(minutes)
            )
        elif attempt.outcome == "disabled":
            message = translate("staff", "Helper mode is not set up on this kiosk.")
        else:
            self.audit("pin_wrong")
            message = translate("staff", "Wrong PIN. Tries left: %1.").replace(
                "%1", str(attempt.attempts_left)
            )
        self.request_pin(role, message)

    # Being in ------------------------------------------------------------------

    def enter_helper(self: KioskWindow) -> None:
        self.helper_active = True
        self.banner.show()
        if self.staff.dedupe.clear():
            self.audit("help_cleared")
        self.audit("helper_entered")
        self._helper_idle.start()
        if not self.session.active:
            self.session.start()
        self.show_staff_panel()
        # Shown and said, so the resident knows someone else is at the controls.
        self.speaker.say(
            translate("staff", "Library staff is now helping you."), self.session.settings.language
        )

    def leave_helper(self: KioskWindow, reason: str = "button") -> None:
        if not self.helper_active:
            return
        self.helper_active = False
        self.banner.hide()
        self._helper_idle.stop()
        if self.idle.paused:
            self.idle.pause(False)
            self.audit("idle_resumed")
        self.audit("helper_left")
        log.info("helper mode ended (%s)", reason)
        if self.screen_name in ("staff-panel", "pin"):
            self._resume_or_attract()

    def helper_activity(self: KioskWindow) -> None:
        if self.helper_active:
            self._helper_idle.start()

    def show_staff_panel(self: KioskWindow) -> None:
        if self.screen_name not in ("staff-panel", "pin"):
            self._returns["staff"] = self._render

        def render() -> None:
            s = self.session.settings
            page = StaffPanelPage(
                self.theme.metrics,
                s.language,
                self._staff_facts(),
                self._coaching_note(),
                self._staff_problems(),
                self._figures(),
                (self.theme.palette.button_border, self.theme.palette.text),
                self._staff_actions(),
            )
            self._set_page(page, "staff-panel", speak=False)

        self._show(render)

    def _staff_facts(self: KioskWindow) -> list[str]:
        s = self.session.settings
        facts = []
        if self.engine is not None:
            facts.append(
                translate("staff", "Service: %1").replace(
                    "%1", self.engine.flow.title.get(s.language)
                )
            )
            facts.append(
                translate("staff", "Step: %1").replace(
                    "%1", self.engine.current.heading.get(s.language)
                )
            )
        else:
            facts.append(translate("staff", "The resident is not in a service now."))
        if self.session.started_at is not None:
            minutes = int(self.session.seconds_so_far() // 60)
            facts.append(translate("staff", "Session time: %1 min").replace("%1", str(minutes)))
        facts.append(
            translate("staff", "Settings: %1, text %2 %, %3, speech %4")
            .replace("%1", LANGUAGE_NAMES.get(s.language, s.language))
            .replace("%2", str(s.text_size))
            .replace(
                "%3",
                translate("staff", "high contrast")
                if s.theme == "high-contrast"
                else translate("staff", "normal contrast"),
            )
            .replace("%4", translate("staff", "on") if s.speech else translate("staff", "off"))
        )
        if self.idle.paused:
            facts.append(translate("staff", "The idle timer is paused."))
        return facts

    def _coaching_note(self: KioskWindow) -> str:
        if self.engine is None or self.engine.current.staff_note is None:
            return ""
        return self.engine.current.staff_note.get(self.session.settings.language)

    def _staff_problems(self: KioskWindow) -> list[str]:
        """What is wrong now, for the staff panel: a headline in the staff's language
        and, for IT, the technical detail (never personal data)."""
        problems = [self._problem_line(p.kind, p.detail) for p in self.staff.problems]
        # Why speech failed, or that it failed and recovered in this session (the
        # speaker forgets that at the session end).
        reason = getattr(getattr(self.speaker, "status", None), "reason", None)
        if not self.speaker.available:
            problems.append(self._problem_line("speech", reason) if reason
                            else translate("staff", "Speech is not working."))
        elif reason:
            problems.append(self._problem_line("speech-note", reason))
        sources = {"stats": self.staff.stats, "audit": self.staff.audit,
                   "lockout": self.staff.gate.lockout if self.staff.gate else None,
                   **self.staff.sources}
        for kind, source in sources.items():
            detail = getattr(source, "problem", None) if source is not None else None
            if detail and detail == getattr(source, "notice", None):
                kind = "mended"  # it works again: the staff need not act
            if detail:
                problems.append(self._problem_line(kind, str(detail)))
        return problems

    @staticmethod
    def _problem_line(kind: str, detail: str) -> str:
        return (translate("staff", "%1 For IT: %2")
                .replace("%1", _problem_headline(kind)).replace("%2", detail))

    def _figures(self: KioskWindow) -> list[tuple[str, int]]:
        stats = self.staff.stats
        if stats is None:
            return []
        counts = stats.today_counts()
        shown = (
            ("session_started", translate("staff", "Sessions")),
            ("flow_completed", translate("staff", "Services completed")),
            ("flow_abandoned", translate("staff", "Services left unfinished")),
            ("help_requested", translate("staff", "Help requests")),
            ("idle_timeout", translate("staff", "Timed out")),
        )
        return [(label, int(counts.get(event, 0))) for event, label in shown]

    def _staff_actions(self: KioskWindow) -> list[tuple[str, str, Any]]:
        in_flow = self.engine is not None
        actions = [
            (
                translate("staff", "Back to the resident's screen"),
                "staffResume",
                self._staff_resume,
            ),
        ]
        if in_flow:
            actions += [
                (translate("staff", "One step back"), "staffBack", self._staff_back),
                (translate("staff", "Restart this service"), "staffRestart", self._staff_restart),
            ]
        actions += [
            (translate("staff", "Change language"), "staffLanguage", self._staff_language),
            (
                translate("staff", "Change text size"),
                "staffTextSize",
                lambda: self._staff_setting("text_size", self._on_text_size),
            ),
            (
                translate("staff", "Change contrast"),
                "staffContrast",
                lambda: self._staff_setting("theme", self._on_contrast),
            ),
            (
                translate("staff", "Speech on or off"),
                "staffSpeech",
                lambda: self._staff_setting("speech", self._on_speech_toggle),
            ),
            (
                translate("staff", "Resume the idle timer")
                if self.idle.paused
                else translate("staff", "Pause the idle timer"),
                "staffIdle",
                self._staff_idle,
            ),
            (translate("staff", "End the session"), "staffEnd", self._staff_end),
            (translate("staff", "End helper mode"), "staffLeave", self.leave_helper),
            (
                translate("staff", "Close the kiosk (admin PIN)"),
                "staffClose",
                lambda: self.request_pin("admin"),
            ),
        ]
        return actions

    def _staff_resume(self: KioskWindow) -> None:
        self._resume_or_attract()

    def _staff_back(self: KioskWindow) -> None:
        self.audit("back")
        self._resume_or_attract()
        self.go_back()

    def _staff_restart(self: KioskWindow) -> None:
        self.audit("restart_flow")
        if self.engine is not None:
            self._returns.pop("overlay", None)
            self._returns.pop("staff", None)
            self.start_flow(self.engine.flow.id)

    def _staff_language(self: KioskWindow) -> None:
        self.audit("language")
        languages = list(self.config.languages.enabled)
        current = self.session.settings.language
        self._switch_language(
            languages[(languages.index(current) + 1) % len(languages)]
            if current in languages
            else languages[0]
        )
        self.show_staff_panel()

    def _staff_setting(self: KioskWindow, action: str, change: Any) -> None:
        self.audit(action)
        change()
        self.show_staff_panel()

    def _staff_idle(self: KioskWindow) -> None:
        paused = not self.idle.paused
        self.idle.pause(paused)
        self.audit("idle_paused" if paused else "idle_resumed")
        self.show_staff_panel()

    def _staff_end(self: KioskWindow) -> None:
        self.audit("end_session")
        self.leave_helper("session ended")
        self.end_session("helper")

    # Help requests -------------------------------------------------------------

    def request_help(self: KioskWindow, flow_id: str, step_id: str) -> None:
        """The resident pressed "Ask for help": tell staff once a minute at most."""
        self.stat("help_requested", flow=flow_id or None, step=step_id or None)
        notifier, dedupe = self.staff.notifier, self.staff.dedupe
        if notifier is None or not notifier.enabled:
            self.show_help("desk")
            return
        if not dedupe.request(flow_id or None, step_id or None):
            last = dedupe.last_result
            self.show_help("told" if last is None or last.delivered else "desk")
            return
        self.show_help("telling")
        self.runner.run_task(
            lambda: notifier.send(flow_id or None, step_id or None), self._help_sent
        )

    def _help_sent(self: KioskWindow, result: object) -> None:
        if not isinstance(result, HelpResult):
            result = HelpResult(False, 0, "error", None)
        self.staff.dedupe.sent(result)
        log.info(
            "help request %s",
            "delivered" if result.delivered else f"not delivered ({result.reason})",
        )
        if self.screen_name == "help":
            self.show_help("told" if result.delivered else "desk")

    # "What does this kiosk know about me?" ----------------------------------------

    def privacy_lines(self: KioskWindow) -> list[tuple[str, bool]]:
        """What the session holds now, in plain words: (text, may be spoken)."""
        s = self.session.settings
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
            (
                translate("staff", "Speech: on") if s.speech else translate("staff", "Speech: off"),
                True,
            ),
        ]
        held = False
        for flow_id, answers in self.session.answers.items():
            flow = self.flows.get(flow_id)
            if flow is None or not answers:
                continue
            held = True
            lines.append(
                (
                    translate("staff", "Your answers in: %1").replace(
                        "%1", flow.title.get(s.language)
                    ),
                    True,
                )
            )
            for step in flow.steps:
                if step.id in answers:
                    words = answer_words(step, answers[step.id], s.language)
                    private = step.private or step.kind.value == "contact"
                    lines.append((f"{step.heading.get(s.language)}: {words}", not private))
        for flow_id, drafts in self.session.drafts.items():
            for key, text in drafts.items():
                if text and key.split(".")[0] not in self.session.answers.get(flow_id, {}):
                    held = True
                    lines.append(
                        (
                            translate("staff", "Text you started to write: %1").replace("%1", text),
                            False,
                        )
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

    def show_privacy(self: KioskWindow) -> None:
        self._remember_return()

        def render() -> None:
            lang = self.session.settings.language
            lines = self.privacy_lines()
            heading = translate("staff", "What does this kiosk know about me?")
            buttons = [
                (translate("staff", "Clear now"), "clearNowButton", self.clear_now),
                (translate("staff", "Back to where I was"), "resumeButton", self.go_back),
            ]
            page = MessagePage(
                self.theme.metrics, lang, heading, [text for text, _ in lines], buttons
            )
            # Typed private values are shown to the resident but never said aloud (A5).
            page.speech = (
                [(heading, lang)]
                + [(text, lang) for text, say in lines if say]
                + [(text, lang) for text, _, _ in buttons]
            )
            self._set_page(page, "privacy")

        self._show(render)

    def clear_now(self: KioskWindow) -> None:
        """Forget everything typed or chosen, keep the display settings, go home."""
        self.runner.cancel()
        for answers in self.session.answers.values():
            answers.clear()
        for drafts in self.session.drafts.values():
            drafts.clear()
        self.session.answers, self.session.drafts = {}, {}
        self.speaker.forget()
        QApplication.clipboard().clear()
        self._returns.clear()
        self.show_home()
        self.speaker.say(
            translate("staff", "Everything you wrote or chose is now cleared."),
            self.session.settings.language,
        )


def _problem_headline(kind: str) -> str:
    """What a fault means for the kiosk, said plainly (``StaffTools.sources`` kinds)."""
    headlines = {
        "stats": translate("staff", "Usage figures are not being saved."),
        "audit": translate("staff", "Staff actions are not being logged."),
        "lockout": translate("staff", "The PIN lock cannot be saved."),
        "city": translate("staff", "City services cannot be reached. Residents see offline data."),
        "cache": translate("staff", "The store of city data cannot be used. Answers are slower."),
        "handoff": translate("staff", "Printouts and QR codes cannot be made."),
        "data": translate("staff", "The kiosk's data folder cannot be used."),
        "speech": translate("staff", "Speech is not working."),
        "mended": translate("staff", "This went wrong but works again. Nothing to do."),
        "speech-note": translate("staff", "Speech had a problem. It works now."),
        "config": translate("staff", "The settings file has errors. Those settings use "
                            "their defaults."),
        "flow": translate("staff", "A service is left out because its file has errors."),
        "snapshot": translate("staff", "The offline data cannot be read."),
        "crash": translate("staff", "The kiosk stopped unexpectedly and started again."),
    }
    return headlines.get(kind, translate("staff", "Something is not working."))
