"""Fault test: PostgreSQL stops under load and starts again while a gateway keeps serving.

Every request served gets exactly one audit record: those written during the outage wait in
the local spool and are replayed once the database is back. Keys are served from the key
cache while the database is down, so the test sets `MODELGATE_KEY_CACHE_TTL=600` (the default
of 5 s would make requests fail once the cached entry expires mid-outage, by design).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from gateway.access.key_store import KeyStore
from gateway.audit.tables import audit_records
from gateway.storage.engine import create_engine
from tests.support.processes import GatewayProcess
from tests.support.servers import BackgroundServer

from .conftest import ThrowawayCluster

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CLIENTS = 4
PREFIX = f"fault-{uuid.uuid4().hex[:8]}-"


def _env(
    cluster: ThrowawayCluster, data_dir: Path, policies: Path, upstream: str
) -> dict[str, str]:
    return {
        "MODELGATE_DATABASE_URL": cluster.url,
        "MODELGATE_DATA_DIR": str(data_dir),
        "MODELGATE_POLICIES_DIR": str(policies),
        "MODELGATE_DEMO_UPSTREAM_URL": upstream,
        "MODELGATE_KEY_CACHE_TTL": "600",
        "MODELGATE_LOG_JSON": "true",
    }


async def _issue_key(url: str) -> str:
    engine = create_engine(url)
    try:
        return (await KeyStore(engine).create(account="fault", tier="private")).key
    finally:
        await engine.dispose()


async def _count(url: str) -> tuple[int, int, set[str]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            ids = list(
                await conn.scalars(
                    # The callers' own ids (the record's key is the gateway's).
                    select(audit_records.c.caller_request_id).where(
                        audit_records.c.caller_request_id.like(f"{PREFIX}%")
                    )
                )
            )
            total = await conn.scalar(select(func.count()).select_from(audit_records))
    finally:
        await engine.dispose()
    return len(ids), int(total or 0), set(ids)


async def _spooled(client: httpx.AsyncClient) -> float:
    for line in (await client.get("/metrics")).text.splitlines():
        if line.startswith("modelgate_audit_spooled_records "):
            return float(line.split()[1])
    return -1.0


async def _drive(
    base_url: str, key: str, cluster: ThrowawayCluster
) -> tuple[dict[str, int], float]:
    """Steady load before, during and after the outage; returns statuses by request id."""
    statuses: dict[str, int] = {}
    stop = asyncio.Event()
    body = {"model": "demo-chat", "messages": [{"role": "user", "content": "fault test"}]}

    async def client_loop(client: httpx.AsyncClient) -> None:
        while not stop.is_set():
            request_id = f"{PREFIX}{uuid.uuid4().hex}"
            response = await client.post(
                "/v1/chat/completions", json=body, headers={"x-request-id": request_id}
            )
            statuses[request_id] = response.status_code
            await asyncio.sleep(0.01)

    async def ctl(action: str) -> None:
        process = await asyncio.create_subprocess_exec(
            *cluster.ctl_command(action), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        assert await process.wait() == 0, f"pg_ctl {action} failed"

    headers = {"authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as client:
        workers = [asyncio.create_task(client_loop(client)) for _ in range(CLIENTS)]
        await asyncio.sleep(2.0)
        await ctl("stop")
        await asyncio.sleep(3.0)
        spooled = await _spooled(client)  # the gateway's own metric, mid-outage
        await ctl("start")
        await asyncio.sleep(2.0)
        stop.set()
        await asyncio.gather(*workers)
    return statuses, spooled


def test_postgres_outage_under_load_loses_and_duplicates_no_record(
    cluster: ThrowawayCluster,
    demo_upstream: BackgroundServer,
    fault_policies: Path,
    tmp_path: Path,
) -> None:
    """Requests keep succeeding through the outage and each leaves exactly one audit record."""
    env = _env(cluster, tmp_path, fault_policies, demo_upstream.url)
    upgrade = subprocess.run(
        [sys.executable, "-m", "gateway", "db", "upgrade"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert upgrade.returncode == 0, upgrade.stderr
    key = asyncio.run(_issue_key(cluster.url))
    gateway = GatewayProcess(env, tmp_path / "gateway.log").wait_ready()
    try:
        statuses, spooled_mid_outage = asyncio.run(_drive(gateway.url, key, cluster))
        served = {rid for rid, status in statuses.items() if status == 200}
        assert statuses
        assert sorted(set(statuses.values())) == [200], "a request failed during the outage"
        deadline = time.monotonic() + 30
        found, _, ids = asyncio.run(_count(cluster.url))
        while found < len(served) and time.monotonic() < deadline:
            time.sleep(0.5)
            found, _, ids = asyncio.run(_count(cluster.url))
        time.sleep(1.5)  # a duplicate from a second replay would have landed by now
        found, total, ids = asyncio.run(_count(cluster.url))
    finally:
        gateway.stop()

    assert spooled_mid_outage > 0, "the outage did not reach the spool; the test proves nothing"
    assert found == len(served), f"{len(served)} requests served, {found} records"
    assert ids == served
    assert total == found  # nothing but these requests' records
    verify = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "verify"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
