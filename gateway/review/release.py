"""What the caller's poll of `GET /v1/reviews/{id}` gets: pending, the answer, or a refusal.

An approved output hold returns the stored answer (redacted if the reviewer chose that). An
approved input hold is forwarded to the model on the first poll after the approval, not at the
approval itself: the reviewer never waits on the model, nothing is lost if the gateway restarts
in between, and the answer goes through the poll's release pipeline (limits, forward, output
inspection). One poll claims the forwarding in the database, so the model is called once per
approved case however many polls arrive at once, on however many replicas.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from gateway.access.key_record import KeyRecord
from gateway.errors import ContentBlocked, NotFound
from gateway.review.case_store import CaseStore
from gateway.review.notifier import public_status
from gateway.review.records import RELEASING, ReviewCase
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases as cases

POLL_AFTER_SECONDS = 5
RELEASING_POLL_AFTER_SECONDS = 1
RELEASE_CLAIM_SECONDS = 300.0
"""How long one poll holds the forwarding of an approved request: if its replica dies meanwhile,
a poll after this long forwards again."""


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
    """Answers polls from the stored case; claims, stores or refuses the one forwarding."""

    def __init__(
        self, store: CaseStore, sealer: CaseSealer, claim_seconds: float = RELEASE_CLAIM_SECONDS
    ) -> None:
        self._store = store
        self._sealer = sealer
        self._claim = timedelta(seconds=claim_seconds)

    async def owned(self, case_id: str, key: KeyRecord) -> ReviewCase:
        """The case when `key`'s account raised it; otherwise not found (nothing leaks)."""
        case = await self._store.get(case_id)
        if case is None or case.account != key.account:
            raise NotFound(f"there is no case {case_id} for your account")
        return case

    def settled(self, case: ReviewCase) -> PollAnswer | None:
        """What the caller gets without calling the model; None when the held request is still
        to be forwarded. Raises the refusal when there is one."""
        status = status_document(case)
        if case.state == "queued":
            return PollAnswer(202, status, {"retry-after": str(POLL_AFTER_SECONDS)})
        if not case.withholds:
            if case.state == "closed":
                raise refusal(case, "the request was blocked; appeal it with POST /v1/reports")
            return PollAnswer(200, {**status, "outcome": case.outcome})
        if case.outcome not in RELEASING:
            raise refusal(case, "a reviewer refused to release it")
        if case.release_refusal is not None:
            raise refusal(case, case.release_refusal)
        released = case.sealed["released"] or case.sealed["reply"]
        if released is None:
            return None
        name = "released" if case.sealed["released"] else "reply"
        text = self._sealer.open(released, case_id=case.case_id, field=name)
        return PollAnswer(200, json.loads(text or "null"), {"x-modelgate-case": case.case_id})

    def releasing(self, case: ReviewCase) -> PollAnswer:
        """The answer to a poll that arrives while another poll forwards the request."""
        document = {**status_document(case), "status": "releasing"}
        return PollAnswer(202, document, {"retry-after": str(RELEASING_POLL_AFTER_SECONDS)})

    def held_request(self, case: ReviewCase) -> dict[str, Any]:
        """The withheld request body, as approved (masked after redact-and-release)."""
        text = self._sealer.open(case.sealed["body"], case_id=case.case_id, field="body")
        body = json.loads(text) if text else None
        if not isinstance(body, dict) or case.endpoint not in ("chat", "completions"):
            raise refusal(case, "the held request can no longer be sent")
        # A held stream's body was stored after forwarding named the upstream's model.
        body["model"] = case.model
        body["stream"] = False  # a released answer is always returned whole
        body.pop("stream_options", None)
        return body

    async def claim(self, case: ReviewCase, now: datetime | None = None) -> bool:
        """Take the forwarding of the approved request; False when another poll holds it or
        it is done already."""
        now = now or datetime.now(UTC)
        return await self._store.update(
            case.case_id,
            {"release_claimed_until": now + self._claim},
            cases.c.state == "decided",
            cases.c.released_sealed.is_(None),
            cases.c.release_refusal.is_(None),
            (cases.c.release_claimed_until.is_(None)) | (cases.c.release_claimed_until <= now),
        )

    async def keep(self, case: ReviewCase, document: Any) -> None:
        """Store the released answer: every later poll gets it without calling the model."""
        sealed = self._sealer.seal(json.dumps(document), case_id=case.case_id, field="released")
        await self._store.update(
            case.case_id,
            {"released_sealed": sealed, "release_claimed_until": None},
            cases.c.released_sealed.is_(None),
        )

    async def refuse(self, case: ReviewCase, why: str) -> None:
        """Store why the forwarded answer was refused: later polls repeat it."""
        await self._store.update(
            case.case_id,
            {"release_refusal": why, "release_claimed_until": None},
            cases.c.released_sealed.is_(None),
        )

    async def give_back(self, case: ReviewCase) -> None:
        """Free the claim after a failure that produced no answer (a later poll tries again)."""
        await self._store.update(case.case_id, {"release_claimed_until": None})


def refusal(case: ReviewCase, why: str) -> ContentBlocked:
    """The refusal a poll of `case` gets, with the case's reasons."""
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
