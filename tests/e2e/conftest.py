"""Fixtures shared by the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakecity.server import FakeCity


@pytest.fixture
def hanging_city() -> Iterator[FakeCity]:
    """The fake city, where a "slow" fault hangs until the server stops."""
    server = FakeCity(slow_s=60.0).start()
    yield server
    server.stop()
