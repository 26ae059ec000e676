"""The commit durability mode: a gateway killed with SIGKILL right after answering has the
record of every request it answered, plain or streamed; and every seal it made was announced
and appended to the witness file.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from gateway.access.key_store import KeyStore
from gateway.access.terms_store import TermsAcceptanceStore
from gateway.audit.tables import audit_checkpoints, audit_records
from gateway.demo.server import DemoUpstream
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade
from tests.support.processes import GatewayProcess
from tests.support.servers import BackgroundServer

from .test_audit_seal_announcements import seal_lines

pytestmark = pytest.mark.slow

IN_FLIGHT = 24
"""Requests sent at once (half streamed); the gateway is killed after KILL_AFTER answers."""
KILL_AFTER = 12


async def _key(url: str) -> str:
    engine = create_engine(url)
    try:
        key = (await KeyStore(engine).create(account="durable", tier="developer")).key
        await TermsAcceptanceStore(engine).accept("durable", "acceptable-use", "2026-11")
        return key
    finally:
        await engine.dispose()


async def _stored(url: str) -> tuple[set[str], int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            ids = set((await conn.scalars(select(audit_records.c.request_id))).all())
            sealed = int(
                (await conn.execute(select(func.count(audit_checkpoints.c.segment)))).scalar_one()
            )
            return {i for i in ids if i is not None}, sealed
    finally:
        await engine.dispose()


async def _answer_then_kill(base: str, key: str, pid: int) -> list[str]:
    """Sends IN_FLIGHT requests and kills the gateway the moment KILL_AFTER were answered.

    Returns the request ids of every answer received in full (a stream: its final event).
    """
    headers = {"authorization": f"Bearer {key}"}
    answered: list[str] = []

    async def one(client: httpx.AsyncClient, number: int) -> None:
        body = {
            "model": "demo-chat",
            "messages": [{"role": "user", "content": f"Hello number {number}"}],
            "stream": number % 2 == 1,
        }
        response = await client.post("/v1/chat/completions", json=body, headers=headers)
        final = '"modelgate"' in response.text if body["stream"] else True
        if response.status_code == 200 and final:
            answered.append(response.headers["x-request-id"])
            if len(answered) == KILL_AFTER:
                os.kill(pid, signal.SIGKILL)  # at once, from inside the loop that got it

    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await asyncio.gather(
            *(one(client, number) for number in range(IN_FLIGHT)), return_exceptions=True
        )
    return answered


def test_sigkill_after_answers_loses_no_record_in_commit_mode(tmp_path: Path) -> None:
    """Every answered request has its record after kill -9; each seal left its log line."""
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    upgrade(database_url)
    key = asyncio.run(_key(database_url))
    upstream = BackgroundServer(DemoUpstream()).start()
    log_path = tmp_path / "gateway.log"
    gateway = GatewayProcess(
        {
            "MODELGATE_DATA_DIR": str(tmp_path),
            "MODELGATE_DATABASE_URL": database_url,
            "MODELGATE_DEMO_UPSTREAM_URL": upstream.url,
            "MODELGATE_AUDIT_DURABILITY": "commit",
            "MODELGATE_AUDIT_SEAL_RECORDS": "3",
            "MODELGATE_LOG_LEVEL": "warning",  # the announcements must not depend on it
            "MODELGATE_AUDIT_WITNESS_FILE": str(tmp_path / "witness.jsonl"),
        },
        log_path,
    )
    try:
        gateway.wait_ready()
        answered = asyncio.run(_answer_then_kill(gateway.url, key, gateway.process.pid))
        assert gateway.process.wait(timeout=10) == -signal.SIGKILL
    finally:
        gateway.stop()
        upstream.stop()
    assert len(answered) >= KILL_AFTER
    stored, sealed = asyncio.run(_stored(database_url))
    assert sorted(set(answered) - stored) == []
    announced = seal_lines(log_path.read_text())
    assert sealed > 0
    assert sorted(line["segment"] for line in announced) == list(range(1, sealed + 1))
    assert {line["sealed_by"] for line in announced} == {"gateway"}
    witnessed = (tmp_path / "witness.jsonl").read_text().splitlines()
    assert [json.loads(line)["segment"] for line in witnessed] == list(range(1, sealed + 1))
    assert json.dumps(announced).count('"records": 3') == sealed
