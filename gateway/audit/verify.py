"""Verifies a stored audit log: signatures, the hash chain, and the ends of the log.

The walk starts from the newest signed purge statement (or from genesis), so removed segments
are not reported; it checks every checkpoint's signature and continuity, walks every record,
and compares the tail with the last signed checkpoint (signed evidence of truncation) and with
the chain-head row (unsigned evidence, for the window after the last checkpoint).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from gateway.audit.canonical import checkpoint_message, purge_message
from gateway.audit.chain_store import ChainHead, read_head
from gateway.audit.chain_walk import ChainWalk, SealedPoint
from gateway.audit.record import GENESIS_HASH
from gateway.audit.signing import SignatureChecker
from gateway.audit.tables import audit_checkpoints, audit_purges, audit_records
from gateway.audit.verify_report import ChainProblem, ProblemKind, VerifyReport
from gateway.audit.witness import Witness, check_witnesses

STREAM_ROWS = 2000


class AuditVerifier:
    """Checks a log against a set of trusted public keys."""

    def __init__(self, checker: SignatureChecker, *, max_problems: int = 1000) -> None:
        self._checker = checker
        self._max_problems = max_problems

    async def verify(self, engine: AsyncEngine, witnesses: Iterable[Witness] = ()) -> VerifyReport:
        """Verifies the whole log in one consistent snapshot.

        `witnesses`: checkpoints kept outside the database; the log must still hold each one
        unchanged, which is what catches a tail cut off together with its checkpoints.
        """
        async with engine.connect() as conn:
            await _snapshot(conn)
            run = _Run(self._checker, self._max_problems)
            return await run.verify(conn, tuple(witnesses))


class _Run:
    """The state of one verification (kept off the verifier so it can be reused)."""

    def __init__(self, checker: SignatureChecker, max_problems: int) -> None:
        self._checker = checker
        self._max_problems = max_problems
        self._problems: list[ChainProblem] = []
        self._overflow = False
        self._ranges: list[tuple[int, int, int]] = []
        self._head: ChainHead | None = None

    async def verify(self, conn: AsyncConnection, witnesses: Sequence[Witness]) -> VerifyReport:
        self._head = await read_head(conn)
        checkpoints = (
            (await conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.segment)))
            .mappings()
            .all()
        )
        purges = (await conn.execute(select(audit_purges).order_by(audit_purges.c.id))).mappings()
        sealed = self._check_checkpoints(checkpoints)
        anchor_seq, anchor_hash = self._anchor(purges.all(), checkpoints)
        walk = ChainWalk(
            start_seq=anchor_seq,
            start_hash=anchor_hash,
            sealed=sealed,
            segment_of=self._segment_of,
            report=self._report,
        )
        rows = await conn.stream(
            select(audit_records)
            .order_by(audit_records.c.seq)
            .execution_options(yield_per=STREAM_ROWS)
        )
        async for row in rows.mappings():
            walk.feed(row)
        walk.finish()
        sealed_through = max(sealed, default=0)
        self._check_tail(walk, sealed_through, sealed)
        for problem in check_witnesses(
            witnesses, checkpoints=checkpoints, last_seq=walk.last_seq, checker=self._checker
        ):
            self._report(problem)
        return VerifyReport(
            problems=_collapse(self._problems),
            records_checked=walk.records,
            last_seq=walk.last_seq,
            sealed_through=sealed_through,
            purged_through=anchor_seq,
            truncated_report=self._overflow,
            witnesses_checked=len(witnesses),
        )

    def _check_checkpoints(self, checkpoints: Sequence[Any]) -> dict[int, SealedPoint]:
        sealed: dict[int, SealedPoint] = {}
        expected_segment, expected_first = 1, 1
        for cp in checkpoints:
            message = checkpoint_message(cp.segment, cp.first_seq, cp.last_seq, cp.last_hash)
            if not self._checker.is_valid(cp.key_id, message, cp.signature):
                self._add(
                    ProblemKind.CHECKPOINT_INVALID,
                    cp.first_seq,
                    cp.last_seq,
                    cp.segment,
                    "the signature does not verify with a trusted key",
                )
                continue
            if (cp.segment, cp.first_seq) != (expected_segment, expected_first):
                self._add(
                    ProblemKind.CHECKPOINT_MISSING,
                    expected_first,
                    cp.first_seq - 1,
                    expected_segment,
                    f"expected segment {expected_segment} from seq {expected_first}, "
                    f"found segment {cp.segment} from seq {cp.first_seq}",
                )
            sealed[cp.last_seq] = SealedPoint(cp.segment, cp.first_seq, cp.last_hash)
            self._ranges.append((cp.first_seq, cp.last_seq, cp.segment))
            expected_segment, expected_first = cp.segment + 1, cp.last_seq + 1
        return sealed

    def _anchor(self, purges: Sequence[Any], checkpoints: Sequence[Any]) -> tuple[int, str]:
        """Where the walk starts: after the newest valid purge, else at genesis."""
        by_segment = {cp.segment: cp for cp in checkpoints}
        anchor = (0, GENESIS_HASH)
        for purge in purges:
            message = purge_message(
                purge.through_segment,
                purge.through_seq,
                purge.last_hash,
                purge.before_us,
                purge.purged_us,
            )
            cp = by_segment.get(purge.through_segment)
            if not self._checker.is_valid(purge.key_id, message, purge.signature):
                detail = "the purge statement's signature does not verify"
            elif cp is None or (cp.last_seq, cp.last_hash) != (purge.through_seq, purge.last_hash):
                detail = "the purge statement does not match its segment's checkpoint"
            else:
                anchor = max(anchor, (purge.through_seq, purge.last_hash))
                continue
            self._add(
                ProblemKind.PURGE_INVALID, 1, purge.through_seq, purge.through_segment, detail
            )
        return anchor

    def _check_tail(
        self, walk: ChainWalk, sealed_through: int, sealed: dict[int, SealedPoint]
    ) -> None:
        last = walk.last_seq
        if sealed_through > last:
            segment = sealed[sealed_through].segment
            self._add(
                ProblemKind.TRUNCATED,
                last + 1,
                sealed_through,
                segment,
                f"records up to seq {sealed_through} were signed (checkpoint of segment "
                f"{segment}) but the log ends at seq {last}",
            )
        head = self._head
        if head is None:
            return
        if head.last_seq > max(last, sealed_through):
            self._add(
                ProblemKind.TRUNCATED,
                max(last, sealed_through) + 1,
                head.last_seq,
                head.segment,
                f"the chain head says the log reaches seq {head.last_seq} "
                "(unsigned evidence: these records were not yet sealed)",
            )
        elif head.last_seq < last:
            self._add(
                ProblemKind.INSERTED,
                head.last_seq + 1,
                last,
                head.segment,
                "records beyond the chain head were not appended by the writer",
            )
        elif head.last_seq == last and head.last_hash != walk.last_hash:
            self._add(
                ProblemKind.BROKEN_LINK,
                last,
                last,
                head.segment,
                "the last record is not the one the chain head points to",
            )

    def _segment_of(self, seq: int) -> int | None:
        index = bisect.bisect_right(self._ranges, seq, key=lambda r: r[0]) - 1
        if index >= 0:
            first, last, segment = self._ranges[index]
            if first <= seq <= last:
                return segment
        if self._head is not None and seq >= self._head.segment_first_seq:
            return self._head.segment
        return None

    def _report(self, problem: ChainProblem) -> None:
        if len(self._problems) >= self._max_problems:
            self._overflow = True
            return
        self._problems.append(problem)

    def _add(
        self, kind: ProblemKind, first: int, last: int, segment: int | None, detail: str
    ) -> None:
        self._report(ChainProblem(kind, first, last, segment, detail))


async def _snapshot(conn: AsyncConnection) -> None:
    # Every read must see the same moment, or a writer appending meanwhile would look like a
    # truncation or an insertion at the tail.
    if conn.dialect.name == "postgresql":
        await conn.execution_options(isolation_level="REPEATABLE READ")
    elif conn.dialect.name == "sqlite":
        # pysqlite only emits BEGIN before writes; an explicit one pins a read snapshot.
        await conn.exec_driver_sql("BEGIN")


def _collapse(problems: list[ChainProblem]) -> tuple[ChainProblem, ...]:
    """Sorts problems by place and merges runs (500 altered records make one line)."""
    ordered = sorted(problems, key=lambda p: (p.first_seq or 0, p.kind.value))
    merged: list[ChainProblem] = []
    for problem in sorted(ordered, key=lambda p: p.kind.value):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind is problem.kind
            and last.detail == problem.detail
            and last.last_seq is not None
            and problem.first_seq is not None
            and problem.first_seq == last.last_seq + 1
        ):
            merged[-1] = ChainProblem(
                last.kind, last.first_seq, problem.last_seq, last.segment, last.detail
            )
        else:
            merged.append(problem)
    return tuple(sorted(merged, key=lambda p: (p.first_seq or 0, p.kind.value)))
