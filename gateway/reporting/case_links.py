"""Which review case (and rule) stands behind a request, for the report's incidents and rules.

Audit records name no rule or case; every flag, hold and block opens a case that does. Cases
are purged after their retention period, so an old request may have none: the report then
falls back to the finding's category.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.reporting.period import from_us
from gateway.review.tables import review_cases

# A case is opened while its request runs, and the audit record is stamped when it ends.
_SLACK = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class CaseLink:
    """The first case opened about a request, and the rule that opened it."""

    case_id: str
    rule_id: str | None


async def cases_by_request(
    engine: AsyncEngine, since_us: int, until_us: int
) -> dict[str, CaseLink]:
    """Request id to its first case, for cases opened in the period (give or take an hour)."""
    c = review_cases.c
    query = (
        select(c.request_id, c.case_id, c.rule_id)
        .where(
            c.request_id.is_not(None),
            c.created_at >= from_us(since_us) - _SLACK,
            c.created_at < from_us(until_us) + _SLACK,
        )
        .order_by(c.created_at.desc())
    )
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(query)).all()
    except DBAPIError:  # an audit-only database (no review tables): no cases to link
        return {}
    # Newest first, so the earliest case of a request is the one left in the mapping.
    return {request_id: CaseLink(case_id, rule_id) for request_id, case_id, rule_id in rows}
