"""The admin side's routers: `/admin/` (bearer tokens, problems) and `/ui/` (sessions, pages)."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, Router
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.middleware.session import SessionMiddleware
from litestar.middleware.session.client_side import ClientSideSessionBackend, CookieBackendConfig
from litestar.types import ControllerRouterHandler

from gateway.admin.principal import AdminPrincipal
from gateway.admin.services import AdminServices
from gateway.errors import GatewayError
from gateway.http.admin.api.account_risk_controller import AccountRiskController
from gateway.http.admin.api.accounts_controller import AccountsController
from gateway.http.admin.api.catalog_controller import ModelsController, TiersController
from gateway.http.admin.api.keys_controller import KeysController
from gateway.http.admin.api.reports_controller import (
    TermsController,
    UsageController,
    WhoAmIController,
)
from gateway.http.admin.guards import admin_services, current_principal
from gateway.http.admin.pages.account_pages import AccountPages
from gateway.http.admin.pages.admin_pages import AdminPages
from gateway.http.admin.pages.key_pages import KeyPages
from gateway.http.admin.pages.rendering import page_error_handler
from gateway.http.admin.pages.signin_routes import SignInController
from gateway.http.problem_response import problem_response
from gateway.http.request_ids import request_id_from
from gateway.http.web_assets import static_files_router

SESSION_COOKIE = "modelgate_session"

AnyRequest = Request[Any, Any, Any]


def _services(request: AnyRequest) -> AdminServices:
    return admin_services(request)


def _principal(request: AnyRequest) -> AdminPrincipal:
    return current_principal(request)


def _problem(request: AnyRequest, exc: Exception) -> Response[bytes]:
    assert isinstance(exc, GatewayError)
    state = request.scope.setdefault("state", {})
    request_id = state.get("request_id") or request_id_from(request.headers.get("x-request-id"))
    state["request_id"] = request_id
    return problem_response(exc, request_id)


def _dependencies() -> dict[str, Provide]:
    """The admin services and the admitted principal, for handlers that name them."""
    return {
        "services": Provide(_services, sync_to_thread=False),
        "principal": Provide(_principal, sync_to_thread=False),
    }


class SharedSessionBackend(ClientSideSessionBackend):
    """Litestar's encrypted cookie backend, shared (not copied) when routers are registered.

    Routers are deep-copied on registration, and the cipher inside the backend cannot be.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedSessionBackend:
        return self


def session_config(services: AdminServices) -> CookieBackendConfig:
    """Encrypted, HttpOnly, SameSite=Lax cookie sessions (Secure unless plain local HTTP)."""
    return CookieBackendConfig(
        secret=services.session_secret,
        key=SESSION_COOKIE,
        max_age=int(services.oidc.session_hours * 3600),
        httponly=True,
        samesite="lax",
        secure=services.cookie_secure,
        path="/ui",
    )


def admin_routers(services: AdminServices) -> list[ControllerRouterHandler]:
    """Routers for the admin API, the pages and their static files."""
    api = Router(
        path="/",
        route_handlers=[
            KeysController,
            AccountsController,
            AccountRiskController,
            TiersController,
            ModelsController,
            TermsController,
            UsageController,
            WhoAmIController,
        ],
        dependencies=_dependencies(),
        exception_handlers={GatewayError: _problem},
    )
    pages = Router(
        path="/",
        route_handlers=[SignInController, AdminPages, KeyPages, AccountPages],
        dependencies=_dependencies(),
        middleware=[
            DefineMiddleware(
                SessionMiddleware, backend=SharedSessionBackend(config=session_config(services))
            )
        ],
        exception_handlers={GatewayError: page_error_handler},
    )
    return [api, pages, static_files_router()]
