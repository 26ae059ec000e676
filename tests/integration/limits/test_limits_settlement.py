"""Settlement: reservations replaced by actual usage; leases released or expired."""

from __future__ import annotations

import asyncio

import pytest

from gateway.limits.spec import LimitSpec

pytestmark = pytest.mark.redis

SPEC = LimitSpec(concurrent=3, tokens_per_minute=1000, tokens_per_day=5000)


def remaining(snapshot) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Remaining quota by limit name."""
    return {state.name: state.remaining for state in snapshot.states}


@pytest.mark.parametrize(
    ("reserve", "actual", "expected_minute", "expected_day"),
    [(600, 100, 900, 4900), (100, 500, 500, 4500), (300, 300, 700, 4700)],
    ids=["refund", "extra-charge", "exact"],
)
async def test_settle_replaces_the_reservation_by_actual_usage(
    make_backend, reserve: int, actual: int, expected_minute: int, expected_day: int
) -> None:
    """After settling, the token budgets show actual usage and the lease is free."""
    backend = make_backend()
    admission = await backend.admit("key", None, SPEC, reserve)
    assert remaining(admission)["tokens_per_minute"] == 1000 - reserve
    await backend.settle(admission, actual)
    after = remaining(await backend.usage("key", None, SPEC))
    assert after == {
        "concurrency": 3,
        "tokens_per_minute": expected_minute,
        "tokens_per_day": expected_day,
    }


async def test_refund_makes_room_for_the_next_request(make_backend) -> None:
    """A large reservation settled small lets a request through that would not have fit."""
    backend = make_backend()
    first = await backend.admit("key", None, SPEC, 900)
    assert not (await backend.admit("key", None, SPEC, 500)).admitted
    await backend.settle(first, 50)
    assert (await backend.admit("key", None, SPEC, 500)).admitted


async def test_release_refunds_everything_once(make_backend) -> None:
    """A failed upstream call refunds the whole reservation; releasing twice refunds once."""
    backend = make_backend()
    spent = await backend.admit("key", None, SPEC, 200)
    await backend.settle(spent, 200)
    failed = await backend.admit("key", None, SPEC, 300)
    await backend.release(failed)
    await backend.release(failed)
    await backend.settle(failed, 0)
    assert remaining(await backend.usage("key", None, SPEC))["tokens_per_minute"] == 800


async def test_overspent_window_refuses_even_free_requests(make_backend) -> None:
    """Once usage settles above the quota, further requests wait for the window to end."""
    backend = make_backend()
    admission = await backend.admit("key", None, SPEC, 100)
    await backend.settle(admission, 1500)
    refused = await backend.admit("key", None, SPEC, 0)
    assert (refused.admitted, refused.limit) == (False, "tokens_per_minute")
    assert 0 < refused.retry_after <= 60


async def test_lease_ttl_expiry_frees_a_slot(make_backend) -> None:
    """A slot held by a request that never settles (a dead replica) frees when its lease expires."""
    backend = make_backend(lease_ttl=0.3)
    spec = LimitSpec(concurrent=1)
    assert (await backend.admit("key", None, spec, 0)).admitted
    refused = await backend.admit("key", None, spec, 0)
    assert (refused.limit, refused.retry_after) == ("concurrency", pytest.approx(0.3, abs=0.05))
    await asyncio.sleep(0.35)
    assert (await backend.admit("key", None, spec, 0)).admitted


async def test_a_renewed_lease_outlives_its_ttl(make_backend) -> None:
    """A long stream renews its lease, so its slot stays taken past the TTL; settling frees it."""
    backend = make_backend(lease_ttl=0.4)
    spec = LimitSpec(concurrent=1)
    held = await backend.admit("key", None, spec, 0)
    for _ in range(4):
        await asyncio.sleep(0.2)
        await backend.renew(held)
    # 0.8 s in, twice the TTL: still held.
    assert (await backend.admit("key", None, spec, 0)).limit == "concurrency"
    await backend.settle(held, 0)
    assert (await backend.admit("key", None, spec, 0)).admitted


@pytest.mark.parametrize("ending", ["settled", "expired"])
async def test_renewal_does_not_revive_an_ended_lease(make_backend, ending: str) -> None:
    """Renewing after the lease was settled or ran out leaves the slot free."""
    backend = make_backend(lease_ttl=0.2)
    spec = LimitSpec(concurrent=1)
    held = await backend.admit("key", None, spec, 0)
    if ending == "settled":
        await backend.settle(held, 0)
    else:
        await asyncio.sleep(0.25)
    await backend.renew(held)
    assert (await backend.admit("key", None, spec, 0)).admitted
