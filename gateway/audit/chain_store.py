"""Appends entries to the hash chain in the database, and seals segments with checkpoints.

Several gateway replicas may share one PostgreSQL database, so every append is one
transaction that first locks the chain-head row (an `UPDATE ... RETURNING` on it: a row lock
on PostgreSQL, the write lock on SQLite), then chains from the head it read, inserts, and
moves the head. Appends from all replicas are therefore serialised and the chain stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import structlog
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.audit.canonical import checkpoint_message, record_digest
from gateway.audit.record import GENESIS_HASH, AuditEntry, now_us
from gateway.audit.seal_announcer import announce_seal
from gateway.audit.signing import CheckpointSigner
from gateway.audit.tables import (
    CHAIN_NAME,
    audit_chain_head,
    audit_checkpoints,
    audit_records,
    record_row,
)
from gateway.audit.witness import append_witness


@dataclass(frozen=True, slots=True)
class SealPolicy:
    """When the open segment is sealed with a signed checkpoint."""

    max_records: int = 1000
    """Seal as soon as the segment holds this many records."""
    max_age_s: float = 60.0
    """Seal once the segment's first record is this old, even if few records followed."""


@dataclass(slots=True)
class ChainHead:
    """The chain's current end and its open (unsealed) segment."""

    last_seq: int
    last_hash: str
    segment: int
    segment_first_seq: int
    segment_opened_us: int

    @property
    def open_count(self) -> int:
        """How many records the open segment holds."""
        return self.last_seq - self.segment_first_seq + 1


def genesis_head() -> ChainHead:
    """The head of a log with no records: segment 1 is open and empty."""
    return ChainHead(0, GENESIS_HASH, 1, 1, 0)


class ChainStore:
    """The single path by which records enter the database."""

    def __init__(
        self,
        engine: AsyncEngine,
        signer: CheckpointSigner,
        *,
        seal_policy: SealPolicy | None = None,
        clock: Callable[[], int] = now_us,
        sealed_by: str = "gateway",
        witness_file: Path | None = None,
    ) -> None:
        self._engine = engine
        self._signer = signer
        self._policy = seal_policy or SealPolicy()
        self._clock = clock
        self._sealed_by = sealed_by
        self._witness_file = witness_file

    async def prepare(self) -> None:
        """Creates the chain-head row if this is a new log (safe to race with other replicas)."""
        try:
            async with self._engine.begin() as conn:
                found = await conn.scalar(
                    select(func.count()).where(audit_chain_head.c.chain == CHAIN_NAME)
                )
                if not found:
                    values = {"chain": CHAIN_NAME, **_head_values(genesis_head())}
                    await conn.execute(insert(audit_chain_head).values(**values))
        except IntegrityError:
            pass  # another replica created it first, which is all we wanted

    async def append(self, entries: Sequence[AuditEntry], *, may_exist: bool = False) -> int:
        """Chains and inserts `entries` in order; returns how many were new.

        With `may_exist` (a replay from the spool), entries whose record id is already stored
        are skipped: their earlier commit succeeded even though its acknowledgement was lost.
        """
        async with self._engine.begin() as conn:
            head = await self._lock_head(conn)
            if may_exist and entries:
                entries = await _unseen(conn, entries)
            now = self._clock()
            rows: list[dict[str, Any]] = []
            checkpoints: list[dict[str, Any]] = []
            for entry in entries:
                if head.open_count == 0:
                    head.segment_opened_us = now
                fields = msgspec.structs.asdict(entry)
                fields.update(seq=head.last_seq + 1, segment=head.segment, prev_hash=head.last_hash)
                fields["record_hash"] = record_digest(fields)
                rows.append(record_row(fields))
                head.last_seq, head.last_hash = fields["seq"], fields["record_hash"]
                if head.open_count >= self._policy.max_records:
                    checkpoints.append(self._seal(head, now))
            if self._age_due(head, now):
                checkpoints.append(self._seal(head, now))
            if rows:
                await conn.execute(insert(audit_records), rows)
            if checkpoints:
                await conn.execute(insert(audit_checkpoints), checkpoints)
            await self._store_head(conn, head)
        self._announce(checkpoints)
        return len(rows)

    async def seal(self, *, force: bool = False) -> int | None:
        """Seals the open segment if it is due (or non-empty, with `force`); returns its number."""
        async with self._engine.begin() as conn:
            head = await self._lock_head(conn)
            now = self._clock()
            if head.open_count == 0 or not (force or self._age_due(head, now)):
                return None
            checkpoint = self._seal(head, now)
            await conn.execute(insert(audit_checkpoints).values(**checkpoint))
            await self._store_head(conn, head)
        self._announce([checkpoint])
        return int(checkpoint["segment"])

    def _announce(self, checkpoints: Sequence[dict[str, Any]]) -> None:
        # Announced once committed: a copy of each signed digest outside the database lets an
        # auditor notice if whole checkpoints were later deleted along with their records.
        for cp in checkpoints:
            announce_seal(cp, sealed_by=self._sealed_by)
            if self._witness_file is not None:
                try:
                    append_witness(self._witness_file, cp)
                except OSError as exc:
                    # The seal is committed either way; its announcement above still stands.
                    structlog.get_logger("modelgate.audit.chain").error(
                        "audit.witness_unwritable", segment=cp["segment"], error=type(exc).__name__
                    )

    def _age_due(self, head: ChainHead, now: int) -> bool:
        age_us = now - head.segment_opened_us
        return head.open_count > 0 and age_us >= self._policy.max_age_s * 1_000_000

    def _seal(self, head: ChainHead, now: int) -> dict[str, Any]:
        """The checkpoint for the open segment; moves `head` on to a new, empty segment."""
        message = checkpoint_message(
            head.segment, head.segment_first_seq, head.last_seq, head.last_hash
        )
        checkpoint = {
            "segment": head.segment,
            "first_seq": head.segment_first_seq,
            "last_seq": head.last_seq,
            "last_hash": head.last_hash,
            "sealed_us": now,
            "key_id": self._signer.key_id,
            "signature": self._signer.sign(message),
        }
        head.segment += 1
        head.segment_first_seq = head.last_seq + 1
        head.segment_opened_us = 0
        return checkpoint

    async def _lock_head(self, conn: AsyncConnection) -> ChainHead:
        return await lock_head(conn)

    async def _store_head(self, conn: AsyncConnection, head: ChainHead) -> None:
        await conn.execute(
            update(audit_chain_head)
            .where(audit_chain_head.c.chain == CHAIN_NAME)
            .values(**_head_values(head))
        )


