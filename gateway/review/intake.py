"""Reports and appeals from developers: both become cases, only about the caller's own requests.

An appeal re-opens the closed case a `block` left (or a rejected hold) into the queue. A report
about an answer the gateway let through is checked against the audit log: the request must be
one the caller's account made; the content is what the caller quotes, plus the answer the audit
log kept when the tier keeps encrypted content.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.key_record import KeyRecord
from gateway.audit import ContentSealer, Pseudonymizer
from gateway.audit.tables import audit_records
from gateway.errors import NotFound
from gateway.review.case_store import CaseStore
from gateway.review.queue_sink import CaseClock, NewCase, ReviewQueueSink
from gateway.review.records import SEVERITY, ReviewCase
from gateway.review.sealing import CaseSealer
from gateway.review.tables import review_cases as cases

ReportKind = Literal["report", "appeal"]
MAX_TEXT = 20_000


class ReportIntake:
    """Turns reports and appeals into cases: one open case per request and account.

    Each method returns the case and whether it is new; a repeat gets the open case back.
    """

    def __init__(
        self,
        *,
        engine: AsyncEngine,
        store: CaseStore,
        sink: ReviewQueueSink,
        sealer: CaseSealer,
        clock: CaseClock,
        audit_reader: ContentSealer | None,
        pseudonyms: Pseudonymizer | None,
    ) -> None:
        self._engine = engine
        self._store = store
        self._sink = sink
        self._sealer = sealer
        self._clock = clock
        self._audit_reader = audit_reader
        self._pseudonyms = pseudonyms

    async def appeal(
        self, key: KeyRecord, *, request_id: str = "", case_id: str = "", comment: str = ""
    ) -> tuple[ReviewCase, bool]:
        """Put the refusal of one of the account's requests in front of a reviewer."""
        named = await self._store.get(case_id) if case_id else None
        if named is not None and named.account == key.account:
            request_id = named.request_id or ""
        candidates = (
            ([named] if named is not None else [])
            if case_id
            else await self._store.of_request(request_id, key.account)
        )
        mine = [c for c in candidates if c.account == key.account]
        appealed = [c for c in mine if c.source == "appeal"]
        if appealed:
            return appealed[0], False
        refused = [
            c for c in mine if c.state == "closed" or (c.source == "hold" and c.outcome == "reject")
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
        changed = await self._store.update(case.case_id, values, cases.c.source != "appeal")
        if not changed and request_id:
            # Another poll appealed it first, or a report of the request is open already.
            waiting = await self._store.open_redress(request_id, key.account)
            if waiting is not None:
                return waiting, False
        current = await self._store.get(case.case_id)
        assert current is not None
        return current, changed

    async def report(
        self, key: KeyRecord, *, request_id: str, comment: str = "", excerpt: str = ""
    ) -> tuple[ReviewCase, bool]:
        """Open a case about an answer the caller's account received."""
        waiting = await self._store.open_redress(request_id, key.account)
        if waiting is not None:
            return waiting, False
        record = await self._audit_record(request_id, key)
        answer = excerpt[:MAX_TEXT] or None
        prompt = None
        if self._audit_reader is not None and record["content_mode"] == "encrypted":
            prompt = self._open(record, "prompt", record["prompt_content"])
            answer = self._open(record, "completion", record["completion_content"]) or answer
        case_id = await self._sink.open(
            NewCase(
                source="report",
                stage="output",
                tier=record["tier"] or key.tier,
                model=record["model"] or "",
                endpoint=record["endpoint"],
                key_id=key.key_id,
                account=key.account,
                request_id=request_id,
                categories=("report",),
                content={"prompt": prompt, "answer": answer, "report": comment[:MAX_TEXT]},
            )
        )
        if case_id is None:
            # The same report from another replica (or a concurrent request) won the race.
            waiting = await self._store.open_redress(request_id, key.account)
            assert waiting is not None
            return waiting, False
        case = await self._store.get(case_id)
        assert case is not None
        return case, True

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
