"""The periodic sweep: SLA escalation and expiry, lapsed leases, undelivered webhooks, purge.

Run by the runtime every `MODELGATE_REVIEW_SWEEP_SECONDS` and by `modelgate review purge`.
Each step is a conditional statement, so replicas sweeping at once do each thing once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import structlog

from gateway.metrics import ReviewQueueSnapshot
from gateway.review.case_store import CaseStore
from gateway.review.decisions import ReviewDesk
from gateway.review.notifier import CaseNotifier
from gateway.review.tables import review_cases as cases


@dataclass(frozen=True, slots=True)
class SweepResult:
    """What one sweep did."""

    escalated: int = 0
    expired: int = 0
    leases_cleared: int = 0
    notified: int = 0
    purged: int = 0


class ReviewSweep:
    """One pass over the cases that need something done by time alone."""

    def __init__(self, store: CaseStore, desk: ReviewDesk, notifier: CaseNotifier) -> None:
        self._store = store
        self._desk = desk
        self._notifier = notifier
        self._log = structlog.get_logger("gateway.review")

    async def escalate_overdue(self, now: datetime) -> int:
        """Escalate waiting cases past their SLA."""
        count = 0
        for case in await self._store.where(
            cases.c.state == "queued", cases.c.escalated.is_(False), cases.c.sla_due_at <= now
        ):
            if await self._store.update(
                case.case_id, {"escalated": True}, cases.c.escalated.is_(False)
            ):
                self._desk.record(case, "escalate", "system:sla")
                self._log.warning("review.sla_missed", case_id=case.case_id, tier=case.tier)
                count += 1
        return count

    async def expire_held(self, now: datetime) -> int:
        """Apply the tier's on-expiry action to held cases that waited twice their SLA."""
        count = 0
        for case in await self._store.where(
            cases.c.state == "queued", cases.c.source == "hold", cases.c.expires_at <= now
        ):
            # A reviewer holding a live lease is mid-decision: let them finish.
            if case.leased_to(now) is None and await self._desk.expire(case, now):
                count += 1
        return count

    async def notify_pending(self) -> int:
        """Retry webhooks that could not be delivered yet."""
        sent = 0
        for case in await self._store.where(
            cases.c.state == "decided",
            cases.c.webhook_url.is_not(None),
            cases.c.webhook_sent_at.is_(None),
        ):
            sent += int(await self._notifier.notify(case))
        return sent

    async def run(self, now: datetime) -> SweepResult:
        """Every step, in order."""
        return SweepResult(
            escalated=await self.escalate_overdue(now),
            expired=await self.expire_held(now),
            leases_cleared=await self._store.clear_expired_leases(now),
            notified=await self.notify_pending(),
            purged=await self._store.purge(now),
        )

    async def snapshot(self, now: datetime) -> list[ReviewQueueSnapshot]:
        """Queue depth and oldest age per source, for the metrics gauges."""
        waiting = await self._store.queue(limit=10_000)
        by_source: dict[str, list[float]] = {}
        for case in waiting:
            by_source.setdefault(case.source, []).append((now - case.created_at).total_seconds())
        return [
            ReviewQueueSnapshot(queue=source, depth=len(ages), oldest_age_seconds=max(ages))
            for source, ages in sorted(by_source.items())
        ]
