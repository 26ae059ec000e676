"""`ReviewCase`: one case as the review code sees it (content stays sealed until opened)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from gateway.detectors.finding import Finding

CaseSource = Literal["flag", "hold", "block", "report", "appeal"]
CaseState = Literal["queued", "closed", "decided"]
Outcome = Literal["approve", "reject", "redact_release", "expired_release", "expired_refuse"]
Verdict = Literal["approve", "reject", "redact_release", "escalate"]
VERDICTS: tuple[Verdict, ...] = ("approve", "reject", "redact_release", "escalate")

SEVERITY: dict[str, int] = {"hold": 30, "appeal": 20, "report": 20, "flag": 10, "block": 0}
"""Queue order within the escalated and the ordinary cases: withheld answers first."""
RELEASING: frozenset[str] = frozenset({"approve", "redact_release", "expired_release"})
"""Outcomes that let the withheld answer (or request) go to the caller."""


def aware(value: datetime | None) -> datetime | None:
    """`value` as an aware UTC datetime (SQLite hands back naive ones)."""
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


MOST_STORED_FINDINGS = 64
"""Findings a case keeps (the strongest, in their order): inspection bounds what it reports,
and a case row stays a few kilobytes whatever the request was."""


def findings_json(findings: tuple[Finding, ...], where: str) -> str:
    """Findings as stored: category, score, span, detector and which text they were found in;
    at most MOST_STORED_FINDINGS of them."""
    if len(findings) > MOST_STORED_FINDINGS:
        strongest = sorted(range(len(findings)), key=lambda i: -findings[i].score)
        findings = tuple(findings[i] for i in sorted(strongest[:MOST_STORED_FINDINGS]))
    return json.dumps(
        [
            {
                "category": f.category,
                "score": round(f.score, 4),
                "span": list(f.span) if f.span is not None else None,
                "detector": f.detector,
                "where": where,
            }
            for f in findings
        ]
    )


@dataclass(frozen=True, slots=True)
class CaseFinding:
    """One stored finding: what triggered the case, and where in which text."""

    category: str
    score: float
    span: tuple[int, int] | None
    detector: str
    where: str

    @classmethod
    def of(cls, item: dict[str, Any]) -> CaseFinding:
        """From its stored JSON form."""
        span = item.get("span")
        return cls(
            category=str(item.get("category")),
            score=float(item.get("score") or 0.0),
            span=(int(span[0]), int(span[1]))
            if isinstance(span, list) and len(span) == 2
            else None,
            detector=str(item.get("detector") or ""),
            where=str(item.get("where") or ""),
        )


@dataclass(frozen=True, slots=True)
class ReviewCase:
    """A case: why it was raised, where it stands, and its sealed content."""

    case_id: str
    source: CaseSource
    stage: str
    state: CaseState
    outcome: Outcome | None
    escalated: bool
    severity: int
    rule_id: str | None
    categories: tuple[str, ...]
    findings: tuple[CaseFinding, ...]
    tier: str
    model: str
    endpoint: str | None
    key_id: str
    account: str
    request_id: str | None
    created_at: datetime
    sla_due_at: datetime | None
    expires_at: datetime | None
    on_expiry: str
    decided_at: datetime | None
    decided_by: str | None
    note: str | None
    lease_holder: str | None
    lease_expires_at: datetime | None
    sealed: dict[str, str | None]
    """Sealed content by field: prompt, answer, body, reply, released, report, webhook_secret."""
    webhook_url: str | None
    webhook_sent_at: datetime | None
    purge_after: datetime | None
    release_refusal: str | None = None
    """Why the answer forwarded on release was refused (polls repeat it, never re-forward)."""

    def leased_to(self, now: datetime) -> str | None:
        """Who holds the case now (an expired lease holds nothing)."""
        if self.lease_holder and self.lease_expires_at is not None and self.lease_expires_at > now:
            return self.lease_holder
        return None

    def overdue(self, now: datetime) -> bool:
        """Whether the case waits past its SLA."""
        return self.state == "queued" and self.sla_due_at is not None and self.sla_due_at <= now

    @property
    def withholds(self) -> bool:
        """Whether the caller's answer waits on this case (a hold, or an appealed refusal)."""
        return self.source in ("hold", "appeal")

    @property
    def detectors(self) -> tuple[str, ...]:
        """The distinct detectors behind the findings, in order."""
        return tuple(dict.fromkeys(f.detector for f in self.findings if f.detector))


SEALED_FIELDS = ("prompt", "answer", "body", "reply", "released", "report", "webhook_secret")


def case_of(row: Any) -> ReviewCase:
    """The case for a `review_cases` row."""
    m = row._mapping
    return ReviewCase(
        case_id=m["case_id"],
        source=m["source"],
        stage=m["stage"],
        state=m["state"],
        outcome=m["outcome"],
        escalated=bool(m["escalated"]),
        severity=int(m["severity"]),
        rule_id=m["rule_id"],
        categories=tuple(json.loads(m["categories"])),
        findings=tuple(CaseFinding.of(item) for item in json.loads(m["findings"])),
        tier=m["tier"],
        model=m["model"],
        endpoint=m["endpoint"],
        key_id=m["key_id"],
        account=m["account"],
        request_id=m["request_id"],
        created_at=aware(m["created_at"]) or datetime.now(UTC),
        sla_due_at=aware(m["sla_due_at"]),
        expires_at=aware(m["expires_at"]),
        on_expiry=m["on_expiry"],
        decided_at=aware(m["decided_at"]),
        decided_by=m["decided_by"],
        note=m["note"],
        lease_holder=m["lease_holder"],
        lease_expires_at=aware(m["lease_expires_at"]),
        sealed={name: m[f"{name}_sealed"] for name in SEALED_FIELDS},
        webhook_url=m["webhook_url"],
        webhook_sent_at=aware(m["webhook_sent_at"]),
        purge_after=aware(m["purge_after"]),
        release_refusal=m["release_refusal"],
    )
