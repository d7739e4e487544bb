"""Names of the city services a flow may use as a ``source`` or an ``action``.

The flow loader checks every ``source``/``action`` against this set, so a typo in a
flow file is caught when the kiosk starts (or by ``kiosk check-config``), not when a
resident reaches that step. The services themselves live beside this module.
"""

from __future__ import annotations

from kiosk.services.catalog_live import LIVE_SERVICES

#: Offline-snapshot services (registry.Services) and the live city services (live.py).
SERVICES: frozenset[str] = frozenset({"libraries.week", "libraries.search"}) | LIVE_SERVICES
