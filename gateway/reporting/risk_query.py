"""The safety report's account risk figures: escalations in the period, and the top accounts.

Escalations come from the audit records each one writes (`risk.escalate:<step>`, target
`rule:<id>`); the top accounts come from the shared risk store, read by the caller (the report
command) and handed in, by pseudonymous subject only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.record import RecordKind
from gateway.audit.tables import audit_records
from gateway.reporting.period import ReportPeriod

T = audit_records.c
ESCALATE_PREFIX = "risk.escalate:"
STEP_ORDER = ("stricter", "hold", "suspend")
TOP_ACCOUNTS = 10


@dataclass(frozen=True, slots=True)
class EscalationCount:
    """Escalations in the period by one rule to one step."""

    step: str
    rule: str
    records: int
    """Escalation records: one per account record and one per key record that crossed it."""
    accounts: int
    """Distinct accounts (pseudonymous) among them."""


@dataclass(frozen=True, slots=True)
class RiskyAccount:
    """One of the top accounts by risk score, by pseudonym."""

    subject: str
    """`account:<pseudonym>`, as in the audit log; never the account's name."""
    score: float
    step: str
    rule: str


async def load_escalations(
    engine: AsyncEngine, period: ReportPeriod
) -> tuple[EscalationCount, ...]:
    """Escalations recorded in `period`, by step (mildest first) and then by count."""
    query = (
        select(T.action, T.target, func.count(), func.count(T.account_pseudonym.distinct()))
        .where(T.time_us >= period.since_us, T.time_us < period.until_us)
        .where(T.kind == RecordKind.ADMIN.value)
        .where(T.action.like(ESCALATE_PREFIX + "%"))
        .group_by(T.action, T.target)
    )
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    counts = [
        EscalationCount(
            step=str(action).removeprefix(ESCALATE_PREFIX),
            rule=str(target or "").removeprefix("rule:"),
            records=int(records),
            accounts=int(accounts),
        )
        for action, target, records, accounts in rows
    ]
    return tuple(sorted(counts, key=_order))


def _order(count: EscalationCount) -> tuple[int, int, str]:
    step = STEP_ORDER.index(count.step) if count.step in STEP_ORDER else len(STEP_ORDER)
    return (step, -count.records, count.rule)
