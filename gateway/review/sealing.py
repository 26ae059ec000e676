"""Case content encrypted at rest: AES-256-GCM bound to the case and field, key apart from the DB.

The key comes from `MODELGATE_REVIEW_CONTENT_KEY`, or is generated once beside the audit
secrets (never in the database), so a copy of the database alone reveals no prompt or answer.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway.admin.secret_files import secret_from_file
from gateway.audit.key_material import secrets_dir
from gateway.errors import ModelGateError
from gateway.settings import Settings

PREFIX = "rc1:"
NONCE_BYTES = 12


class CaseContentError(ModelGateError, ValueError):
    """Sealed content could not be opened (wrong key, or moved to another case or field)."""


class CaseSealer:
    """Seals and opens one piece of case content."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the review content key must be 32 bytes (AES-256)")
        self._aead = AESGCM(key)

    def seal(self, text: str | None, *, case_id: str, field: str) -> str | None:
        """The sealed form of `text` (None stays None)."""
        if text is None:
            return None
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode(), _associated(case_id, field))
        return PREFIX + base64.b64encode(nonce + sealed).decode()

    def open(self, token: str | None, *, case_id: str, field: str) -> str | None:
        """The plain text of a sealed field (None stays None)."""
        if token is None:
            return None
        if not token.startswith(PREFIX):
            raise CaseContentError("not sealed case content")
        raw = base64.b64decode(token[len(PREFIX) :])
        try:
            plain = self._aead.decrypt(
                raw[:NONCE_BYTES], raw[NONCE_BYTES:], _associated(case_id, field)
            )
        except InvalidTag as exc:
            raise CaseContentError(f"case {case_id} field {field} does not open") from exc
        return plain.decode()


def _associated(case_id: str, field: str) -> bytes:
    # Bound to the case and field: a ciphertext copied into another row no longer opens.
    return f"review\x00{case_id}\x00{field}".encode()


def review_content_key(settings: Settings) -> bytes:
    """The configured key, or one generated once under the secrets directory."""
    if settings.review.content_key:
        return bytes.fromhex(settings.review.content_key)
    return secret_from_file(secrets_dir(settings) / "review-content.key")
