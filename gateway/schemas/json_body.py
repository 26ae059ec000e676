"""Decoding a caller's JSON body, so that no body, however built, ends in a 500.

msgspec raises `RecursionError` for nesting past its depth limit and `UnicodeDecodeError` for
bytes that are not UTF-8; neither is a `msgspec.DecodeError`, so each parser used to let them
escape as internal errors. Every body the gateway parses itself goes through here.
"""

from __future__ import annotations

from typing import Any

import msgspec

from gateway.errors import InvalidRequest

UNDECODABLE = (msgspec.DecodeError, RecursionError, UnicodeDecodeError)
"""What decoding untrusted JSON bytes can raise besides a schema mismatch."""


def undecodable_reason(exc: BaseException) -> str:
    """A short, traceback-free reason for a body that is not decodable JSON."""
    if isinstance(exc, RecursionError):
        return "the JSON is nested too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return "the body is not valid UTF-8"
    return str(exc)


def decode_json_body(raw: bytes, kind: Any = Any) -> Any:
    """`raw` decoded as JSON (into `kind`); `msgspec.ValidationError` is left to the caller,
    anything undecodable becomes `InvalidRequest`."""
    try:
        return msgspec.json.decode(raw, type=kind)
    except msgspec.ValidationError:
        raise
    except UNDECODABLE as exc:
        raise InvalidRequest(f"the body is not valid JSON: {undecodable_reason(exc)}") from None
