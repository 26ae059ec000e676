"""Wire formats of `/admin/accounts/{name}/risk`: standing and figures, never content."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec

from gateway.risk.desk import SubjectRisk


class EscalationView(msgspec.Struct):
    """An escalation in force."""

    step: str
    rule: str
    since: datetime
    figures: dict[str, float]
    """The record's figures when the rule fired."""


class SubjectRiskView(msgspec.Struct):
    """The account's record, or one key's."""

    subject: str
    """`account:<pseudonym>` or `key:<pseudonym>`, as in the audit log."""
    key_id: str | None
    escalation: EscalationView | None
    figures: dict[str, float]

    @classmethod
    def of(cls, view: SubjectRisk) -> SubjectRiskView:
        """The view of one record."""
        state = view.escalation
        escalation = (
            EscalationView(
                step=state.step,
                rule=state.rule,
                since=datetime.fromtimestamp(state.since_ms / 1000, UTC),
                figures=dict(state.figures),
            )
            if state is not None
            else None
        )
        return cls(view.subject, view.key_id, escalation, dict(view.figures))


class AccountRiskView(msgspec.Struct):
    """An account's risk: its own record and each key's (after a reversal: as it was)."""

    account: str
    records: list[SubjectRiskView]

    @classmethod
    def of(cls, account: str, views: list[SubjectRisk]) -> AccountRiskView:
        """The view of the desk's answer."""
        return cls(account, [SubjectRiskView.of(view) for view in views])
