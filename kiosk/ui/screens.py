"""Every screen of a visit drawn from the journey's view of it (one function, one table).

The message screens (help, sorry, waiting, print status, end?, the idle warning,
speech settings) are rows of one table: a heading, lines and buttons, each button a
journey event. The other screens have their own page classes; this module builds
them and connects their signals to journey events. Nothing here decides what comes
next: that is the journey's job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.core.clock import Clock
from kiosk.core.config import Config
from kiosk.core.languages import base_language
from kiosk.flow.engine import Answer, Edit
from kiosk.flow.spec import Flow
from kiosk.journey import events as ev
from kiosk.journey.journey import Journey
from kiosk.journey.levels import RATES, VOLUMES, level
from kiosk.journey.views import EndReason, Screen, View
from kiosk.speech.speaker import Speaker
from kiosk.ui.handoff import Printout, printer_not_working
from kiosk.ui.pages import (
    AttractPage,
    HomePage,
    LanguagePage,
    MessagePage,
    Page,
    TextPage,
    Tile,
)
from kiosk.ui.practice_pages import PracticePage, practice_tile_words
from kiosk.ui.reader import ScreenReader
from kiosk.ui.staff_desk import StaffDesk
from kiosk.ui.staff_pages import PinPadPage, StaffPanelPage
from kiosk.ui.staff_words import StaffWords
from kiosk.ui.theme import Theme

if TYPE_CHECKING:
    from kiosk.ui.keyboard_dock import KeyboardDock
    from kiosk.ui.steps import StepPage

log = logging.getLogger(__name__)
# lupdate reads the context from each call, so it is written out every time.
translate = QCoreApplication.translate

Button = tuple[str, str, ev.Event]
#: Screens drawn without the top and bottom bars.
BARLESS = (Screen.ATTRACT, Screen.PIN_PAD)
#: Screens not read aloud when they appear (attract is silent until touched; staff
#: screens are for staff, who do not want the room to hear them).
UNSPOKEN = (Screen.ATTRACT, Screen.PIN_PAD, Screen.STAFF_PANEL)


def back_to_where_i_was() -> Button:
    return (translate("window", "Back to where I was"), "resumeButton", ev.GoBack())


def message(
    view: View, journey: Journey, speaker: Speaker, flows: Mapping[str, Flow]
) -> tuple[str, list[str], list[Button]]:
    """The heading, lines and buttons of a message screen."""
    s = journey.session.settings
    match view.screen:
        case Screen.HELP:
            lines = {
                "telling": [translate("window", "We are telling the library staff.")],
                # One sentence for what happened and what to do (issue 14); the only
                # button is "Back to where I was".
                "told": [
                    translate(
                        "window", "The library staff know you need help and will come to you here."
                    )
                ],
                "desk": [
                    translate("window", "The library staff can help you."),
                    translate("window", "Go to the service desk, or wave to a staff member."),
                ],
                "coming": [
                    translate("window", "%1 from the library is on the way to you.").replace(
                        "%1", view.staff_name
                    )
                    if view.staff_name
                    else translate("window", "A library staff member is on the way to you."),
                    translate("window", "Please wait here."),
                ],
            }[view.kind or "desk"]
            lines.append(translate("window", "Everything you did here stays until you come back."))
            heading = (
                translate("window", "Help is coming")
                if view.kind == "coming"
                else translate("window", "Do you need help?")
            )
            return heading, lines, [back_to_where_i_was()]
        case Screen.END_CONFIRM:
            return (
                translate("window", "Do you want to end and clear?"),
                [
                    translate("window", "Everything you did here will be cleared."),
                    translate("window", "The next person cannot see it."),
                ],
                [
                    (
                        translate("window", "Yes, end and clear"),
                        "confirmEndButton",
                        ev.EndVisit(EndReason.END),
                    ),
                    (
                        translate("window", "No, back to where I was"),
                        "cancelEndButton",
                        ev.GoBack(),
                    ),
                ],
            )
        case Screen.IDLE_WARNING:
            return (
                translate("window", "Are you still here?"),
                [
                    translate("window", "Touch the screen to go on."),
                    countdown_text(journey.idle.seconds_left()),
                ],
                [(translate("window", "I am still here"), "stillHereButton", ev.GoBack())],
            )
        case Screen.SORRY:
            return (
                translate("window", "Sorry, something went wrong."),
                [
                    translate("window", "The kiosk starts again in a moment."),
                    translate("window", "What you did here has been cleared."),
                ],
                [(translate("window", "Start again"), "startAgainButton", ev.RecoverDone())],
            )
        case Screen.PRINT:
            heading, lines = {
                "printing": (
                    translate("window", "Printing…"),
                    [translate("window", "Please wait a moment.")],
                ),
                "printed": (
                    translate("window", "Your printout is ready."),
                    [translate("window", "Take the paper from the printer.")],
                ),
                "failed": (printer_not_working(), [translate("window", "Nothing was printed.")]),
            }[view.kind]
            return heading, lines, [back_to_where_i_was()]
        case Screen.WAITING:
            chosen = flows.get(view.flow_id)
            title = chosen.title.get(s.language) if chosen else ""
            if view.kind == "sending":
                # No Back: a send that is out cannot be called back (see FlowEngine).
                return (
                    translate("window", "Sending…"),
                    [title, translate("window", "Please wait. Do not send it again.")],
                    [],
                )
            return (
                translate("window", "Getting the information…"),
                [
                    title,
                    translate(
                        "window",
                        "This can take a moment. You can go back if you do not want to wait.",
                    ),
                ],
                [(translate("window", "Back"), "waitBackButton", ev.GoBack())],
            )
        case _:  # Screen.SPEECH_SETTINGS
            return (
                translate("window", "Speech and volume"),
                [speech_state(journey, speaker)],
                [
                    # What most come here for first, in rows of two (SIDE_BY_SIDE);
                    # the switches after them, away from a reflex Enter (issue 13).
                    (translate("window", "Louder"), "louderButton", ev.Setting("volume", +1)),
                    (translate("window", "Quieter"), "quieterButton", ev.Setting("volume", -1)),
                    (translate("window", "Slower"), "slowerButton", ev.Setting("rate", -1)),
                    (translate("window", "Faster"), "fasterButton", ev.Setting("rate", +1)),
                    (
                        translate("window", "Turn speech off")
                        if s.speech
                        else translate("window", "Turn speech on"),
                        "speechToggleButton",
                        ev.Setting("speech"),
                    ),
                    (
                        translate("window", "Turn explore by touch off")
                        if s.explore
                        else translate("window", "Turn explore by touch on"),
                        "exploreToggleButton",
                        ev.Setting("explore"),
                    ),
                    back_to_where_i_was(),
                ],
            )


#: The control a message screen focuses first, where its first button would do harm:
#: on the speech settings a reflex Enter must not turn speech off (issue 13).
FIRST_FOCUS = {Screen.SPEECH_SETTINGS: "louderButton"}
#: Buttons that do opposite things to one setting share a row (speech settings).
SIDE_BY_SIDE = (("louderButton", "quieterButton"), ("slowerButton", "fasterButton"))

MESSAGE_SCREENS = (
    Screen.HELP,
    Screen.END_CONFIRM,
    Screen.IDLE_WARNING,
    Screen.SORRY,
    Screen.PRINT,
    Screen.WAITING,
    Screen.SPEECH_SETTINGS,
)


def countdown_text(seconds: int) -> str:
    # The KioskWindow context and %n: lupdate sees a plural, as it always has.
    return translate("KioskWindow", "The kiosk clears everything in %n seconds.", "", seconds)


def speech_state(journey: Journey, speaker: Speaker) -> str:
    s = journey.session.settings
    if not speaker.available:
        return translate("window", "Speech is not working now. The staff can help.")
    state = translate("window", "Volume %1 of %2. Speed %3 of %4.")
    for key, value in (
        ("%1", level(s.volume, VOLUMES) + 1),
        ("%2", len(VOLUMES)),
        ("%3", level(s.rate, RATES) + 1),
        ("%4", len(RATES)),
    ):
        state = state.replace(key, str(value))
    return state


def announcement(what: str, args: tuple[int, ...]) -> str:
    """The words of a journey Announce effect; "a+b" says a, then b, as one utterance
    (a second announcement would stop the first)."""
    if "+" in what:
        return " ".join(announcement(part, args) for part in what.split("+"))
    words = {
        "text_size": translate("window", "Text size %1 percent."),
        "contrast_on": translate("window", "High contrast on."),
        "contrast_off": translate("window", "High contrast off."),
        "speech_on": translate("window", "Speech on."),
        "speech_off": translate("window", "Speech off."),
        "explore_on": translate(
            "window",
            "Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.",
        ),
        "explore_off": translate("window", "Explore by touch off. One tap chooses."),
        "volume": translate("window", "Volume %1 of %2."),
        "rate": translate("window", "Speed %1 of %2."),
        "loudest": translate("window", "This is the loudest."),
        "quietest": translate("window", "This is the quietest."),
        "fastest": translate("window", "This is the fastest."),
        "slowest": translate("window", "This is the slowest."),
        "helper_on": translate("staff", "Library staff is now helping you."),
        "cleared": translate("staff", "Everything you wrote or chose is now cleared."),
        # Private listening (issue 13): what changes when a headset goes in or out.
        "headset_on": translate(
            "window",
            "Headset connected. Speech is now only in the headset. Private details, "
            "such as what you write, are read aloud there.",
        ),
        "headset_off": translate(
            "window",
            "Headset removed. Speech comes from the loudspeaker again. Private details "
            "are no longer read aloud.",
        ),
    }[what]
    for i, value in enumerate(args, start=1):
        words = words.replace(f"%{i}", str(value))
    return words


@dataclass
class ScreenParts:
    """What the screens are drawn from; the window builds it once."""

    config: Config
    journey: Journey
    flows: Mapping[str, Flow]
    speaker: Speaker
    clock: Clock
    desk: StaffDesk
    statement_dir: Path | None
    send: Callable[[ev.Event], None]
    print_printout: Callable[[Printout], None]
    #: Says a text in its spoken form (the window's screen reader); a private value
    #: with what to say instead without a headset: say(text, lang, instead).
    say: Callable[..., None]
    #: The home tiles' pictures (assets/icons); None draws tiles with words only.
    icons_dir: Path | None = None
    #: The window's kept on-screen keyboards; None: a text step builds its own.
    keyboards: KeyboardDock | None = None


def build_page(
    view: View, parts: ScreenParts, theme: Theme, parent: QWidget | None = None
) -> QWidget:
    """A new page for ``view`` in the current language, size and colours, built inside
    ``parent`` (hidden until shown there).

    The window builds its pages inside its stack of pages: a widget made elsewhere and
    measured there (the pager, the text fitting) is styled once where it was made and
    again when it is moved in, every label and button of the page (issue 19)."""
    m, lang, send = theme.metrics, parts.journey.session.settings.language, parts.send
    journey = parts.journey
    if view.screen in MESSAGE_SCREENS:
        heading, lines, buttons = message(view, journey, parts.speaker, parts.flows)
        page = MessagePage(
            m,
            lang,
            heading,
            [line for line in lines if line],
            [(text, name, _sender(send, event)) for text, name, event in buttons],
            # The lines a screenful at a time and the buttons always below them (the
            # heading of "Do you need help?" scrolled away at 200 % in Russian);
            # the speech settings' seven buttons come as options instead.
            paged=view.screen is not Screen.SPEECH_SETTINGS,
            options=view.screen is Screen.SPEECH_SETTINGS,
            side_by_side=SIDE_BY_SIDE,
            parent=parent,
        )
        if view.screen in FIRST_FOCUS:  # findChild("") would find the scroll area
            page.first_focus = page.findChild(QWidget, FIRST_FOCUS[view.screen]) or (
                page.first_focus
            )
        return page
    match view.screen:
        case Screen.ATTRACT:
            attract = AttractPage(
                m,
                list(parts.config.languages.enabled),
                parts.config.kiosk.place_name,
                parent=parent,
            )
            attract.started.connect(lambda by_key: send(ev.Start(by_key)))
            return attract
        case Screen.LANGUAGE:
            language = LanguagePage(
                m,
                list(parts.config.languages.enabled),
                lang,
                text_size=journey.session.settings.text_size,
                parent=parent,
            )
            language.chosen.connect(lambda chosen: send(ev.ChooseLanguage(chosen)))
            # Another page of languages is read aloud like a new screen (A1).
            reader = ScreenReader(language, parts.speaker, journey.session)
            language.paged.connect(lambda: reader.read(language))
            return language
        case Screen.HOME:
            icons = parts.icons_dir
            tiles = [
                Tile(
                    f"flow_{flow.id}",
                    flow.title.get(lang),
                    flow.description.get(lang),
                    icons / f"{flow.icon}.svg" if icons and flow.icon else None,
                    _sender(send, ev.ChooseFlow(flow.id)),
                )
                for flow in parts.flows.values()
            ]
            title, description = practice_tile_words()
            tiles.append(
                Tile(
                    "practiceTile",
                    title,
                    description,
                    icons / "practice.svg" if icons else None,
                    _sender(send, ev.Practice("open")),
                )
            )
            home = HomePage(
                m,
                lang,
                parts.config.kiosk.place_name,
                tiles,
                columns=2 if journey.session.settings.text_size == 100 else 1,
                idle_minutes=max(1, round(parts.config.timeouts.idle_s / 60)),
                brief=journey.session.settings.text_size > 100,
                parent=parent,
            )
            home.statement_requested.connect(lambda: send(ev.Open(Screen.STATEMENT)))
            return home
        case Screen.PRACTICE:
            printing = parts.config.handoff.printing
            return PracticePage(
                m,
                theme.palette,
                lang,
                view,
                send,
                parts.say,
                parts.print_printout if printing else None,
                # Six lessons side by side fit at 100 % in every language (at 150 % not
                # in Russian): larger, a page at a time.
                columns=2 if journey.session.settings.text_size == 100 else 1,
                parent=parent,
            )
        case Screen.STEP:
            return _step_page(view, parts, theme, parent)
        case Screen.MY_DATA:
            return _my_data_page(parts, theme, parent)
        case Screen.STATEMENT:
            statement, statement_lang = _statement(parts.statement_dir, lang)
            return TextPage(
                m,
                statement_lang,  # read by the voice of the language it is written in
                statement,
                translate("window", "Back to where I was"),
                lambda: send(ev.GoBack()),
                parent=parent,
            )
        case Screen.PIN_PAD:
            words = parts.desk.words  # the staff's language, whatever the resident's
            pad = PinPadPage(
                m,
                words,
                words.translate("staff", "Admin PIN")
                if view.kind == "admin"
                else words.translate("staff", "Staff PIN"),
                _pin_note(view, words),
                resident=(
                    lang,
                    translate(
                        "pages",
                        "This number pad is for library staff. To go back, press %1.",
                    ).replace("%1", translate("pages", "Cancel")),
                    translate("pages", "Cancel"),
                ),
                parent=parent,
            )
            pad.entered.connect(lambda digits: send(ev.PinEntered(digits)))
            pad.cancelled.connect(lambda: send(ev.GoBack()))
            return pad
        case _:  # Screen.STAFF_PANEL
            desk = parts.desk
            return StaffPanelPage(
                m,
                desk.words,
                desk.facts(journey),
                desk.coaching_note(journey),
                desk.problems(),
                desk.figures(),
                (theme.palette.button_border, theme.palette.text),
                [
                    (text, name, _sender(send, ev.StaffAction(action)))
                    for text, name, action in desk.actions(journey)
                ],
                refer=desk.refer_note(journey),
                parent=parent,
            )


def _sender(send: Callable[[ev.Event], None], event: ev.Event) -> Callable[[], None]:
    return lambda: send(event)


def _step_page(view: View, parts: ScreenParts, theme: Theme, parent: QWidget | None) -> StepPage:
    # Imported at the first step, not at start: the step page and the result views it
    # shows are eight modules and a few ms the attract screen does not need (issue 19).
    from kiosk.ui.steps import StepPage

    engine, send, session = parts.journey.engine, parts.send, parts.journey.session
    assert view.step is not None and engine is not None
    shown, chosen = view.step, parts.flows[view.flow_id]
    page = StepPage(
        theme.metrics,
        session.settings.language,
        chosen,
        shown.step,
        answers=session.answers_for(chosen.id),
        data=shown.data,
        error=shown.error,
        maybe_sent=shown.maybe_sent,
        now=parts.clock.now(),
        path_answers=engine.answers_on_path(),
        drafts=session.drafts_for(chosen.id),
        can_print=parts.config.handoff.printing,
        keyboards=parts.keyboards,
        parent=parent,
    )
    page.answered.connect(lambda value: send(ev.FlowInput(Answer(value))))
    page.print_requested.connect(parts.print_printout)
    page.edit_requested.connect(lambda step_id: send(ev.FlowInput(Edit(step_id))))
    page.home_requested.connect(lambda: send(ev.GoHome()))
    page.end_requested.connect(lambda: send(ev.AskEnd()))
    page.help_requested.connect(lambda: send(ev.AskHelp()))
    say = parts.say
    # A lambda, not the reader's bound method: PySide keeps a weak reference for a
    # plain object's method and never frees it (about four a session, bench/sessions.py).
    page.speak_requested.connect(lambda text, lang: say(text, lang))
    page.speak_private_requested.connect(lambda text, instead, lang: say(text, lang, instead))
    # Another page of options is read aloud like a new screen (A1, issue 14).
    reader = ScreenReader(page, parts.speaker, session)
    page.paged.connect(lambda: reader.read(page))
    return page


def _my_data_page(parts: ScreenParts, theme: Theme, parent: QWidget | None) -> Page:
    from kiosk.ui.my_data import privacy_lines  # it imports the step page (see _step_page)

    lang = parts.journey.session.settings.language
    lines = privacy_lines(parts.journey.session, parts.flows)
    heading = translate("staff", "What does this kiosk know about me?")
    buttons = [
        (translate("staff", "Clear now"), "clearNowButton", _sender(parts.send, ev.ClearNow())),
        (
            translate("staff", "Back to where I was"),
            "resumeButton",
            _sender(parts.send, ev.GoBack()),
        ),
    ]
    # Typed private values are shown to the resident, said only in a headset (A5).
    return MessagePage(
        theme.metrics,
        lang,
        heading,
        [text for text, _ in lines],
        buttons,
        paged=True,
        private={index for index, (_, say) in enumerate(lines) if not say},
        parent=parent,
    )


def _pin_note(view: View, words: StaffWords) -> str:
    if view.note == "not-set-up":
        return words.translate("staff", "Helper mode is not set up on this kiosk.")
    if view.note == "locked":
        return words.translate("staff", "Too many wrong PINs. Try again in %1 minutes.").replace(
            "%1", str(view.count)
        )
    if view.note == "wrong":
        return words.translate("staff", "Wrong PIN. Tries left: %1.").replace("%1", str(view.count))
    if view.note == "unchecked":
        return words.translate("staff", "The PIN could not be checked.")
    return ""


def _statement(folder: Path | None, lang: str) -> tuple[str, str]:
    """The accessibility statement (required for Finnish public digital services) and
    the language it is in: the screen's (every shipped language has one), or English
    where the kiosk has no statement in that language (a language added before its
    statement): an English statement a resident can have read aloud beats a screen
    that says it cannot be shown."""
    try:
        if folder is None:
            raise FileNotFoundError("no statement folder")
        # Selkokieli falls back to the Finnish statement, other languages to English.
        for candidate in dict.fromkeys((lang, base_language(lang))):
            path = folder / f"accessibility-{candidate}.md"
            if path.exists():
                # (The Finnish statement on a selkokieli screen is read as the screen.)
                return path.read_text(encoding="utf-8"), lang
        return (folder / "accessibility-en.md").read_text(encoding="utf-8"), "en"
    except OSError as exc:
        log.error("accessibility statement unavailable: %s", exc)
        return (
            "# "
            + translate("window", "Accessibility statement")
            + "\n\n"
            + translate("window", "The statement cannot be shown now. Ask the library staff."),
            lang,
        )
