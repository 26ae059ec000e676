"""Shared fixtures: the real PostgreSQL and Redis, and running gateways on SQLite and PostgreSQL.

`make test` starts both when they are not running and exports their URLs; each test session
gets its own throwaway PostgreSQL database, so parallel runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.support.gateway import RunningGateway, start_gateway

POSTGRES_ADMIN_URL = os.environ.get(
    "MODELGATE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("MODELGATE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _plain_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped afterwards."""
    import asyncio

    import asyncpg

    name = f"mg_test_{uuid.uuid4().hex[:12]}"
    admin_dsn = _plain_dsn(POSTGRES_ADMIN_URL)

    async def run(sql: str) -> None:
        conn = await asyncpg.connect(admin_dsn)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    base, _, _ = POSTGRES_ADMIN_URL.rpartition("/")
    yield f"{base}/{name}"
    asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The URL of the real Redis server; tests isolate themselves with unique key prefixes."""
    return REDIS_URL


@pytest.fixture
def unique_prefix() -> str:
    """A key prefix no other test uses, so tests can share one Redis server."""
    return f"mgtest:{uuid.uuid4().hex[:10]}:"


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[object]:
    """An asyncio Redis client on the real server."""
    import redis.asyncio as redis

    client = redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def running_gateway(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningGateway]:
    """A gateway with its demo upstream, once per database backend."""
    data_dir: Path = tmp_path_factory.mktemp(f"gw-{request.param}")
    url = "" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    running = start_gateway(data_dir, url)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def sqlite_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A gateway on the embedded SQLite store, for tests that do not vary the database."""
    running = start_gateway(tmp_path_factory.mktemp("gw-sqlite-only"))
    yield running
    running.stop()
