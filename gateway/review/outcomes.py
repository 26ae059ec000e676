"""Decision outcomes without content: one row per detector behind a decided case.

They stay after the case is purged; the overturn figures and decision times come from them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.review.records import ReviewCase
from gateway.review.tables import review_outcomes


def overturned(case: ReviewCase, outcome: str) -> bool:
    """Whether a reviewer undid what the detectors decided (a plain approve of their finding).

    For a report there was no detector decision: its rows say whether the report was upheld.
    """
    if case.source == "report":
        return outcome == "reject"
    return outcome == "approve"


class OutcomeLog:
    """Writes outcome rows."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def record(self, case: ReviewCase, outcome: str, decided_at: datetime) -> None:
        """One row per distinct detector of the case (one row with none when it has none)."""
        base: dict[str, Any] = {
            "case_id": case.case_id,
            "source": case.source,
            "rule_id": case.rule_id,
            "outcome": outcome,
            "overturned": overturned(case, outcome),
            "tier": case.tier,
            "model": case.model,
            "created_at": case.created_at,
            "decided_at": decided_at,
            "wait_seconds": max(0.0, (decided_at - case.created_at).total_seconds()),
        }
        categories: dict[str, str] = {}
        for finding in case.findings:
            categories.setdefault(finding.detector, finding.category)
        rows = [
            {**base, "detector": detector, "category": category}
            for detector, category in categories.items()
        ] or [{**base, "detector": None, "category": None}]
        async with self._engine.begin() as conn:
            await conn.execute(review_outcomes.insert(), rows)
