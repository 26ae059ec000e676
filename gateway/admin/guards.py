"""Guards: who is signed in (bearer token on `/admin/`, session cookie on `/ui/`), and may they.

The principal found is kept in the request's scope state, where handlers read it back through
the `principal` dependency.
"""

from __future__ import annotations

from typing import Any, cast

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.types import Guard

from gateway.admin.principal import AdminPrincipal
from gateway.admin.roles import Permission
from gateway.admin.services import AdminServices
from gateway.admin.session_data import principal_from_session, session_of
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


def page_requires(permission: Permission) -> Guard:
    """A guard for `/ui/` pages: a signed-in session whose roles grant `permission`."""

    def guard(connection: AnyConnection, _handler: BaseRouteHandler) -> None:
        principal = principal_from_session(session_of(connection.scope))
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
