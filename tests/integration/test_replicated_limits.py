"""Limits hold exactly across three gateway processes sharing Redis, and on one in-process.

Each test fires a burst of concurrent requests with one key at replicas chosen round-robin
and counts what was admitted. Streams from a slow demo upstream keep every admitted request
in flight during the burst, so nothing settles early and the count must equal the limit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from gateway.access.key_store import IssuedKey, KeyStore
from gateway.audit.key_material import load_audit_keys
from gateway.demo.server import DemoUpstream
from gateway.settings import load_settings
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade
from tests.support.policies import policies_with_tiers
from tests.support.processes import GatewayProcess, RedisProcess
from tests.support.servers import BackgroundServer
from tests.support.windows import inside_one_minute_window

TIERS = """
tiers:
  requests-10:
    models: ["*"]
    max_tokens: 64
    limits: {requests_per_minute: 10}
  concurrent-3:
    models: ["*"]
    max_tokens: 64
    limits: {concurrent: 3}
  tokens-1000:
    models: ["*"]
    max_tokens: 100
    limits: {tokens_per_minute: 1000}
"""
CHUNK_DELAY = 0.1  # a ~13-event stream lasts ~1.3 s


@dataclass
class Cluster:
    """Replicas sharing one database and one limit store."""

    replicas: list[GatewayProcess]
    database_url: str

    def issue_key(self, tier: str) -> IssuedKey:
        async def create() -> IssuedKey:
            engine = create_engine(self.database_url)
            try:
                return await KeyStore(engine).create(account="load", tier=tier)
            finally:
                await engine.dispose()

        return asyncio.run(create())


def _start_cluster(
    tmp: Path, database_url: str, upstream_url: str, count: int, **env: str
) -> list[GatewayProcess]:
    policies = policies_with_tiers(tmp / "policies", TIERS)
    base = {
        "MODELGATE_DATABASE_URL": database_url,
        "MODELGATE_POLICIES_DIR": str(policies),
        "MODELGATE_DEMO_UPSTREAM_URL": upstream_url,
        "MODELGATE_AUDIT_SECRETS_DIR": str(tmp / "shared-secrets"),
        "MODELGATE_LOG_JSON": "true",
        **env,
    }
    # Replicas share the audit secrets (as a mounted Secret would) but not their local disk.
    load_audit_keys(load_settings(base))
    replicas = [
        GatewayProcess(
            {**base, "MODELGATE_DATA_DIR": str(tmp / f"data-{i}")}, tmp / f"replica-{i}.log"
        )
        for i in range(count)
    ]
    return [replica.wait_ready() for replica in replicas]


@pytest.fixture(scope="module")
def slow_upstream() -> Iterator[BackgroundServer]:
    """The demo upstream, pausing between stream chunks."""
    server = BackgroundServer(DemoUpstream(chunk_delay=CHUNK_DELAY)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module", params=["redis-3-replicas", "in-process-1-replica"])
def cluster(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    slow_upstream: BackgroundServer,
    postgres_url: str,
) -> Iterator[Cluster]:
    """Three replicas on Redis and PostgreSQL, or one on in-process limits and SQLite."""
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param.startswith("redis"):
        redis = RedisProcess().start()
        database_url = postgres_url
        env = {"MODELGATE_REDIS_URL": redis.url}
        count = 3
    else:
        redis = None
        database_url = f"sqlite+aiosqlite:///{tmp / 'gateway.db'}"
        env = {}
        count = 1
    upgrade(database_url)
    replicas = _start_cluster(tmp, database_url, slow_upstream.url, count, **env)
    yield Cluster(replicas, database_url)
    for replica in replicas:
        replica.stop()
    if redis is not None:
        redis.stop()


async def _burst(cluster: Cluster, key: str, count: int, *, stream: bool) -> list[httpx.Response]:
    """`count` concurrent requests spread round-robin over the replicas."""
    body = {
        "model": "demo-chat",
        "stream": stream,
        "max_tokens": 64,
        "messages": [{"role": "user", "content": "one two three four five six seven eight"}],
    }
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def one(index: int) -> httpx.Response:
            replica = cluster.replicas[index % len(cluster.replicas)]
            response = await client.post(
                f"{replica.url}/v1/chat/completions",
                json=body,
                headers={"authorization": f"Bearer {key}"},
            )
            await response.aread()
            return response

        return list(await asyncio.gather(*(one(i) for i in range(count))))


def _statuses(responses: list[httpx.Response]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for response in responses:
        counts[response.status_code] = counts.get(response.status_code, 0) + 1
    return counts


def test_requests_per_minute_admits_exactly_the_limit(cluster: Cluster) -> None:
    """40 concurrent requests against 10 per minute: exactly 10 succeed, 30 get 429."""
    key = cluster.issue_key("requests-10").key
    responses = asyncio.run(_burst(cluster, key, 40, stream=False))
    assert _statuses(responses) == {200: 10, 429: 30}
    refused = next(r for r in responses if r.status_code == 429)
    assert refused.json()["limit"] == "requests"
    assert int(refused.headers["retry-after"]) >= 1
    admitted = next(r for r in responses if r.status_code == 200)
    assert '"requests";q=10;w=60' in admitted.headers["ratelimit-policy"]
    assert admitted.headers["ratelimit"].startswith('"requests";r=')


def test_concurrency_admits_exactly_the_limit(cluster: Cluster) -> None:
    """12 simultaneous streams against 3 concurrent: exactly 3 stream, 9 get 429."""
    key = cluster.issue_key("concurrent-3").key
    responses = asyncio.run(_burst(cluster, key, 12, stream=True))
    assert _statuses(responses) == {200: 3, 429: 9}
    assert {r.json()["limit"] for r in responses if r.status_code == 429} == {"concurrency"}
    # The leases were returned when the streams ended: the next request is admitted.
    again = asyncio.run(_burst(cluster, key, 1, stream=False))
    assert again[0].status_code == 200


def test_tokens_admit_exactly_what_the_budget_covers_and_settle_to_usage(cluster: Cluster) -> None:
    """Reservations never exceed the token budget; afterwards only actual usage stays charged."""
    key = cluster.issue_key("tokens-1000").key
    inside_one_minute_window()  # the burst and its reading share one token window
    # Each request reserves its prompt estimate (8 words ~ 20 tokens) plus max_tokens 64.
    responses = asyncio.run(_burst(cluster, key, 30, stream=True))
    statuses = _statuses(responses)
    admitted = statuses.get(200, 0)
    assert statuses.get(429, 0) == 30 - admitted
    usage = httpx.get(
        f"{cluster.replicas[0].url}/v1/usage", headers={"authorization": f"Bearer {key}"}
    ).json()
    tokens = next(item for item in usage["limits"] if item["limit"] == "tokens_per_minute")
    reserve = 1000 // admitted  # what one reservation must have been, at most
    assert admitted == 1000 // reserve, "the budget admitted a partial reservation"
    # The demo reports 8 prompt words + 10 answer words = 18 tokens per request.
    deadline = time.monotonic() + 5
    while tokens["used"] != 18 * admitted and time.monotonic() < deadline:
        time.sleep(0.1)
        usage = httpx.get(
            f"{cluster.replicas[1 % len(cluster.replicas)].url}/v1/usage",
            headers={"authorization": f"Bearer {key}"},
        ).json()
        tokens = next(item for item in usage["limits"] if item["limit"] == "tokens_per_minute")
    assert tokens["used"] == 18 * admitted
