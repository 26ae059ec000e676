"""What every command needs: settings from the environment, and a way to run async code."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click

from gateway.access.key_store import KeyStore
from gateway.settings import Settings, load_settings
from gateway.storage.engine import create_engine

T = TypeVar("T")


def settings_or_exit() -> Settings:
    """The settings, or a clean error naming the bad variable."""
    try:
        return load_settings()
    except ValueError as exc:
        raise click.ClickException(f"bad setting: {exc}") from exc


def run_with_keys(settings: Settings, action: Callable[[KeyStore], Awaitable[T]]) -> T:
    """Run `action` against the key store of the configured database."""

    async def runner() -> T:
        engine = create_engine(settings.storage.effective_database_url)
        try:
            return await action(KeyStore(engine))
        finally:
            await engine.dispose()

    return asyncio.run(runner())
