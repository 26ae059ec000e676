"""Session contents: an id per sign-in, and an end no later than the sign-in token's expiry."""

from __future__ import annotations

import pytest

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Role
from gateway.admin.session_data import session_user, signed_in_session

NOW = 1_800_000_000.0
EIGHT_HOURS = 8 * 3600


def _principal(token_expires_at: int | None, token_id: str | None = None) -> AdminPrincipal:
    return AdminPrincipal(
        subject="pat",
        roles=frozenset({Role.ADMIN}),
        via="local",
        token_expires_at=token_expires_at,
        local_token_id=token_id,
    )


@pytest.mark.parametrize(
    ("token_expires_at", "session_ends_at"),
    [
        (int(NOW) + 60, int(NOW) + 60),  # a 1-minute token: a 1-minute session
        (int(NOW) + 30 * 86_400, int(NOW) + EIGHT_HOURS),  # a long token: the configured hours
        (None, int(NOW) + EIGHT_HOURS),  # no expiry known: the configured hours
    ],
)
def test_a_session_ends_at_the_earlier_of_lifetime_and_token_expiry(
    token_expires_at: int | None, session_ends_at: int
) -> None:
    """The session's end is the configured lifetime, cut short by the token's expiry."""
    session = signed_in_session(_principal(token_expires_at), EIGHT_HOURS, now=NOW)
    user = session_user(session, now=NOW)
    assert user is not None
    assert user.expires_at == session_ends_at
    assert session_user(session, now=session_ends_at - 1) is not None
    assert session_user(session, now=session_ends_at) is None


def test_each_sign_in_gets_its_own_session_id_and_keeps_the_token_id() -> None:
    """Two sign-ins never share an id; a local token's jti is kept for revocation checks."""
    first = session_user(signed_in_session(_principal(None, "jti-1"), 60, now=NOW), now=NOW)
    second = session_user(signed_in_session(_principal(None, "jti-1"), 60, now=NOW), now=NOW)
    assert first is not None
    assert second is not None
    assert first.session_id != second.session_id
    assert first.local_token_id == "jti-1"


def test_a_session_from_before_sessions_had_ids_is_not_signed_in() -> None:
    """An old cookie without a session id cannot be signed out, so it no longer counts."""
    old = {"user": {"sub": "pat", "roles": ["admin"], "via": "local", "exp": int(NOW) + 60}}
    assert session_user(old, now=NOW) is None
