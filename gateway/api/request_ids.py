"""Request ids: the caller's `X-Request-Id` when it is sane, a fresh one otherwise."""

from __future__ import annotations

import re
import uuid

_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def request_id_from(header: str | None) -> str:
    """The id to use for this request."""
    if header and _SAFE_ID.match(header):
        return header
    return uuid.uuid4().hex
