"""A migrated database of its own, on SQLite or PostgreSQL, holding given audit events."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import asyncpg

from gateway.audit import AuditEvent
from tests.integration.reporting.audit_seed import seed_audit_log

ADMIN_URL = os.environ.get(
    "MODELGATE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def seeded_database(kind: str, tmp: Path, events: Sequence[AuditEvent]) -> Iterator[str]:
    """Yield the URL of a new `kind` ("sqlite" or "postgresql") database holding `events`;
    a PostgreSQL one is dropped afterwards."""
    if kind == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp / 'audit.db'}"
        seed_audit_log(url, tmp, events)
        yield url
        return
    name = f"mg_report_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    url = f"{ADMIN_URL.rpartition('/')[0]}/{name}"
    try:
        seed_audit_log(url, tmp, events)
        yield url
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
