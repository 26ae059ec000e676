"""The shared limiter for several replicas: one Lua call per admit and one per settle."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from gateway.limits.admission import Admission, UsageSnapshot
from gateway.limits.checks import (
    LimitCheck,
    Observation,
    build_admission,
    observed_states,
    plan_checks,
)
from gateway.limits.redis_scripts import ADMIT, RENEW, SETTLE
from gateway.limits.spec import LimitSpec


class RedisBackend:
    """Limits shared through Redis; exact across replicas because Redis runs each script alone."""

    name = "redis"

    def __init__(
        self,
        client: redis.Redis,
        *,
        lease_ttl: float = 300.0,
        key_prefix: str = "mg:limits:",
        owns_client: bool = False,
    ) -> None:
        self._client = client
        self.lease_ttl = lease_ttl
        self._lease_ttl_ms = int(lease_ttl * 1000)
        self._prefix = key_prefix
        self._owns_client = owns_client
        # register_script computes the SHA once; calls use EVALSHA and load the script
        # only when the server does not know it (first use, or after a Redis restart).
        self._admit = client.register_script(ADMIT)
        self._settle = client.register_script(SETTLE)
        self._renew = client.register_script(RENEW)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        timeout: float = 0.5,
        max_connections: int = 64,
        pool_timeout: float = 2.0,
        lease_ttl: float = 300.0,
        key_prefix: str = "mg:limits:",
    ) -> RedisBackend:
        """A backend with its own client: short timeouts and one immediate retry.

        The one retry is for pooled connections that went stale while Redis restarted: without
        it, each replica would fall back to local limits once after every Redis restart. A
        retry can run the admit script twice only if a reply was lost after it ran; that takes
        quota twice (under-admits) and never overshoots. A dead Redis costs one more refused
        connect, then the failover wrapper stops asking for a while.
        """
        # A blocking pool makes a burst beyond `max_connections` wait its turn for a
        # connection; redis-py's default pool raises instead, which would look like an outage.
        pool = redis.BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=pool_timeout,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1),
        )
        client = redis.Redis.from_pool(pool)
        return cls(client, lease_ttl=lease_ttl, key_prefix=key_prefix, owns_client=True)

    async def admit(
        self,
        subject: str,
        model: str | None,
        spec: LimitSpec,
        reserve_tokens: int,
        peek: Sequence[str] = (),
    ) -> Admission:
        """Take every limit or none and read the `peek` hashes, in one EVALSHA (see
        `LimiterBackend.admit`)."""
        checks = plan_checks(self._prefix, subject, model, spec, reserve_tokens)
        lease_id = uuid.uuid4().hex
        if not checks:
            return build_admission(
                checks,
                [],
                admitted=True,
                now_ms=0,
                origin=self.name,
                lease_id=lease_id,
                reserve_tokens=reserve_tokens,
            )
        admitted, now_ms, observed, peeked = await self._run_admit(
            checks, lease_id, dry=False, peek=peek
        )
        admission = build_admission(
            checks,
            observed,
            admitted=admitted,
            now_ms=now_ms,
            origin=self.name,
            lease_id=lease_id,
            reserve_tokens=reserve_tokens,
        )
        return replace(admission, peeked=peeked) if peek else admission

    async def settle(self, admission: Admission, actual_tokens: int) -> None:
        """Correct the token windows and release the lease, in one EVALSHA.

        Raises redis errors; `FailoverBackend` is what turns an outage into a log line.
        """
        reservation = admission.reservation
        if reservation is None or reservation.settled:
            return
        reservation.settled = True
        delta = actual_tokens - reservation.reserved_tokens
        windows = reservation.token_windows if delta else ()
        if not windows and not reservation.lease_keys:
            return
        keys = [key for key, _ in windows] + list(reservation.lease_keys)
        args: list[str | int] = [reservation.lease_id, delta, len(windows)]
        args.extend(index for _, index in windows)
        await self._settle(keys=keys, args=args)

    async def release(self, admission: Admission) -> None:
        """Refund the whole reservation and release the lease."""
        await self.settle(admission, 0)

    async def renew(self, admission: Admission) -> None:
        """Extend the lease in one EVALSHA; raises redis errors (see `FailoverBackend`)."""
        reservation = admission.reservation
        if reservation is None or reservation.settled or not reservation.lease_keys:
            return
        await self._renew(
            keys=list(reservation.lease_keys), args=[reservation.lease_id, self._lease_ttl_ms]
        )

    async def usage(self, subject: str, model: str | None, spec: LimitSpec) -> UsageSnapshot:
        """The caller's limits and consumption (the admit script in observe-only mode)."""
        checks = plan_checks(self._prefix, subject, model, spec, 0)
        if not checks:
            return UsageSnapshot(subject, model, ())
        _, _, observed, _ = await self._run_admit(checks, "", dry=True)
        return UsageSnapshot(subject, model, observed_states(checks, observed))

    async def ping(self) -> None:
        """Raise if Redis is unreachable (a health probe for the failover wrapper)."""
        await self._client.ping()

    async def aclose(self) -> None:
        """Close the client if this backend created it."""
        if self._owns_client:
            await self._client.aclose()

    async def _run_admit(
        self, checks: Sequence[LimitCheck], lease_id: str, *, dry: bool, peek: Sequence[str] = ()
    ) -> tuple[bool, int, list[Observation], tuple[dict[str, str], ...]]:
        args: list[str | int] = [lease_id, self._lease_ttl_ms, "1" if dry else "0"]
        for check in checks:
            args.extend((check.kind, check.quota, check.window_ms, check.cost))
        reply: list[Any] = await self._admit(keys=[c.key for c in checks] + list(peek), args=args)
        end = 2 + 2 * len(checks)
        values = [int(v) for v in reply[:end]]
        observed = [Observation(values[i], values[i + 1]) for i in range(2, end, 2)]
        return values[0] == 1, values[1], observed, _hashes(reply[end:], len(peek))


def _hashes(items: list[Any], count: int) -> tuple[dict[str, str], ...]:
    """The peeked hashes from the tail of the admit script's reply."""
    hashes = []
    position = 0
    for _ in range(count):
        size = int(items[position])
        flat = [_text(item) for item in items[position + 1 : position + 1 + size]]
        hashes.append(dict(zip(flat[::2], flat[1::2], strict=True)))
        position += 1 + size
    return tuple(hashes)


def _text(value: bytes | str | int) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


__all__ = ["RedisBackend"]
