"""Freezing the start-up heap hides it from the garbage collector's full passes."""

from __future__ import annotations

import gc

from gateway.heap import freeze_startup_heap


def test_start_up_objects_leave_the_collectors_sight() -> None:
    """A long-lived container allocated before the freeze is no longer walked by gc."""
    long_lived = [{"model": "weights"}]
    assert any(obj is long_lived for obj in gc.get_objects())
    try:
        frozen = freeze_startup_heap()
        assert frozen > 0
        assert not any(obj is long_lived for obj in gc.get_objects())
        later = [{"request": 1}]
        assert any(obj is later for obj in gc.get_objects())
    finally:
        gc.unfreeze()
