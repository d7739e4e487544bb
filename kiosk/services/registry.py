"""`Services`: what the UI runs the services flows name (``source`` / ``action``)
through.

`kiosk.services.live.LiveServices` is the one implementation (with the offline
snapshot as its fallback, and as its only source in demo mode);
`kiosk.core.metrics.MeteredServices` wraps it and keeps the same shape. ``call``
blocks; the UI runs it in a worker thread. No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class Services(Protocol):
    """Runs one named service (a name in `kiosk.services.catalog.SERVICES`)."""

    def call(self, name: str, params: Mapping[str, Any] | None, lang: str) -> object:
        """The service's result. ValueError for an unknown name or bad params; the
        services' own errors (`kiosk.services.http.ServiceUnavailable`, …) when
        nothing can answer."""
        ...
