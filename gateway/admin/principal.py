"""`AdminPrincipal`: who is signed in, with which roles, and how."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gateway.admin.roles import Permission, Role, permissions_of


@dataclass(frozen=True, slots=True)
class AdminPrincipal:
    """A signed-in person (or service), as every admin route sees it."""

    subject: str
    roles: frozenset[Role]
    via: Literal["oidc", "local", "session"]
    name: str | None = None
    token_expires_at: int | None = None
    """When the token it signed in with expires (unix seconds): its session ends by then."""
    local_token_id: str | None = None
    """The `jti` of the local admin token it signed in with: revoking that token ends it."""

    def may(self, permission: Permission) -> bool:
        """Whether any of the principal's roles grants `permission`."""
        return permission in permissions_of(self.roles)

    @property
    def actor(self) -> str:
        """How audit records name the principal."""
        return f"{self.via}:{self.subject}"
