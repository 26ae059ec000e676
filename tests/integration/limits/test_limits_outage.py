"""Killing Redis mid-run: fail open onto local limits or fail closed, then recover after restart."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from gateway.errors import LimiterUnavailable
from gateway.limits.failover import FailoverBackend
from gateway.limits.redis_backend import RedisBackend
from gateway.limits.spec import LimitSpec

pytestmark = [pytest.mark.redis, pytest.mark.slow]

SPEC = LimitSpec(requests_per_minute=3, tokens_per_day=10_000)


def failover_on(url: str, mode: str) -> FailoverBackend:
    """A failover backend on `url` that retries a dead Redis after 0.2 s, then 0.4 s ..."""
    return FailoverBackend(
        RedisBackend.from_url(url, timeout=0.2),
        on_redis_outage=mode,  # type: ignore[arg-type]
        retry_initial=0.2,
        retry_max=0.4,
    )


def origin(admission) -> str | None:  # type: ignore[no-untyped-def]
    """Which backend admitted the request."""
    return None if admission.reservation is None else admission.reservation.origin


async def admit_until_back(backend: FailoverBackend) -> None:
    """Keep admitting (as traffic would) until a probe finds Redis again."""
    for _ in range(50):
        with contextlib.suppress(LimiterUnavailable):
            await backend.admit("probe", None, LimitSpec(), 0)
        if not backend.degraded:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the limiter did not return to Redis")


async def test_fail_open_uses_the_local_limit_and_recovers(throwaway_redis) -> None:
    """With Redis dead, limits hold per replica; after restart, Redis counts again."""
    backend = failover_on(throwaway_redis.url, "open")
    try:
        assert origin(await backend.admit("key", None, SPEC, 10)) == "redis"
        throwaway_redis.kill()
        during = [await backend.admit("key", None, SPEC, 10) for _ in range(5)]
        assert [a.admitted for a in during] == [True, True, True, False, False]
        assert {origin(a) for a in during if a.admitted} == {"memory"}
        assert during[-1].limit == "requests"
        assert backend.stats.outages == 1

        throwaway_redis.start()
        await admit_until_back(backend)
        after = await backend.admit("key", None, SPEC, 10)
        assert origin(after) == "redis"
        assert backend.stats.recoveries == 1
        for admission in during:
            await backend.settle(admission, 5)  # local admissions settle locally
    finally:
        await backend.aclose()


async def test_fail_closed_refuses_and_recovers(throwaway_redis) -> None:
    """With Redis dead, every admit raises LimiterUnavailable; after restart, admits resume."""
    backend = failover_on(throwaway_redis.url, "closed")
    try:
        held = await backend.admit("key", None, SPEC, 10)
        assert held.admitted
        throwaway_redis.kill()
        for _ in range(3):
            with pytest.raises(LimiterUnavailable):
                await backend.admit("key", None, SPEC, 10)
        await backend.settle(held, 10)  # must not raise: the response is already out
        assert backend.stats.settlements_lost == 1

        throwaway_redis.start()
        await admit_until_back(backend)
        assert origin(await backend.admit("key", None, SPEC, 10)) == "redis"
    finally:
        await backend.aclose()
