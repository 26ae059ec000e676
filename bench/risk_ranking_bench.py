"""What ranking accounts by risk costs: `rank_accounts` (the admin page, `modelgate accounts
risk list`, the report) and `accounts_per_step` (the `/metrics` refresh) over N accounts with
one key each, against a Redis (each account has a record).

Run: `.venv/bin/python bench/risk_ranking_bench.py [--redis-url URL] [--accounts N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

from gateway.audit.pseudonym import Pseudonymizer
from gateway.risk.escalation_policy import load_escalation_policy
from gateway.risk.ranking import accounts_per_step, rank_accounts
from gateway.risk.redis_store import RedisRiskStore
from gateway.risk.tracker import RequestFacts, RiskTracker
from gateway.settings import PACKAGE_POLICIES

ROUNDS = 5


async def main(redis_url: str, count: int) -> None:
    """Median milliseconds of each over `ROUNDS` rounds; the records are removed after."""
    policy = load_escalation_policy(
        PACKAGE_POLICIES, ("public", "developer", "researcher", "internal"), ("strict",)
    )
    assert policy is not None
    store = RedisRiskStore.from_url(redis_url)
    tracker = RiskTracker(store, policy, Pseudonymizer(uuid.uuid4().bytes * 2))
    accounts = {f"bench-{i}": [f"bench-key-{i}"] for i in range(count)}
    try:
        for index, (account, keys) in enumerate(accounts.items()):
            facts = RequestFacts(
                f"r{index}", account, keys[0], "developer", "allow", (), "hi", 5, 5
            )
            await tracker.after_request(facts)
        for name, read in (
            ("rank_accounts", rank_accounts),
            ("accounts_per_step", accounts_per_step),
        ):
            times = []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                await read(tracker, accounts)
                times.append(time.perf_counter() - started)
            print(f"{name}: {count} accounts, median {statistics.median(times) * 1000:.0f} ms")
    finally:
        for account, keys in accounts.items():
            for subject in tracker.subjects(account, keys[0]):
                await store.lift(subject)
        await store.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--accounts", type=int, default=1000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.redis_url, arguments.accounts))
