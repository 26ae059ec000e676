"""Reviewer outcomes for the report and the overturn-rate alerts, from a pluggable provider.

`ReviewOutcomeRates` reads the review outcome log (which outlives purged cases); where there
is no review store, `NoReviewData` answers and the report says so instead of showing a zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.reporting.period import from_us
from gateway.review.stats import REVIEWER_OUTCOMES
from gateway.review.tables import review_outcomes


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


class ReviewOutcomeRates:
    """Overturn figures per category from `review_outcomes`, for cases decided in the period.

    A case counts once per category however many detectors found it; decisions the SLA made
    and reports (no detector decided those) are left out, as on the review figures page.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def overturn_rates(self, since_us: int, until_us: int) -> Sequence[OverturnRate]:
        """Reviewed and overturned cases per category, most reviewed first."""
        o = review_outcomes.c
        query = select(o.case_id, o.category, o.overturned).where(
            o.outcome.in_(REVIEWER_OUTCOMES),
            o.source != "report",
            o.category.is_not(None),
            o.decided_at >= from_us(since_us),
            o.decided_at < from_us(until_us),
        )
        try:
            async with self._engine.connect() as conn:
                rows = (await conn.execute(query)).all()
        except DBAPIError:  # an audit-only database (no review tables): nothing reviewed here
            return ()
        cases: dict[str, dict[str, bool]] = defaultdict(dict)
        for case_id, category, flipped in rows:
            cases[category][case_id] = bool(flipped)
        figures = [
            OverturnRate(category, len(decided), sum(decided.values()))
            for category, decided in cases.items()
        ]
        return sorted(figures, key=lambda f: (-f.reviewed, f.category))
