"""Every request leaves exactly one audit record, the chain verifies, and no secret leaks in."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import select

from gateway.audit.tables import audit_records
from tests.support.gateway import RunningGateway


def _records(gw: RunningGateway, request_ids: list[str]) -> list[Any]:
    async def read(store: Any) -> list[Any]:
        async with store._engine.connect() as conn:
            # The ids are the callers' own X-Request-Id (the record's key is the gateway's).
            query = select(audit_records).where(audit_records.c.caller_request_id.in_(request_ids))
            return list((await conn.execute(query)).all())

    return gw.with_keys(read)


def _wait_for(gw: RunningGateway, request_ids: list[str], timeout: float = 15) -> list[Any]:
    deadline = time.monotonic() + timeout
    rows = _records(gw, request_ids)
    while len(rows) < len(request_ids) and time.monotonic() < deadline:
        time.sleep(0.2)
        rows = _records(gw, request_ids)
    time.sleep(0.5)  # anything duplicated would have arrived by now too
    return _records(gw, request_ids)


def test_each_request_type_leaves_exactly_one_record(running_gateway: RunningGateway) -> None:
    """Plain, streamed, refused, malformed and listing requests each leave one record."""
    gw = running_gateway
    key = gw.issue_key(tier="public", account="auditee").key
    auth = {"authorization": f"Bearer {key}"}
    chat = {
        "model": "demo-chat",
        "messages": [{"role": "user", "content": "Tell me about zebra migration patterns"}],
    }
    calls: dict[str, Callable[[dict[str, str]], httpx.Response]] = {
        "chat": lambda h: httpx.post(f"{gw.url}/v1/chat/completions", headers=h, json=chat),
        "stream": lambda h: httpx.post(
            f"{gw.url}/v1/chat/completions", headers=h, json={**chat, "stream": True}
        ),
        "completions": lambda h: httpx.post(
            f"{gw.url}/v1/completions", headers=h, json={"model": "demo-chat", "prompt": "x"}
        ),
        "embeddings": lambda h: httpx.post(
            f"{gw.url}/v1/embeddings", headers=h, json={"model": "demo-embed", "input": "x"}
        ),
        "infer": lambda h: httpx.post(
            f"{gw.url}/v1/models/demo-sentiment/infer", headers=h, json={"text": "good"}
        ),
        "models": lambda h: httpx.get(f"{gw.url}/v1/models", headers=h),
        "usage": lambda h: httpx.get(f"{gw.url}/v1/usage", headers=h),
        "no key": lambda h: httpx.post(
            f"{gw.url}/v1/chat/completions", headers={"x-request-id": h["x-request-id"]}, json=chat
        ),
        "not allowed": lambda h: httpx.post(
            f"{gw.url}/v1/chat/completions", headers=h, json={**chat, "model": "demo-large"}
        ),
        "malformed": lambda h: httpx.post(
            f"{gw.url}/v1/chat/completions", headers=h, content=b"{not json"
        ),
        "too large": lambda h: httpx.post(
            f"{gw.url}/v1/chat/completions", headers=h, content=b"x" * 2_000_000
        ),
    }
    statuses: dict[str, int] = {}
    ids: dict[str, str] = {}
    for name, call in calls.items():
        request_id = f"audit-{uuid.uuid4().hex}"
        ids[request_id] = name
        statuses[name] = call({**auth, "x-request-id": request_id}).status_code
    assert statuses["chat"] == 200
    assert statuses["stream"] == 200
    assert statuses["no key"] == 401
    assert statuses["too large"] == 413

    rows = _wait_for(gw, list(ids))
    per_request = {row.caller_request_id: row for row in rows}
    assert len(rows) == len(ids), "a request left no record, or more than one"
    for request_id, name in ids.items():
        assert per_request[request_id].status == statuses[name], name
    chat_row = per_request[next(r for r, n in ids.items() if n == "chat")]
    assert chat_row.tier == "public"
    assert chat_row.model == "demo-chat"
    assert chat_row.release_stage == "general"
    assert chat_row.endpoint == "chat"
    assert chat_row.completion_tokens == 8  # "You said: Tell me about zebra migration patterns"
    assert chat_row.policy_hash

    # The public tier keeps no content: no key, prompt, account name or address anywhere.
    text = " ".join(str(value) for row in rows for value in row)
    for secret in (
        key,
        key.split("_")[2],
        "Tell me about zebra migration patterns",
        "auditee",
        "127.0.0.1",
    ):
        assert secret not in text


def test_the_chain_verifies_with_the_cli(running_gateway: RunningGateway) -> None:
    """`modelgate audit verify` accepts the log the gateway wrote."""
    gw = running_gateway
    key = gw.issue_key().key
    request_id = f"verify-{uuid.uuid4().hex}"
    httpx.get(
        f"{gw.url}/v1/models",
        headers={"authorization": f"Bearer {key}", "x-request-id": request_id},
    )
    assert _wait_for(gw, [request_id])
    env = {
        **os.environ,
        "MODELGATE_DATA_DIR": str(gw.settings.storage.data_dir),
        "MODELGATE_DATABASE_URL": gw.settings.storage.effective_database_url,
    }
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "verify"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
