"""Reports and appeals from developers: both become cases, only about the caller's own requests.

An appeal re-opens the closed case a `block` left (or a rejected hold) into the queue. A report
about an answer the gateway let through is checked against the audit log: the request must be
one the caller's account made; the content is what the caller quotes, plus the answer the audit
log kept when the tier keeps encrypted content.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.key_record import KeyRecord
from gateway.audit import ContentSealer, Pseudonymizer
from gateway.audit.tables import audit_records
from gateway.errors import InvalidRequest, NotFound
from gateway.review.case_store import CaseStore
from gateway.review.queue_sink import CaseClock
from gateway.review.records import SEVERITY, ReviewCase
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases as cases

ReportKind = Literal["report", "appeal"]
MAX_TEXT = 20_000


class ReportIntake:
    """Turns reports and appeals into cases."""

    def __init__(
        self,
        *,
        engine: AsyncEngine,
        store: CaseStore,
        sealer: CaseSealer,
        clock: CaseClock,
        audit_reader: ContentSealer | None,
        pseudonyms: Pseudonymizer | None,
    ) -> None:
        self._engine = engine
        self._store = store
        self._sealer = sealer
        self._clock = clock
        self._audit_reader = audit_reader
        self._pseudonyms = pseudonyms

    async def appeal(
        self, key: KeyRecord, *, request_id: str = "", case_id: str = "", comment: str = ""
    ) -> ReviewCase:
        """Put the refusal of one of the account's requests in front of a reviewer."""
        candidates = (
            [c for c in [await self._store.get(case_id)] if c is not None]
            if case_id
            else await self._store.of_request(request_id, key.account)
        )
        if any(c.source == "appeal" and c.account == key.account for c in candidates):
            raise InvalidRequest("that refusal was appealed already; poll its case")
        refused = [
            c
            for c in candidates
            if c.account == key.account
            and (c.state == "closed" or (c.source == "hold" and c.outcome == "reject"))
        ]
        if not refused:
            raise NotFound("there is no refusal of that request for your account to appeal")
        case = refused[0]
        now = datetime.now(UTC)
        values: dict[str, Any] = {
            "source": "appeal",
            "state": "queued",
            "outcome": None,
            "severity": SEVERITY["appeal"],
            "decided_at": None,
            "decided_by": None,
            "purge_after": None,
            "report_sealed": self._sealer.seal(
                comment[:MAX_TEXT], case_id=case.case_id, field="report"
            ),
            **self._clock.deadlines(case.tier, now),
            "on_expiry": "refuse",  # an appeal nobody gets to leaves the refusal standing
        }
        if not await self._store.update(case.case_id, values, cases.c.source != "appeal"):
            raise InvalidRequest("that refusal was appealed already; poll its case")
        appealed = await self._store.get(case.case_id)
        assert appealed is not None
        return appealed

    async def report(
        self, key: KeyRecord, *, request_id: str, comment: str = "", excerpt: str = ""
    ) -> ReviewCase:
        """Open a case about an answer the caller's account received."""
        record = await self._audit_record(request_id, key)
        case_id = uuid.uuid4().hex
        now = datetime.now(UTC)
        answer = excerpt[:MAX_TEXT] or None
        prompt = None
        if self._audit_reader is not None and record["content_mode"] == "encrypted":
            prompt = self._open(record, "prompt", record["prompt_content"])
            answer = self._open(record, "completion", record["completion_content"]) or answer
        seal = self._sealer.seal
        await self._store.insert(
            {
                "case_id": case_id,
                "source": "report",
                "stage": "output",
                "state": "queued",
                "escalated": False,
                "severity": SEVERITY["report"],
                "rule_id": None,
                "categories": json.dumps(["report"]),
                "findings": "[]",
                "tier": record["tier"] or key.tier,
                "model": record["model"] or "",
                "endpoint": record["endpoint"],
                "key_id": key.key_id,
                "account": key.account,
                "request_id": request_id,
                "prompt_sealed": seal(prompt, case_id=case_id, field="prompt"),
                "answer_sealed": seal(answer, case_id=case_id, field="answer"),
                "report_sealed": seal(comment[:MAX_TEXT], case_id=case_id, field="report"),
                "created_at": now,
                **self._clock.deadlines(record["tier"] or key.tier, now),
                "on_expiry": "refuse",
            }
        )
        case = await self._store.get(case_id)
        assert case is not None
        return case

    async def _audit_record(self, request_id: str, key: KeyRecord) -> dict[str, Any]:
        if self._pseudonyms is None:
            raise NotFound("reports need the audit log, which is switched off on this gateway")
        query = select(audit_records).where(
            audit_records.c.request_id == request_id,
            audit_records.c.kind == "request",
            audit_records.c.account_pseudonym == self._pseudonyms.pseudonym(key.account),
        )
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            # The same answer for another account's request as for an unknown one.
            raise NotFound(
                f"no request {request_id} by your account is on record (records can take a few "
                "seconds to be written; retry shortly)"
            )
        return dict(row._mapping)

    def _open(self, record: dict[str, Any], field: str, token: str | None) -> str | None:
        if token is None or self._audit_reader is None:
            return None
        try:
            return self._audit_reader.open(token, record_id=record["record_id"], field=field)
        except (ValueError, InvalidTag):
            return None
