"""The risk store shared by replicas: the limiter's Redis, one round trip per read or record."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from typing import Any

import msgspec
import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from gateway.risk.escalation_state import EscalationState, as_step, decode_state, rank
from gateway.risk.keys import counts_key, recent_key, state_key
from gateway.risk.observation import Observation
from gateway.risk.redis_scripts import ESCALATE, RECORD
from gateway.risk.store import MatchSettings, RecordedCounts


class _Recorded(msgspec.Struct):
    step: str
    counts: dict[str, float]
    """Never empty as JSON: `n` (how many counts) keeps cjson from writing `[]` for `{}`."""


_RECORDED = msgspec.json.Decoder(list[_Recorded])


class RedisRiskStore:
    """Records and escalation states in Redis; every replica reads and writes the same ones."""

    def __init__(self, client: redis.Redis, *, owns_client: bool = False) -> None:
        self._client = client
        self._owns_client = owns_client
        self._record = client.register_script(RECORD)
        self._escalate = client.register_script(ESCALATE)

    @classmethod
    def from_url(
        cls, url: str, *, timeout: float = 0.5, max_connections: int = 64
    ) -> RedisRiskStore:
        """A store with its own pool: short timeouts, one retry (as the limiter's)."""
        pool = redis.BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=2.0,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1),
        )
        return cls(redis.Redis.from_pool(pool), owns_client=True)

    async def escalations(self, subjects: Sequence[str]) -> tuple[EscalationState | None, ...]:
        """Each subject's state, fetched in one pipelined round trip."""
        async with self._client.pipeline(transaction=False) as pipe:
            for subject in subjects:
                pipe.hgetall(state_key(subject))
            replies: list[dict[Any, Any]] = await pipe.execute()
        return tuple(
            decode_state(subject, fields) for subject, fields in zip(subjects, replies, strict=True)
        )

    async def record(
        self, subjects: Sequence[str], observation: Observation, match: MatchSettings
    ) -> tuple[RecordedCounts, ...]:
        """One EVALSHA for every subject (see `RiskStore.record`)."""
        keys = [
            key
            for subject in subjects
            for key in (counts_key(subject), recent_key(subject), state_key(subject))
        ]
        args: list[Any] = [
            observation.fingerprint,
            "1" if observation.refused else "0",
            match.retry_min_slots,
            match.retry_ttl_ms,
            match.sweep_min_slots,
            match.sweep_ttl_ms,
            match.key_ttl_ms,
            match.events_ms,
            match.recent_ms,
            match.usual_ms,
        ]
        for name, amount in observation.increments.items():
            args.extend((name, repr(float(amount))))
        reply = _RECORDED.decode(await self._record(keys=keys, args=args))
        return tuple(
            RecordedCounts(
                subject, {k: v for k, v in item.counts.items() if k != "n"}, as_step(item.step)
            )
            for subject, item in zip(subjects, reply, strict=True)
        )

    async def escalate(self, state: EscalationState) -> int:
        """Raise the subject's step atomically; 0 when it already stood as high."""
        since: int = await self._escalate(
            keys=[state_key(state.subject)],
            args=[state.step, rank(state.step), state.rule, state.encode_figures()],
        )
        return int(since)

    async def lift(self, subject: str) -> EscalationState | None:
        """Read and delete the state and the record in one transaction."""
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.hgetall(state_key(subject))
            pipe.delete(state_key(subject), counts_key(subject), recent_key(subject))
            fields, _ = await pipe.execute()
        return decode_state(subject, fields)

    async def clear_counts(self, subject: str) -> None:
        """Delete the counts and fingerprints."""
        await self._client.delete(counts_key(subject), recent_key(subject))

    async def counts(self, subject: str, match: MatchSettings) -> dict[str, float]:
        """The stored counts decayed to now (by this machine's clock: a display, not a rule)."""
        stored: dict[Any, Any] = await self._client.hgetall(counts_key(subject))
        values = {_text(k): float(v) for k, v in stored.items()}
        last = values.pop("t", None)
        if last is None:
            return {}
        elapsed = max(0.0, time.time() * 1000 - last)
        return {name: value * decay_factor(name, elapsed, match) for name, value in values.items()}

    async def aclose(self) -> None:
        """Close the client if this store created it."""
        if self._owns_client:
            await self._client.aclose()


def decay_factor(counter: str, elapsed_ms: float, match: MatchSettings) -> float:
    """How much of a count is left after `elapsed_ms` (the same half-lives as the script)."""
    half_life = {"requests": match.recent_ms, "baseline": match.usual_ms}.get(
        counter, match.events_ms
    )
    return math.pow(0.5, elapsed_ms / half_life)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
