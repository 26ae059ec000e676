"""Request ids: the gateway's own for every request, and the caller's `X-Request-Id` beside it
when it is sane.

The gateway's id is what the response's `X-Request-Id` carries and what keys the audit record:
a caller's id could repeat another request's, so it is never the key. A caller's id is kept
(in its own audit column) only when it is short and made of safe characters.
"""

from __future__ import annotations

import re
import uuid

# Letters, digits, dot, underscore and hyphen only: no separators a log parser or a shell could
# read into, and short enough that it cannot carry a document. `fullmatch`, because `$` would
# also accept a trailing newline.
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def new_request_id() -> str:
    """A fresh gateway id: 32 hex digits."""
    return uuid.uuid4().hex


def caller_request_id(header: str | None) -> str | None:
    """The caller's id as given, or None when it is missing or unsafe."""
    if header and _SAFE_ID.fullmatch(header):
        return header
    return None


def request_id_from(header: str | None) -> str:
    """The caller's id when it is safe, else a fresh one (for answers that keep no record)."""
    return caller_request_id(header) or new_request_id()
