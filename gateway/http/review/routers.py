"""The review side's routers: reviewer pages (`/ui/review`) and figures (`/admin/reviews/stats`).

The pages share the control plane's session cookie, CSRF tokens, error pages and look; the
figures use its bearer-token sign-in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Controller, Response, Router, get
from litestar.middleware import DefineMiddleware
from litestar.middleware.session import SessionMiddleware
from litestar.types import ControllerRouterHandler

from gateway.admin.services import AdminServices
from gateway.errors import GatewayError
from gateway.http.admin.api.problems import ADMIN_SECURITY, admin_problems
from gateway.http.admin.pages.rendering import AnyRequest, page_error_handler
from gateway.http.admin.routes import SharedSessionBackend, session_config
from gateway.http.developer.review_routes import review_routes
from gateway.http.problem_response import problem_response
from gateway.http.proxy_handler import ProxyHandler
from gateway.http.request_ids import request_id_from
from gateway.http.review.access import FIGURE_ROLES, api_requires_role
from gateway.http.review.figures_page import ReviewFiguresPage
from gateway.http.review.pages import ReviewPages, review_service
from gateway.runtime import GatewayRuntime


class ReviewStatsController(Controller):
    """Overturn rates per detector and rule, queue depth and time to decision (no content)."""

    path = "/admin/reviews"
    tags = ["admin"]
    guards = [api_requires_role(FIGURE_ROLES)]
    security = ADMIN_SECURITY

    @get(
        "/stats",
        responses=admin_problems(401, 403, 500),
        summary="Review figures: overturn rates, queue, time to decision",
    )
    async def stats(self, request: AnyRequest) -> dict[str, Any]:
        return await review_service(request).figures.figures(datetime.now(UTC))


def _problem(request: AnyRequest, exc: Exception) -> Response[bytes]:
    assert isinstance(exc, GatewayError)
    return problem_response(exc, request_id_from(request.headers.get("x-request-id")))


def review_routers(services: AdminServices) -> list[ControllerRouterHandler]:
    """The pages router (with the shared session cookie) and the figures router."""
    pages = Router(
        path="/",
        route_handlers=[ReviewFiguresPage, ReviewPages],
        middleware=[
            DefineMiddleware(
                SessionMiddleware, backend=SharedSessionBackend(config=session_config(services))
            )
        ],
        exception_handlers={GatewayError: page_error_handler},
    )
    api = Router(
        path="/",
        route_handlers=[ReviewStatsController],
        exception_handlers={GatewayError: _problem},
    )
    return [pages, api]


def review_handlers(
    runtime: GatewayRuntime, handler: ProxyHandler
) -> list[ControllerRouterHandler]:
    """Every review route of this process: developer API (through its pipelines, like every
    developer route), reviewer pages, figures."""
    if runtime.review is None:
        return []
    pipelines = runtime.pipelines.review
    developer = review_routes(handler, pipelines) if pipelines is not None else []
    return [*developer, *review_routers(runtime.admin)]
