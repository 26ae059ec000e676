"""What replicas tell each other when an admin changes something."""

from __future__ import annotations

from typing import Literal

import msgspec

CONTROL_CHANNEL = "modelgate:control"
"""The Redis pub/sub channel every replica listens on."""

ChangeKind = Literal["models", "key", "account", "terms", "resync"]


class ControlMessage(msgspec.Struct, frozen=True):
    """One change: `models` (re-read overrides), `key` / `account` (forget cached lookups)."""

    kind: ChangeKind
    target: str = ""


def encode_message(message: ControlMessage) -> bytes:
    """The wire form (JSON)."""
    return msgspec.json.encode(message)


def decode_message(data: bytes | str) -> ControlMessage | None:
    """The message, or None for anything malformed (a stray publisher must not crash a replica)."""
    try:
        return msgspec.json.decode(data, type=ControlMessage)
    except msgspec.ValidationError:
        return None
    except msgspec.DecodeError:
        return None
