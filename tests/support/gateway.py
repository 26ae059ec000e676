"""A whole gateway for integration tests: demo upstream + gateway app, over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.key_store import IssuedKey, KeyStore
from gateway.access.terms_documents import load_terms_catalog
from gateway.access.terms_store import TermsAcceptanceStore
from gateway.app import create_app
from gateway.demo.server import DemoUpstream
from gateway.policy.loader import load_policy_set
from gateway.settings import (
    AccessSettings,
    LogSettings,
    PolicySettings,
    RiskSettings,
    Settings,
    StorageSettings,
)
from gateway.storage.engine import create_engine
from tests.support.servers import BackgroundServer

T = TypeVar("T")


def gateway_settings(
    data_dir: Path, database_url: str, upstream_url: str, **variables: str
) -> Settings:
    """Settings for a test gateway in front of `upstream_url`.

    Risk tracking is off: these gateways are shared by many tests, whose refused prompts would
    add up on one account and escalate it; risk tests turn it on (`overrides={"risk": ...}`).
    """
    return Settings(
        storage=StorageSettings(data_dir=data_dir, database_url=database_url),
        policy=PolicySettings(variables={"MODELGATE_DEMO_UPSTREAM_URL": upstream_url, **variables}),
        access=AccessSettings(key_cache_ttl_seconds=0.0, rotation_grace_seconds=3600),
        log=LogSettings(level="warning", json=True),
        risk=RiskSettings(enabled=False),
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

    def issue_key(
        self, tier: str = "developer", account: str = "alice", *, accept_terms: bool = True
    ) -> IssuedKey:
        """A fresh key for `account` in `tier`; its account accepts every current terms document
        unless `accept_terms` is false (the terms tests exercise that refusal)."""
        issued = self.with_keys(lambda store: store.create(account=account, tier=tier))
        if accept_terms:
            self.accept_all_terms(account)
        return issued

    def accept_all_terms(self, account: str) -> None:
        """Record `account`'s acceptance of the current version of every terms document."""
        catalog = load_terms_catalog(
            self.settings.policy.policies_dir,
            load_policy_set(self.settings.policy.policies_dir, self.settings.policy.variables),
        )

        async def accept(engine: AsyncEngine) -> None:
            store = TermsAcceptanceStore(engine)
            for document in catalog.documents.values():
                await store.accept(account, document.doc_id, document.version)

        self.with_engine(accept)

    def with_engine(self, action: Callable[[AsyncEngine], Awaitable[T]]) -> T:
        """Run `action` against the gateway's database from the test's thread."""

        async def run() -> T:
            engine = create_engine(self.settings.storage.effective_database_url)
            try:
                return await action(engine)
            finally:
                await engine.dispose()

        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, run()).result()

    def stop(self) -> None:
        """Stop both servers."""
        self.gateway.stop()
        self.upstream.stop()


def start_gateway(
    data_dir: Path,
    database_url: str = "",
    demo: DemoUpstream | None = None,
    *,
    overrides: Mapping[str, object] | None = None,
    policies_dir: Path | None = None,
    **variables: str,
) -> RunningGateway:
    """Start a demo upstream and a gateway in front of it (`overrides`: whole setting groups)."""
    demo = demo or DemoUpstream()
    upstream = BackgroundServer(demo).start()
    settings = gateway_settings(data_dir, database_url, upstream.url, **variables)
    if not database_url:
        settings = replace(settings, storage=replace(settings.storage, database_url=""))
    if overrides:
        settings = settings.with_overrides(**overrides)
    if policies_dir is not None:
        settings = replace(settings, policy=replace(settings.policy, policies_dir=policies_dir))
    gateway = BackgroundServer(create_app(settings)).start()
    return RunningGateway(settings=settings, gateway=gateway, upstream=upstream, demo=demo)
