"""A whole gateway for integration tests: demo upstream + gateway app, over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from gateway.access.key_store import IssuedKey, KeyStore
from gateway.app import create_app
from gateway.demo.server import DemoUpstream
from gateway.settings import (
    AccessSettings,
    LogSettings,
    PolicySettings,
    Settings,
    StorageSettings,
)
from gateway.storage.engine import create_engine
from tests.support.servers import BackgroundServer

T = TypeVar("T")


def gateway_settings(
    data_dir: Path, database_url: str, upstream_url: str, **variables: str
) -> Settings:
    """Settings for a test gateway in front of `upstream_url`."""
    return Settings(
        storage=StorageSettings(data_dir=data_dir, database_url=database_url),
        policy=PolicySettings(variables={"MODELGATE_DEMO_UPSTREAM_URL": upstream_url, **variables}),
        access=AccessSettings(key_cache_ttl_seconds=0.0, rotation_grace_seconds=3600),
        log=LogSettings(level="warning", json=True),
    )


@dataclass
class RunningGateway:
    """A gateway and its demo upstream, both listening on 127.0.0.1."""

    settings: Settings
    gateway: BackgroundServer
    upstream: BackgroundServer
    demo: DemoUpstream

    @property
    def url(self) -> str:
        """Gateway base URL."""
        return self.gateway.url

    def with_keys(self, action: Callable[[KeyStore], Awaitable[T]]) -> T:
        """Run `action` against the gateway's key store from the test's thread."""

        async def run() -> T:
            engine = create_engine(self.settings.storage.effective_database_url)
            try:
                return await action(KeyStore(engine))
            finally:
                await engine.dispose()

        # A thread of its own, so this works from sync and async tests alike.
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, run()).result()

    def issue_key(self, tier: str = "developer", account: str = "alice") -> IssuedKey:
        """A fresh key for `account` in `tier`."""
        return self.with_keys(lambda store: store.create(account=account, tier=tier))

    def stop(self) -> None:
        """Stop both servers."""
        self.gateway.stop()
        self.upstream.stop()


def start_gateway(
    data_dir: Path, database_url: str = "", demo: DemoUpstream | None = None, **variables: str
) -> RunningGateway:
    """Start a demo upstream and a gateway in front of it."""
    demo = demo or DemoUpstream()
    upstream = BackgroundServer(demo).start()
    settings = gateway_settings(data_dir, database_url, upstream.url, **variables)
    if not database_url:
        settings = replace(settings, storage=replace(settings.storage, database_url=""))
    gateway = BackgroundServer(create_app(settings)).start()
    return RunningGateway(settings=settings, gateway=gateway, upstream=upstream, demo=demo)
