"""What a page session holds once someone signed in, and reading it back safely."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Mapping
from typing import Any

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Role

SESSION_USER = "user"
SESSION_CSRF = "csrf"
SESSION_PENDING = "pending_signin"


def signed_in_session(principal: AdminPrincipal, lifetime_s: float) -> dict[str, Any]:
    """The session contents after a successful sign-in (a fresh CSRF token each time)."""
    return {
        SESSION_USER: {
            "sub": principal.subject,
            "name": principal.name,
            "roles": sorted(role.value for role in principal.roles),
            "via": principal.via,
            "exp": int(time.time() + lifetime_s),
        },
        SESSION_CSRF: secrets.token_urlsafe(32),
    }


def principal_from_session(session: Mapping[str, Any] | None) -> AdminPrincipal | None:
    """The signed-in principal, or None when absent or expired."""
    if not session:
        return None
    user = session.get(SESSION_USER)
    if not isinstance(user, dict) or int(user.get("exp", 0)) < time.time():
        return None
    known = {role.value: role for role in Role}
    roles = frozenset(known[r] for r in user.get("roles", []) if r in known)
    return AdminPrincipal(
        subject=str(user.get("sub")), roles=roles, via="session", name=user.get("name")
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
