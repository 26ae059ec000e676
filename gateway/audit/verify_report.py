"""What `verify` found: each problem says what is wrong and where (seq range, segment)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ProblemKind(enum.StrEnum):
    """The ways a log can fail verification."""

    ALTERED = "altered"
    """A record's fields no longer produce its stored hash."""
    UNREADABLE = "unreadable"
    """A row cannot even be read as a record."""
    MISSING = "missing"
    """Sequence numbers skip: records were removed."""
    INSERTED = "inserted"
    """Records that the chain does not link through."""
    REORDERED = "reordered"
    """A record links to one that comes after it."""
    BROKEN_LINK = "broken-link"
    """A record's `prev_hash` matches no nearby record: its predecessor was replaced."""
    TRUNCATED = "truncated"
    """Records are gone from the end of the log."""
    CHECKPOINT_INVALID = "checkpoint-invalid"
    """A checkpoint's signature does not verify with a trusted key."""
    CHECKPOINT_MISMATCH = "checkpoint-mismatch"
    """A sealed segment's last record is not the one its checkpoint signed."""
    CHECKPOINT_MISSING = "checkpoint-missing"
    """Checkpoints skip segments or sequence ranges."""
    PURGE_INVALID = "purge-invalid"
    """A purge statement is unsigned, or does not match the checkpoint it names."""
    WITNESS_INVALID = "witness-invalid"
    """A witnessed checkpoint (kept outside the database) is not signed by a trusted key."""
    WITNESS_MISMATCH = "witness-mismatch"
    """The stored checkpoint of a witnessed segment differs from the witness."""


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One finding, located by sequence range and segment."""

    kind: ProblemKind
    first_seq: int | None
    last_seq: int | None
    segment: int | None
    detail: str

    def describe(self) -> str:
        """One line for people: what, where, why."""
        where = []
        if self.first_seq is not None:
            span = (
                f"seq {self.first_seq}"
                if self.last_seq in (None, self.first_seq)
                else f"seq {self.first_seq}..{self.last_seq}"
            )
            where.append(span)
        if self.segment is not None:
            where.append(f"segment {self.segment}")
        location = f" at {', '.join(where)}" if where else ""
        return f"{self.kind.value}{location}: {self.detail}"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of verifying a whole log."""

    problems: tuple[ChainProblem, ...]
    records_checked: int
    last_seq: int
    """The highest sequence number present (or the purge anchor when none is)."""
    sealed_through: int
    """The last sequence number covered by a valid signed checkpoint."""
    purged_through: int
    """Records up to here were removed by a signed purge; verification starts after them."""
    truncated_report: bool = False
    """True when verify stopped collecting problems because there were too many."""
    witnesses_checked: int = 0
    """How many checkpoints kept outside the database the log was held against."""

    @property
    def ok(self) -> bool:
        """Whether the log verified without a single problem."""
        return not self.problems

    @property
    def unsealed(self) -> int:
        """Records after the last checkpoint: they verify by chain only, not by signature."""
        return max(0, self.last_seq - max(self.sealed_through, self.purged_through))
