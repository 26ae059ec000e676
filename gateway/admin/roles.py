"""Roles, the permissions each one grants, and reading roles from a token's claims.

permission      admin  reviewer  auditor
catalog:read      x       x         x      tiers, models, terms (what the policy says)
access:read       x                 x      keys, accounts, usage, acceptances
access:write      x                        create/revoke/rotate keys, suspend accounts
models:write      x                        release stage, kill switch
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any


class Role(enum.StrEnum):
    """Who someone is to ModelGate, from the organisation's identity provider."""

    ADMIN = "admin"
    REVIEWER = "reviewer"
    AUDITOR = "auditor"


class Permission(enum.StrEnum):
    """What a route needs."""

    CATALOG_READ = "catalog:read"
    ACCESS_READ = "access:read"
    ACCESS_WRITE = "access:write"
    MODELS_WRITE = "models:write"


ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.REVIEWER: frozenset({Permission.CATALOG_READ}),
    Role.AUDITOR: frozenset({Permission.CATALOG_READ, Permission.ACCESS_READ}),
}


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    """Everything the given roles allow together."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def claim_value(claims: Mapping[str, Any], path: str) -> Any:
    """The claim at `path`; dots walk nested objects (`realm_access.roles`)."""
    if path in claims:
        return claims[path]
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def roles_from_claims(claims: Mapping[str, Any], claim: str) -> frozenset[Role]:
    """The known roles named by `claim` (a list, or a space- or comma-separated string)."""
    value = claim_value(claims, claim)
    if isinstance(value, str):
        names: list[Any] = value.replace(",", " ").split()
    elif isinstance(value, list | tuple):
        names = list(value)
    else:
        return frozenset()
    known = {role.value: role for role in Role}
    return frozenset(known[name] for name in names if isinstance(name, str) and name in known)
