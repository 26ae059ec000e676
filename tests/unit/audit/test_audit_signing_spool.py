"""Signing keys and the spool file: signatures check, the spool is durable and exclusive."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.audit.content import ContentSealer
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import AuditEvent, RecordKind
from gateway.audit.signing import (
    CheckpointSigner,
    SignatureChecker,
    generate_signing_key,
    load_private_key,
    load_public_key,
    write_key_pair,
)
from gateway.audit.spool import SPOOL_NAME, Spool, SpoolInUseError, slot_path
from gateway.audit.verify_report import ChainProblem, ProblemKind

PSEUDONYMS = Pseudonymizer(b"0123456789abcdef0123456789abcdef")
BUILDER = EntryBuilder(PSEUDONYMS, ContentSealer(PSEUDONYMS))


def test_signature_checks_only_for_the_signed_message_and_a_trusted_key() -> None:
    """A signature verifies for its message and key, not for another message or key."""
    signer = CheckpointSigner(generate_signing_key())
    signature = signer.sign(b"segment 1")
    assert SignatureChecker([signer.public_key]).is_valid(signer.key_id, b"segment 1", signature)
    assert not SignatureChecker([signer.public_key]).is_valid(
        signer.key_id, b"segment 2", signature
    )
    assert not SignatureChecker([]).is_valid(signer.key_id, b"segment 1", signature)


def test_written_key_pair_loads_back(tmp_path: Path) -> None:
    """write_key_pair's files load as a matching private and public key."""
    private_path, public_path = write_key_pair(tmp_path)
    private, public = load_private_key(private_path), load_public_key(public_path)
    signer = CheckpointSigner(private)
    assert SignatureChecker([public]).is_valid(signer.key_id, b"m", signer.sign(b"m"))


async def test_spool_keeps_entries_in_order_until_cleared(tmp_path: Path) -> None:
    """Appended entries read back in order, survive reopening, and are gone after clear."""
    entries = [
        BUILDER.build(AuditEvent(kind=RecordKind.ADMIN, request_id=f"r{n}")) for n in range(5)
    ]
    spool = Spool(tmp_path)
    await spool.open()
    await spool.append(entries[:2])
    await spool.append(entries[2:])
    await spool.close()
    reopened = Spool(tmp_path)
    await reopened.open()
    assert reopened.pending == 5
    assert await reopened.read() == entries
    await reopened.clear()
    assert (reopened.pending, await reopened.read()) == (0, [])
    await reopened.close()


async def test_torn_tail_is_cut_so_later_appends_survive(tmp_path: Path) -> None:
    """A half-written last line is dropped on open and does not swallow the next entry."""
    (tmp_path / SPOOL_NAME).write_bytes(b'{"record_id":"half')
    spool = Spool(tmp_path)
    await spool.open()
    entry = BUILDER.build(AuditEvent(kind=RecordKind.REVIEW, request_id="after"))
    await spool.append([entry])
    assert await spool.read() == [entry]
    await spool.close()


async def test_second_owner_of_a_spool_is_refused(tmp_path: Path) -> None:
    """Two writers on one data dir would interleave replays; the second fails to open."""
    first = Spool(tmp_path)
    await first.open()
    with pytest.raises(SpoolInUseError):
        await Spool(tmp_path).open()
    await first.close()


async def test_processes_sharing_a_data_dir_take_their_own_slots(tmp_path: Path) -> None:
    """Workers of one server each get a spool file; past the last slot the next is refused."""
    first, second = Spool(tmp_path, slots=2), Spool(tmp_path, slots=2)
    await first.open()
    await second.open()
    assert (first.path, second.path) == (slot_path(tmp_path, 0), slot_path(tmp_path, 1))
    with pytest.raises(SpoolInUseError):
        await Spool(tmp_path, slots=2).open()
    await first.close()
    await second.close()


async def test_a_free_slots_entries_are_adopted_not_stranded(tmp_path: Path) -> None:
    """Entries spooled by a worker that is gone move to the next process that opens, once."""
    entries = [
        BUILDER.build(AuditEvent(kind=RecordKind.REVIEW, request_id=f"r{i}")) for i in range(3)
    ]
    gone = Spool(tmp_path, slots=4)
    await gone.open()
    blocker = Spool(tmp_path, slots=4)
    await blocker.open()  # holds slot 1 while `gone` (slot 0) writes, then leaves
    await blocker.append(entries[:1])
    await gone.append(entries[1:])
    await gone.close()
    await blocker.close()
    survivor = Spool(tmp_path, slots=4)
    await survivor.open()
    assert survivor.pending == 3
    assert sorted(e.request_id for e in await survivor.read()) == ["r0", "r1", "r2"]
    await survivor.close()
    again = Spool(tmp_path, slots=4)
    await again.open()
    assert again.pending == 3  # the same slot again: adopted entries were moved, not copied
    await again.close()
    assert slot_path(tmp_path, 1).read_bytes() == b""


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (ChainProblem(ProblemKind.ALTERED, 5, 5, 1, "x"), "altered at seq 5, segment 1: x"),
        (ChainProblem(ProblemKind.MISSING, 5, 7, None, "y"), "missing at seq 5..7: y"),
        (ChainProblem(ProblemKind.PURGE_INVALID, None, None, None, "z"), "purge-invalid: z"),
    ],
)
def test_problem_descriptions_say_what_and_where(problem: ChainProblem, text: str) -> None:
    """Each problem renders as one line with its kind, sequence range and segment."""
    assert problem.describe() == text
