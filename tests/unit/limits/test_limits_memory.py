"""InProcessBackend rules that need a moving clock: windows, leases, settlement."""

from __future__ import annotations

import pytest

from gateway.limits.memory import InProcessBackend
from gateway.limits.spec import LimitSpec


async def test_sliding_window_frees_one_slot_as_the_oldest_request_ages_out(clock) -> None:
    """With 2/min, a third request waits until the first is 60 s old, not until a minute mark."""
    backend = InProcessBackend(clock=clock)
    spec = LimitSpec(requests_per_minute=2)
    assert (await backend.admit("k", None, spec, 0)).admitted
    clock.advance(30)
    assert (await backend.admit("k", None, spec, 0)).admitted
    refused = await backend.admit("k", None, spec, 0)
    assert (refused.admitted, refused.limit, refused.retry_after) == (False, "requests", 30.0)
    clock.advance(30)
    assert (await backend.admit("k", None, spec, 0)).admitted
    assert not (await backend.admit("k", None, spec, 0)).admitted


async def test_lease_expires_after_its_ttl(clock) -> None:
    """A concurrency slot never settled frees itself when its lease expires."""
    backend = InProcessBackend(clock=clock, lease_ttl=10)
    spec = LimitSpec(concurrent=1)
    assert (await backend.admit("k", None, spec, 0)).admitted
    clock.advance(9.9)
    assert (await backend.admit("k", None, spec, 0)).limit == "concurrency"
    clock.advance(0.2)
    assert (await backend.admit("k", None, spec, 0)).admitted


async def test_token_window_resets_at_the_minute(clock) -> None:
    """Tokens per minute count per fixed window; a new window starts empty."""
    clock.now = 1_700_000_020.0  # 40 s into a minute
    backend = InProcessBackend(clock=clock)
    spec = LimitSpec(tokens_per_minute=100)
    assert (await backend.admit("k", None, spec, 100)).admitted
    refused = await backend.admit("k", None, spec, 1)
    assert (refused.limit, refused.retry_after) == ("tokens_per_minute", 20.0)
    clock.advance(20)
    assert (await backend.admit("k", None, spec, 100)).admitted


async def test_settling_into_an_ended_window_changes_nothing(clock) -> None:
    """A refund for last minute's window does not leak into this minute's."""
    clock.now = 1_700_000_020.0
    backend = InProcessBackend(clock=clock)
    spec = LimitSpec(tokens_per_minute=100)
    old = await backend.admit("k", None, spec, 80)
    clock.advance(20)
    assert (await backend.admit("k", None, spec, 100)).admitted
    await backend.settle(old, 0)
    assert (await backend.usage("k", None, spec)).states[0].remaining == 0


async def test_request_larger_than_the_quota_is_oversized(clock) -> None:
    """A reservation no window could hold is refused as oversized, preferred over a short wait."""
    backend = InProcessBackend(clock=clock)
    spec = LimitSpec(requests_per_minute=1, tokens_per_day=100)
    await backend.admit("k", None, spec, 1)
    refused = await backend.admit("k", None, spec, 500)
    assert (refused.limit, refused.oversized) == ("tokens_per_day", True)


@pytest.mark.parametrize("model", ["demo-large", "demo-small"])
async def test_per_model_limit_counts_separately(clock, model: str) -> None:
    """A per-model quota only constrains that model; the subject's own quota covers all."""
    backend = InProcessBackend(clock=clock)
    spec = LimitSpec.from_mapping(
        {"tokens_per_day": 1000, "models": {"demo-large": {"tokens_per_day": 300}}}
    )
    admitted = [(await backend.admit("k", model, spec, 100)).admitted for _ in range(12)]
    assert sum(admitted) == (3 if model == "demo-large" else 10)


async def test_sweep_forgets_idle_subjects(clock) -> None:
    """Counters of subjects that stopped calling are dropped once they cannot matter."""
    backend = InProcessBackend(clock=clock, lease_ttl=5)
    spec = LimitSpec(requests_per_minute=5, concurrent=2, tokens_per_minute=100)
    await backend.admit("idle", None, spec, 10)
    clock.advance(3600)
    await backend.admit("active", None, spec, 10)
    assert all("idle" not in key for key in [*backend._logs, *backend._leases, *backend._windows])
