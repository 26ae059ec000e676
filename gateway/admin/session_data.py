"""What a page session holds once someone signed in, and reading it back safely."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Role

SESSION_USER = "user"
SESSION_CSRF = "csrf"
SESSION_PENDING = "pending_signin"


@dataclass(frozen=True, slots=True)
class SessionUser:
    """Who an unexpired session cookie names; whether it was signed out is for the ledger."""

    principal: AdminPrincipal
    session_id: str
    expires_at: int
    local_token_id: str | None


def signed_in_session(
    principal: AdminPrincipal, lifetime_s: float, *, now: float | None = None
) -> dict[str, Any]:
    """The session contents after a successful sign-in (a fresh id and CSRF token each time).

    The session ends after `lifetime_s`, or when the token it was opened with expires if that
    comes first: signing in must not stretch a short-lived token into a long session.
    """
    ends = (time.time() if now is None else now) + lifetime_s
    if principal.token_expires_at is not None:
        ends = min(ends, principal.token_expires_at)
    user: dict[str, Any] = {
        "sid": secrets.token_urlsafe(24),
        "sub": principal.subject,
        "name": principal.name,
        "roles": sorted(role.value for role in principal.roles),
        "via": principal.via,
        "exp": int(ends),
    }
    if principal.local_token_id is not None:
        user["jti"] = principal.local_token_id
    return {SESSION_USER: user, SESSION_CSRF: secrets.token_urlsafe(32)}


def session_user(
    session: Mapping[str, Any] | None, *, now: float | None = None
) -> SessionUser | None:
    """The signed-in user, or None when absent, expired, or from before sessions had ids."""
    user = (session or {}).get(SESSION_USER)
    if not isinstance(user, dict):
        return None
    session_id, expires_at, token_id = user.get("sid"), user.get("exp"), user.get("jti")
    if not isinstance(session_id, str) or not isinstance(expires_at, int):
        return None
    if expires_at <= (time.time() if now is None else now):
        return None
    known = {role.value: role for role in Role}
    roles = frozenset(known[r] for r in user.get("roles", []) if r in known)
    principal = AdminPrincipal(
        subject=str(user.get("sub")), roles=roles, via="session", name=user.get("name")
    )
    return SessionUser(
        principal=principal,
        session_id=session_id,
        expires_at=expires_at,
        local_token_id=token_id if isinstance(token_id, str) else None,
    )


def csrf_token(session: Mapping[str, Any] | None) -> str:
    """The session's CSRF token ('' when there is no session)."""
    token = (session or {}).get(SESSION_CSRF)
    return token if isinstance(token, str) else ""


def csrf_matches(session: Mapping[str, Any] | None, presented: str | None) -> bool:
    """Whether a form's token is the session's, compared in constant time."""
    expected = csrf_token(session)
    return bool(expected) and bool(presented) and hmac.compare_digest(expected, presented or "")


def session_of(scope: Mapping[str, Any]) -> dict[str, Any]:
    """The request's session as a plain dict (empty when there is none)."""
    value = scope.get("session")
    return value if isinstance(value, dict) else {}
