"""Reviewer outcomes for the report and the overturn-rate alerts, from a pluggable provider.

Human review is another component; until it supplies a provider, `NoReviewData` answers and
the report says so plainly instead of showing a zero rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class OverturnRate:
    """For one detector category: reviewed cases, and how many reviewers overturned."""

    category: str
    reviewed: int
    overturned: int

    @property
    def rate(self) -> float:
        """Share of reviewed cases whose automated decision was overturned."""
        return self.overturned / self.reviewed if self.reviewed else 0.0


class ReviewDataProvider(Protocol):
    """Where review decisions for a period come from."""

    async def overturn_rates(self, since_us: int, until_us: int) -> Sequence[OverturnRate]:
        """Per-category overturn figures for cases decided in the period."""
        ...


class NoReviewData:
    """The provider used until human review exists: there is nothing to report yet."""

    async def overturn_rates(self, since_us: int, until_us: int) -> Sequence[OverturnRate]:
        """Always empty."""
        return ()
