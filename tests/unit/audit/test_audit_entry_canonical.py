"""Entries are privacy-safe and normalised; their hash survives a round trip through a row."""

from __future__ import annotations

import msgspec

from gateway.audit.canonical import record_digest, stored_record_digest
from gateway.audit.content import ContentSealer
from gateway.audit.entry_builder import EntryBuilder, degraded_entry
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import AuditEvent, ContentMode, RecordKind
from gateway.audit.tables import record_from_row, record_row

PSEUDONYMS = Pseudonymizer(b"0123456789abcdef0123456789abcdef")
BUILDER = EntryBuilder(PSEUDONYMS, ContentSealer(PSEUDONYMS))


def _event(**overrides: object) -> AuditEvent:
    fields: dict[str, object] = {
        "kind": RecordKind.REQUEST,
        "request_id": "req-1",
        "key_id": "mg_key_1",
        "client_ip": "198.51.100.4",
        "prompt": "hello",
        "scores": {"pii.email": 1},
        "latency_ms": 12,
    }
    fields.update(overrides)
    return AuditEvent(**fields)  # type: ignore[arg-type]


def test_identifiers_become_pseudonyms_and_content_is_dropped() -> None:
    """Key id and address are replaced by pseudonyms; mode none keeps no prompt."""
    entry = BUILDER.build(_event())
    assert entry.key_pseudonym == PSEUDONYMS.pseudonym("mg_key_1")
    assert entry.client_pseudonym == PSEUDONYMS.pseudonym("198.51.100.4")
    assert "mg_key_1" not in msgspec.json.encode(entry).decode()
    assert entry.prompt_content is None


def test_values_are_normalised_so_the_hash_survives_storage() -> None:
    """Integer scores and latencies become floats, and NUL characters are replaced."""
    entry = BUILDER.build(_event(model="m\x00odel", latency_ms=12, scores={"x": 1}))
    assert entry.latency_ms == 12.0
    assert isinstance(entry.latency_ms, float)
    assert entry.scores == {"x": 1.0}
    assert entry.model == "m\ufffdodel"


def test_encrypted_mode_without_a_key_is_recorded_as_none() -> None:
    """A tier asking for encryption with no key configured stores nothing, and says so."""
    entry = BUILDER.build(_event(content_mode=ContentMode.ENCRYPTED))
    assert (entry.content_mode, entry.prompt_content) == ("none", None)


def test_digest_at_write_equals_digest_recomputed_from_the_row() -> None:
    """The hash computed while chaining equals the hash verify recomputes from the stored row."""
    fields = msgspec.structs.asdict(BUILDER.build(_event()))
    fields.update(seq=7, segment=1, prev_hash="ab" * 32)
    fields["record_hash"] = record_digest(fields)
    record = record_from_row(record_row(fields))
    assert stored_record_digest(record) == fields["record_hash"]


def test_digest_covers_the_chain_fields() -> None:
    """Changing seq or prev_hash changes the digest, which is what links the chain."""
    fields = msgspec.structs.asdict(BUILDER.build(_event()))
    fields.update(seq=7, segment=1, prev_hash="ab" * 32)
    base = record_digest(fields)
    assert record_digest({**fields, "seq": 8}) != base
    assert record_digest({**fields, "prev_hash": "cd" * 32}) != base


def test_degraded_entry_keeps_the_event_countable() -> None:
    """An event that cannot be built still yields an entry naming the failure, without data."""
    entry = degraded_entry(_event(), ValueError("boom"))
    assert (entry.kind, entry.request_id, entry.action) == (
        "request",
        "req-1",
        "unrecordable:ValueError",
    )
    assert entry.key_pseudonym is None
