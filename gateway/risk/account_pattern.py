"""An account's recent pattern, for a reviewer beside a case: counts, step and a timeline.

The counts and the step come from the risk store; the store keeps decayed counts but no
times, so the timeline comes from the audit log's records of the same pseudonymous account:
its refused, flagged and redacted requests and its escalations and reversals. Only times,
kinds, category names and rule ids are read, never content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import msgspec
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.record import RecordKind
from gateway.audit.tables import audit_records
from gateway.risk.escalation_state import EscalationState
from gateway.risk.figures import CATEGORY_PREFIX, derive
from gateway.risk.tracker import RiskTracker

T = audit_records.c
TIMELINE_LENGTH = 20
"""The latest events shown: enough to see a run of retries, few enough to read at a glance."""
TIMELINE_HOURS = 24.0
PATTERN_COUNTS = ("blocks", "holds", "flags", "redactions", "retries", "sweeps", "requests")
"""The record's counts a reviewer sees, in this order."""
_REFUSED_OR_MARKED = ("block", "hold", "flag", "redact")
_scores = msgspec.json.Decoder(dict[str, float])


@dataclass(frozen=True, slots=True)
class RiskEvent:
    """One moment of the account's recent history."""

    at: datetime
    kind: str
    """`block`, `hold`, `flag` or `redact` (a request), or `risk.escalate:<step>`,
    `risk.restore[:<step>]`, `risk.reset` (the record itself)."""
    categories: tuple[str, ...] = ()
    """The categories a request's findings named (none for the record's own events)."""
    rule: str = ""
    """The escalation rule, for an escalation."""
    on_key: bool = False
    """For the record's own events: whether they were the key's record, not the account's."""


@dataclass(frozen=True, slots=True)
class AccountPattern:
    """What a reviewer sees of the account behind a case."""

    subject: str
    """`account:<pseudonym>`."""
    escalation: EscalationState | None
    """The strictest escalation in force on the account or the case's key."""
    counts: tuple[tuple[str, float], ...]
    categories: tuple[tuple[str, float], ...]
    """Decayed counts by category, highest first."""
    events: tuple[RiskEvent, ...]
    """The latest events, newest first."""

    @property
    def step(self) -> str:
        """The step in force (`none` without an escalation)."""
        return self.escalation.step if self.escalation is not None else "none"

    @property
    def since(self) -> datetime | None:
        """When the escalation in force was set."""
        if self.escalation is None:
            return None
        return datetime.fromtimestamp(self.escalation.since_ms / 1000, UTC)


def _event(
    time_us: int, action: str, target: str | None, scores: str, key_pseudonym: str | None
) -> RiskEvent:
    at = datetime.fromtimestamp(time_us / 1_000_000, UTC)
    if action.startswith("risk."):
        rule = (target or "").removeprefix("rule:") if (target or "").startswith("rule:") else ""
        return RiskEvent(at, action, (), rule, on_key=key_pseudonym is not None)
    try:
        categories = tuple(sorted(_scores.decode(scores)))
    except msgspec.DecodeError:
        categories = ()
    return RiskEvent(at, action, categories)


async def recent_events(
    engine: AsyncEngine, account_pseudonym: str, *, since: datetime, limit: int = TIMELINE_LENGTH
) -> tuple[RiskEvent, ...]:
    """The account's latest risk events since `since`, newest first, from the audit log."""
    since_us = int(since.timestamp() * 1_000_000)
    query = (
        select(T.time_us, T.action, T.target, T.scores, T.key_pseudonym)
        .where(T.account_pseudonym == account_pseudonym)
        .where(T.time_us >= since_us)
        .where(
            or_(
                (T.kind == RecordKind.REQUEST.value) & T.action.in_(_REFUSED_OR_MARKED),
                (T.kind == RecordKind.ADMIN.value) & T.action.like("risk.%"),
            )
        )
        .order_by(T.seq.desc())
        .limit(limit)
    )
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    return tuple(
        _event(row.time_us, row.action, row.target, row.scores, row.key_pseudonym) for row in rows
    )


async def account_pattern(
    tracker: RiskTracker, engine: AsyncEngine, account: str, key_id: str, *, now: datetime
) -> AccountPattern:
    """The account's standing, record and timeline (the last `TIMELINE_HOURS` hours)."""
    subject = tracker.subjects(account, key_id)[0]
    escalation = await tracker.standing(account, key_id)
    counts = await tracker.store.counts(subject, tracker.match)
    figures = derive(counts, tracker.policy.decay) if counts else {}
    categories = sorted(
        (
            (name.removeprefix(CATEGORY_PREFIX), value)
            for name, value in figures.items()
            if name.startswith(CATEGORY_PREFIX) and value > 0
        ),
        key=lambda item: (-item[1], item[0]),
    )
    since = datetime.fromtimestamp(now.timestamp() - TIMELINE_HOURS * 3600, UTC)
    events = await recent_events(engine, subject.removeprefix("account:"), since=since)
    return AccountPattern(
        subject=subject,
        escalation=escalation,
        counts=tuple((name, figures.get(name, 0.0)) for name in PATTERN_COUNTS),
        categories=tuple(categories),
        events=events,
    )
