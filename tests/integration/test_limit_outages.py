"""Redis going away mid-run: fail-open keeps serving on local limits, fail-closed answers 503,
and both recover by themselves once Redis is back. Brute-force protection ignores spoofed
`X-Forwarded-For`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway.demo.server import DemoUpstream
from gateway.storage.migrate import upgrade
from tests.integration.test_replicated_limits import Cluster, _start_cluster
from tests.support.processes import RedisProcess
from tests.support.servers import BackgroundServer


@pytest.fixture(scope="module")
def upstream() -> Iterator[BackgroundServer]:
    """A fast demo upstream."""
    server = BackgroundServer(DemoUpstream()).start()
    yield server
    server.stop()


def _cluster(tmp: Path, upstream: BackgroundServer, redis: RedisProcess, mode: str) -> Cluster:
    database_url = f"sqlite+aiosqlite:///{tmp / 'gateway.db'}"
    upgrade(database_url)
    replicas = _start_cluster(
        tmp,
        database_url,
        upstream.url,
        2,
        MODELGATE_REDIS_URL=redis.url,
        MODELGATE_ON_REDIS_OUTAGE=mode,
        MODELGATE_AUTH_MAX_FAILURES="5",
    )
    return Cluster(replicas, database_url)


def _call(url: str, key: str, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}", **headers},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": "hi"}]},
        timeout=10,
    )


def _eventually(check: object, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("mode", ["open", "closed"])
def test_redis_outage_follows_the_setting_and_recovers(
    mode: str, tmp_path: Path, upstream: BackgroundServer
) -> None:
    """Kill Redis: `open` serves on local limits, `closed` answers 503; restart: back to normal."""
    redis = RedisProcess().start()
    cluster = _cluster(tmp_path, upstream, redis, mode)
    try:
        key = cluster.issue_key("requests-10").key
        url = cluster.replicas[0].url
        assert _call(url, key).status_code == 200
        redis.stop()
        during = [_call(url, key) for _ in range(3)]
        if mode == "open":
            assert [r.status_code for r in during] == [200, 200, 200]
        else:
            assert [r.status_code for r in during] == [503, 503, 503]
            assert during[0].json()["type"].endswith("/limiter-unavailable")
            assert during[0].headers["retry-after"] == "1"
        redis = RedisProcess(port=redis.port).start()
        # Each replica notices by itself (probing Redis with backoff) and says so in /readyz.
        probe = cluster.issue_key("requests-10").key
        for replica in cluster.replicas:

            def recovered(base: str = replica.url) -> bool:
                _call(base, probe)
                return bool(httpx.get(f"{base}/readyz").json()["limits"] == "ok")

            assert _eventually(recovered)
        # The shared limit is back: a fresh key gets exactly 10 across both replicas.
        fresh = cluster.issue_key("requests-10").key
        statuses = [_call(cluster.replicas[i % 2].url, fresh).status_code for i in range(14)]
        assert statuses.count(200) == 10
        assert statuses.count(429) == 4
        log = (tmp_path / "replica-0.log").read_text()
        assert '"event": "limiter.store_outage"' in log
        assert '"event": "limiter.store_recovered"' in log
    finally:
        for replica in cluster.replicas:
            replica.stop()
        redis.stop()


def test_spoofed_forwarded_for_does_not_escape_the_auth_throttle(
    tmp_path: Path, upstream: BackgroundServer
) -> None:
    """Five bad keys from one peer lock it out, whatever `X-Forwarded-For` claims."""
    redis = RedisProcess().start()
    cluster = _cluster(tmp_path, upstream, redis, "open")
    try:
        url = cluster.replicas[0].url
        bad = "mg_AAAAAAAAAAAA_" + "B" * 46
        statuses = [
            _call(url, bad, **{"x-forwarded-for": f"203.0.113.{i}"}).status_code for i in range(8)
        ]
        assert statuses[:5] == [401] * 5
        assert statuses[5:] == [429] * 3
        # Shared through Redis: the other replica refuses this peer too, and says when to retry.
        refused = _call(cluster.replicas[1].url, bad, **{"x-forwarded-for": "198.51.100.7"})
        assert refused.status_code == 429
        assert refused.json()["type"].endswith("/auth-throttled")
        assert int(refused.headers["retry-after"]) > 0
    finally:
        for replica in cluster.replicas:
            replica.stop()
        redis.stop()
