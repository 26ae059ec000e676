"""The limiter's admit reads the account's risk standing in the same Redis call, so the hot
path pays no extra round trip for it."""

from __future__ import annotations

import uuid
from typing import Any

from gateway.audit.pseudonym import Pseudonymizer
from gateway.limits import LimitSpec, RedisBackend
from gateway.risk.escalation_policy import load_escalation_policy
from gateway.risk.escalation_state import EscalationState
from gateway.risk.redis_store import RedisRiskStore
from gateway.risk.tracker import RiskTracker
from gateway.settings import PACKAGE_POLICIES

SPEC = LimitSpec.from_mapping({"requests_per_minute": 100, "tokens_per_minute": 10_000})
TIERS = ("public", "developer", "researcher", "internal")


def _count_commands(client: Any) -> list[int]:
    calls = [0]
    original = client.execute_command

    async def counted(*args: Any, **options: Any) -> Any:
        calls[0] += 1
        return await original(*args, **options)

    client.execute_command = counted
    return calls


async def test_one_admit_call_takes_the_limits_and_reads_the_standing(
    redis_url: str, unique_prefix: str
) -> None:
    """A suspended key's state comes back with the admission from one EVALSHA."""
    policy = load_escalation_policy(PACKAGE_POLICIES, TIERS, ("strict",))
    assert policy is not None
    tracker = RiskTracker(
        RedisRiskStore.from_url(redis_url), policy, Pseudonymizer(uuid.uuid4().bytes)
    )
    limiter = RedisBackend.from_url(redis_url, key_prefix=unique_prefix)
    account, key_id = f"acct-{uuid.uuid4().hex[:8]}", f"key-{uuid.uuid4().hex[:8]}"
    keys = tracker.state_keys(account, key_id)
    assert len(keys) == 2
    calm = await limiter.admit(key_id, "demo-chat", SPEC, 100, keys)
    assert calm.peeked == ({}, {})
    assert tracker.standing_from(account, key_id, calm.peeked) is None

    key_subject = tracker.subjects(account, key_id)[1]
    await tracker.store.escalate(
        EscalationState("suspend", "probing-campaign", 0, {"retries": 10}, key_subject)
    )
    await limiter.admit(key_id, "demo-chat", SPEC, 100, keys)  # the script is loaded now
    calls = _count_commands(limiter._client)
    admission = await limiter.admit(key_id, "demo-chat", SPEC, 100, keys)
    assert calls[0] == 1
    assert admission.admitted
    assert admission.peeked is not None
    state = tracker.standing_from(account, key_id, admission.peeked)
    assert state is not None
    assert (state.step, state.rule, state.figures["retries"]) == ("suspend", "probing-campaign", 10)
    await tracker.aclose()
    await limiter.aclose()
