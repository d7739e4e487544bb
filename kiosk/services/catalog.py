"""Names of the city services a flow may use as a ``source`` or an ``action``.

The flow loader checks every ``source``/``action`` against this set, so a typo in a
flow file is caught when the kiosk starts (or by ``kiosk check-config``), not when a
resident reaches that step. The services themselves live beside this module.
"""

from __future__ import annotations

from kiosk.services.catalog_live import LIVE_SERVICES

#: Every service `kiosk.services.live.LiveServices` runs (live, the snapshot as fallback).
SERVICES: frozenset[str] = LIVE_SERVICES
