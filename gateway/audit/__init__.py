"""The audit log: privacy-safe records, a signed hash chain, a spool that loses nothing.

Wiring (in `create_app`): `writer = build_audit_writer(engine, ...)`; `await writer.start()`
on start-up, `await writer.aclose()` on shutdown; the record stage calls
`writer.submit(AuditEvent(...))` once per request. See docs/audit.md.
"""

from gateway.audit.chain_store import ChainStore, SealPolicy
from gateway.audit.content import ContentSealer
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.export import export_records
from gateway.audit.factory import build_audit_writer
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import AuditEntry, AuditEvent, AuditRecord, ContentMode, RecordKind
from gateway.audit.retention import AuditPurger, PurgeResult
from gateway.audit.signing import (
    CheckpointSigner,
    SignatureChecker,
    generate_signing_key,
    load_private_key,
    load_public_key,
    write_key_pair,
)
from gateway.audit.spool import Spool, SpoolInUseError
from gateway.audit.verify import AuditVerifier
from gateway.audit.verify_report import ChainProblem, ProblemKind, VerifyReport
from gateway.audit.writer import (
    AuditNotDurableError,
    AuditWriter,
    AuditWriterClosedError,
    WriterOptions,
)

__all__ = [
    "AuditEntry",
    "AuditEvent",
    "AuditNotDurableError",
    "AuditPurger",
    "AuditRecord",
    "AuditVerifier",
    "AuditWriter",
    "AuditWriterClosedError",
    "ChainProblem",
    "ChainStore",
    "CheckpointSigner",
    "ContentMode",
    "ContentSealer",
    "EntryBuilder",
    "ProblemKind",
    "Pseudonymizer",
    "PurgeResult",
    "RecordKind",
    "SealPolicy",
    "SignatureChecker",
    "Spool",
    "SpoolInUseError",
    "VerifyReport",
    "WriterOptions",
    "build_audit_writer",
    "export_records",
    "generate_signing_key",
    "load_private_key",
    "load_public_key",
    "write_key_pair",
]
