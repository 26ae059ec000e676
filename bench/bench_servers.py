"""The processes a benchmark measures: the demo upstream and gateway replicas on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

from gateway.access.key_store import KeyStore
from gateway.storage.engine import create_engine
from gateway.storage.migrate import upgrade


def free_port() -> int:
    """A port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not start")


@contextmanager
def serving(
    args: list[str],
    health: str,
    env: Mapping[str, str] | None = None,
    module: str = "gateway",
) -> Iterator[None]:
    """Run `python -m <module> <args>` until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(health, process)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def prepare_database(data_dir: Path) -> tuple[str, str]:
    """A migrated SQLite database with one benchmark key: (database URL, key)."""
    url = f"sqlite+aiosqlite:///{data_dir / 'bench.db'}"
    upgrade(url)

    async def create() -> str:
        engine = create_engine(url)
        try:
            # Limits are on and checked on every request, set high enough never to refuse.
            issued = await KeyStore(engine).create(
                account="bench",
                tier="developer",
                limit_overrides={
                    "requests_per_minute": 10**9,
                    "concurrent": 10**6,
                    "tokens_per_minute": 10**12,
                    "tokens_per_day": 10**13,
                },
            )
            return issued.key
        finally:
            await engine.dispose()

    key = asyncio.run(create())
    accept_terms(url)
    return url, key


def accept_terms(database_url: str) -> None:
    """The bench account accepts every current terms document, as a real developer would."""
    from gateway.access.terms_documents import load_terms_catalog
    from gateway.access.terms_store import TermsAcceptanceStore
    from gateway.policy.loader import load_policy_set
    from gateway.settings import load_settings
    from gateway.storage.engine import create_engine

    settings = load_settings({})
    policies = settings.policy.policies_dir
    catalog = load_terms_catalog(policies, load_policy_set(policies, {}))

    async def accept() -> None:
        engine = create_engine(database_url)
        try:
            store = TermsAcceptanceStore(engine)
            for document in catalog.documents.values():
                await store.accept("bench", document.doc_id, document.version)
        finally:
            await engine.dispose()

    asyncio.run(accept())
