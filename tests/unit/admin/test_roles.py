"""Roles from claims, and the permissions each role grants."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Permission, Role, roles_from_claims


@pytest.mark.parametrize(
    ("claims", "claim", "expected"),
    [
        ({"roles": ["admin"]}, "roles", {Role.ADMIN}),
        ({"roles": "reviewer auditor"}, "roles", {Role.REVIEWER, Role.AUDITOR}),
        ({"roles": "admin,auditor"}, "roles", {Role.ADMIN, Role.AUDITOR}),
        ({"realm_access": {"roles": ["auditor", "offline"]}}, "realm_access.roles", {Role.AUDITOR}),
        ({"groups": ["admin"]}, "roles", set()),
        ({"roles": ["superuser", 7]}, "roles", set()),
        ({"roles": {"admin": True}}, "roles", set()),
        ({"https://example.com/roles": ["admin"]}, "https://example.com/roles", {Role.ADMIN}),
    ],
)
def test_roles_from_claims(claims: dict[str, Any], claim: str, expected: set[Role]) -> None:
    """Known role names are read from a list or a string at the configured (nested) claim."""
    assert roles_from_claims(claims, claim) == expected


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.ADMIN, set(Permission)),
        (Role.REVIEWER, {Permission.CATALOG_READ}),
        (Role.AUDITOR, {Permission.CATALOG_READ, Permission.ACCESS_READ}),
    ],
)
def test_role_permissions(role: Role, allowed: set[Permission]) -> None:
    """Admin may do everything, a reviewer only read the catalogue, an auditor only read."""
    principal = AdminPrincipal(subject="s", roles=frozenset({role}), via="local")
    assert {p for p in Permission if principal.may(p)} == allowed


def test_principal_without_roles_may_nothing() -> None:
    """Signing in grants nothing by itself."""
    principal = AdminPrincipal(subject="s", roles=frozenset(), via="oidc")
    assert not any(principal.may(p) for p in Permission)
    assert principal.actor == "oidc:s"
