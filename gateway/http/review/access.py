"""Role guards for review routes: content is for reviewers only, figures for admins and auditors.

The control plane's permissions (gateway/admin/roles.py) say what each role may change; who may
read case content is a narrower question answered by role here, so an admin without the reviewer
role never sees a prompt.
"""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.types import Guard

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Role
from gateway.errors import ForbiddenRole, Unauthenticated
from gateway.http.admin.guards import PRINCIPAL_STATE, admin_services, session_principal

AnyConnection = ASGIConnection[Any, Any, Any, Any]
CONTENT_ROLES = frozenset({Role.REVIEWER})
FIGURE_ROLES = frozenset({Role.ADMIN, Role.AUDITOR})


def _admit(connection: AnyConnection, principal: AdminPrincipal, roles: frozenset[Role]) -> None:
    connection.scope["state"][PRINCIPAL_STATE] = principal
    if not principal.roles & roles:
        raise ForbiddenRole(
            f"this needs the role {' or '.join(sorted(roles))}",
            extensions={"roles": sorted(principal.roles)},
        )


def page_requires_role(roles: frozenset[Role]) -> Guard:
    """A guard for `/ui/review` pages: a signed-in session holding one of `roles`."""

    async def guard(connection: AnyConnection, _handler: BaseRouteHandler) -> None:
        principal = await session_principal(connection)
        if principal is None:
            raise Unauthenticated("sign in to see this page")
        _admit(connection, principal, roles)

    return guard


def api_requires_role(roles: frozenset[Role]) -> Guard:
    """A guard for `/admin/reviews/...`: a bearer token holding one of `roles`."""

    async def guard(connection: AnyConnection, _handler: BaseRouteHandler) -> None:
        principal = await admin_services(connection).authenticator.authenticate(
            connection.headers.get("authorization")
        )
        _admit(connection, principal, roles)

    return guard
