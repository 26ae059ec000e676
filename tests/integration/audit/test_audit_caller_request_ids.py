"""A caller's X-Request-Id is kept beside the record, never as its key, and can be searched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.tables import audit_records
from tests.support.gateway import RunningGateway

CARD_LIKE = "4111111111111111"
"""A caller id that fits the safe charset and still is personal data."""


def _rows(gw: RunningGateway, caller_id: str, count: int) -> list[Any]:
    r = audit_records.c

    async def read(engine: AsyncEngine) -> list[Any]:
        async with engine.connect() as conn:
            query = select(audit_records).where(
                or_(r.request_id == caller_id, r.caller_request_id == caller_id)
            )
            return list((await conn.execute(query.order_by(r.seq))).mappings().all())

    deadline = time.monotonic() + 15
    rows = gw.with_engine(read)
    while len(rows) < count and time.monotonic() < deadline:
        time.sleep(0.2)
        rows = gw.with_engine(read)
    return rows


def _modelgate(gw: RunningGateway, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MODELGATE_DATA_DIR": str(gw.settings.storage.data_dir),
        "MODELGATE_DATABASE_URL": gw.settings.storage.effective_database_url,
    }
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_reused_caller_id_never_keys_a_record(running_gateway: RunningGateway) -> None:
    """Two requests sending the same X-Request-Id get two gateway ids, each keying its record."""
    gw = running_gateway
    key = gw.issue_key(tier="public", account="callers").key
    headers = {"authorization": f"Bearer {key}", "x-request-id": CARD_LIKE}
    answers = [httpx.get(f"{gw.url}/v1/models", headers=headers) for _ in range(2)]
    gateway_ids = [answer.headers["x-request-id"] for answer in answers]
    assert CARD_LIKE not in gateway_ids
    assert len(set(gateway_ids)) == 2

    rows = _rows(gw, CARD_LIKE, 2)
    assert [(row["request_id"], row["caller_request_id"]) for row in rows] == [
        (gateway_ids[0], CARD_LIKE),
        (gateway_ids[1], CARD_LIKE),
    ]


def test_an_unsafe_caller_id_is_not_kept_at_all(running_gateway: RunningGateway) -> None:
    """An id outside the safe charset is dropped: the record has the gateway's id only."""
    gw = running_gateway
    key = gw.issue_key(tier="public", account="unsafe").key
    answer = httpx.get(
        f"{gw.url}/v1/models",
        headers={"authorization": f"Bearer {key}", "x-request-id": "order:42 name=ann"},
    )
    [row] = _rows(gw, answer.headers["x-request-id"], 1)
    assert row["caller_request_id"] is None


def test_find_shows_both_ids_and_an_erased_caller_id_keeps_the_chain(
    running_gateway: RunningGateway,
) -> None:
    """`audit find` finds by the caller's id; blanking that id later still verifies."""
    gw = running_gateway
    key = gw.issue_key(tier="public", account="finder").key
    caller_id = "trace-find-0042"
    answer = httpx.get(
        f"{gw.url}/v1/models", headers={"authorization": f"Bearer {key}", "x-request-id": caller_id}
    )
    gateway_id = answer.headers["x-request-id"]
    assert _rows(gw, caller_id, 1)

    found = _modelgate(gw, "audit", "find", caller_id)
    assert found.returncode == 0, found.stderr
    assert f"request_id={gateway_id}  caller_request_id={caller_id}" in found.stdout
    by_gateway_id = _modelgate(gw, "audit", "find", gateway_id, "--json")
    assert '"caller_request_id":"trace-find-0042"' in by_gateway_id.stdout
    assert _modelgate(gw, "audit", "find", "nobody-sent-this").returncode == 1

    async def erase(engine: AsyncEngine) -> None:
        async with engine.begin() as conn:
            await conn.execute(
                update(audit_records)
                .where(audit_records.c.caller_request_id == caller_id)
                .values(caller_request_id=None)
            )

    gw.with_engine(erase)
    verified = _modelgate(gw, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
