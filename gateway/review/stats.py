"""The figures reviewers' decisions feed: overturn rates per detector and rule, queue and timing.

An overturn is a reviewer approving what a detector stopped or flagged: the false-positive rate
the policy owner tunes thresholds with. Expiry decisions are no reviewer's, so they are left out.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.review.records import aware
from gateway.review.tables import review_cases, review_outcomes

REVIEWER_OUTCOMES = ("approve", "reject", "redact_release")


def _rates(pairs: dict[str, dict[str, bool]]) -> list[dict[str, Any]]:
    rows = []
    for name, decided in sorted(pairs.items()):
        overturned = sum(1 for flag in decided.values() if flag)
        rows.append(
            {
                "name": name,
                "decided": len(decided),
                "overturned": overturned,
                "overturn_rate": round(overturned / len(decided), 4) if decided else 0.0,
            }
        )
    return rows


class ReviewFigures:
    """Reads the outcome log and the live queue."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def figures(self, now: datetime) -> dict[str, Any]:
        """Overturn rates, decision times and the queue as it stands."""
        async with self._engine.connect() as conn:
            outcomes = (
                await conn.execute(
                    select(review_outcomes).where(review_outcomes.c.outcome.in_(REVIEWER_OUTCOMES))
                )
            ).all()
            queue = (
                await conn.execute(
                    select(
                        func.count(),
                        func.min(review_cases.c.created_at),
                        func.sum(case((review_cases.c.escalated, 1), else_=0)),
                    ).where(review_cases.c.state == "queued")
                )
            ).one()
        by_detector: dict[str, dict[str, bool]] = defaultdict(dict)
        by_rule: dict[str, dict[str, bool]] = defaultdict(dict)
        reports: dict[str, bool] = {}
        waits: dict[str, float] = {}
        for row in outcomes:
            m = row._mapping
            waits[m["case_id"]] = float(m["wait_seconds"])
            if m["source"] == "report":
                reports[m["case_id"]] = bool(m["overturned"])
                continue
            if m["detector"]:
                by_detector[m["detector"]][m["case_id"]] = bool(m["overturned"])
            if m["rule_id"]:
                by_rule[m["rule_id"]][m["case_id"]] = bool(m["overturned"])
        oldest = aware(queue[1])
        times = sorted(waits.values())
        return {
            "detectors": _rates(by_detector),
            "rules": _rates(by_rule),
            "reports": {"decided": len(reports), "upheld": sum(reports.values())},
            "queue": {
                "depth": int(queue[0] or 0),
                "escalated": int(queue[2] or 0),
                "oldest_age_seconds": (now - oldest).total_seconds() if oldest else 0.0,
            },
            "time_to_decision_seconds": {
                "decided": len(times),
                "median": statistics.median(times) if times else None,
                "p90": times[int(0.9 * (len(times) - 1))] if times else None,
            },
        }
