"""What every command needs: settings from the environment, the database, and a way to run
async code."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import click
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from gateway.access.key_store import KeyStore
from gateway.settings import Settings, load_settings
from gateway.storage.engine import create_engine

T = TypeVar("T")

WHERE_TO_LOOK = (
    "Run modelgate from the directory that holds the gateway's data/ folder, or set "
    "MODELGATE_DATA_DIR to that folder (or MODELGATE_DATABASE_URL to its database)."
)


def settings_or_exit() -> Settings:
    """The settings, or a clean error naming the bad variable."""
    try:
        return load_settings()
    except ValueError as exc:
        raise click.ClickException(f"bad setting: {exc}") from exc


def _sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


def database_url_or_exit(settings: Settings, url: str | None = None) -> str:
    """The database to use (`url`, else the configured one), after checking that an SQLite
    file is really there: connecting would create an empty one and fail on its missing tables."""
    chosen = url or settings.storage.effective_database_url
    path = _sqlite_file(chosen)
    if path is None or path.exists():
        return chosen
    if url or settings.storage.database_url:
        where = f"the database URL names {path}, which does not exist."
    else:
        data_dir = os.environ.get("MODELGATE_DATA_DIR", "")
        said = f"MODELGATE_DATA_DIR={data_dir}" if data_dir else "MODELGATE_DATA_DIR is not set"
        where = (
            f"no ModelGate database at {path} ({said}, so the data folder is "
            f"{settings.storage.data_dir.resolve()})."
        )
    raise click.ClickException(
        f"{where}\n{WHERE_TO_LOOK}\nA new gateway creates its database on first start "
        "(`modelgate serve`), or run `modelgate db upgrade` to create it here."
    )


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the configured database"


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Turn a database failure into a message saying which database and what to do."""
    try:
        yield
    except DBAPIError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc)
        hint = (
            "its tables are missing: run `modelgate db upgrade` (or start the gateway once)"
            if "no such table" in reason or "does not exist" in reason
            else WHERE_TO_LOOK
        )
        raise click.ClickException(f"database {_safe(url)}: {reason}\n{hint}") from None
    except OSError as exc:  # the server is not there: refused, unknown host, timed out
        raise click.ClickException(f"cannot reach database {_safe(url)}: {exc}") from None


def run_with_keys(settings: Settings, action: Callable[[KeyStore], Awaitable[T]]) -> T:
    """Run `action` against the key store of the configured database."""
    url = database_url_or_exit(settings)

    async def runner() -> T:
        engine = create_engine(url)
        try:
            return await action(KeyStore(engine))
        finally:
            await engine.dispose()

    with database_errors(url):
        return asyncio.run(runner())
