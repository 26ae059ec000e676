"""While the risk store is unreachable the tracker stops asking it for a moment, so an outage
does not put a connect timeout on every request, and it asks again afterwards."""

from __future__ import annotations

import uuid

import pytest
import redis.exceptions

from gateway.audit.pseudonym import Pseudonymizer
from gateway.risk.escalation_policy import load_escalation_policy
from gateway.risk.redis_store import RedisRiskStore
from gateway.risk.tracker import STORE_RETRY_S, RiskTracker
from gateway.settings import PACKAGE_POLICIES
from tests.support.processes import RedisProcess

TIERS = ("public", "developer", "researcher", "internal")


async def test_the_tracker_backs_off_while_the_store_is_down() -> None:
    """Down: the read fails; back up within the pause: still not asked; after it: answered."""
    now = [0.0]
    policy = load_escalation_policy(PACKAGE_POLICIES, TIERS, ("strict",))
    assert policy is not None
    store = RedisProcess().start()
    tracker = RiskTracker(
        RedisRiskStore.from_url(store.url),
        policy,
        Pseudonymizer(uuid.uuid4().bytes),
        clock=lambda: now[0],
    )
    try:
        assert await tracker.standing("acct", "key") is None
        store.stop()
        with pytest.raises(redis.exceptions.ConnectionError):
            await tracker.standing("acct", "key")
        store.start()
        with pytest.raises(redis.exceptions.ConnectionError, match="unreachable just now"):
            await tracker.standing("acct", "key")
        now[0] += STORE_RETRY_S
        assert await tracker.standing("acct", "key") is None
    finally:
        await tracker.aclose()
        store.stop()
