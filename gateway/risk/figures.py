"""A risk record's figures: the decayed counts as stored, and the ratios derived from them.

Every count decays exponentially, so a figure is "about how many in the last half-life or
so"; `requests` decays fast (the recent rate) and `baseline` slowly (the account's usual
rate), and `volume_ratio` compares the two as rates per minute.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

COUNTS = (
    "blocks",
    "holds",
    "flags",
    "redactions",
    "retries",
    "sweeps",
    "requests",
    "baseline",
    "tokens_in",
    "tokens_out",
)
"""The counters every record keeps (besides `category.<name>`, one per category seen)."""
DERIVED = ("volume_ratio", "output_ratio", "requests_per_minute")
CATEGORY_PREFIX = "category."
FIGURES = COUNTS + DERIVED


@dataclass(frozen=True, slots=True)
class DecaySettings:
    """Half-lives, in seconds, of the record's counters."""

    events: float
    """Blocks, holds, flags, redactions, retries, sweeps, tokens and categories."""
    recent: float
    """`requests`: the recent request rate."""
    usual: float
    """`baseline`: the account's usual request rate."""
    baseline_floor_per_minute: float = 1.0
    """A new account's usual rate counts as at least this, so its first requests are no surge."""

    def half_life_of(self, counter: str) -> float:
        """The half-life of `counter`."""
        if counter == "requests":
            return self.recent
        if counter == "baseline":
            return self.usual
        return self.events


def rate_per_minute(decayed_count: float, half_life_s: float) -> float:
    """The steady rate that would hold an exponentially decayed count at `decayed_count`."""
    return decayed_count * math.log(2) / half_life_s * 60.0


def derive(counts: Mapping[str, float], decay: DecaySettings) -> dict[str, float]:
    """The stored counts plus the derived ratios, rounded for records and messages."""
    figures = {name: counts.get(name, 0.0) for name in COUNTS}
    figures |= {name: value for name, value in counts.items() if name.startswith(CATEGORY_PREFIX)}
    recent = rate_per_minute(figures["requests"], decay.recent)
    usual = max(rate_per_minute(figures["baseline"], decay.usual), decay.baseline_floor_per_minute)
    figures["requests_per_minute"] = recent
    figures["volume_ratio"] = recent / usual
    figures["output_ratio"] = figures["tokens_out"] / max(figures["tokens_in"], 1.0)
    # Counts are compared at one decimal: a threshold of 10 retries holds for ten retries
    # sent over a few minutes, whose decayed sum reads 9.96.
    return {name: round(value, 1 if name not in DERIVED else 3) for name, value in figures.items()}
