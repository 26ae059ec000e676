"""The risk tracker's cost per request: the limiter's admit with and without the risk state
read folded in, the separate read (no limit applied), the update after the answer, and their
Redis round trips (counted on the client, as in limiter_bench.py).

Run: `.venv/bin/python bench/risk_bench.py [--redis-url URL] [--requests N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

from gateway.audit.pseudonym import Pseudonymizer
from gateway.limits import LimitSpec, RedisBackend
from gateway.risk.escalation_policy import load_escalation_policy
from gateway.risk.redis_store import RedisRiskStore
from gateway.risk.tracker import RequestFacts, RiskTracker
from gateway.settings import PACKAGE_POLICIES

SPEC = LimitSpec.from_mapping({"requests_per_minute": 10**9, "tokens_per_minute": 10**12})
PROMPT = "Summarise the causes of the First World War in three short paragraphs, please."


async def main(redis_url: str, requests: int) -> None:
    """Median microseconds and round trips of `standing` and `after_request`."""
    policy = load_escalation_policy(
        PACKAGE_POLICIES, ("public", "developer", "researcher", "internal"), ("strict",)
    )
    assert policy is not None
    store = RedisRiskStore.from_url(redis_url)
    tracker = RiskTracker(store, policy, Pseudonymizer(uuid.uuid4().bytes * 2))
    calls = [0]
    original = store._client.execute_command

    async def counted(*args: object, **options: object) -> object:
        calls[0] += 1
        return await original(*args, **options)

    store._client.execute_command = counted  # type: ignore[method-assign]
    reads, updates = [], []
    for index in range(requests):
        account = f"bench-{index % 50}"
        start = time.perf_counter()
        await tracker.standing(account, account)
        reads.append((time.perf_counter() - start) * 1e6)
        facts = RequestFacts(
            f"r{index}", account, account, "developer", "allow", (), PROMPT, 20, 60
        )
        start = time.perf_counter()
        await tracker.after_request(facts)
        updates.append((time.perf_counter() - start) * 1e6)
    per_request = calls[0] / requests
    limiter = RedisBackend.from_url(redis_url, key_prefix=f"mgbench:{uuid.uuid4().hex[:8]}:")
    admits: dict[str, list[float]] = {"admit alone": [], "admit + risk state": []}
    for index in range(requests):
        account = f"bench-{index % 50}"
        for name, peek in (("admit alone", ()), ("admit + risk state", None)):
            keys = tracker.state_keys(account, account) if peek is None else ()
            start = time.perf_counter()
            admission = await limiter.admit(account, "demo-chat", SPEC, 100, keys)
            admits[name].append((time.perf_counter() - start) * 1e6)
            await limiter.settle(admission, 100)
    for name, timings in admits.items():
        print(f"{name:<20} median {statistics.median(timings):7.1f} µs (one EVALSHA)")
    await limiter.aclose()
    print(
        f"risk read alone (no limit applied) median {statistics.median(reads):7.1f} µs; "
        f"update after the answer median {statistics.median(updates):7.1f} µs; "
        f"{per_request:.2f} script call(s) per update"
    )
    await tracker.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--requests", type=int, default=2000)
    options = parser.parse_args()
    asyncio.run(main(options.redis_url, options.requests))
