"""`ReviewQueueSink`: the `CaseSink` that turns flag, hold and block decisions into stored cases.

`flag` and `hold` cases enter the queue; a `block` is kept as a closed case (content sealed,
purged after the retention period) so that the caller can appeal it by request or case id.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog

from gateway.inspection.cases import CaseRequest
from gateway.policy.catalog import ReviewPolicy, TierSpec
from gateway.review.case_store import CaseStore
from gateway.review.records import SEVERITY, findings_json
from gateway.review.sealing import CaseSealer


class CaseClock:
    """SLA and retention deadlines from a tier's review policy and the gateway's defaults."""

    def __init__(
        self, tiers: Mapping[str, TierSpec], default_sla_minutes: float, retention_days: float
    ) -> None:
        self._tiers = tiers
        self._default_sla = default_sla_minutes
        self._retention = timedelta(days=retention_days)

    def policy(self, tier: str) -> ReviewPolicy:
        """The tier's review policy (the defaults for an unknown tier)."""
        spec = self._tiers.get(tier)
        return spec.review if spec is not None else ReviewPolicy()

    def deadlines(self, tier: str, now: datetime) -> dict[str, Any]:
        """`sla_due_at` (escalation), `expires_at` (twice the SLA: on-expiry) and the action."""
        policy = self.policy(tier)
        sla = timedelta(minutes=policy.sla_minutes or self._default_sla)
        return {"sla_due_at": now + sla, "expires_at": now + 2 * sla, "on_expiry": policy.on_expiry}

    def purge_after(self, decided_at: datetime) -> datetime:
        """When a decided case's content goes."""
        return decided_at + self._retention


class ReviewQueueSink:
    """Opens review cases in the database, content sealed."""

    def __init__(self, store: CaseStore, sealer: CaseSealer, clock: CaseClock) -> None:
        self._store = store
        self._sealer = sealer
        self._clock = clock
        self._log = structlog.get_logger("gateway.review")

    async def open_case(self, request: CaseRequest) -> str:
        """Store the case and return its id."""
        case_id = uuid.uuid4().hex
        now = datetime.now(UTC)
        source = request.decision.action
        if source not in ("flag", "hold", "block"):
            source = "flag"
        queued = source != "block"
        seal = self._sealer.seal
        where = "prompt" if request.stage == "input" else "answer"
        values: dict[str, Any] = {
            "case_id": case_id,
            "source": source,
            "stage": request.stage,
            "state": "queued" if queued else "closed",
            "escalated": False,
            "severity": SEVERITY[source],
            "rule_id": request.decision.rule_id,
            "categories": json.dumps(list(request.decision.categories)),
            "findings": findings_json(request.decision.findings, where),
            "tier": request.tier,
            "model": request.model,
            "endpoint": request.endpoint,
            "key_id": request.key_id,
            "account": request.account,
            "request_id": request.request_id,
            "prompt_sealed": seal(request.prompt, case_id=case_id, field="prompt"),
            "answer_sealed": seal(request.answer, case_id=case_id, field="answer"),
            "body_sealed": seal(_text(request.body), case_id=case_id, field="body"),
            "reply_sealed": seal(_text(request.reply), case_id=case_id, field="reply"),
            "created_at": now,
            "on_expiry": "refuse",
        }
        if queued:
            values.update(self._clock.deadlines(request.tier, now))
        else:
            values["purge_after"] = self._clock.purge_after(now)
        await self._store.insert(values)
        self._log.info(
            "review.case_opened",
            case_id=case_id,
            request_id=request.request_id,
            source=source,
            stage=request.stage,
            rule_id=request.decision.rule_id,
            categories=list(request.decision.categories),
            tier=request.tier,
            model=request.model,
        )
        return case_id


def _text(data: bytes | None) -> str | None:
    return data.decode() if data is not None else None
