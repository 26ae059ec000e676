"""The one interface of a risk store (Redis for replicas, in-process for one), and its answers.

Subjects are pseudonymous (`account:<pseudonym>`, `key:<pseudonym>`); a store never sees an
account name, a key id or any content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from gateway.risk.escalation_policy import EscalationPolicy
from gateway.risk.escalation_state import EscalationState, Step
from gateway.risk.fingerprint import SLOTS
from gateway.risk.observation import Observation

KEY_TTL_HALF_LIVES = 8
"""A record nobody adds to is gone after this many of its longest half-life (< 0.4% left)."""


@dataclass(frozen=True, slots=True)
class RecordedCounts:
    """A subject's counts right after an observation, and the step in force."""

    subject: str
    counts: Mapping[str, float]
    step: Step


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """The policy's near-duplicate settings in the store's units (slots and milliseconds)."""

    retry_min_slots: int
    retry_ttl_ms: int
    sweep_min_slots: int
    sweep_ttl_ms: int
    key_ttl_ms: int
    events_ms: int
    recent_ms: int
    usual_ms: int

    @classmethod
    def of(cls, policy: EscalationPolicy) -> MatchSettings:
        """Converted once per policy."""
        decay = policy.decay
        longest = max(decay.events, decay.recent, decay.usual)
        return cls(
            retry_min_slots=max(1, round(policy.retries.similarity * SLOTS)),
            retry_ttl_ms=int(policy.retries.remember_s * 1000),
            sweep_min_slots=max(1, round(policy.sweeps.similarity * SLOTS)),
            sweep_ttl_ms=int(policy.sweeps.remember_s * 1000),
            key_ttl_ms=int(longest * KEY_TTL_HALF_LIVES * 1000),
            events_ms=int(decay.events * 1000),
            recent_ms=int(decay.recent * 1000),
            usual_ms=int(decay.usual * 1000),
        )


class RiskStore(Protocol):
    """Decayed counts, recent fingerprints and escalation states, shared by every replica."""

    async def escalations(self, subjects: Sequence[str]) -> tuple[EscalationState | None, ...]:
        """The state in force for each subject, in one round trip (the hot path's only read)."""
        ...

    async def record(
        self, subjects: Sequence[str], observation: Observation, match: MatchSettings
    ) -> tuple[RecordedCounts, ...]:
        """Decay, add the observation (retries and sweeps by fingerprint), return the counts."""
        ...

    async def escalate(self, state: EscalationState) -> int:
        """Set `state` if it is stricter than the one in force; its time in ms, else 0."""
        ...

    async def lift(self, subject: str) -> EscalationState | None:
        """Remove the escalation and the counts; the state that was in force, if any."""
        ...

    async def clear_counts(self, subject: str) -> None:
        """Forget the counts and fingerprints, keeping any escalation."""
        ...

    async def counts(self, subject: str, match: MatchSettings) -> dict[str, float]:
        """The subject's counts, decayed to now."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
