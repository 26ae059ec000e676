"""Telling the caller a case was decided: the signed webhook they registered, once."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import msgspec
import structlog

from gateway.errors import WebhookTargetRefused
from gateway.review.case_store import CaseStore
from gateway.review.records import RELEASING, ReviewCase
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases
from gateway.review.webhook import WebhookSender
from gateway.review.webhook_target import redacted_url

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


class DeliveryBackoff:
    """Failed deliveries per case: waits that double after each failure, then giving up.

    Kept in memory: a restart grants a case another `max_attempts`, which still bounds the
    calls, while the sweep (every ~30 s) no longer calls a dead receiver without end.
    """

    def __init__(
        self,
        max_attempts: int = 5,
        first_wait_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_attempts = max_attempts
        self._first_wait = first_wait_seconds
        self._clock = clock
        self._failures: dict[str, tuple[int, float]] = {}

    def due(self, case_id: str) -> bool:
        """Whether a delivery may be tried now."""
        count, next_at = self._failures.get(case_id, (0, 0.0))
        return count < self.max_attempts and self._clock() >= next_at

    def failed(self, case_id: str) -> bool:
        """Count a failure; whether this one exhausted the attempts."""
        count = self._failures.get(case_id, (0, 0.0))[0] + 1
        wait = self._first_wait * 2 ** (count - 1)
        self._failures[case_id] = (count, self._clock() + wait)
        return count == self.max_attempts

    def give_up(self, case_id: str) -> None:
        """No further attempts for this case."""
        self._failures[case_id] = (self.max_attempts, float("inf"))

    def succeeded(self, case_id: str) -> None:
        """Forget the case."""
        self._failures.pop(case_id, None)


class CaseNotifier:
    """Delivers the decided-case webhook and remembers that it did."""

    def __init__(
        self,
        store: CaseStore,
        sealer: CaseSealer,
        sender: WebhookSender,
        backoff: DeliveryBackoff | None = None,
    ) -> None:
        self._store = store
        self._sealer = sealer
        self._sender = sender
        self._backoff = backoff or DeliveryBackoff()
        self._log = structlog.get_logger("gateway.review")

    async def notify(self, case: ReviewCase) -> bool:
        """Send the event if the caller registered a webhook and it was not sent yet."""
        if case.state != "decided" or not case.webhook_url or case.webhook_sent_at is not None:
            return False
        secret = self._sealer.open(
            case.sealed["webhook_secret"], case_id=case.case_id, field="webhook_secret"
        )
        if not secret or not self._backoff.due(case.case_id):
            return False
        try:
            delivered = await self._sender.send(case.webhook_url, secret, event_body(case))
        except WebhookTargetRefused as exc:
            self._backoff.give_up(case.case_id)
            self._log.warning(
                "review.webhook_abandoned",
                case_id=case.case_id,
                url=redacted_url(case.webhook_url),
                reason=exc.detail,
            )
            return False
        if not delivered:
            if self._backoff.failed(case.case_id):
                self._log.warning(
                    "review.webhook_abandoned",
                    case_id=case.case_id,
                    url=redacted_url(case.webhook_url),
                    attempts=self._backoff.max_attempts,
                )
            return False
        self._backoff.succeeded(case.case_id)
        return await self._store.update(
            case.case_id,
            {"webhook_sent_at": datetime.now(UTC)},
            review_cases.c.webhook_sent_at.is_(None),
        )
