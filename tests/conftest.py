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


class PostgresDatabases:
    """Creates throwaway PostgreSQL databases and drops them all at the end."""

    def __init__(self) -> None:
        self._names: list[str] = []

    @staticmethod
    def _run(sql: str) -> None:
        import asyncio

        import asyncpg

        async def run() -> None:
            conn = await asyncpg.connect(_plain_dsn(POSTGRES_ADMIN_URL))
            try:
                await conn.execute(sql)
            finally:
                await conn.close()

        asyncio.run(run())

    def create(self) -> str:
        """The URL of a new, empty database."""
        name = f"mg_test_{uuid.uuid4().hex[:12]}"
        self._run(f'CREATE DATABASE "{name}"')
        self._names.append(name)
        base, _, _ = POSTGRES_ADMIN_URL.rpartition("/")
        return f"{base}/{name}"

    def drop_all(self) -> None:
        """Drop every database this object created."""
        for name in self._names:
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases]:
    """The factory of throwaway databases for this session."""
    databases = PostgresDatabases()
    yield databases
    databases.drop_all()


@pytest.fixture(scope="module")
def postgres_url(postgres_databases: PostgresDatabases) -> str:
    """A fresh PostgreSQL database for this test module, so modules never share rows.

    Each module's gateways sign their audit chain with their own keys; sharing a database
    between modules would mix two chains' signatures.
    """
    return postgres_databases.create()


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
    url = (
        "" if request.param == "sqlite" else request.getfixturevalue("postgres_databases").create()
    )
    running = start_gateway(data_dir, url)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def sqlite_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A gateway on the embedded SQLite store, for tests that do not vary the database."""
    running = start_gateway(tmp_path_factory.mktemp("gw-sqlite-only"))
    yield running
    running.stop()
