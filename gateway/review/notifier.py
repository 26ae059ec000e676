"""Telling the caller a case was decided: the signed webhook they registered, once."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec

from gateway.review.case_store import CaseStore
from gateway.review.records import RELEASING, ReviewCase
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases
from gateway.review.webhook import WebhookSender

_encoder = msgspec.json.Encoder()


def public_status(case: ReviewCase) -> str:
    """What the caller is told: pending, released, refused, or decided (nothing was withheld)."""
    if case.state == "queued":
        return "pending"
    if case.state == "closed":
        return "refused"
    if not case.withholds:
        return "decided"
    return "released" if case.outcome in RELEASING else "refused"


def event_body(case: ReviewCase) -> bytes:
    """The webhook body: ids, status and where to poll; never content."""
    return _encoder.encode(
        {
            "type": "review.decided",
            "case_id": case.case_id,
            "request_id": case.request_id,
            "status": public_status(case),
            "outcome": case.outcome,
            "decided_at": case.decided_at.isoformat() if case.decided_at else None,
            "location": f"/v1/reviews/{case.case_id}",
        }
    )


class CaseNotifier:
    """Delivers the decided-case webhook and remembers that it did."""

    def __init__(self, store: CaseStore, sealer: CaseSealer, sender: WebhookSender) -> None:
        self._store = store
        self._sealer = sealer
        self._sender = sender

    async def notify(self, case: ReviewCase) -> bool:
        """Send the event if the caller registered a webhook and it was not sent yet."""
        if case.state != "decided" or not case.webhook_url or case.webhook_sent_at is not None:
            return False
        secret = self._sealer.open(
            case.sealed["webhook_secret"], case_id=case.case_id, field="webhook_secret"
        )
        if not secret:
            return False
        if not await self._sender.send(case.webhook_url, secret, event_body(case)):
            return False
        return await self._store.update(
            case.case_id,
            {"webhook_sent_at": datetime.now(UTC)},
            review_cases.c.webhook_sent_at.is_(None),
        )
