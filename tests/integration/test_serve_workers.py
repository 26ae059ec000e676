"""`modelgate serve` with two worker processes on one data dir: both start, both serve, and
every request leaves its audit record (each worker spools into its own file)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from gateway.access.key_store import KeyStore
from gateway.access.terms_store import TermsAcceptanceStore
from gateway.audit.tables import audit_records
from gateway.demo.server import DemoUpstream
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade
from tests.support.processes import GatewayProcess
from tests.support.servers import BackgroundServer

pytestmark = pytest.mark.slow

REQUESTS = 60
# Fewer connections than the developer tier's 16 concurrent requests per key: sent all at
# once, a slow machine holds more than 16 in flight on one worker and rightly refuses some.
CONNECTIONS = 8


async def _key(url: str) -> str:
    engine = create_engine(url)
    try:
        key = (await KeyStore(engine).create(account="workers", tier="developer")).key
        await TermsAcceptanceStore(engine).accept("workers", "acceptable-use", "2026-11")
        return key
    finally:
        await engine.dispose()


async def _served_records(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = select(func.count()).where(audit_records.c.endpoint == "chat")
            return int((await conn.execute(query)).scalar_one())
    finally:
        await engine.dispose()


async def _call_many(base: str, key: str) -> list[int]:
    body = {"model": "demo-chat", "messages": [{"role": "user", "content": "Hi there"}]}
    headers = {"authorization": f"Bearer {key}"}
    pool = httpx.Limits(max_connections=CONNECTIONS)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=pool) as client:
        replies = await asyncio.gather(
            *(
                client.post("/v1/chat/completions", json=body, headers=headers)
                for _ in range(REQUESTS)
            )
        )
    return [reply.status_code for reply in replies]


def test_two_workers_share_a_data_dir(tmp_path: Path) -> None:
    """The second worker no longer dies on the first one's audit spool."""
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    upgrade(database_url)
    key = asyncio.run(_key(database_url))
    upstream = BackgroundServer(DemoUpstream()).start()
    gateway = GatewayProcess(
        {
            "MODELGATE_WORKERS": "2",
            "MODELGATE_DATA_DIR": str(tmp_path),
            "MODELGATE_DATABASE_URL": database_url,
            "MODELGATE_DEMO_UPSTREAM_URL": upstream.url,
        },
        tmp_path / "gateway.log",
    )
    try:
        gateway.wait_ready()
        spools = tmp_path / "audit-spool"
        deadline = time.monotonic() + 60  # the second worker may still be loading its models
        while len(list(spools.glob("audit-spool*.jsonl"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(list(spools.glob("audit-spool*.jsonl"))) == 2
        assert asyncio.run(_call_many(gateway.url, key)) == [200] * REQUESTS
        assert gateway.process.poll() is None
    finally:
        gateway.stop()
        upstream.stop()
    assert asyncio.run(_served_records(database_url)) == REQUESTS
