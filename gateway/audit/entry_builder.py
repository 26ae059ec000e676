"""Builds the privacy-safe `AuditEntry` from a raw `AuditEvent`.

This is the one place raw identifiers and content are read; nothing it returns can carry a
key, a secret, an address or unsealed text. It also normalises values so that the entry
survives any store unchanged (the chain hash is recomputed from stored rows).
"""

from __future__ import annotations

import itertools
import os
import uuid

from gateway.audit.content import ContentSealer
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import AuditEntry, AuditEvent

MAX_LABEL_CHARS = 256
"""Labels (model, endpoint, tier...) can come from a caller's request; keep rows bounded."""


class EntryBuilder:
    """Pseudonymises identifiers and seals content according to the event's content mode."""

    def __init__(self, pseudonymizer: Pseudonymizer, sealer: ContentSealer) -> None:
        self._pseudonymizer = pseudonymizer
        self._sealer = sealer
        # Record ids: a random 64-bit prefix per builder and a counter. Unique across replicas
        # and restarts like a UUID, without a getrandom() call per record on the hot loop.
        self._id_prefix = os.urandom(8).hex()
        self._counter = itertools.count()

    def build(self, event: AuditEvent) -> AuditEntry:
        """The entry to store for `event`, with a fresh unique record id."""
        record_id = f"{self._id_prefix}{next(self._counter):016x}"
        mode = self._sealer.effective_mode(event.content_mode)
        return AuditEntry(
            record_id=record_id,
            time_us=int(event.time_us),
            kind=event.kind.value,
            request_id=_label(event.request_id),
            caller_request_id=_label(event.caller_request_id),
            key_pseudonym=self._pseudonym(event.key_id),
            account_pseudonym=self._pseudonym(event.account_id),
            client_pseudonym=self._pseudonym(event.client_ip),
            tier=_label(event.tier),
            model=_label(event.model),
            release_stage=_label(event.release_stage),
            endpoint=_label(event.endpoint),
            action=_label(event.action),
            status=_integer(event.status),
            scores={_label(k) or "": float(v) for k, v in event.scores.items()},
            prompt_tokens=_integer(event.prompt_tokens),
            completion_tokens=_integer(event.completion_tokens),
            latency_ms=None if event.latency_ms is None else float(event.latency_ms),
            policy_hash=_label(event.policy_hash),
            content_mode=mode.value,
            prompt_content=_text(
                self._sealer.seal(
                    mode,
                    text=event.prompt,
                    redacted=event.redacted_prompt,
                    record_id=record_id,
                    field="prompt",
                )
            ),
            completion_content=_text(
                self._sealer.seal(
                    mode,
                    text=event.completion,
                    redacted=event.redacted_completion,
                    record_id=record_id,
                    field="completion",
                )
            ),
            actor=_label(event.actor),
            target=_label(event.target),
        )

    def _pseudonym(self, value: str | None) -> str | None:
        return None if value is None else self._pseudonymizer.pseudonym(value)


def _text(value: str | None) -> str | None:
    # PostgreSQL text cannot hold NUL; a record it refuses would never leave the spool.
    return None if value is None else value.replace("\x00", "\ufffd")


def _label(value: str | None) -> str | None:
    text = _text(value)
    return None if text is None else text[:MAX_LABEL_CHARS]


def _integer(value: int | None) -> int | None:
    return None if value is None else int(value)


def degraded_entry(event: AuditEvent, error: Exception) -> AuditEntry:
    """A minimal entry for an event whose fields could not be built, so it is still counted.

    Only fields that cannot carry raw data are kept; the action names the failure.
    """
    kind = event.kind.value if isinstance(event.kind, str) else "request"
    request_id = event.request_id if isinstance(event.request_id, str) else None
    return AuditEntry(
        record_id=uuid.uuid4().hex,
        time_us=event.time_us if isinstance(event.time_us, int) else 0,
        kind=kind[:16],
        request_id=_label(request_id),
        action=f"unrecordable:{type(error).__name__}"[:MAX_LABEL_CHARS],
    )
