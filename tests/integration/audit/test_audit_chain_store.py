"""The chain store: linear chaining, sealing by count and age, idempotent replays, replicas."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.record import GENESIS_HASH
from gateway.audit.signing import CheckpointSigner, SignatureChecker
from gateway.audit.tables import audit_checkpoints, audit_records
from gateway.audit.verify import AuditVerifier

from .conftest import ManualClock, make_entries


async def test_records_are_chained_in_order(
    store: ChainStore, engine: AsyncEngine, builder: EntryBuilder
) -> None:
    """Each record gets the next seq and points at the hash of the record before it."""
    await store.append(make_entries(builder, 5))
    async with engine.connect() as conn:
        rows = (await conn.execute(select(audit_records).order_by("seq"))).mappings().all()
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["prev_hash"] == GENESIS_HASH
    assert all(rows[i]["prev_hash"] == rows[i - 1]["record_hash"] for i in range(1, 5))


async def test_segments_are_sealed_every_max_records(
    store: ChainStore, engine: AsyncEngine, builder: EntryBuilder
) -> None:
    """With max_records 8, 20 records make two signed checkpoints and an open tail of 4."""
    await store.append(make_entries(builder, 20))
    async with engine.connect() as conn:
        cps = (await conn.execute(select(audit_checkpoints).order_by("segment"))).all()
    assert [(c.segment, c.first_seq, c.last_seq) for c in cps] == [(1, 1, 8), (2, 9, 16)]


async def test_open_segment_is_sealed_once_old_enough(
    engine: AsyncEngine, builder: EntryBuilder, signer: CheckpointSigner, clock: ManualClock
) -> None:
    """A segment younger than max_age stays open; once older, `seal()` signs it."""
    store = ChainStore(engine, signer, seal_policy=SealPolicy(max_age_s=60), clock=clock)
    await store.prepare()
    await store.append(make_entries(builder, 3))
    assert await store.seal() is None
    clock.advance(61)
    assert await store.seal() == 1


async def test_replayed_entries_are_inserted_once(
    store: ChainStore, engine: AsyncEngine, builder: EntryBuilder
) -> None:
    """Appending the same entries again with may_exist inserts only the new ones."""
    entries = make_entries(builder, 6)
    assert await store.append(entries[:4]) == 4
    assert await store.append(entries, may_exist=True) == 2
    async with engine.connect() as conn:
        assert await conn.scalar(select(func.count()).select_from(audit_records)) == 6


async def test_concurrent_replicas_keep_one_linear_chain(
    engine: AsyncEngine,
    database_url: str,
    builder: EntryBuilder,
    signer: CheckpointSigner,
    checker: SignatureChecker,
) -> None:
    """Two stores (two replicas) appending at once leave one chain that verifies."""
    second_engine = engine.execution_options()  # same options, own transactions
    stores = [
        ChainStore(e, signer, seal_policy=SealPolicy(max_records=7))
        for e in (engine, second_engine)
    ]
    await asyncio.gather(*(s.prepare() for s in stores))
    batches = [make_entries(builder, 5, start=100 * i) for i in range(1, 11)]
    await asyncio.gather(*(stores[i % 2].append(b) for i, b in enumerate(batches)))
    report = await AuditVerifier(checker).verify(engine)
    assert report.ok, report.problems
    assert report.records_checked == 50
