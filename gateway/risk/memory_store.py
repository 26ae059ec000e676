"""The risk store of one process (`make run`): the same rules as the Redis script, in dicts.

Each method runs without an `await` between reading and writing, so on one event loop no
other request can interleave; the state lives as long as the process.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from gateway.risk.escalation_state import EscalationState, rank
from gateway.risk.fingerprint import SLOT_BYTES, TAG_BYTES
from gateway.risk.observation import Observation
from gateway.risk.redis_store import decay_factor
from gateway.risk.store import MatchSettings, RecordedCounts

_RECENT_CAP = 64


@dataclass(slots=True)
class _Record:
    counts: dict[str, float] = field(default_factory=dict)
    updated_ms: float = 0.0
    # (kind 'R' or 'A', fingerprint) -> expiry in ms
    recent: dict[tuple[str, bytes], float] = field(default_factory=dict)
    expires_ms: float = 0.0


def _agree(first: bytes, second: bytes) -> int:
    return sum(
        first[i : i + SLOT_BYTES] == second[i : i + SLOT_BYTES]
        for i in range(0, len(first) - TAG_BYTES, SLOT_BYTES)
    )


def _same_text(first: bytes, second: bytes) -> bool:
    return first[-TAG_BYTES:] == second[-TAG_BYTES:]


class InProcessRiskStore:
    """Risk records for one process; `clock` returns seconds since the epoch (tests fake it)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._records: dict[str, _Record] = {}
        self._states: dict[str, EscalationState] = {}

    async def escalations(self, subjects: Sequence[str]) -> tuple[EscalationState | None, ...]:
        """Each subject's state."""
        return tuple(self._states.get(subject) for subject in subjects)

    async def record(
        self, subjects: Sequence[str], observation: Observation, match: MatchSettings
    ) -> tuple[RecordedCounts, ...]:
        """Decay, add, match fingerprints; as the Redis script does."""
        now = self._clock() * 1000
        return tuple(self._record_one(subject, observation, match, now) for subject in subjects)

    def _record_one(
        self, subject: str, observation: Observation, match: MatchSettings, now: float
    ) -> RecordedCounts:
        record = self._records.get(subject)
        if record is None or record.expires_ms <= now:
            record = self._records[subject] = _Record(updated_ms=now)
        elapsed = max(0.0, now - record.updated_ms)
        counts = {
            name: value * decay_factor(name, elapsed, match)
            for name, value in record.counts.items()
        }
        for name, amount in observation.increments.items():
            counts[name] = counts.get(name, 0.0) + amount
        fingerprint = observation.fingerprint
        if fingerprint:
            record.recent = {k: expiry for k, expiry in record.recent.items() if expiry > now}
            retry = any(
                kind == "R" and _agree(fingerprint, other) >= match.retry_min_slots
                for kind, other in record.recent
                if len(other) == len(fingerprint)
            )
            sweep = any(
                kind == "A"
                and not _same_text(fingerprint, other)
                and _agree(fingerprint, other) >= match.sweep_min_slots
                for kind, other in record.recent
                if len(other) == len(fingerprint)
            )
            if retry:
                counts["retries"] = counts.get("retries", 0.0) + 1
            # A copy of a recent prompt (a client's retry) is no sweep; a variation of one is.
            copy = any(kind == "A" and _same_text(fingerprint, o) for kind, o in record.recent)
            if sweep and not copy:
                counts["sweeps"] = counts.get("sweeps", 0.0) + 1
            record.recent[("A", fingerprint)] = now + match.sweep_ttl_ms
            if observation.refused:
                record.recent[("R", fingerprint)] = now + match.retry_ttl_ms
            if len(record.recent) > _RECENT_CAP:
                kept = sorted(record.recent.items(), key=lambda item: item[1])[-_RECENT_CAP:]
                record.recent = dict(kept)
        record.counts = {name: value for name, value in counts.items() if value >= 0.001}
        record.updated_ms = now
        record.expires_ms = now + match.key_ttl_ms
        state = self._states.get(subject)
        return RecordedCounts(subject, dict(record.counts), state.step if state else "none")

    async def escalate(self, state: EscalationState) -> int:
        """Set `state` if stricter than the one in force."""
        current = self._states.get(state.subject)
        if current is not None and rank(current.step) >= rank(state.step):
            return 0
        since = int(self._clock() * 1000)
        self._states[state.subject] = replace(state, since_ms=since)
        return since

    async def lift(self, subject: str) -> EscalationState | None:
        """Remove the state and the record."""
        self._records.pop(subject, None)
        return self._states.pop(subject, None)

    async def clear_counts(self, subject: str) -> None:
        """Forget the counts and fingerprints."""
        self._records.pop(subject, None)

    async def counts(self, subject: str, match: MatchSettings) -> dict[str, float]:
        """The counts decayed to now."""
        record = self._records.get(subject)
        now = self._clock() * 1000
        if record is None or record.expires_ms <= now:
            return {}
        elapsed = now - record.updated_ms
        return {n: v * decay_factor(n, elapsed, match) for n, v in record.counts.items()}

    async def aclose(self) -> None:
        """Forget everything."""
        self._records.clear()
        self._states.clear()
