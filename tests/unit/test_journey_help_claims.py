"""Help that reaches a person (issue 16): a desk's claim on the journey's terms.

"I'm coming" from a desk becomes HelpClaimed; the resident sees (and hears) "Help is
coming" wherever they are, and the visit waits for the staff member. Staff arriving
(helper mode) or the visit ending closes the request. No Qt; the same fixtures as
tests/unit/test_journey_rules.py.
"""

from __future__ import annotations

import pytest
from test_journey_rules import HELP_WAIT_S, IDLE_S, Kiosk, at_home, at_name, of, screens, shown

from kiosk.journey import effects as fx
from kiosk.journey import events as ev
from kiosk.journey.views import EndReason, Screen, View

CLAIM_WAIT_S = 900


@pytest.fixture
def k() -> Kiosk:
    kiosk = Kiosk()
    kiosk.journey.claim_wait_s = CLAIM_WAIT_S
    return kiosk


def asked(k: Kiosk) -> None:
    """In a flow, the resident asked for help and the request reached the broker."""
    at_name(k)
    assert of(k(ev.AskHelp()), fx.SendHelp)
    k(ev.HelpAnswered(True))
    assert k.journey.top == View(Screen.HELP, "told")


def test_im_coming_is_shown_with_the_staff_members_name(k):
    asked(k)
    effects = k(ev.HelpClaimed("Aino"))
    view = shown(effects)
    assert view == View(Screen.HELP, "coming", staff_name="Aino")
    assert of(effects, fx.Show)[0].speak  # said as well as shown
    # Back still returns to where the resident was.
    k(ev.GoBack())
    assert k.journey.top.screen is Screen.STEP


def test_without_a_name_it_is_still_coming(k):
    asked(k)
    assert shown(k(ev.HelpClaimed(""))) == View(Screen.HELP, "coming")


def test_a_claim_reaches_a_resident_who_went_back_to_the_service(k):
    asked(k)
    k(ev.GoBack())
    assert screens(k) == [Screen.STEP]
    assert shown(k(ev.HelpClaimed("Aino"))).kind == "coming"
    assert screens(k) == [Screen.STEP, Screen.HELP]


def test_a_claim_replaces_another_resident_screen_and_takes_the_idle_warning_away(k):
    asked(k)
    k(ev.GoBack(), ev.Open(Screen.MY_DATA))
    k.wait(IDLE_S + 1)
    assert screens(k) == [Screen.STEP, Screen.MY_DATA, Screen.IDLE_WARNING]
    k(ev.HelpClaimed("Aino"))
    assert screens(k) == [Screen.STEP, Screen.HELP]


def test_a_claim_goes_under_a_pin_pad_that_staff_are_typing_on(k):
    asked(k)
    k(ev.GoBack(), ev.AskPin())
    assert of(k(ev.HelpClaimed("Aino")), fx.Show) == []
    assert screens(k) == [Screen.STEP, Screen.HELP, Screen.PIN_PAD]


def test_the_visit_waits_for_the_staff_member_on_any_screen(k):
    asked(k)
    k.clock.advance(HELP_WAIT_S - 10)
    k(ev.HelpClaimed("Aino"), ev.GoBack())  # the claim counts as the resident being here
    assert k.journey.top.screen is Screen.STEP
    k.wait(CLAIM_WAIT_S - 1)
    assert k.journey.top.screen is Screen.STEP  # no "still here?" while they are coming
    k.wait(2)
    assert k.journey.top.screen is Screen.IDLE_WARNING


def test_a_released_or_expired_claim_goes_back_to_waiting_for_a_desk(k):
    for why in ("released", "expired"):
        asked(k)
        k(ev.HelpClaimed("Aino"))
        assert shown(k(ev.HelpReleased(why))) == View(Screen.HELP, "told")
        # The normal help wait again.
        k.wait(HELP_WAIT_S + 1)
        assert k.journey.top.screen is Screen.IDLE_WARNING
        k(ev.EndVisit(EndReason.END))


def test_done_at_the_desk_takes_the_help_screen_away(k):
    asked(k)
    k(ev.HelpClaimed("Aino"))
    assert shown(k(ev.HelpReleased("done"))).screen is Screen.STEP
    # Over: a late claim for it changes nothing.
    assert k(ev.HelpClaimed("Ville")) == []


def test_asking_again_while_someone_is_coming_sends_nothing(k):
    asked(k)
    k(ev.HelpClaimed("Aino"), ev.GoBack())
    effects = k(ev.AskHelp())
    assert of(effects, fx.SendHelp) == []
    assert shown(effects) == View(Screen.HELP, "coming", staff_name="Aino")
    assert k.route.asked == [("all-kinds", "name")]  # the route was asked only the once


def test_a_late_delivery_answer_does_not_hide_help_is_coming(k):
    at_name(k)
    k(ev.AskHelp(), ev.HelpClaimed("Aino"))
    assert k(ev.HelpAnswered(True)) == []
    assert k.journey.top.kind == "coming"


def test_staff_arriving_closes_the_request(k):
    asked(k)
    k(ev.HelpClaimed("Aino"), ev.AskPin())
    effects = k(ev.PinChecked("staff", ok=True))
    assert of(effects, fx.CloseHelp) == [fx.CloseHelp("arrived")]
    assert screens(k) == [Screen.STEP, Screen.STAFF_PANEL]
    k(ev.StaffAction("leave"))
    assert screens(k) == [Screen.STEP]  # no stale "Help is coming" under the panel
    assert of(k(ev.EndVisit(EndReason.END)), fx.CloseHelp) == []


def test_the_visit_ending_closes_the_request_and_a_late_claim_is_ignored(k):
    asked(k)
    k.wait(HELP_WAIT_S + 1)
    effects = k.wait(31)  # nobody answered the idle warning
    assert of(effects, fx.CloseHelp) == [fx.CloseHelp("left")]
    assert k.journey.top.screen is Screen.ATTRACT
    assert k(ev.HelpClaimed("Aino")) == []


def test_clear_now_keeps_the_request(k):
    asked(k)
    k(ev.GoBack(), ev.Open(Screen.MY_DATA))
    assert of(k(ev.ClearNow()), fx.CloseHelp) == []
    assert shown(k(ev.HelpClaimed("Aino"))).kind == "coming"


def test_a_claim_with_no_request_out_is_ignored(k):
    at_home(k)
    assert k(ev.HelpClaimed("Aino")) == []
    k(ev.AskHelp())  # the route says "send"
    k(ev.HelpReleased("expired"))  # no claim to release: nothing happens
    assert k.journey.top == View(Screen.HELP, "telling")


def test_ask_for_help_does_nothing_on_the_staff_screens(k):
    at_home(k)
    k(ev.AskPin())
    assert k(ev.AskHelp()) == []  # the PIN pad: staff are here already
    k(ev.PinChecked("staff", ok=True))
    assert k(ev.AskHelp()) == []
    assert k.journey.top.screen is Screen.STAFF_PANEL
    assert k.route.asked == []
