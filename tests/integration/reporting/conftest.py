"""A seeded week of audit records in a database of its own, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest

from tests.integration.reporting.audit_seed import seed_audit_log, week_of_events

ADMIN_URL = os.environ.get(
    "MODELGATE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def seeded_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The URL of a migrated database holding `week_of_events()` and nothing else."""
    tmp: Path = tmp_path_factory.mktemp("report-db")
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp / 'audit.db'}"
        seed_audit_log(url, tmp, week_of_events())
        yield url
        return
    name = f"mg_report_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    url = f"{ADMIN_URL.rpartition('/')[0]}/{name}"
    try:
        seed_audit_log(url, tmp, week_of_events())
        yield url
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
