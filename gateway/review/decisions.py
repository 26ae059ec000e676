"""`ReviewDesk`: a reviewer's verdict on a case they hold, and what follows from it.

approve, reject and redact-and-release decide the case (only under a live lease, in one
conditional UPDATE); escalate returns it to the queue, marked for a senior reviewer. Every
verdict is audit-recorded, feeds the outcome figures and notifies the caller's webhook.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import structlog

from gateway.audit import AuditEvent, AuditWriter, RecordKind
from gateway.errors import CaseTaken, InvalidRequest, NotFound
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.policy.catalog import TierSpec
from gateway.review.case_store import CaseStore, held_by
from gateway.review.notifier import CaseNotifier
from gateway.review.outcomes import OutcomeLog
from gateway.review.queue_sink import CaseClock
from gateway.review.records import VERDICTS, ReviewCase
from gateway.review.redaction import redact_document
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases as cases

MAX_NOTE = 2000


class ReviewDesk:
    """Applies verdicts."""

    def __init__(
        self,
        *,
        store: CaseStore,
        sealer: CaseSealer,
        clock: CaseClock,
        outcomes: OutcomeLog,
        notifier: CaseNotifier,
        audit: AuditWriter | None,
        inspectors: TierInspectors | None,
        tiers: Mapping[str, TierSpec],
    ) -> None:
        self._store = store
        self._sealer = sealer
        self._clock = clock
        self._outcomes = outcomes
        self._notifier = notifier
        self._audit = audit
        self._inspectors = inspectors
        self._tiers = tiers
        self._log = structlog.get_logger("gateway.review")

    def record(self, case: ReviewCase, action: str, actor: str) -> None:
        """An audit record of a view or a verdict on `case` (no content)."""
        if self._audit is not None:
            self._audit.submit(
                AuditEvent(
                    kind=RecordKind.REVIEW,
                    action=action,
                    actor=actor,
                    target=f"case:{case.case_id}",
                    request_id=case.request_id,
                    tier=case.tier,
                    model=case.model,
                )
            )

    async def decide(self, case_id: str, reviewer: str, verdict: str, note: str) -> ReviewCase:
        """Apply `verdict` for `reviewer`, who must hold the case's lease."""
        if verdict not in VERDICTS:
            raise InvalidRequest(f"the verdict must be one of {', '.join(VERDICTS)}")
        if len(note) > MAX_NOTE:
            raise InvalidRequest(f"the note is longer than {MAX_NOTE} characters")
        case = await self._store.get(case_id)
        if case is None:
            raise NotFound(f"there is no case {case_id}")
        now = datetime.now(UTC)
        if case.state != "queued" or case.leased_to(now) != reviewer:
            raise CaseTaken(
                f"claim case {case_id} before deciding it (your lease may have run out)",
                extensions={"case_id": case_id},
            )
        if verdict == "escalate":
            values: dict[str, Any] = {
                "escalated": True,
                "note": note or None,
                "lease_holder": None,
                "lease_expires_at": None,
            }
        else:
            values = await self._closing(case, verdict, now)
            values["note"] = note or None
            values["decided_by"] = reviewer
        if not await self._store.update(
            case_id, values, cases.c.state == "queued", held_by(now, reviewer)
        ):
            raise CaseTaken(f"case {case_id} changed while you decided it; reload it")
        self.record(case, verdict, reviewer)
        self._log.info("review.case_decided", case_id=case_id, verdict=verdict)
        decided = await self._store.get(case_id)
        assert decided is not None
        if verdict != "escalate":
            await self._outcomes.record(case, verdict, now)
            await self._notifier.notify(decided)
        return decided

    async def expire(self, case: ReviewCase, now: datetime) -> bool:
        """Apply the tier's on-expiry action to a held case nobody decided in time."""
        outcome = "expired_release" if case.on_expiry == "release" else "expired_refuse"
        values = await self._closing(case, outcome, now)
        values["decided_by"] = "system:sla"
        values["note"] = "decided by the tier's on-expiry policy"
        if not await self._store.update(case.case_id, values, cases.c.state == "queued"):
            return False
        self.record(case, outcome, "system:sla")
        await self._outcomes.record(case, outcome, now)
        decided = await self._store.get(case.case_id)
        if decided is not None:
            await self._notifier.notify(decided)
        return True

    async def _closing(self, case: ReviewCase, outcome: str, now: datetime) -> dict[str, Any]:
        values: dict[str, Any] = {
            "state": "decided",
            "outcome": outcome,
            "decided_at": now,
            "purge_after": self._clock.purge_after(now),
            "lease_holder": None,
            "lease_expires_at": None,
        }
        if outcome == "redact_release":
            values.update(await self._redacted(case))
        return values

    async def _redacted(self, case: ReviewCase) -> dict[str, Any]:
        tier = self._tiers.get(case.tier)
        if self._inspectors is None or tier is None:
            raise InvalidRequest("redact-and-release needs the tier's detectors")
        field = "body" if case.stage == "input" else "reply"
        text = self._sealer.open(case.sealed[field], case_id=case.case_id, field=field)
        if text is None:
            raise InvalidRequest("this case has no withheld content to release")
        request = case.stage == "input"
        inspector = (
            self._inspectors.for_input(tier) if request else self._inspectors.for_output(tier)
        )
        redacted = await redact_document(text, inspector, request=request)
        return {f"{field}_sealed": self._sealer.seal(redacted, case_id=case.case_id, field=field)}
