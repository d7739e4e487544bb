"""Freed memory back to the system between residents (kiosk.core.memory, issue 19)."""

from __future__ import annotations

import kiosk.core.memory as memory


def test_release_freed_memory_runs_here_and_can_be_called_again():
    memory.release_freed_memory()
    memory.release_freed_memory()


def test_without_malloc_trim_it_does_nothing(monkeypatch):
    monkeypatch.setattr(memory, "_trim", lambda: None)
    memory.release_freed_memory()  # another C library: nothing to call, no error


def test_a_visits_cyclic_garbage_is_collected_between_residents():
    """The full collection runs between residents (not in the middle of a step)."""
    import gc
    import weakref

    class Node:
        pass

    gc.disable()  # only the call below may collect it
    try:
        node = Node()
        node.self = node  # a cycle: reference counting alone never frees it
        gone = weakref.ref(node)
        del node
        assert gone() is not None
        memory.release_freed_memory()
        assert gone() is None
    finally:
        gc.enable()
