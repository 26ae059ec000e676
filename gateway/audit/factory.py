"""Assembles an `AuditWriter` from plain configuration values, for `create_app`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.content import ContentSealer
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.signing import CheckpointSigner, load_private_key
from gateway.audit.spool import Spool
from gateway.audit.writer import AuditWriter, WriterOptions


def build_audit_writer(
    engine: AsyncEngine,
    *,
    data_dir: Path,
    pseudonym_secret: bytes,
    signing_key: Path | bytes,
    content_key: bytes | None = None,
    seal_policy: SealPolicy | None = None,
    options: WriterOptions | None = None,
    spool_slots: int = 1,
    sealed_by: str = "gateway",
    witness_file: Path | None = None,
) -> AuditWriter:
    """A writer on `engine` that spools under `data_dir`; call `start()` in the lifespan.

    `spool_slots`: how many processes may share `data_dir`, each with its own spool file.
    `sealed_by`: the kind of process, named in each seal announcement (`gateway`, `cli`).
    `witness_file`: where every seal also appends its checkpoint (see `witness.py`)."""
    pseudonymizer = Pseudonymizer(pseudonym_secret)
    signer = CheckpointSigner(load_private_key(signing_key))
    return AuditWriter(
        ChainStore(
            engine,
            signer,
            seal_policy=seal_policy,
            sealed_by=sealed_by,
            witness_file=witness_file,
        ),
        EntryBuilder(pseudonymizer, ContentSealer(pseudonymizer, content_key)),
        Spool(data_dir, spool_slots),
        options=options,
    )
