"""The exact bytes that are hashed and signed, so any verifier can reproduce them.

Canonical form: msgspec JSON with sorted keys and no whitespace, prefixed by a domain tag so a
record hash can never be confused with a checkpoint or purge signature.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import msgspec

from gateway.audit.record import AuditRecord

RECORD_TAG = b"modelgate.audit.record.v1\x00"
CHECKPOINT_TAG = b"modelgate.audit.checkpoint.v1\x00"
PURGE_TAG = b"modelgate.audit.purge.v1\x00"

UNHASHED_FIELDS = frozenset({"caller_request_id"})
"""Fields a record stores but its hash does not cover. The caller's request id is the caller's
text (it may even hold personal data), not evidence of what the gateway did: it can be erased
without breaking the chain, and records written before it existed keep their hashes."""


def record_digest(fields: Mapping[str, Any]) -> str:
    """The SHA-256 hex of a record's fields, excluding `record_hash` itself.

    `fields` must hold every `AuditRecord` field except `record_hash`; `seq` and `prev_hash`
    are among them, which is what chains each record to the one before. `UNHASHED_FIELDS`
    are left out.
    """
    hashed = {name: value for name, value in fields.items() if name not in UNHASHED_FIELDS}
    body = msgspec.json.encode(hashed, order="sorted")
    return hashlib.sha256(RECORD_TAG + body).hexdigest()


def stored_record_digest(record: AuditRecord) -> str:
    """The digest a stored record should carry, recomputed from its fields."""
    fields = msgspec.structs.asdict(record)
    del fields["record_hash"]
    return record_digest(fields)


def checkpoint_message(segment: int, first_seq: int, last_seq: int, last_hash: str) -> bytes:
    """What a checkpoint signs: the segment's range and the hash of its last record."""
    body = {
        "segment": segment,
        "first_seq": first_seq,
        "last_seq": last_seq,
        "last_hash": last_hash,
    }
    return CHECKPOINT_TAG + msgspec.json.encode(body, order="sorted")


def purge_message(
    through_segment: int, through_seq: int, last_hash: str, before_us: int, purged_us: int
) -> bytes:
    """What a purge statement signs: everything up to this sealed point was removed on purpose."""
    body = {
        "through_segment": through_segment,
        "through_seq": through_seq,
        "last_hash": last_hash,
        "before_us": before_us,
        "purged_us": purged_us,
    }
    return PURGE_TAG + msgspec.json.encode(body, order="sorted")
