"""The schema the migrations build indexes `api_keys.rotated_to`, and matches the tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade_async
from gateway.storage.tables import metadata


def _indexed_columns(connection: Connection) -> list[list[str | None]]:
    return [index["column_names"] for index in inspect(connection).get_indexes("api_keys")]


def _schema_drift(connection: Connection) -> list[Any]:
    return list(compare_metadata(MigrationContext.configure(connection), metadata))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh SQLite file, or the module's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    return str(request.getfixturevalue("postgres_url"))


async def test_successor_lookups_have_an_index(database_url: str) -> None:
    """After migrating, `rotated_to` is indexed and the tables match what the code declares."""
    await upgrade_async(database_url)
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            assert ["rotated_to"] in await connection.run_sync(_indexed_columns)
            assert await connection.run_sync(_schema_drift) == []
    finally:
        await engine.dispose()


async def test_sqlite_finds_a_predecessor_through_the_index(tmp_path: Path) -> None:
    """SQLite's plan for the predecessor lookup searches the index instead of scanning keys."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'modelgate.db'}"
    await upgrade_async(url)
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            plan = await connection.execute(
                text("EXPLAIN QUERY PLAN SELECT key_id FROM api_keys WHERE rotated_to = 'k'")
            )
            details = " ".join(str(row[-1]) for row in plan)
        assert "ix_api_keys_rotated_to" in details, details
    finally:
        await engine.dispose()
