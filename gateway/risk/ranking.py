"""Accounts ranked by risk: one documented score over the escalation step and the record.

The store keeps records by pseudonym only and cannot list them by name, so a ranking starts
from the accounts the gateway knows (the accounts table) and reads each one's record through
the store's public API: every state in one round trip, then one read per account's counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType

from gateway.access.accounts_store import AccountStore
from gateway.access.key_store import KeyStore
from gateway.risk.escalation_state import STEPS, EscalationState, Step, strictest
from gateway.risk.figures import derive
from gateway.risk.tracker import RiskTracker

STEP_POINTS: Mapping[Step, float] = MappingProxyType(
    {"none": 0.0, "stricter": 100.0, "hold": 200.0, "suspend": 300.0}
)
"""Points of the step in force: an escalated account ranks above any that is not."""
WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "retries": 5.0,
        "blocks": 3.0,
        "holds": 3.0,
        "sweeps": 2.0,
        "flags": 1.0,
        "redactions": 0.5,
    }
)
"""Points per decayed count: a retry of a refused prompt weighs most, a redaction least."""
SURGE_POINTS = 10.0
"""Points per unit of `volume_ratio` above 1 (the recent rate against the usual one)."""


def risk_score(step: Step, figures: Mapping[str, float]) -> float:
    """`STEP_POINTS[step] + sum(WEIGHTS[c] * count c) + SURGE_POINTS * max(0, volume_ratio - 1)`."""
    counted = sum(weight * figures.get(name, 0.0) for name, weight in WEIGHTS.items())
    surge = SURGE_POINTS * max(0.0, figures.get("volume_ratio", 0.0) - 1.0)
    return round(STEP_POINTS[step] + counted + surge, 1)


@dataclass(frozen=True, slots=True)
class AccountRisk:
    """One account's place in the ranking."""

    account: str
    subject: str
    """`account:<pseudonym>`, the name reports show instead of the account's."""
    score: float
    step: Step
    """The strictest step in force on the account or any of its keys."""
    escalation: EscalationState | None
    figures: Mapping[str, float]
    """The account's own record (every request of every key adds to it)."""

    @property
    def since(self) -> datetime | None:
        """When the escalation in force was set (UTC), if any."""
        if self.escalation is None:
            return None
        return datetime.fromtimestamp(self.escalation.since_ms / 1000, UTC)


def _subjects(tracker: RiskTracker, accounts: Mapping[str, Sequence[str]]) -> list[str]:
    """Each account's subject followed by its keys', account by account."""
    subjects: list[str] = []
    for account, key_ids in accounts.items():
        subjects.append(tracker.subjects(account, "")[0])
        subjects.extend(tracker.subjects(account, key_id)[1] for key_id in key_ids)
    return subjects


async def standings(
    tracker: RiskTracker, accounts: Mapping[str, Sequence[str]]
) -> dict[str, EscalationState | None]:
    """Each account's strictest escalation (its own or a key's), in one round trip."""
    states = await tracker.store.escalations(_subjects(tracker, accounts))
    found: dict[str, EscalationState | None] = {}
    position = 0
    for account, key_ids in accounts.items():
        width = 1 + len(key_ids)
        found[account] = strictest(tuple(states[position : position + width]))
        position += width
    return found


async def rank_accounts(
    tracker: RiskTracker, accounts: Mapping[str, Sequence[str]], limit: int | None = None
) -> list[AccountRisk]:
    """The accounts by score, highest first (ties by name); accounts with no record score 0."""
    in_force = await standings(tracker, accounts)
    ranked = []
    for account, state in in_force.items():
        subject = tracker.subjects(account, "")[0]
        counts = await tracker.store.counts(subject, tracker.match)
        figures = derive(counts, tracker.policy.decay) if counts else {}
        step: Step = state.step if state is not None else "none"
        ranked.append(
            AccountRisk(account, subject, risk_score(step, figures), step, state, figures)
        )
    ranked.sort(key=lambda item: (-item.score, item.account))
    return ranked[:limit] if limit is not None else ranked


async def accounts_per_step(
    tracker: RiskTracker, accounts: Mapping[str, Sequence[str]]
) -> dict[Step, int]:
    """How many accounts stand at each step (every step present, zero included)."""
    tally = Counter(
        state.step if state is not None else "none"
        for state in (await standings(tracker, accounts)).values()
    )
    return {step: tally.get(step, 0) for step in STEPS}


async def known_accounts(accounts: AccountStore, keys: KeyStore) -> dict[str, list[str]]:
    """Every account by name, with the keys (rotation chains) whose records belong to it."""
    chains: dict[str, set[str]] = {record.name: set() for record in await accounts.list()}
    for key in await keys.list():
        chains.setdefault(key.account, set()).add(key.limit_subject)
    return {account: sorted(chain) for account, chain in chains.items()}
