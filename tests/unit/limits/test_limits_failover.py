"""FailoverBackend: behaviour while the shared store is down, and recovery without hammering it."""

from __future__ import annotations

import contextlib

import pytest

from gateway.errors import LimiterUnavailable
from gateway.limits.failover import FailoverBackend
from gateway.limits.spec import LimitSpec

SPEC = LimitSpec(requests_per_minute=4, concurrent=10, tokens_per_day=1000)


def failover(primary, clock, mode: str, events: list[str] | None = None) -> FailoverBackend:  # type: ignore[no-untyped-def]
    """A failover backend on the test doubles, backing off 1 s then 2 s, 4 s ..."""
    return FailoverBackend(
        primary,
        on_redis_outage=mode,  # type: ignore[arg-type]
        retry_initial=1.0,
        retry_max=4.0,
        clock=clock,
        on_event=None if events is None else events.append,
    )


async def test_open_falls_back_to_the_local_limit(primary, clock) -> None:
    """Failing open admits against a fresh local limiter, which still enforces the limit."""
    events: list[str] = []
    backend = failover(primary, clock, "open", events)
    primary.up = False
    admitted = [(await backend.admit("k", None, SPEC, 10)).admitted for _ in range(6)]
    assert admitted == [True] * 4 + [False] * 2
    assert backend.degraded
    assert backend.stats.outages == 1
    assert backend.stats.fallback_admissions == 6
    assert events[:2] == ["outage", "fallback_admission"]


async def test_closed_raises_limiter_unavailable(primary, clock) -> None:
    """Failing closed refuses every request with LimiterUnavailable and counts it."""
    backend = failover(primary, clock, "closed")
    primary.up = False
    for _ in range(3):
        with pytest.raises(LimiterUnavailable):
            await backend.admit("k", None, SPEC, 10)
    with pytest.raises(LimiterUnavailable):
        await backend.usage("k", None, SPEC)
    assert backend.stats.unavailable_refusals == 3


@pytest.mark.parametrize("mode", ["open", "closed"])
async def test_a_dead_store_is_tried_once_per_backoff_interval(primary, clock, mode: str) -> None:
    """While down, requests do not touch the store; one probe per interval, backing off."""
    backend = failover(primary, clock, mode)
    primary.up = False
    attempts = []
    for _ in range(8):  # 8 rounds of 100 requests, one second apart
        before = primary.calls
        for _ in range(100):
            with contextlib.suppress(LimiterUnavailable):
                await backend.admit("k", None, LimitSpec(), 0)
        attempts.append(primary.calls - before)
        clock.advance(1.0)
    # Probes at t=1 (then wait 2 s), t=3 (then 4 s), t=7: the backoff doubles to its cap.
    assert attempts == [1, 1, 0, 1, 0, 0, 0, 1]


@pytest.mark.parametrize("mode", ["open", "closed"])
async def test_recovers_by_itself(primary, clock, mode: str) -> None:
    """When the store answers again, the next probe moves traffic back to it."""
    events: list[str] = []
    backend = failover(primary, clock, mode, events)
    primary.up = False
    with pytest.raises(LimiterUnavailable) if mode == "closed" else contextlib.nullcontext():
        await backend.admit("k", None, SPEC, 10)
    primary.up = True
    clock.advance(1.0)
    admission = await backend.admit("k", None, SPEC, 10)
    assert admission.reservation is not None
    assert admission.reservation.origin == "redis"
    assert not backend.degraded
    assert backend.stats.recoveries == 1
    assert "recovered" in events


async def test_settles_where_it_was_admitted(primary, clock) -> None:
    """A request admitted locally during an outage settles locally after recovery."""
    backend = failover(primary, clock, "open")
    primary.up = False
    local = await backend.admit("k", None, SPEC, 500)
    primary.up = True
    clock.advance(1.0)
    await backend.admit("k", None, SPEC, 0)
    await backend.settle(local, 100)
    fallback_usage = await backend._fallback.usage("k", None, SPEC)
    assert [s.remaining for s in fallback_usage.states if s.name == "tokens_per_day"] == [900]


async def test_settlement_lost_to_an_outage_is_counted_not_raised(primary, clock) -> None:
    """Settling while the store is unreachable never fails the response; it is counted."""
    backend = failover(primary, clock, "closed")
    admission = await backend.admit("k", None, SPEC, 500)
    primary.up = False
    await backend.settle(admission, 100)
    await backend.settle(admission, 100)
    assert backend.stats.settlements_lost == 1
    assert backend.degraded


def test_rejects_an_unknown_mode(primary) -> None:
    """A typo in on_redis_outage fails at start-up, not on the first outage."""
    with pytest.raises(ValueError, match="'open' or 'closed'"):
        FailoverBackend(primary, on_redis_outage="maybe")  # type: ignore[arg-type]
