"""`LazyCityHttp`: the kiosk's HTTP layer, made on the first live call.

requests, urllib3 and requests-cache (with cattrs) cost about 170 ms and 20 MB to
import and nothing on the attract screen uses them, so the composition root holds
this stand-in and `kiosk.services.transport` is imported by the first call that needs
it, on the worker thread that makes it (issue 19). No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.services.http import Endpoints

if TYPE_CHECKING:
    from kiosk.services.transport import CityHttp


class LazyCityHttp:
    """A `CityHttp` made on the first call that needs it, on whichever worker thread
    makes that call: importing requests and opening the cache file cost nothing at
    start. Until then nothing can be wrong with the cache (``problem`` is None)."""

    def __init__(self, make: Callable[[], CityHttp], endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self._make = make
        self._http: CityHttp | None = None
        self._lock = threading.Lock()
        self._hooks: list[Callable[..., Any]] = []
        self._read_only = False

    @classmethod
    def from_config(cls, config: Any, *, cache_path: Path | None = None) -> LazyCityHttp:
        """As `CityHttp.from_config`, made later."""

        def make() -> CityHttp:
            from kiosk.services.transport import CityHttp

            return CityHttp.from_config(config, cache_path=cache_path)

        return cls(make, Endpoints.from_config(config.services))

    @property
    def made(self) -> CityHttp | None:
        """The real client once a call has made it, else None."""
        return self._http

    def real(self) -> CityHttp:
        """The real client, made now if it is not yet."""
        with self._lock:
            if self._http is None:
                http = self._make()
                http.read_only = self._read_only
                for hook in self._hooks:
                    http.add_response_hook(hook)
                self._http = http
            return self._http

    @property
    def read_only(self) -> bool:
        return self._http.read_only if self._http is not None else self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        with self._lock:
            self._read_only = value
            if self._http is not None:
                self._http.read_only = value

    def add_response_hook(self, hook: Callable[..., Any]) -> None:
        with self._lock:
            if hook not in self._hooks:
                self._hooks.append(hook)
            if self._http is not None:
                self._http.add_response_hook(hook)

    @property
    def problem(self) -> str | None:
        return self._http.problem if self._http is not None else None

    @property
    def notice(self) -> str | None:
        return self._http.notice if self._http is not None else None

    def clear_cache(self) -> None:
        if self._http is not None:
            self._http.clear_cache()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def get_json(self, *args: Any, **kwargs: Any) -> Any:
        return self.real().get_json(*args, **kwargs)

    def post_form(self, *args: Any, **kwargs: Any) -> Any:
        return self.real().post_form(*args, **kwargs)

    def post_json(self, *args: Any, **kwargs: Any) -> Any:
        return self.real().post_json(*args, **kwargs)
