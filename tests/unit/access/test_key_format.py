"""The key format: recognisable, checksummed, never stored in clear."""

from __future__ import annotations

import pytest

from gateway.access.key_format import (
    MalformedKey,
    format_key,
    generate_key,
    hash_secret,
    parse_key,
    secret_matches,
)


def test_generated_key_parses_back_to_its_parts() -> None:
    """A new key starts with mg_, and parsing it gives the same id and secret."""
    text, parts = generate_key()
    assert text.startswith("mg_")
    assert parse_key(text) == parts
    assert secret_matches(parse_key(text), hash_secret(parts.secret))


def test_keys_are_unique_and_high_entropy() -> None:
    """Two keys never share an id or a secret."""
    keys = [generate_key()[1] for _ in range(200)]
    assert len({k.key_id for k in keys}) == 200
    assert len({k.secret for k in keys}) == 200


@pytest.mark.parametrize(
    "mangle",
    [
        lambda k: k[:-1],  # truncated
        lambda k: k + "x",  # extended
        lambda k: k.replace("mg_", "mx_", 1),  # wrong prefix
        lambda k: k[:20] + ("A" if k[20] != "A" else "B") + k[21:],  # typo in the secret
        lambda k: k[:-1] + ("A" if k[-1] != "A" else "B"),  # typo in the checksum
        lambda k: k.replace("_", "-"),  # wrong separator
        lambda k: "",
        lambda k: "mg_",
        lambda k: k.upper(),
    ],
)
def test_mistyped_keys_are_rejected_before_any_lookup(mangle) -> None:  # type: ignore[no-untyped-def]
    """Any change to a key's text makes it malformed, so no database lookup happens."""
    text, _ = generate_key()
    mangled = mangle(text)
    if mangled == text:
        pytest.skip("mangling left the key unchanged")
    with pytest.raises(MalformedKey):
        parse_key(mangled)


def test_wrong_secret_with_valid_checksum_does_not_match() -> None:
    """A well-formed key with another secret fails the constant-time comparison."""
    _, real = generate_key()
    _, other = generate_key()
    forged = parse_key(format_key(real.key_id, other.secret))
    assert not secret_matches(forged, hash_secret(real.secret))


def test_only_the_hash_is_derivable_from_the_stored_form() -> None:
    """The stored hash is SHA-256 hex and does not contain the secret."""
    _, parts = generate_key()
    stored = parts.secret_hash
    assert len(stored) == 64
    assert parts.secret not in stored
