"""The audit log's secrets: from settings when given, else generated once under the data dir.

The embedded setup must work with nothing configured, so missing secrets are created (owner
read-only) on first start. Production deployments pass them in (see docs/operations.md), so
that the secrets never sit beside the database they protect.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from gateway.audit.signing import PRIVATE_KEY_NAME, write_key_pair
from gateway.settings import Settings
from gateway.storage.private_paths import make_private_dir


@dataclass(frozen=True, slots=True)
class AuditKeys:
    """What the audit writer needs to pseudonymise, encrypt and sign."""

    pseudonym_secret: bytes
    content_key: bytes
    signing_key_file: Path


def _secret_file(path: Path, size: int) -> bytes:
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    make_private_dir(path.parent)
    value = secrets.token_bytes(size)
    # Written aside and linked into place: two processes starting at once agree on one secret.
    draft = path.with_suffix(f".{os.getpid()}.tmp")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(value.hex() + "\n")
    try:
        os.link(draft, path)
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    finally:
        draft.unlink()
    return value


def secrets_dir(settings: Settings) -> Path:
    """Where generated audit secrets live."""
    return settings.audit.secrets_dir or settings.storage.data_dir / "secrets"


def load_audit_keys(settings: Settings) -> AuditKeys:
    """The configured audit secrets, generating the missing ones."""
    directory = secrets_dir(settings)
    audit = settings.audit
    pseudonym = (
        audit.pseudonym_secret.encode()
        if audit.pseudonym_secret
        else _secret_file(directory / "audit-pseudonym.key", 32)
    )
    content = (
        bytes.fromhex(audit.content_key)
        if audit.content_key
        else _secret_file(directory / "audit-content.key", 32)
    )
    signing = audit.signing_key_file or directory / PRIVATE_KEY_NAME
    if not signing.exists():
        if audit.signing_key_file:
            raise FileNotFoundError(f"audit signing key {signing} does not exist")
        write_key_pair(directory)
    return AuditKeys(pseudonym_secret=pseudonym, content_key=content, signing_key_file=signing)
