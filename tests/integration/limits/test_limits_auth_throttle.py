"""Failed-authentication throttle per client address, in memory and in Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from gateway.errors import LimiterUnavailable
from gateway.limits.auth_throttle import AuthThrottle, client_address

pytestmark = pytest.mark.redis


@pytest.fixture(params=["memory", "redis"])
async def throttle(
    request: pytest.FixtureRequest, redis_url: str, unique_prefix: str
) -> AsyncIterator[AuthThrottle]:
    """A throttle allowing 3 failures per minute, on each storage."""
    if request.param == "memory":
        built = AuthThrottle.in_process(max_failures=3, window_seconds=60)
    else:
        built = AuthThrottle.for_redis(
            redis_url, key_prefix=unique_prefix + "authfail", max_failures=3, window_seconds=60
        )
    yield built
    await built.aclose()


async def test_blocks_after_the_allowed_failures(throttle: AuthThrottle) -> None:
    """The fourth attempt after three failures is blocked for about the window."""
    for _ in range(3):
        assert await throttle.check("203.0.113.9") is None
        await throttle.record_failure("203.0.113.9")
    retry_after = await throttle.check("203.0.113.9")
    assert retry_after is not None
    assert 50 < retry_after <= 60
    assert await throttle.check("203.0.113.10") is None


async def test_spoofed_forwarded_for_does_not_change_whose_limit_is_charged(
    throttle: AuthThrottle,
) -> None:
    """An attacker rotating X-Forwarded-For is still throttled as its own socket peer."""
    for i in range(5):
        spoofed = {"X-Forwarded-For": f"198.51.100.{i}"}
        await throttle.record_failure(client_address("203.0.113.9", spoofed, frozenset()))
    fresh = {"X-Forwarded-For": "198.51.100.200"}
    assert await throttle.check(client_address("203.0.113.9", fresh, frozenset())) is not None
    assert await throttle.check("198.51.100.200") is None


@pytest.mark.parametrize("mode", ["open", "closed"])
async def test_store_outage(throwaway_redis, mode: str) -> None:
    """With its Redis dead, the throttle counts locally (open) or raises (closed)."""
    throttle = AuthThrottle.for_redis(
        throwaway_redis.url, max_failures=2, window_seconds=60, on_outage=mode, timeout=0.2
    )
    try:
        throwaway_redis.kill()
        if mode == "closed":
            with pytest.raises(LimiterUnavailable):
                await throttle.check("203.0.113.9")
            return
        await throttle.record_failure("203.0.113.9")
        await throttle.record_failure("203.0.113.9")
        assert await throttle.check("203.0.113.9") is not None
        assert throttle.outages == 1
    finally:
        await throttle.aclose()
