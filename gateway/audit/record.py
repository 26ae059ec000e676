"""The shapes of the audit log: what a caller submits, what is stored, and what gets chained.

`AuditEvent` carries raw facts (a key id, an address, a prompt) and never leaves the process;
`AuditEntry` is the privacy-safe form (pseudonyms, sealed content) that may be spooled or
stored; `AuditRecord` is an entry with its place in the hash chain.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping

import msgspec

GENESIS_HASH = "0" * 64
"""The `prev_hash` of the very first record of a chain."""


class RecordKind(enum.StrEnum):
    """Which part of the gateway a record speaks for."""

    REQUEST = "request"
    ADMIN = "admin"
    REVIEW = "review"


class ContentMode(enum.StrEnum):
    """How much prompt and completion text a tier lets the log keep."""

    NONE = "none"
    HASH = "hash"
    REDACTED = "redacted"
    ENCRYPTED = "encrypted"


def now_us() -> int:
    """The wall-clock time in whole microseconds since the epoch (UTC)."""
    return time.time_ns() // 1000


class AuditEvent(msgspec.Struct, frozen=True, kw_only=True):
    """Raw facts about one request, admin action or review decision, as the caller knows them.

    Identifiers and content here may be personal or secret; only `EntryBuilder` reads them,
    and only its privacy-safe result is ever written anywhere.
    """

    kind: RecordKind
    request_id: str | None = None
    """The gateway's own id for the request: the record's key, never caller text."""
    caller_request_id: str | None = None
    """The caller's `X-Request-Id`, when it was safe to keep (see `http/request_ids.py`)."""
    time_us: int = msgspec.field(default_factory=now_us)
    key_id: str | None = None
    """The API key's id (never needs the secret part); stored only as a pseudonym."""
    account_id: str | None = None
    client_ip: str | None = None
    """The caller's address; stored only as a pseudonym, so abuse can be correlated."""
    tier: str | None = None
    model: str | None = None
    release_stage: str | None = None
    endpoint: str | None = None
    action: str | None = None
    """The decision (`allow`, `block`, ...) or, for admin and review records, the verb."""
    status: int | None = None
    scores: Mapping[str, float] = msgspec.field(default_factory=dict)
    """Highest score per finding category; the keys are the categories."""
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float | None = None
    policy_hash: str | None = None
    content_mode: ContentMode = ContentMode.NONE
    prompt: str | None = None
    completion: str | None = None
    redacted_prompt: str | None = None
    """What `redacted` mode keeps; without it that mode keeps nothing (fails closed)."""
    redacted_completion: str | None = None
    actor: str | None = None
    """Who did it, for admin and review records (the signed-in subject)."""
    target: str | None = None
    """What it was done to, for admin and review records (`key:...`, `case:...`)."""


class AuditEntry(msgspec.Struct, frozen=True, kw_only=True):
    """A privacy-safe record not yet placed in the chain; what the spool holds."""

    record_id: str
    time_us: int
    kind: str
    request_id: str | None = None
    key_pseudonym: str | None = None
    account_pseudonym: str | None = None
    client_pseudonym: str | None = None
    tier: str | None = None
    model: str | None = None
    release_stage: str | None = None
    endpoint: str | None = None
    action: str | None = None
    status: int | None = None
    scores: dict[str, float] = msgspec.field(default_factory=dict)
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float | None = None
    policy_hash: str | None = None
    content_mode: str = ContentMode.NONE.value
    prompt_content: str | None = None
    completion_content: str | None = None
    actor: str | None = None
    target: str | None = None
    caller_request_id: str | None = None
    """Caller text kept for correlation; outside the hashed content (`UNHASHED_FIELDS`)."""


class AuditRecord(AuditEntry, frozen=True, kw_only=True):
    """A stored entry with its chain fields; `record_hash` covers every other field."""

    seq: int
    segment: int
    prev_hash: str
    record_hash: str


CHAIN_FIELDS = ("seq", "segment", "prev_hash", "record_hash")
ENTRY_FIELDS: tuple[str, ...] = AuditEntry.__struct_fields__
RECORD_FIELDS: tuple[str, ...] = AuditRecord.__struct_fields__
