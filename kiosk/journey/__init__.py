"""The resident's visit, from the attract screen to the wipe: events in, effects out.

No Qt here (the layering test proves it). The window turns taps, keys and timers into
the events of :mod:`kiosk.journey.events`, and carries out the effects of
:mod:`kiosk.journey.effects` that :class:`kiosk.journey.journey.Journey` returns.
"""
