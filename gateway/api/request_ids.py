"""Request ids: the caller's `X-Request-Id` when it is sane, a fresh one otherwise."""

from __future__ import annotations

import re
import uuid

# Letters, digits, dot, underscore and hyphen only: no separators a log parser or a shell could
# read into, and short enough that it cannot carry a document. `fullmatch`, because `$` would
# also accept a trailing newline.
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def request_id_from(header: str | None) -> str:
    """The id to use for this request."""
    if header and _SAFE_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex
