"""Witnesses: signed checkpoints kept outside the database, which the log must still reach.

Someone who can write the database can delete the newest records, or the newest sealed
segment with its checkpoint, and rewind the chain-head row: what is left is a shorter chain
that verifies. A witness is a copy of a checkpoint held elsewhere (a file an operator keeps,
or the `audit.segment_sealed` lines shipped from the logs). `verify --witness` then demands
that the log still holds each witnessed checkpoint, unchanged.

A witness file is JSON lines; each line with the checkpoint's fields is one witness, so both
the output of `modelgate audit witness` and a grep of the seal announcements can be passed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.canonical import checkpoint_message
from gateway.audit.seal_announcer import SEAL_EVENT
from gateway.audit.signing import SignatureChecker
from gateway.audit.tables import audit_checkpoints
from gateway.audit.verify_report import ChainProblem, ProblemKind
from gateway.errors import ModelGateError


class Witness(msgspec.Struct, frozen=True, kw_only=True):
    """One signed checkpoint as an operator keeps it."""

    segment: int
    first_seq: int
    last_seq: int
    last_hash: str
    key_id: str
    signature: str
    sealed_us: int | None = None


class WitnessFileError(ModelGateError, ValueError):
    """The witness file holds no witness, or a line that claims to be one and is not."""


def parse_witnesses(text: str) -> list[Witness]:
    """The witnesses in a JSON-lines text; other log lines are skipped, none found is an error.

    A line is taken when it is a JSON object that either has no `event` or is a seal
    announcement; a taken line missing a checkpoint field fails, so a damaged witness can
    never be skipped silently.
    """
    found: list[Witness] = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            document = msgspec.json.decode(line)
        except msgspec.DecodeError:
            continue
        if not isinstance(document, dict) or document.get("event", SEAL_EVENT) != SEAL_EVENT:
            continue
        fields = {name: document[name] for name in Witness.__struct_fields__ if name in document}
        try:
            found.append(msgspec.convert(fields, Witness))
        except msgspec.ValidationError as exc:
            raise WitnessFileError(f"line {number} is not a witnessed checkpoint: {exc}") from exc
    if not found:
        raise WitnessFileError("no witnessed checkpoint found (expected JSON lines)")
    return found


def encode_witness(witness: Witness) -> bytes:
    """One line of a witness file."""
    return msgspec.json.encode(witness, order="sorted") + b"\n"


def append_witness(path: Path, checkpoint: Mapping[str, Any]) -> None:
    """Appends a committed checkpoint to the witness file at `path`, and syncs it.

    Every process that seals appends here (`MODELGATE_AUDIT_WITNESS_FILE`); one `O_APPEND`
    write per line keeps concurrent lines whole.
    """
    line = encode_witness(msgspec.convert(dict(checkpoint), Witness))
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


async def latest_witness(engine: AsyncEngine) -> Witness | None:
    """The newest stored checkpoint, as a witness; None when nothing was sealed yet."""
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                select(audit_checkpoints).order_by(audit_checkpoints.c.segment.desc()).limit(1)
            )
        ).one_or_none()
    if row is None:
        return None
    # Column keys may be `quoted_name` (a str subclass), which msgspec does not take as str.
    return msgspec.convert({str(k): v for k, v in row._mapping.items()}, Witness)


def check_witnesses(
    witnesses: Iterable[Witness],
    *,
    checkpoints: Sequence[Mapping[Any, Any]],
    last_seq: int,
    checker: SignatureChecker,
) -> list[ChainProblem]:
    """What the log lacks or changed of the witnessed checkpoints.

    `checkpoints`: the stored checkpoint rows; `last_seq`: where the stored chain ends. A
    stored checkpoint that matches a witness is checked against its records by the walk.
    """
    stored = {int(cp["segment"]): cp for cp in checkpoints}
    problems: list[ChainProblem] = []
    for witness in witnesses:
        problem = _check_one(witness, stored.get(witness.segment), last_seq, checker)
        if problem is not None:
            problems.append(problem)
    return problems


def _check_one(
    witness: Witness, stored: Mapping[Any, Any] | None, last_seq: int, checker: SignatureChecker
) -> ChainProblem | None:
    span = (witness.first_seq, witness.last_seq, witness.segment)
    message = checkpoint_message(
        witness.segment, witness.first_seq, witness.last_seq, witness.last_hash
    )
    if not checker.is_valid(witness.key_id, message, witness.signature):
        return ChainProblem(
            ProblemKind.WITNESS_INVALID,
            *span,
            "the witnessed checkpoint's signature does not verify with a trusted key",
        )
    if stored is None:
        ends = (
            f"the log ends at seq {last_seq}"
            if last_seq < witness.last_seq
            else f"the log has no checkpoint for segment {witness.segment}"
        )
        return ChainProblem(
            ProblemKind.TRUNCATED,
            max(last_seq + 1, witness.first_seq),
            witness.last_seq,
            witness.segment,
            f"a witness holds the signed checkpoint of segment {witness.segment} "
            f"(records through seq {witness.last_seq}) but {ends}: the tail was cut off",
        )
    if (int(stored["first_seq"]), int(stored["last_seq"]), stored["last_hash"]) != (
        witness.first_seq,
        witness.last_seq,
        witness.last_hash,
    ):
        return ChainProblem(
            ProblemKind.WITNESS_MISMATCH,
            *span,
            f"the stored checkpoint of segment {witness.segment} (seq {stored['first_seq']}.."
            f"{stored['last_seq']}, hash {str(stored['last_hash'])[:12]}) diverges from the "
            f"witness (seq {witness.first_seq}..{witness.last_seq}, hash "
            f"{witness.last_hash[:12]}): the log was rewritten",
        )
    return None
