"""Walks stored records in sequence order and finds where the hash chain breaks.

Each record is checked three ways: its fields against its own hash, its sequence number
against the one before, and its `prev_hash` against the hash of the record before. A broken
link is explained with a sliding window of nearby hashes (behind and ahead), which tells an
insertion (links back past records) from a reordering (links forward) in one streaming pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from gateway.audit.canonical import stored_record_digest
from gateway.audit.tables import record_from_row
from gateway.audit.verify_report import ChainProblem, ProblemKind

WINDOW = 1024
"""How far (in records) a broken link is looked up on either side."""


@dataclass(frozen=True, slots=True)
class SealedPoint:
    """A checkpoint's claim: the record at `last_seq` has hash `last_hash`."""

    segment: int
    first_seq: int
    last_hash: str


@dataclass(frozen=True, slots=True)
class _Link:
    seq: int
    record_hash: str
    prev_hash: str
    intact: bool
    readable: bool


class ChainWalk:
    """Feeds rows in seq order; collects problems; `finish()` flushes the look-ahead."""

    def __init__(
        self,
        *,
        start_seq: int,
        start_hash: str,
        sealed: Mapping[int, SealedPoint],
        segment_of: Callable[[int], int | None],
        report: Callable[[ChainProblem], None],
    ) -> None:
        self._start_seq = start_seq
        self._expected_seq = start_seq + 1
        self._prev_hash = start_hash
        self._sealed = sealed
        self._segment_of = segment_of
        self._report = report
        self._ahead: deque[_Link] = deque()
        self._behind: deque[_Link] = deque()
        self._index: dict[str, int] = {}
        self._skip_links_through = 0
        self.records = 0

    @property
    def last_seq(self) -> int:
        """The highest sequence number walked so far (the start point before any)."""
        return self._expected_seq - 1

    @property
    def last_hash(self) -> str:
        """The stored hash of the last record walked."""
        return self._prev_hash

    def feed(self, row: Mapping[Any, Any]) -> None:
        """Takes the next row; it is checked once the window ahead of it is full."""
        link = _link_of(row)
        self._ahead.append(link)
        self._index[link.record_hash] = link.seq
        if len(self._ahead) > WINDOW:
            self._check(self._ahead.popleft())

    def finish(self) -> None:
        """Checks the rows still waiting in the look-ahead."""
        while self._ahead:
            self._check(self._ahead.popleft())

    def _check(self, link: _Link) -> None:
        self.records += 1
        seq = link.seq
        if seq <= self._start_seq:
            self._problem(ProblemKind.INSERTED, seq, seq, "present although purged")
            return
        if not link.readable:
            self._problem(ProblemKind.UNREADABLE, seq, seq, "the row is not a valid record")
        elif not link.intact:
            self._problem(ProblemKind.ALTERED, seq, seq, "fields do not match record_hash")
        if seq > self._expected_seq:
            self._problem(
                ProblemKind.MISSING, self._expected_seq, seq - 1, "sequence numbers skip: removed"
            )
        elif seq > self._skip_links_through and link.prev_hash != self._prev_hash:
            self._explain_link(link)
        sealed = self._sealed.get(seq)
        if sealed is not None and sealed.last_hash != link.record_hash:
            self._problem(
                ProblemKind.CHECKPOINT_MISMATCH,
                seq,
                seq,
                f"not the record segment {sealed.segment}'s checkpoint signed: "
                f"seq {sealed.first_seq}..{seq} or earlier was rewritten",
            )
        self._prev_hash = link.record_hash
        self._expected_seq = seq + 1
        self._behind.append(link)
        if len(self._behind) > WINDOW:
            old = self._behind.popleft()
            if self._index.get(old.record_hash) == old.seq:
                del self._index[old.record_hash]

    def _explain_link(self, link: _Link) -> None:
        seq = link.seq
        target = self._index.get(link.prev_hash)
        if target is None:
            self._problem(
                ProblemKind.BROKEN_LINK,
                seq,
                seq,
                f"prev_hash matches no nearby record: record {seq - 1} was replaced",
            )
        elif target >= seq:
            self._problem(
                ProblemKind.REORDERED,
                seq,
                target,
                f"record {seq} links to record {target}, which comes after it",
            )
            # The records in between are the other half of the swap; one report covers them.
            self._skip_links_through = target + 1
        else:
            self._problem(
                ProblemKind.INSERTED,
                target + 1,
                seq - 1,
                f"record {seq} links to record {target}; the chain does not pass through these",
            )

    def _problem(self, kind: ProblemKind, first: int, last: int, detail: str) -> None:
        self._report(ChainProblem(kind, first, last, self._segment_of(first), detail))


def _link_of(row: Mapping[Any, Any]) -> _Link:
    seq = int(row["seq"])
    stored = str(row["record_hash"])
    try:
        record = record_from_row(row)
    except ValueError:
        return _Link(seq, stored, str(row["prev_hash"]), intact=False, readable=False)
    intact = stored_record_digest(record) == stored
    return _Link(seq, stored, record.prev_hash, intact=intact, readable=True)
