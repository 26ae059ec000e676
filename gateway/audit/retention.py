"""Retention: removes whole sealed segments from the start of the log, on the record.

Only a prefix of sealed segments is ever removed, so the rest of the chain still links to a
known point. Each purge leaves a signed statement (through which segment, seq and hash) and
keeps the segments' checkpoints, so `verify` starts after the purged prefix and tells a purge
apart from someone deleting records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.canonical import purge_message
from gateway.audit.chain_store import lock_head
from gateway.audit.record import now_us
from gateway.audit.signing import CheckpointSigner
from gateway.audit.tables import audit_checkpoints, audit_purges, audit_records


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge removed."""

    segments: int
    records: int
    through_seq: int | None
    """The last removed sequence number; None when nothing was old enough."""


class AuditPurger:
    """Removes sealed segments sealed before a given time."""

    def __init__(
        self, engine: AsyncEngine, signer: CheckpointSigner, *, clock: Callable[[], int] = now_us
    ) -> None:
        self._engine = engine
        self._signer = signer
        self._clock = clock

    async def purge_before(self, before_us: int) -> PurgeResult:
        """Removes every sealed segment sealed before `before_us`, oldest first, in one go."""
        async with self._engine.begin() as conn:
            # Holding the head lock serialises purges with each other and with sealing.
            await lock_head(conn)
            purged_through = await conn.scalar(select(func.max(audit_purges.c.through_seq))) or 0
            candidates = (
                await conn.execute(
                    select(audit_checkpoints)
                    .where(audit_checkpoints.c.last_seq > purged_through)
                    .order_by(audit_checkpoints.c.segment)
                )
            ).all()
            chosen = []
            # A segment sealed before the cut-off holds only records written before it (a
            # record is always written before its segment is sealed); stop at the first newer.
            for cp in candidates:
                if cp.sealed_us >= before_us:
                    break
                chosen.append(cp)
            if not chosen:
                return PurgeResult(0, 0, None)
            last = chosen[-1]
            removed = await conn.execute(
                delete(audit_records).where(audit_records.c.seq <= last.last_seq)
            )
            purged_us = self._clock()
            message = purge_message(
                last.segment, last.last_seq, last.last_hash, before_us, purged_us
            )
            await conn.execute(
                insert(audit_purges).values(
                    through_segment=last.segment,
                    through_seq=last.last_seq,
                    last_hash=last.last_hash,
                    before_us=before_us,
                    purged_us=purged_us,
                    record_count=removed.rowcount,
                    key_id=self._signer.key_id,
                    signature=self._signer.sign(message),
                )
            )
        return PurgeResult(len(chosen), removed.rowcount, last.last_seq)
