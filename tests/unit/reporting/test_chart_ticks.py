"""Count axes read in whole requests: no tick at 0.25 of a request."""

from __future__ import annotations

import re

import pytest

from gateway.reporting.svg_charts import nice_max, stacked_bars, tick_count


@pytest.mark.parametrize("peak", [1, 2, 3, 4, 5, 7, 10, 19, 25, 40, 99, 250, 1234])
def test_every_tick_is_a_whole_number(peak: int) -> None:
    """For any peak count, each tick value of the axis is an integer."""
    top = nice_max(peak)
    steps = tick_count(top)
    assert all((top * i / steps).is_integer() for i in range(steps + 1)), (top, steps)


def test_a_chart_of_one_request_ticks_zero_and_one() -> None:
    """One request in the period draws an axis of 0 and 1, not 0, 0.25, 0.5, 0.75, 1."""
    svg = stacked_bars({"allow": [1]}, ["05 Dec"], title="t")
    ticks = re.findall(r'text-anchor="end">([^<]*)<', svg)
    assert ticks == ["1", "0"]
