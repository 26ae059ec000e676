"""The caller's request id is stored with a record but outside the hash that chains it."""

from __future__ import annotations

import msgspec

from gateway.audit.canonical import record_digest
from gateway.audit.content import ContentSealer
from gateway.audit.entry_builder import EntryBuilder
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import AuditEvent, RecordKind

SECRET = b"pseudonym-secret-for-tests-only!"


def _fields(caller_request_id: str | None) -> dict[str, object]:
    builder = EntryBuilder(Pseudonymizer(SECRET), ContentSealer(Pseudonymizer(SECRET), None))
    event = AuditEvent(
        kind=RecordKind.REQUEST,
        request_id="0f" * 16,
        caller_request_id=caller_request_id,
        time_us=1,
    )
    fields = msgspec.structs.asdict(builder.build(event))
    fields.update(record_id="fixed", seq=1, segment=1, prev_hash="0" * 64)
    return fields


def test_the_entry_keeps_the_caller_id_beside_the_gateway_id() -> None:
    """The gateway's id stays the request id; the caller's is its own field."""
    fields = _fields("trace-7")
    assert (fields["request_id"], fields["caller_request_id"]) == ("0f" * 16, "trace-7")


def test_erasing_the_caller_id_leaves_the_hash_unchanged() -> None:
    """A record's hash is the same with its caller id, without it, or with none ever sent."""
    kept, erased = _fields("4111111111111111"), _fields(None)
    legacy = {name: value for name, value in erased.items() if name != "caller_request_id"}
    assert record_digest(kept) == record_digest(erased) == record_digest(legacy)
