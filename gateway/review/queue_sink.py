"""`ReviewQueueSink`: the `CaseSink` that turns flag, hold and block decisions into stored cases.

`flag` and `hold` cases enter the queue; a `block` is kept as a closed case (content sealed,
purged after the retention period) so that the caller can appeal it by request or case id.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog

from gateway.inspection.cases import CaseRequest
from gateway.policy.catalog import ReviewPolicy, TierSpec
from gateway.review.case_store import CaseStore
from gateway.review.records import SEVERITY, CaseSource, findings_json
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


@dataclass(frozen=True, slots=True)
class NewCase:
    """What a case is opened with: why, about which request, whose, and its content in clear."""

    source: CaseSource
    stage: str
    tier: str
    model: str
    endpoint: str | None
    key_id: str
    account: str
    request_id: str | None
    rule_id: str | None = None
    categories: tuple[str, ...] = ()
    findings: str = "[]"
    """The findings as stored (`findings_json`)."""
    content: Mapping[str, str | None] = field(default_factory=dict)
    """Text by sealed field (prompt, answer, body, reply, report); sealed on the way in."""

    @classmethod
    def of_decision(cls, request: CaseRequest) -> NewCase:
        """The case an inspection decision (flag, hold or block) opens."""
        source: CaseSource = "flag"
        if request.decision.action in ("hold", "block"):
            source = request.decision.action
        where = "prompt" if request.stage == "input" else "answer"
        return cls(
            source=source,
            stage=request.stage,
            tier=request.tier,
            model=request.model,
            endpoint=request.endpoint,
            key_id=request.key_id,
            account=request.account,
            request_id=request.request_id,
            rule_id=request.decision.rule_id,
            categories=tuple(request.decision.categories),
            findings=findings_json(request.decision.findings, where),
            content={
                "prompt": request.prompt,
                "answer": request.answer,
                "body": _text(request.body),
                "reply": _text(request.reply),
            },
        )


class ReviewQueueSink:
    """Opens review cases in the database, content sealed: the one place a case is made."""

    def __init__(self, store: CaseStore, sealer: CaseSealer, clock: CaseClock) -> None:
        self._store = store
        self._sealer = sealer
        self._clock = clock
        self._log = structlog.get_logger("gateway.review")

    async def open_case(self, request: CaseRequest) -> str:
        """Store the case an inspection decision asks for and return its id."""
        case_id = await self.open(NewCase.of_decision(request))
        assert case_id is not None  # only reports and appeals are one-per-request
        return case_id

    async def open(self, new: NewCase) -> str | None:
        """Store `new` and return its id; None when the request already has an open case of
        the caller's (reports and appeals: the database keeps one per request and account)."""
        case_id = uuid.uuid4().hex
        now = datetime.now(UTC)
        # A block is kept closed, for an appeal; everything else waits in the queue.
        queued = new.source != "block"
        values: dict[str, Any] = {
            "case_id": case_id,
            "source": new.source,
            "stage": new.stage,
            "state": "queued" if queued else "closed",
            "escalated": False,
            "severity": SEVERITY[new.source],
            "rule_id": new.rule_id,
            "categories": json.dumps(list(new.categories)),
            "findings": new.findings,
            "tier": new.tier,
            "model": new.model,
            "endpoint": new.endpoint,
            "key_id": new.key_id,
            "account": new.account,
            "request_id": new.request_id,
            "created_at": now,
            "on_expiry": "refuse",
        }
        for name, text in new.content.items():
            values[f"{name}_sealed"] = self._sealer.seal(text, case_id=case_id, field=name)
        if queued:
            values.update(self._clock.deadlines(new.tier, now))
            if new.source in ("report", "appeal"):
                values["on_expiry"] = "refuse"  # redress nobody gets to changes nothing
        else:
            values["purge_after"] = self._clock.purge_after(now)
        if not await self._store.insert(values):
            return None
        self._log.info(
            "review.case_opened",
            case_id=case_id,
            request_id=new.request_id,
            source=new.source,
            stage=new.stage,
            rule_id=new.rule_id,
            categories=list(new.categories),
            tier=new.tier,
            model=new.model,
        )
        return case_id


def _text(data: bytes | None) -> str | None:
    return data.decode() if data is not None else None
