"""Claims: a reviewer leases a case for a limited time, so two reviewers never decide one case.

A claim is one conditional UPDATE (free, expired, or already mine), so it is atomic on SQLite and
PostgreSQL alike; an expired lease needs no clean-up to return the case to the queue.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gateway.errors import CaseTaken, NotFound
from gateway.review.case_store import CaseStore, held_by, unleased
from gateway.review.records import ReviewCase
from gateway.review.tables import review_cases as cases


class LeaseBook:
    """Claims and gives back cases."""

    def __init__(self, store: CaseStore, lease_seconds: float) -> None:
        self._store = store
        self._lease = timedelta(seconds=lease_seconds)

    async def claim(self, case_id: str, reviewer: str, now: datetime | None = None) -> ReviewCase:
        """Lease the case to `reviewer` (renewing their own lease); raises `CaseTaken`."""
        now = now or datetime.now(UTC)
        claimed = await self._store.update(
            case_id,
            {"lease_holder": reviewer, "lease_expires_at": now + self._lease},
            cases.c.state == "queued",
            unleased(now, reviewer),
        )
        case = await self._store.get(case_id)
        if case is None:
            raise NotFound(f"there is no case {case_id}")
        if not claimed:
            holder = case.leased_to(now)
            why = f"it is claimed until {case.lease_expires_at:%H:%M:%S} UTC" if holder else ""
            raise CaseTaken(
                f"case {case_id} cannot be claimed: {why or 'it is no longer waiting'}",
                extensions={"case_id": case_id},
            )
        return case

    async def give_back(self, case_id: str, reviewer: str, now: datetime | None = None) -> bool:
        """Return the case to the queue before the lease runs out."""
        now = now or datetime.now(UTC)
        return await self._store.update(
            case_id, {"lease_holder": None, "lease_expires_at": None}, held_by(now, reviewer)
        )
