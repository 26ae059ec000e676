"""Turns prompt and completion text into what a tier's content mode lets the log keep.

`none` keeps nothing, `hash` a keyed hash (proves what was said to whoever holds the secret,
reveals nothing to whoever holds only the log), `redacted` the text the detectors already
redacted, `encrypted` AES-256-GCM ciphertext bound to the record id and field.
"""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import ContentMode

ENCRYPTED_PREFIX = "aesgcm1:"
HASH_PREFIX = "hmac-sha256:"
NONCE_BYTES = 12


class ContentSealer:
    """Applies a content mode to one piece of text."""

    def __init__(self, pseudonymizer: Pseudonymizer, encryption_key: bytes | None = None) -> None:
        if encryption_key is not None and len(encryption_key) != 32:
            raise ValueError("the audit content key must be 32 bytes (AES-256)")
        self._pseudonymizer = pseudonymizer
        self._aead = AESGCM(encryption_key) if encryption_key is not None else None

    def effective_mode(self, mode: ContentMode) -> ContentMode:
        """The mode actually applied: `encrypted` without a key keeps nothing (fails closed)."""
        if mode is ContentMode.ENCRYPTED and self._aead is None:
            return ContentMode.NONE
        return mode

    def seal(
        self,
        mode: ContentMode,
        *,
        text: str | None,
        redacted: str | None,
        record_id: str,
        field: str,
    ) -> str | None:
        """What the record keeps for one field of content under `mode`."""
        mode = self.effective_mode(mode)
        if mode is ContentMode.NONE:
            return None
        if mode is ContentMode.REDACTED:
            # Only text that went through redaction is kept; raw text is never a fallback.
            return redacted
        if text is None:
            return None
        if mode is ContentMode.HASH:
            digest = self._pseudonymizer.digest(b"content\x00" + text.encode())
            return HASH_PREFIX + digest.hex()
        assert self._aead is not None
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode(), _associated(record_id, field))
        return ENCRYPTED_PREFIX + base64.b64encode(nonce + sealed).decode()

    def open(self, token: str, *, record_id: str, field: str) -> str:
        """The plain text of an `encrypted` field, for reviewers and incident response."""
        if self._aead is None or not token.startswith(ENCRYPTED_PREFIX):
            raise ValueError("not encrypted content, or no content key configured")
        raw = base64.b64decode(token[len(ENCRYPTED_PREFIX) :])
        plain = self._aead.decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:], _associated(record_id, field)
        )
        return plain.decode()


def _associated(record_id: str, field: str) -> bytes:
    # Binding ciphertext to its record and field stops it being moved to another row unnoticed.
    return f"{record_id}\x00{field}".encode()
