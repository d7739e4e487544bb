"""`LazyLiveServices`: the city's services, made on the first call.

`kiosk.services.live` and the clients and parsers it brings (Service Map, Linked
Events, Kirkanta, Open311, OmaStadi) cost about 35 ms to import, mostly making their
record classes, and the attract screen uses none of them. So the composition root
holds this stand-in, and the first call imports them, on the worker thread that makes
it: while the resident's first answer is fetched, not before the first frame
(issue 19). As `kiosk.services.lazy_http.LazyCityHttp` does for requests. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.services.live import LiveServices


class LazyLiveServices:
    """A `LiveServices` made by ``make`` on the first ``call`` (or ``real()``).

    ``http`` is the HTTP layer it will use (shown to staff as the cache). Until a call
    has made the services, nothing has failed, so ``problem`` is None."""

    def __init__(self, make: Callable[[], LiveServices], http: Any) -> None:
        self.http = http
        self._make = make
        self._live: LiveServices | None = None
        self._lock = threading.Lock()

    def real(self) -> LiveServices:
        """The real services, made now if they are not yet (two worker threads may ask
        at once: one makes them, the other waits)."""
        with self._lock:
            if self._live is None:
                self._live = self._make()
            return self._live

    @property
    def problem(self) -> str | None:
        return self._live.problem if self._live is not None else None

    def call(self, name: str, params: Mapping[str, Any] | None, lang: str) -> object:
        return self.real().call(name, params, lang)
