"""Privacy search: a gateway's every log line and audit row hold no key, secret, IP or prompt.

A gateway process is driven through every kind of request (served, streamed, refused at each
stage, malformed, oversized, rate-limited) from a tier that stores no content, with a client
address supplied through a trusted proxy. Then all it wrote (its log output at debug level,
every audit table row, the spool, `/metrics`) is searched for the secrets it was given.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import inspect, text

from gateway.access.key_store import KeyStore
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade
from tests.support.processes import GatewayProcess
from tests.support.servers import BackgroundServer

pytestmark = pytest.mark.slow

CLIENT_IP = "203.0.113.77"
MARKER = f"ZEPHYR{uuid.uuid4().hex[:12]}"
PROMPT = f"my passport number is {MARKER}, summarise the memo"


async def _keys(url: str) -> tuple[str, str]:
    engine = create_engine(url)
    try:
        store = KeyStore(engine)
        private = (await store.create(account="privacy-person", tier="private")).key
        tight = (await store.create(account="privacy-tight", tier="tight")).key
        return private, tight
    finally:
        await engine.dispose()


async def _dump_all_tables(url: str) -> str:
    engine = create_engine(url)
    lines: list[str] = []
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
            for name in names:
                rows = await conn.execute(text(f'SELECT * FROM "{name}"'))
                lines.extend(f"{name}: {tuple(row)!r}" for row in rows)
    finally:
        await engine.dispose()
    return "\n".join(lines)


def _drive(base: str, key: str, tight: str) -> list[int]:
    """Every request shape once or more; returns the statuses."""
    chat = {"model": "demo-chat", "messages": [{"role": "user", "content": PROMPT}]}
    forwarded = {"x-forwarded-for": CLIENT_IP}
    auth = {"authorization": f"Bearer {key}", **forwarded}
    wrong_secret = key[:-10] + ("A" * 10)
    calls = [
        ("POST", "/v1/chat/completions", auth, chat),
        ("POST", "/v1/chat/completions", auth, {**chat, "stream": True}),
        ("POST", "/v1/completions", auth, {"model": "demo-chat", "prompt": PROMPT}),
        ("POST", "/v1/embeddings", auth, {"model": "demo-embed", "input": PROMPT}),
        ("POST", "/v1/chat/completions", {**forwarded}, chat),
        ("POST", "/v1/chat/completions", {**auth, "authorization": f"Bearer {wrong_secret}"}, chat),
        ("POST", "/v1/chat/completions", {**auth, "authorization": f"Bearer {PROMPT}"}, chat),
        ("POST", "/v1/chat/completions", {**auth, "authorization": key}, chat),
        ("POST", "/v1/chat/completions", auth, {**chat, "model": "no-such-model"}),
        ("POST", "/v1/chat/completions", auth, {**chat, "model": "demo-large"}),
        ("POST", "/v1/chat/completions", auth, {**chat, MARKER: PROMPT}),
        ("POST", "/v1/chat/completions", auth, f'{{"messages": "{PROMPT}'),
        ("POST", "/v1/chat/completions", auth, PROMPT * 40_000),
        ("GET", "/v1/models", auth, None),
        ("GET", "/v1/usage", auth, None),
        ("GET", f"/v1/{MARKER}", auth, None),
    ]
    tight_auth = {"authorization": f"Bearer {tight}", **forwarded}
    calls += [("POST", "/v1/chat/completions", tight_auth, chat)] * 4
    statuses = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for method, path, headers, body in calls:
            if isinstance(body, str):
                response = client.request(method, path, headers=headers, content=body.encode())
            else:
                response = client.request(method, path, headers=headers, json=body)
            statuses.append(response.status_code)
        statuses.append(client.get("/metrics").status_code)
        metrics_text = client.get("/metrics").text
    assert MARKER not in metrics_text
    assert CLIENT_IP not in metrics_text
    return statuses


def test_no_key_secret_ip_or_prompt_in_any_log_line_or_record(
    demo_upstream: BackgroundServer, fault_policies: Path, tmp_path: Path
) -> None:
    """Logs, audit rows, spool and metrics hold none of the keys, secrets, address or prompt."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    upgrade(url)
    key, tight = asyncio.run(_keys(url))
    env = {
        "MODELGATE_DATABASE_URL": url,
        "MODELGATE_DATA_DIR": str(tmp_path),
        "MODELGATE_POLICIES_DIR": str(fault_policies),
        "MODELGATE_DEMO_UPSTREAM_URL": demo_upstream.url,
        "MODELGATE_TRUSTED_PROXIES": "127.0.0.1",
        "MODELGATE_LOG_LEVEL": "debug",
        "MODELGATE_LOG_JSON": "true",
    }
    log_path = tmp_path / "gateway.log"
    gateway = GatewayProcess(env, log_path).wait_ready()
    try:
        statuses = _drive(gateway.url, key, tight)
    finally:
        gateway.stop()  # drains the audit writer: every record is in the database now

    assert statuses[0:4] == [200, 200, 200, 200]
    assert 429 in statuses
    logs = log_path.read_text(errors="replace")
    rows = asyncio.run(_dump_all_tables(url))
    assert "audit_records" in rows
    spool = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*spool*") if p.is_file())
    haystacks = {"logs": logs, "database": rows, "spool": spool}
    secrets = {
        "key": key,
        "key secret": key.split("_")[2][:40],
        "tight key": tight,
        "tight key secret": tight.split("_")[2][:40],
        "client address": CLIENT_IP,
        "prompt": MARKER,
    }
    leaks = [
        f"{what} in {where}"
        for where, haystack in haystacks.items()
        for what, secret in secrets.items()
        if secret in haystack
    ]
    assert leaks == []
