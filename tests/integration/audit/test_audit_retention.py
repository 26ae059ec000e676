"""Retention: purging whole sealed segments leaves a log that still verifies."""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.chain_store import ChainStore
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.retention import AuditPurger
from gateway.audit.signing import CheckpointSigner, SignatureChecker, generate_signing_key
from gateway.audit.tables import audit_checkpoints, audit_purges, audit_records
from gateway.audit.verify import AuditVerifier
from gateway.audit.verify_report import ProblemKind

from .conftest import ManualClock, make_entries

DAY_S = 86_400


async def _fill(store: ChainStore, builder: EntryBuilder, clock: ManualClock) -> None:
    # Segment 1 is sealed on day 0, segment 2 on day 1; seq 17-20 stay open.
    await store.append(make_entries(builder, 8))
    clock.advance(DAY_S)
    await store.append(make_entries(builder, 12, start=9))


async def test_purge_removes_only_segments_sealed_before_the_date(
    store: ChainStore,
    engine: AsyncEngine,
    builder: EntryBuilder,
    signer: CheckpointSigner,
    checker: SignatureChecker,
    clock: ManualClock,
) -> None:
    """Purging before day 1 removes segment 1 alone, and the rest still verifies."""
    await _fill(store, builder, clock)
    result = await AuditPurger(engine, signer, clock=clock).purge_before(clock.now_us - 1)
    assert (result.segments, result.records, result.through_seq) == (1, 8, 8)
    report = await AuditVerifier(checker).verify(engine)
    assert report.ok, report.problems
    assert (report.purged_through, report.records_checked) == (8, 12)


async def test_repeated_purges_keep_the_log_verifiable(
    store: ChainStore,
    engine: AsyncEngine,
    builder: EntryBuilder,
    signer: CheckpointSigner,
    checker: SignatureChecker,
    clock: ManualClock,
) -> None:
    """A second purge continues from the first; the open tail is never purged; digests stay."""
    await _fill(store, builder, clock)
    purger = AuditPurger(engine, signer, clock=clock)
    await purger.purge_before(clock.now_us - 1)
    clock.advance(DAY_S)
    second = await purger.purge_before(clock.now_us)
    assert (second.segments, second.through_seq) == (1, 16)
    assert (await purger.purge_before(clock.now_us)).through_seq is None
    report = await AuditVerifier(checker).verify(engine)
    assert report.ok, report.problems
    assert (report.purged_through, report.records_checked, report.unsealed) == (16, 4, 4)
    async with engine.connect() as conn:
        assert await conn.scalar(select(func.count()).select_from(audit_checkpoints)) == 2


async def test_deleting_a_segment_without_a_purge_is_tampering(
    store: ChainStore,
    engine: AsyncEngine,
    builder: EntryBuilder,
    checker: SignatureChecker,
    clock: ManualClock,
) -> None:
    """Removing segment 1 by hand, with no signed purge statement, is reported as missing."""
    await _fill(store, builder, clock)
    async with engine.begin() as conn:
        await conn.execute(delete(audit_records).where(audit_records.c.seq <= 8))
    report = await AuditVerifier(checker).verify(engine)
    assert [(p.kind, p.first_seq, p.last_seq) for p in report.problems] == [
        (ProblemKind.MISSING, 1, 8)
    ]


async def test_a_purge_signed_by_another_key_is_not_accepted(
    store: ChainStore,
    engine: AsyncEngine,
    builder: EntryBuilder,
    checker: SignatureChecker,
    clock: ManualClock,
) -> None:
    """A purge statement signed with an untrusted key neither verifies nor hides the removal."""
    await _fill(store, builder, clock)
    rogue = CheckpointSigner(generate_signing_key())
    await AuditPurger(engine, rogue, clock=clock).purge_before(clock.now_us - 1)
    report = await AuditVerifier(checker).verify(engine)
    kinds = {p.kind for p in report.problems}
    assert kinds == {ProblemKind.PURGE_INVALID, ProblemKind.MISSING}


async def test_a_purge_statement_moved_forward_is_caught(
    store: ChainStore,
    engine: AsyncEngine,
    builder: EntryBuilder,
    signer: CheckpointSigner,
    checker: SignatureChecker,
    clock: ManualClock,
) -> None:
    """Editing a purge statement to cover more than was signed breaks its signature."""
    await _fill(store, builder, clock)
    await AuditPurger(engine, signer, clock=clock).purge_before(clock.now_us - 1)
    async with engine.begin() as conn:
        await conn.execute(update(audit_purges).values(through_seq=16, through_segment=2))
        await conn.execute(delete(audit_records).where(audit_records.c.seq <= 16))
    report = await AuditVerifier(checker).verify(engine)
    assert ProblemKind.PURGE_INVALID in {p.kind for p in report.problems}
    assert not report.ok
