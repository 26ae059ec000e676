"""Fixtures for the audit integration tests: an isolated audit schema on SQLite or PostgreSQL.

Every test gets its own SQLite file or its own PostgreSQL schema (through
`schema_translate_map`), so tests never see each other's chains and never touch other
components' tables in the shared test database.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.content import ContentSealer
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import AuditEntry, AuditEvent, RecordKind
from gateway.audit.signing import CheckpointSigner, SignatureChecker, generate_signing_key
from gateway.audit.tables import audit_chain_head, audit_checkpoints, audit_purges, audit_records
from gateway.storage.engine import create_engine
from gateway.storage.metadata import metadata

AUDIT_TABLES = [audit_records, audit_chain_head, audit_checkpoints, audit_purges]
SECRET = b"pseudonym-secret-for-tests-only!"


class ManualClock:
    """A clock in microseconds that only moves when told to."""

    def __init__(self, start_us: int = 1_700_000_000_000_000) -> None:
        self.now_us = start_us

    def __call__(self) -> int:
        return self.now_us

    def advance(self, seconds: float) -> None:
        self.now_us += int(seconds * 1_000_000)


async def create_audit_tables(engine: AsyncEngine) -> None:
    """Creates only the audit tables (other components own the rest of the metadata)."""
    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: metadata.create_all(sync, tables=AUDIT_TABLES))


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on."""
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for the backend (PostgreSQL: the session's throwaway database)."""
    if backend == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'audit.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
async def engine(backend: str, database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine with freshly created, empty audit tables of its own."""
    if backend == "sqlite":
        isolated = create_engine(database_url)
        base = isolated
    else:
        schema = f"audit_{uuid.uuid4().hex[:12]}"
        base = create_async_engine(database_url)
        async with base.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        isolated = base.execution_options(schema_translate_map={None: schema})
    await create_audit_tables(isolated)
    yield isolated
    if backend != "sqlite":
        async with base.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    await base.dispose()


@pytest.fixture(scope="session")
def signer() -> CheckpointSigner:
    """The gateway's checkpoint signer."""
    return CheckpointSigner(generate_signing_key())


@pytest.fixture(scope="session")
def checker(signer: CheckpointSigner) -> SignatureChecker:
    """An auditor's checker that trusts the gateway's public key."""
    return SignatureChecker([signer.public_key])


@pytest.fixture
def clock() -> ManualClock:
    """A clock the test moves by hand."""
    return ManualClock()


@pytest.fixture
def builder() -> EntryBuilder:
    """Builds entries with the test pseudonym secret and a content key."""
    pseudonymizer = Pseudonymizer(SECRET)
    return EntryBuilder(pseudonymizer, ContentSealer(pseudonymizer, b"k" * 32))


@pytest.fixture
async def store(engine: AsyncEngine, signer: CheckpointSigner, clock: ManualClock) -> ChainStore:
    """A prepared chain store that seals every 8 records."""
    chain = ChainStore(engine, signer, seal_policy=SealPolicy(max_records=8), clock=clock)
    await chain.prepare()
    return chain


def make_event(number: int, **overrides: object) -> AuditEvent:
    """A request event numbered `number` (its request id is `req-<number>`)."""
    fields: dict[str, object] = {
        "kind": RecordKind.REQUEST,
        "request_id": f"req-{number}",
        "key_id": f"key-{number % 3}",
        "account_id": "acct-1",
        "tier": "developer",
        "model": "demo-model",
        "release_stage": "general",
        "endpoint": "/v1/chat/completions",
        "action": "allow",
        "status": 200,
        "scores": {"toxicity": 0.1 * (number % 10)},
        "prompt_tokens": 10 + number,
        "completion_tokens": 20,
        "latency_ms": 12.5 + number,
        "policy_hash": "sha256:abc",
    }
    fields.update(overrides)
    return AuditEvent(**fields)  # type: ignore[arg-type]


def make_entries(builder: EntryBuilder, count: int, start: int = 1) -> list[AuditEntry]:
    """`count` entries for events numbered from `start`."""
    return [builder.build(make_event(n)) for n in range(start, start + count)]
