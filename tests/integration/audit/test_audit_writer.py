"""The writer: submit never waits, flush makes events durable, outages spool, restarts replay."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.signing import CheckpointSigner, SignatureChecker
from gateway.audit.spool import SPOOL_NAME, Spool
from gateway.audit.tables import audit_checkpoints, audit_records
from gateway.audit.verify import AuditVerifier
from gateway.audit.writer import AuditWriter, AuditWriterClosedError, WriterOptions

from .conftest import create_audit_tables, make_entries, make_event

FAST = WriterOptions(max_batch=50, retry_interval_s=0.05, write_timeout_s=2.0, seal_check_s=0.2)


def _writer(
    engine: AsyncEngine, signer: CheckpointSigner, builder: EntryBuilder, spool_dir: Path
) -> AuditWriter:
    store = ChainStore(engine, signer, seal_policy=SealPolicy(max_records=25))
    return AuditWriter(store, builder, Spool(spool_dir), options=FAST)


async def _request_ids(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as conn:
        result = await conn.scalars(select(audit_records.c.request_id).order_by("seq"))
        return [str(value) for value in result]


async def _wait_until_replayed(writer: AuditWriter, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while writer.spooled and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    await writer.flush()
    assert writer.spooled == 0


async def test_submitted_events_are_stored_in_order_after_flush(
    engine: AsyncEngine,
    signer: CheckpointSigner,
    checker: SignatureChecker,
    builder: EntryBuilder,
    tmp_path: Path,
) -> None:
    """Every submitted event becomes one record, in submission order, in a log that verifies."""
    writer = _writer(engine, signer, builder, tmp_path)
    await writer.start()
    for n in range(120):
        writer.submit(make_event(n))
    await writer.flush()
    assert writer.pending == 0
    assert await _request_ids(engine) == [f"req-{n}" for n in range(120)]
    await writer.aclose()
    assert (await AuditVerifier(checker).verify(engine)).ok


async def test_close_drains_and_seals_the_open_segment(
    engine: AsyncEngine, signer: CheckpointSigner, builder: EntryBuilder, tmp_path: Path
) -> None:
    """aclose writes what is queued and signs the open tail, so nothing is left unsealed."""
    writer = _writer(engine, signer, builder, tmp_path)
    await writer.start()
    for n in range(30):
        writer.submit(make_event(n))
    await writer.aclose()
    async with engine.connect() as conn:
        last = await conn.scalar(select(func.max(audit_checkpoints.c.last_seq)))
    assert last == 30
    with pytest.raises(AuditWriterClosedError):
        writer.submit(make_event(31))


async def test_outage_spools_and_replays_in_order(
    signer: CheckpointSigner, checker: SignatureChecker, builder: EntryBuilder, tmp_path: Path
) -> None:
    """While the database cannot be opened events are spooled; when it returns all arrive once."""
    db_dir = tmp_path / "not-yet"
    engine = create_async_engine(f"sqlite+aiosqlite:///{db_dir / 'audit.db'}")
    writer = _writer(engine, signer, builder, tmp_path / "spool")
    await writer.start()
    for n in range(40):
        writer.submit(make_event(n))
    await writer.flush()
    assert writer.spooled == 40
    db_dir.mkdir()
    await create_audit_tables(engine)
    for n in range(40, 60):
        writer.submit(make_event(n))
    await _wait_until_replayed(writer)
    await writer.aclose()
    assert await _request_ids(engine) == [f"req-{n}" for n in range(60)]
    assert (await AuditVerifier(checker).verify(engine)).ok
    await engine.dispose()


async def test_leftover_spool_is_replayed_once_on_start(
    engine: AsyncEngine,
    signer: CheckpointSigner,
    builder: EntryBuilder,
    tmp_path: Path,
) -> None:
    """A spool left by a crash (torn last line, first part already stored) replays exactly once."""
    entries = make_entries(builder, 10)
    store = ChainStore(engine, signer)
    await store.prepare()
    await store.append(entries[:4])  # committed before the crash, spool not yet cleared
    encoder = msgspec.json.Encoder()
    lines = b"".join(encoder.encode(entry) + b"\n" for entry in entries)
    (tmp_path / SPOOL_NAME).write_bytes(lines + b'{"record_id": "torn')
    writer = _writer(engine, signer, builder, tmp_path)
    await writer.start()
    writer.submit(make_event(11))
    await _wait_until_replayed(writer)
    await writer.aclose()
    assert await _request_ids(engine) == [f"req-{n}" for n in [*range(1, 11), 11]]
