"""Local admin tokens: minted and checked with one secret, always expiring."""

from __future__ import annotations

import time

import pytest

from gateway.admin.local_tokens import LocalTokenAuthority, LocalTokenError
from gateway.admin.roles import Role

SECRET = b"k" * 32


def test_token_round_trip_carries_subject_and_roles() -> None:
    """A fresh token verifies and names its subject and roles."""
    authority = LocalTokenAuthority(SECRET)
    claims = authority.verify(authority.issue("ops", [Role.AUDITOR, Role.ADMIN], 60))
    assert claims["sub"] == "ops"
    assert claims["roles"] == ["admin", "auditor"]
    assert claims["exp"] - claims["iat"] == 60


def test_expired_token_is_refused() -> None:
    """A token past its expiry is refused."""
    authority = LocalTokenAuthority(SECRET)
    with pytest.raises(LocalTokenError):
        authority.verify(authority.issue("ops", [Role.ADMIN], 60, now=time.time() - 3600))


def test_token_from_another_secret_is_refused() -> None:
    """Only the gateway's own secret signs valid tokens."""
    forged = LocalTokenAuthority(b"x" * 32).issue("mallory", [Role.ADMIN], 60)
    with pytest.raises(LocalTokenError):
        LocalTokenAuthority(SECRET).verify(forged)


@pytest.mark.parametrize("ttl", [0, -5, 31 * 86_400])
def test_lifetime_is_bounded(ttl: int) -> None:
    """Tokens cannot be minted without expiry or for more than 30 days."""
    with pytest.raises(ValueError, match="ttl"):
        LocalTokenAuthority(SECRET).issue("ops", [Role.ADMIN], ttl)


def test_tampered_token_is_refused() -> None:
    """Changing a claim breaks the signature."""
    authority = LocalTokenAuthority(SECRET)
    header, payload, signature = authority.issue("ops", [Role.AUDITOR], 60).split(".")
    with pytest.raises(LocalTokenError):
        authority.verify(".".join([header, payload[:-2] + "AA", signature]))
