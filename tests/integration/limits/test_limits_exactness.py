"""N concurrent admits against a limit of L admit exactly L, on both backends."""

from __future__ import annotations

import asyncio

import pytest

from gateway.limits.spec import LimitSpec

pytestmark = pytest.mark.redis

N = 60


@pytest.mark.parametrize(
    ("spec", "reserve", "expected", "limit"),
    [
        (LimitSpec(requests_per_minute=7), 0, 7, "requests"),
        (LimitSpec(concurrent=5), 0, 5, "concurrency"),
        (LimitSpec(tokens_per_minute=1000), 150, 6, "tokens_per_minute"),
        (LimitSpec(tokens_per_day=1000), 90, 11, "tokens_per_day"),
        (
            LimitSpec.from_mapping({"models": {"m": {"tokens_per_day": 500}}}),
            100,
            5,
            "tokens_per_day",
        ),
        (
            LimitSpec(requests_per_minute=20, concurrent=9, tokens_per_minute=10_000),
            100,
            9,
            "concurrency",
        ),
    ],
    ids=["requests", "concurrency", "tokens-minute", "tokens-day", "per-model", "combined"],
)
async def test_concurrent_admits_take_exactly_the_limit(
    make_backend, spec: LimitSpec, reserve: int, expected: int, limit: str
) -> None:
    """Firing N admits at once admits exactly L and names the limit for the rest."""
    backend = make_backend()
    results = await asyncio.gather(*(backend.admit("key", "m", spec, reserve) for _ in range(N)))
    assert sum(r.admitted for r in results) == expected
    assert {r.limit for r in results if not r.admitted} == {limit}


async def test_refusal_takes_nothing(make_backend) -> None:
    """A request refused by one limit leaves every other limit untouched (all or nothing)."""
    backend = make_backend()
    spec = LimitSpec(requests_per_minute=100, concurrent=100, tokens_per_minute=100)
    assert not (await backend.admit("key", None, spec, 101)).admitted
    usage = await backend.usage("key", None, spec)
    assert [s.remaining for s in usage.states] == [100, 100, 100]


async def test_subjects_do_not_share_limits(make_backend) -> None:
    """One key exhausting its limit leaves another key's limit whole."""
    backend = make_backend()
    spec = LimitSpec(requests_per_minute=2)
    for _ in range(3):
        await backend.admit("a", None, spec, 0)
    assert (await backend.admit("b", None, spec, 0)).admitted


async def test_unlimited_spec_admits_with_no_states(make_backend) -> None:
    """A tier without limits admits everything and reports no limit state."""
    backend = make_backend()
    admission = await backend.admit("key", None, LimitSpec(), 10_000)
    assert admission.admitted
    assert admission.states == ()