async def lock_head(conn: AsyncConnection) -> ChainHead:
    """Locks the chain head for the rest of the transaction and returns it."""
    # A no-op UPDATE as the first statement: it takes the row lock on PostgreSQL and the
    # database write lock on SQLite before anything is read, so no replica chains from a
    # head that another one is about to move.
    h = audit_chain_head.c
    result = await conn.execute(
        update(audit_chain_head)
        .where(h.chain == CHAIN_NAME)
        .values(last_seq=h.last_seq)
        .returning(h.last_seq, h.last_hash, h.segment, h.segment_first_seq, h.segment_opened_us)
    )
    row = result.one_or_none()
    if row is None:
        raise LookupError("the audit chain head is missing; call ChainStore.prepare() first")
    return ChainHead(*row)


async def read_head(conn: AsyncConnection) -> ChainHead | None:
    """The chain head as stored, without locking it (for verify)."""
    h = audit_chain_head.c
    row = (
        await conn.execute(
            select(
                h.last_seq, h.last_hash, h.segment, h.segment_first_seq, h.segment_opened_us
            ).where(h.chain == CHAIN_NAME)
        )
    ).one_or_none()
    return None if row is None else ChainHead(*row)


async def _unseen(conn: AsyncConnection, entries: Sequence[AuditEntry]) -> list[AuditEntry]:
    ids = [entry.record_id for entry in entries]
    found = await conn.scalars(
        select(audit_records.c.record_id).where(audit_records.c.record_id.in_(ids))
    )
    stored = set(found)
    return [entry for entry in entries if entry.record_id not in stored]


def _head_values(head: ChainHead) -> dict[str, Any]:
    return {
        "last_seq": head.last_seq,
        "last_hash": head.last_hash,
        "segment": head.segment,
        "segment_first_seq": head.segment_first_seq,
        "segment_opened_us": head.segment_opened_us,
    }
