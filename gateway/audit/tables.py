"""The audit tables on the shared metadata, and the mapping between rows and records.

audit_records      one row per record, every `AuditRecord` field a column
audit_chain_head   one row per chain: the last seq and hash, and the open segment
audit_checkpoints  one signed digest per sealed segment; kept after a purge
audit_purges       one signed statement per purge: the chain prefix removed on purpose
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec
from sqlalchemy import BigInteger, Column, Float, Index, Integer, String, Table, Text

from gateway.audit.record import AuditRecord
from gateway.storage.metadata import metadata

CHAIN_NAME = "main"

audit_records = Table(
    "audit_records",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("segment", BigInteger, nullable=False),
    Column("record_id", String(32), nullable=False, unique=True),
    Column("time_us", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("request_id", String(256)),
    Column("key_pseudonym", String(64)),
    Column("account_pseudonym", String(64)),
    Column("client_pseudonym", String(64)),
    Column("tier", String(256)),
    Column("model", String(256)),
    Column("release_stage", String(256)),
    Column("endpoint", String(256)),
    Column("action", String(256)),
    Column("status", Integer),
    Column("scores", Text, nullable=False),
    Column("prompt_tokens", BigInteger),
    Column("completion_tokens", BigInteger),
    Column("latency_ms", Float),
    Column("policy_hash", String(256)),
    Column("content_mode", String(16), nullable=False),
    Column("prompt_content", Text),
    Column("completion_content", Text),
    Column("actor", String(256)),
    Column("target", String(256)),
    Column("prev_hash", String(64), nullable=False),
    Column("record_hash", String(64), nullable=False),
    # The caller's own X-Request-Id: searchable, but not the key and not hashed (canonical.py).
    Column("caller_request_id", String(64)),
    Index("ix_audit_records_time_us", "time_us"),
    Index("ix_audit_records_request_id", "request_id"),
    Index("ix_audit_records_caller_request_id", "caller_request_id"),
)

audit_chain_head = Table(
    "audit_chain_head",
    metadata,
    Column("chain", String(32), primary_key=True),
    Column("last_seq", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("segment", BigInteger, nullable=False),
    Column("segment_first_seq", BigInteger, nullable=False),
    Column("segment_opened_us", BigInteger, nullable=False),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("segment", BigInteger, primary_key=True, autoincrement=False),
    Column("first_seq", BigInteger, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("sealed_us", BigInteger, nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)

audit_purges = Table(
    "audit_purges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("through_segment", BigInteger, nullable=False),
    Column("through_seq", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("before_us", BigInteger, nullable=False),
    Column("purged_us", BigInteger, nullable=False),
    Column("record_count", BigInteger, nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)


def record_row(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The `audit_records` row for a record's fields (scores become canonical JSON text)."""
    row = dict(fields)
    row["scores"] = msgspec.json.encode(fields["scores"], order="sorted").decode()
    return row


def record_from_row(row: Mapping[Any, Any]) -> AuditRecord:
    """The record a row holds; raises `ValueError` when the row cannot be a record at all."""
    # Column keys may be `quoted_name` (a str subclass), which msgspec does not take as str.
    fields = {str(key): value for key, value in row.items()}
    try:
        fields["scores"] = msgspec.json.decode(fields["scores"])
        return msgspec.convert(fields, AuditRecord)
    except (msgspec.DecodeError, msgspec.ValidationError, TypeError) as exc:
        raise ValueError(f"row is not a valid audit record: {exc}") from exc
