"""Pseudonyms and content modes: stable, keyed, and keeping only what the tier allows."""

from __future__ import annotations

import pytest
from cryptography.exceptions import InvalidTag

from gateway.audit.content import ENCRYPTED_PREFIX, HASH_PREFIX, ContentSealer
from gateway.audit.pseudonym import Pseudonymizer
from gateway.audit.record import ContentMode

SECRET = b"0123456789abcdef0123456789abcdef"
KEY = bytes(range(32))


def test_pseudonym_is_stable_and_depends_on_the_secret() -> None:
    """The same value maps to the same pseudonym under one secret, another under another."""
    first, second = Pseudonymizer(SECRET), Pseudonymizer(SECRET[::-1])
    assert first.pseudonym("key-1") == first.pseudonym("key-1")
    assert first.pseudonym("key-1") != second.pseudonym("key-1")
    assert "key-1" not in first.pseudonym("key-1")


def test_short_secret_is_refused() -> None:
    """A pseudonym secret under 16 bytes fails at construction."""
    with pytest.raises(ValueError, match="16 bytes"):
        Pseudonymizer(b"short")


@pytest.mark.parametrize(
    ("mode", "key", "expected_prefix"),
    [
        (ContentMode.NONE, KEY, None),
        (ContentMode.HASH, KEY, HASH_PREFIX),
        (ContentMode.ENCRYPTED, KEY, ENCRYPTED_PREFIX),
        (ContentMode.ENCRYPTED, None, None),
    ],
)
def test_content_modes_keep_only_what_they_allow(
    mode: ContentMode, key: bytes | None, expected_prefix: str | None
) -> None:
    """Each mode keeps nothing, a keyed hash or ciphertext, and never the raw text."""
    sealer = ContentSealer(Pseudonymizer(SECRET), key)
    kept = sealer.seal(mode, text="raw prompt", redacted=None, record_id="r1", field="prompt")
    if expected_prefix is None:
        assert kept is None
    else:
        assert kept is not None
        assert kept.startswith(expected_prefix)
        assert "raw prompt" not in kept


def test_redacted_mode_keeps_only_redacted_text() -> None:
    """Redacted mode stores the redacted text, and nothing when there is none."""
    sealer = ContentSealer(Pseudonymizer(SECRET))
    mode = ContentMode.REDACTED
    assert (
        sealer.seal(mode, text="x@y.z", redacted="[EMAIL]", record_id="r", field="p") == "[EMAIL]"
    )
    assert sealer.seal(mode, text="x@y.z", redacted=None, record_id="r", field="p") is None


def test_encrypted_content_opens_only_for_its_own_record() -> None:
    """Ciphertext decrypts with the key for its record and field, and fails if moved."""
    sealer = ContentSealer(Pseudonymizer(SECRET), KEY)
    token = sealer.seal(
        ContentMode.ENCRYPTED, text="secret text", redacted=None, record_id="r1", field="prompt"
    )
    assert token is not None
    assert sealer.open(token, record_id="r1", field="prompt") == "secret text"
    with pytest.raises(InvalidTag):
        sealer.open(token, record_id="r2", field="prompt")
