"""Freed memory back to the system between residents (kiosk.core.memory, issue 19)."""

from __future__ import annotations

import kiosk.core.memory as memory


def test_release_freed_memory_runs_here_and_can_be_called_again():
    memory.release_freed_memory()
    memory.release_freed_memory()


def test_without_malloc_trim_it_does_nothing(monkeypatch):
    monkeypatch.setattr(memory, "_trim", lambda: None)
    memory.release_freed_memory()  # another C library: nothing to call, no error
