"""The API key format: `mg_<key id>_<secret><checksum>`.

- `mg_` makes a leaked key easy to recognise and to scan for;
- the key id (12 base62 characters) is public and finds the stored record;
- the secret (40 base62 characters, ~238 bits) is never stored, only its SHA-256;
- the checksum (6 base62 characters of CRC-32 over everything before it) rejects a mistyped
  or truncated key before any lookup, the way GitHub's token format does.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import zlib
from dataclasses import dataclass

from gateway.errors import ModelGateError

PREFIX = "mg_"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
KEY_ID_LENGTH = 12
SECRET_LENGTH = 40
CHECKSUM_LENGTH = 6

KEY_PATTERN = re.compile(
    rf"^{PREFIX}([0-9A-Za-z]{{{KEY_ID_LENGTH}}})_([0-9A-Za-z]{{{SECRET_LENGTH}}})"
    rf"([0-9A-Za-z]{{{CHECKSUM_LENGTH}}})$"
)
KEY_ID_PATTERN = re.compile(rf"^[0-9A-Za-z]{{{KEY_ID_LENGTH}}}$")


class MalformedKey(ModelGateError, ValueError):
    """The text is not a well-formed ModelGate key (wrong shape or checksum)."""


@dataclass(frozen=True, slots=True)
class ParsedKey:
    """A key split into its parts; only the id may be logged or shown."""

    key_id: str
    secret: str

    @property
    def secret_hash(self) -> str:
        """The SHA-256 of the secret, the only form in which it is stored."""
        return hash_secret(self.secret)


def _random_base62(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def _checksum(body: str) -> str:
    value = zlib.crc32(body.encode("ascii"))
    digits = []
    for _ in range(CHECKSUM_LENGTH):
        value, remainder = divmod(value, 62)
        digits.append(ALPHABET[remainder])
    return "".join(reversed(digits))


def hash_secret(secret: str) -> str:
    """SHA-256 hex digest of a key secret."""
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def new_key_id() -> str:
    """A fresh public key id."""
    return _random_base62(KEY_ID_LENGTH)


def format_key(key_id: str, secret: str) -> str:
    """The full key text for an id and a secret."""
    body = f"{PREFIX}{key_id}_{secret}"
    return body + _checksum(body)


def generate_key(key_id: str | None = None) -> tuple[str, ParsedKey]:
    """A new random key: its full text (shown once) and its parts."""
    parsed = ParsedKey(key_id=key_id or new_key_id(), secret=_random_base62(SECRET_LENGTH))
    return format_key(parsed.key_id, parsed.secret), parsed


def parse_key(text: str) -> ParsedKey:
    """Split and check a presented key; raises `MalformedKey` without any lookup."""
    match = KEY_PATTERN.match(text)
    if match is None:
        raise MalformedKey("not a ModelGate key (expected mg_<id>_<secret>)")
    key_id, secret, checksum = match.groups()
    expected = _checksum(text[:-CHECKSUM_LENGTH])
    if not hmac.compare_digest(expected, checksum):
        raise MalformedKey("key checksum does not match (mistyped or truncated key?)")
    return ParsedKey(key_id=key_id, secret=secret)


def secret_matches(parsed: ParsedKey, stored_hash: str) -> bool:
    """Constant-time comparison of a presented secret with a stored hash."""
    return hmac.compare_digest(parsed.secret_hash, stored_hash)
