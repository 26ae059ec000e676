"""Start a check well inside one fixed one-minute limit window.

Request and token budgets count in fixed windows aligned to the minute; a check that charges in
one window and reads back in the next sees an empty one. Waiting (at most 15 s) until the
minute has that much left keeps the charge and the reading in the same window.
"""

from __future__ import annotations

import time


def inside_one_minute_window(room_s: float = 15.0) -> None:
    """Return once at least `room_s` seconds of the current minute remain."""
    while 60 - time.time() % 60 < room_s:
        time.sleep(0.25)
