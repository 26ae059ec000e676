"""`verify`: an honest log passes; each kind of tampering is found, named and located.

The log under test has 20 records sealed every 8: segments 1 (seq 1-8) and 2 (9-16) are
signed, seq 17-20 are the open tail.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import msgspec
import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.audit.canonical import record_digest
from gateway.audit.chain_store import ChainStore
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.signing import SignatureChecker
from gateway.audit.tables import (
    audit_chain_head,
    audit_checkpoints,
    audit_records,
    record_from_row,
    record_row,
)
from gateway.audit.verify import AuditVerifier
from gateway.audit.verify_report import ProblemKind

from .conftest import make_entries, make_event

Tamper = Callable[[AsyncConnection, EntryBuilder], Awaitable[None]]
R = audit_records.c


async def _record(conn: AsyncConnection, seq: int) -> dict[str, Any]:
    row = (await conn.execute(select(audit_records).where(R.seq == seq))).mappings().one()
    return msgspec.structs.asdict(record_from_row(row))


async def change_a_field(conn: AsyncConnection, builder: EntryBuilder) -> None:
    await conn.execute(update(audit_records).where(R.seq == 5).values(action="block"))


async def delete_a_record(conn: AsyncConnection, builder: EntryBuilder) -> None:
    await conn.execute(delete(audit_records).where(R.seq == 5))


async def insert_a_record(conn: AsyncConnection, builder: EntryBuilder) -> None:
    # A careful forger: makes room at seq 5 and chains the forged record from record 4.
    await conn.execute(update(audit_records).where(R.seq >= 5).values(seq=R.seq + 1000))
    await conn.execute(update(audit_records).where(R.seq >= 1005).values(seq=R.seq - 999))
    before = await _record(conn, 4)
    fields = msgspec.structs.asdict(builder.build(make_event(999, action="allow")))
    fields.update(seq=5, segment=1, prev_hash=before["record_hash"])
    fields["record_hash"] = record_digest(fields)
    await conn.execute(insert(audit_records).values(**record_row(fields)))


async def swap_two_records(conn: AsyncConnection, builder: EntryBuilder) -> None:
    await conn.execute(update(audit_records).where(R.seq == 5).values(seq=-1))
    await conn.execute(update(audit_records).where(R.seq == 6).values(seq=5))
    await conn.execute(update(audit_records).where(R.seq == -1).values(seq=6))


async def truncate_past_checkpoint(conn: AsyncConnection, builder: EntryBuilder) -> None:
    # Also rewinds the head row, so only the signed checkpoint still remembers seq 11-16.
    last = await _record(conn, 10)
    await conn.execute(delete(audit_records).where(R.seq > 10))
    await conn.execute(update(audit_chain_head).values(last_seq=10, last_hash=last["record_hash"]))


async def truncate_unsealed_tail(conn: AsyncConnection, builder: EntryBuilder) -> None:
    await conn.execute(delete(audit_records).where(R.seq > 18))


async def rewrite_and_rehash(conn: AsyncConnection, builder: EntryBuilder) -> None:
    # A forger who recomputes every hash after the change: only the signature can tell.
    prev = (await _record(conn, 4))["record_hash"]
    for seq in range(5, 21):
        fields = await _record(conn, seq)
        if seq == 5:
            fields["action"] = "allow-forged"
        fields["prev_hash"] = prev
        del fields["record_hash"]
        prev = record_digest(fields)
        await conn.execute(
            update(audit_records)
            .where(R.seq == seq)
            .values(action=fields["action"], prev_hash=fields["prev_hash"], record_hash=prev)
        )
    await conn.execute(update(audit_chain_head).values(last_hash=prev))


async def forge_a_checkpoint(conn: AsyncConnection, builder: EntryBuilder) -> None:
    await conn.execute(
        update(audit_checkpoints).where(audit_checkpoints.c.segment == 2).values(last_seq=15)
    )


TAMPERING = [
    pytest.param(change_a_field, ProblemKind.ALTERED, 5, 1, id="changed"),
    pytest.param(delete_a_record, ProblemKind.MISSING, 5, 1, id="removed"),
    pytest.param(insert_a_record, ProblemKind.INSERTED, 5, 1, id="inserted"),
    pytest.param(swap_two_records, ProblemKind.REORDERED, 5, 1, id="reordered"),
    pytest.param(truncate_past_checkpoint, ProblemKind.TRUNCATED, 11, 2, id="truncated-sealed"),
    pytest.param(truncate_unsealed_tail, ProblemKind.TRUNCATED, 19, 3, id="truncated-tail"),
    pytest.param(rewrite_and_rehash, ProblemKind.CHECKPOINT_MISMATCH, 8, 1, id="rehashed"),
    pytest.param(forge_a_checkpoint, ProblemKind.CHECKPOINT_INVALID, 9, 2, id="forged-checkpoint"),
]


@pytest.fixture
async def honest_log(store: ChainStore, builder: EntryBuilder) -> None:
    """Twenty records: two sealed segments and an open tail of four."""
    await store.append(make_entries(builder, 20))


@pytest.mark.usefixtures("honest_log")
async def test_honest_log_verifies(engine: AsyncEngine, checker: SignatureChecker) -> None:
    """An untouched log verifies, with its sealed and unsealed extent reported."""
    report = await AuditVerifier(checker).verify(engine)
    assert report.ok, report.problems
    assert (report.records_checked, report.sealed_through, report.unsealed) == (20, 16, 4)


@pytest.mark.usefixtures("honest_log")
@pytest.mark.parametrize(("tamper", "kind", "first_seq", "segment"), TAMPERING)
async def test_tampering_is_detected_and_located(
    engine: AsyncEngine,
    checker: SignatureChecker,
    builder: EntryBuilder,
    tamper: Tamper,
    kind: ProblemKind,
    first_seq: int,
    segment: int,
) -> None:
    """Each kind of tampering makes verify fail with that kind of problem at that place."""
    async with engine.begin() as conn:
        await tamper(conn, builder)
    report = await AuditVerifier(checker).verify(engine)
    assert not report.ok
    found = [(p.kind, p.first_seq, p.segment) for p in report.problems]
    assert (kind, first_seq, segment) in found, [p.describe() for p in report.problems]


@pytest.mark.usefixtures("honest_log")
async def test_untrusted_key_fails_every_checkpoint(engine: AsyncEngine) -> None:
    """Checkpoints signed by a key the auditor does not trust do not count as signed."""
    report = await AuditVerifier(SignatureChecker([])).verify(engine)
    assert {p.kind for p in report.problems} == {ProblemKind.CHECKPOINT_INVALID}
    assert report.sealed_through == 0
