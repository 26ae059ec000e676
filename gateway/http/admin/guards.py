"""Guards: who is signed in (bearer token on `/admin/`, session cookie on `/ui/`), and may they.

The principal found is kept in the request's scope state, where handlers read it back through
the `principal` dependency. A session cookie counts only while it has not expired, was not
signed out, and the local token it was opened with (if any) was not revoked.
"""

from __future__ import annotations

from typing import Any, cast

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.types import Guard

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Permission
from gateway.admin.services import AdminServices
from gateway.admin.session_data import session_of, session_user
from gateway.errors import ForbiddenRole, Unauthenticated

AnyConnection = ASGIConnection[Any, Any, Any, Any]
PRINCIPAL_STATE = "admin_principal"


def admin_services(connection: AnyConnection) -> AdminServices:
    """The process's admin services (set on the app by `create_app`)."""
    return cast("AdminServices", connection.app.state.runtime.admin)


def _check(principal: AdminPrincipal, permission: Permission) -> None:
    if not principal.roles:
        raise ForbiddenRole(
            "you are signed in but have none of the roles admin, reviewer or auditor",
            extensions={"required": permission.value, "roles": []},
        )
    if not principal.may(permission):
        raise ForbiddenRole(
            f"your role(s) {', '.join(sorted(principal.roles))} may not do this "
            f"(needs {permission.value})",
            extensions={"required": permission.value, "roles": sorted(principal.roles)},
        )


def api_requires(permission: Permission) -> Guard:
    """A guard for `/admin/` routes: a valid bearer token whose roles grant `permission`."""

    async def guard(connection: AnyConnection, _handler: BaseRouteHandler) -> None:
        services = admin_services(connection)
        principal = await services.authenticator.authenticate(
            connection.headers.get("authorization")
        )
        connection.scope["state"][PRINCIPAL_STATE] = principal
        _check(principal, permission)

    return guard


async def session_principal(connection: AnyConnection) -> AdminPrincipal | None:
    """The principal of the request's page session, or None when it no longer holds."""
    user = session_user(session_of(connection.scope))
    if user is None:
        return None
    services = admin_services(connection)
    if await services.ended_sessions.has_ended(user.session_id):
        return None
    token_id = user.local_token_id
    if token_id is not None and await services.token_ledger.is_revoked(token_id):
        return None
    return user.principal


def page_requires(permission: Permission) -> Guard:
    """A guard for `/ui/` pages: a signed-in session whose roles grant `permission`."""

    async def guard(connection: AnyConnection, _handler: BaseRouteHandler) -> None:
        principal = await session_principal(connection)
        if principal is None:
            raise Unauthenticated("sign in to see this page")
        connection.scope["state"][PRINCIPAL_STATE] = principal
        _check(principal, permission)

    return guard


def current_principal(connection: AnyConnection) -> AdminPrincipal:
    """The principal a guard admitted (dependency for handlers)."""
    principal = connection.scope["state"].get(PRINCIPAL_STATE)
    if not isinstance(principal, AdminPrincipal):
        raise Unauthenticated("sign in first")
    return principal
