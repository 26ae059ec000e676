"""Secrets generated once under the data directory (owner read-only), for the embedded setup."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from gateway.storage.private_paths import make_private_dir


def secret_from_file(path: Path, size: int = 32) -> bytes:
    """The secret stored at `path` (hex), creating it on first use."""
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    make_private_dir(path.parent)
    draft = path.with_suffix(f".{os.getpid()}.tmp")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_bytes(size).hex() + "\n")
    try:
        # Linked into place: two processes starting at once end up agreeing on one secret.
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text().strip())
