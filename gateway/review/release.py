"""What the caller's poll of `GET /v1/reviews/{id}` gets: pending, the answer, or a refusal.

An approved output hold returns the stored answer (redacted if the reviewer chose that). An
approved input hold is forwarded to the model on the first poll after the approval, not at the
approval itself: the reviewer never waits on the model, nothing is lost if the gateway restarts
in between, and the answer goes through output inspection like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import msgspec

from gateway.access.key_record import KeyRecord
from gateway.errors import ContentBlocked, NotFound, UpstreamError
from gateway.inspection.redaction import redact
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.policy.catalog import PolicySet
from gateway.policy.inspection_profile import severity
from gateway.review.case_store import CaseStore
from gateway.review.notifier import public_status
from gateway.review.records import RELEASING, ReviewCase
from gateway.review.redaction import answer_slots
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases as cases
from gateway.stages.forward import refusal_for_status
from gateway.upstream.client import UpstreamPool

_PATHS = {"chat": "/v1/chat/completions", "completions": "/v1/completions"}
POLL_AFTER_SECONDS = 5


@dataclass(frozen=True, slots=True)
class PollAnswer:
    """A poll's response: status, JSON document and headers."""

    status: int
    document: Any
    headers: dict[str, str] = field(default_factory=dict)


def status_document(case: ReviewCase) -> dict[str, Any]:
    """The case as its caller may see it (no content, no reviewer, no note)."""
    return {
        "case_id": case.case_id,
        "request_id": case.request_id,
        "kind": case.source,
        "status": public_status(case),
        "created_at": case.created_at.isoformat(),
        "sla_due_at": case.sla_due_at.isoformat() if case.sla_due_at else None,
        "decided_at": case.decided_at.isoformat() if case.decided_at else None,
    }


class CaseRelease:
    """Answers polls, forwarding approved held requests once."""

    def __init__(
        self,
        store: CaseStore,
        sealer: CaseSealer,
        policies: PolicySet,
        upstreams: UpstreamPool,
        inspectors: TierInspectors | None,
    ) -> None:
        self._store = store
        self._sealer = sealer
        self._policies = policies
        self._upstreams = upstreams
        self._inspectors = inspectors

    async def owned(self, case_id: str, key: KeyRecord) -> ReviewCase:
        """The case when `key`'s account raised it; otherwise not found (nothing leaks)."""
        case = await self._store.get(case_id)
        if case is None or case.account != key.account:
            raise NotFound(f"there is no case {case_id} for your account")
        return case

    async def poll(self, case_id: str, key: KeyRecord) -> PollAnswer:
        """What the caller gets now."""
        case = await self.owned(case_id, key)
        status = status_document(case)
        if case.state == "queued":
            headers = {"retry-after": str(POLL_AFTER_SECONDS)}
            return PollAnswer(202, status, headers)
        if not case.withholds:
            if case.state == "closed":
                raise _refusal(case, "the request was blocked; appeal it with POST /v1/reports")
            return PollAnswer(200, {**status, "outcome": case.outcome})
        if case.outcome not in RELEASING:
            raise _refusal(case, "a reviewer refused to release it")
        released = case.sealed["released"] or case.sealed["reply"]
        if released is not None:
            field = "released" if case.sealed["released"] else "reply"
            text = self._sealer.open(released, case_id=case.case_id, field=field)
            return PollAnswer(200, json.loads(text or "null"), {"x-modelgate-case": case_id})
        return PollAnswer(200, await self._forward(case), {"x-modelgate-case": case_id})

    async def _forward(self, case: ReviewCase) -> Any:
        body_text = self._sealer.open(case.sealed["body"], case_id=case.case_id, field="body")
        model = self._policies.models.get(case.model)
        if body_text is None or model is None or case.endpoint not in _PATHS:
            raise _refusal(case, "the held request can no longer be sent")
        body = json.loads(body_text)
        body["model"] = model.upstream_model
        body["stream"] = False  # a released answer is always returned whole
        body.pop("stream_options", None)
        client = self._upstreams.client(model.upstream)
        headers = {"content-type": "application/json", "x-request-id": case.request_id or ""}
        status, _headers, raw = await client.post(
            _PATHS[case.endpoint], msgspec.json.encode(body), headers
        )
        if status >= 400:
            raise refusal_for_status(model.name, status, raw)
        try:
            document = json.loads(raw)
        except ValueError:
            raise UpstreamError(
                f"model {model.name!r} answered with a body that is not JSON"
            ) from None
        document = await self._inspected(case, document)
        sealed = self._sealer.seal(json.dumps(document), case_id=case.case_id, field="released")
        # Two polls racing both forward; the first stored answer is the one everyone gets.
        if not await self._store.update(
            case.case_id,
            {"released_sealed": sealed},
            cases.c.released_sealed.is_(None),
        ):
            stored = await self._store.get(case.case_id)
            if stored is not None and stored.sealed["released"]:
                text = self._sealer.open(
                    stored.sealed["released"], case_id=case.case_id, field="released"
                )
                return json.loads(text or "null")
        return document

    async def _inspected(self, case: ReviewCase, document: Any) -> Any:
        tier = self._policies.tiers.get(case.tier)
        if self._inspectors is None or tier is None:
            return document
        inspector = self._inspectors.for_output(tier)
        # A held prompt's answer was never reviewed: anything held or blocked is refused. A held
        # streamed answer was, so its regenerated answer is refused only by a block.
        limit = severity("hold") if case.stage == "input" else severity("block")
        for holder, key in answer_slots(document):
            decision = await inspector.check(holder[key])
            if severity(decision.action) >= limit:
                raise _refusal(case, f"the model's answer was stopped by rule {decision.rule_id}")
            if decision.redactions:
                holder[key] = redact(holder[key], decision.redactions)
        return document


def _refusal(case: ReviewCase, why: str) -> ContentBlocked:
    # The reviewer's note is the caller's one chance to learn what to change (the form says so).
    note = case.note if case.decided_by and case.outcome not in RELEASING else None
    said = f"; the reviewer's note: {note}" if note else ""
    return ContentBlocked(
        f"case {case.case_id}: {why}{said}",
        extensions={
            "case_id": case.case_id,
            "note": note,
            "rule": case.rule_id,
            "categories": list(case.categories),
            "appeal": "/v1/reports",
            "decided_at": case.decided_at.isoformat() if case.decided_at else None,
        },
    )
