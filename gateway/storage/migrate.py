"""Applying the Alembic migrations programmatically (`modelgate db upgrade`, start-up)."""

from __future__ import annotations

from pathlib import Path

import anyio
from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str) -> Config:
    """An Alembic config pointing at our migrations and `database_url`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the schema up to `revision` (blocking; runs its own event loop)."""
    command.upgrade(alembic_config(database_url), revision)


async def upgrade_async(database_url: str) -> None:
    """`upgrade` from inside a running event loop, on a worker thread."""
    await anyio.to_thread.run_sync(upgrade, database_url)
