"""Privacy: no raw key, address or prompt reaches a row, the spool, an export or a log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import structlog
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from gateway.audit.chain_store import ChainStore
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.export import export_records
from gateway.audit.record import ContentMode
from gateway.audit.signing import CheckpointSigner
from gateway.audit.spool import Spool
from gateway.audit.tables import audit_chain_head, audit_checkpoints, audit_records
from gateway.audit.writer import AuditWriter, WriterOptions

from .conftest import create_audit_tables, make_event

RAW_KEY = "mg_live_4f9c2a1b_SuperSecretPart9x8y7z"
RAW_IP = "203.0.113.77"
PROMPT = "please summarise the merger memo codename BLUEHERON"
COMPLETION = "the BLUEHERON merger closes on friday"
FORBIDDEN = [RAW_KEY, "SuperSecretPart9x8y7z", RAW_IP, PROMPT, COMPLETION, "BLUEHERON"]


def _private_events(count: int) -> list[object]:
    return [
        make_event(
            n,
            key_id=RAW_KEY,
            account_id=RAW_IP,
            client_ip=RAW_IP,
            prompt=PROMPT,
            completion=COMPLETION,
            content_mode=ContentMode.NONE,
        )
        for n in range(count)
    ]


async def _dump(engine: AsyncEngine) -> str:
    text = []
    async with engine.connect() as conn:
        for table in (audit_records, audit_checkpoints, audit_chain_head):
            text.extend(repr(tuple(row)) for row in await conn.execute(select(table)))
    return "\n".join(text)


async def test_nothing_private_is_stored_or_logged(
    signer: CheckpointSigner,
    builder: EntryBuilder,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Events full of private data, written through an outage, leave no trace of that data."""
    db_dir = tmp_path / "db"
    engine = create_async_engine(f"sqlite+aiosqlite:///{db_dir / 'audit.db'}")
    options = WriterOptions(retry_interval_s=0.05, seal_check_s=0.1)
    writer = AuditWriter(ChainStore(engine, signer), builder, Spool(tmp_path), options=options)
    caplog.set_level(logging.DEBUG)
    with structlog.testing.capture_logs() as captured:
        await writer.start()
        for event in _private_events(5):
            writer.submit(event)  # type: ignore[arg-type]
        await writer.flush()
        spool_text = (tmp_path / "audit-spool.jsonl").read_text()
        db_dir.mkdir()
        await create_audit_tables(engine)
        for event in _private_events(5):
            writer.submit(event)  # type: ignore[arg-type]
        await writer.aclose()
    exported = bytearray()
    await export_records(engine, exported.extend, since_us=0, until_us=2**62)
    stored = await _dump(engine)
    await engine.dispose()

    assert stored.count("request") == 10
    assert spool_text, "the outage should have spooled something"
    haystacks = {
        "rows": stored,
        "spool": spool_text,
        "export": exported.decode(),
        "structlog": repr(captured),
        "logging": caplog.text,
    }
    leaks = [
        (where, secret)
        for where, text in haystacks.items()
        for secret in FORBIDDEN
        if secret in text
    ]
    assert leaks == []
