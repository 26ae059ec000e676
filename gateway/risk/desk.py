"""`AccountRiskDesk`: what an admin sees of an account's risk, and the reversals they may make.

`restore` lifts the escalation of the account and of each of its keys and clears their
records (the same evidence must not escalate it again at once); `reset` clears the records
but leaves an escalation in force. Both are audit-recorded with the figures they removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from gateway.audit import AuditEvent, AuditWriter, RecordKind
from gateway.risk.escalation_state import EscalationState, strictest
from gateway.risk.figures import derive
from gateway.risk.tracker import RiskTracker

Reversal = Literal["restore", "reset"]


@dataclass(frozen=True, slots=True)
class SubjectRisk:
    """One record: the account's or one key's."""

    subject: str
    """`account:<pseudonym>` or `key:<pseudonym>`."""
    key_id: str | None
    """The key's id, for an admin's eyes (None for the account's own record)."""
    escalation: EscalationState | None
    figures: dict[str, float]


class AccountRiskDesk:
    """Admin verbs over risk records, shared by the admin API and the CLI."""

    def __init__(self, tracker: RiskTracker, audit: AuditWriter | None) -> None:
        self._tracker = tracker
        self._audit = audit

    def _subjects(self, account: str, key_ids: Sequence[str]) -> list[tuple[str, str | None]]:
        account_subject = self._tracker.subjects(account, "")[0]
        return [(account_subject, None)] + [
            (self._tracker.subjects(account, key_id)[1], key_id) for key_id in key_ids
        ]

    async def show(self, account: str, key_ids: Sequence[str]) -> list[SubjectRisk]:
        """The account's record and each key's, with any escalation in force."""
        subjects = self._subjects(account, key_ids)
        states = await self._tracker.store.escalations([s for s, _ in subjects])
        views = []
        for (subject, key_id), state in zip(subjects, states, strict=True):
            counts = await self._tracker.store.counts(subject, self._tracker.match)
            figures = derive(counts, self._tracker.policy.decay) if counts else {}
            views.append(SubjectRisk(subject, key_id, state, figures))
        return views

    async def reverse(
        self, actor: str, account: str, key_ids: Sequence[str], how: Reversal
    ) -> list[SubjectRisk]:
        """Restore or reset the account and its keys; returns what was in force before."""
        before = await self.show(account, key_ids)
        for view in before:
            if how == "restore":
                await self._tracker.store.lift(view.subject)
            else:
                await self._tracker.store.clear_counts(view.subject)
        lifted = strictest(tuple(view.escalation for view in before))
        if self._audit is not None:
            figures = next((v.figures for v in before if v.key_id is None), {})
            self._audit.submit(
                AuditEvent(
                    kind=RecordKind.ADMIN,
                    action=f"risk.{how}"
                    + (f":{lifted.step}" if lifted and how == "restore" else ""),
                    actor=actor,
                    account_id=account,
                    target=f"account:{account}",
                    scores=figures,
                )
            )
        return before
