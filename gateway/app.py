"""`create_app(settings)`: wiring and lifespan only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.exceptions import HTTPException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.types import Message, Scope

from gateway import __version__
from gateway.heap import freeze_startup_heap
from gateway.http.admin.routes import admin_routers
from gateway.http.developer.developer_routes import developer_routes
from gateway.http.developer.terms_routes import terms_routes
from gateway.http.exception_handlers import http_exception_handler, unexpected_exception_handler
from gateway.http.gateway_request import GatewayRequest
from gateway.http.monitoring.health_routes import health_routes
from gateway.http.monitoring.metrics_routes import metrics_routes
from gateway.http.openapi_explorer import explorer_assets_route, explorer_plugin
from gateway.http.proxy_handler import ProxyHandler
from gateway.http.request_ids import request_id_from
from gateway.http.review.routers import review_handlers
from gateway.http.web_assets import template_config
from gateway.log import configure_logging
from gateway.runtime import GatewayRuntime, build_runtime
from gateway.settings import Settings, load_settings
from gateway.storage.migrate import upgrade_async


async def _add_request_id(message: Message, scope: Scope) -> None:
    """Every response carries `X-Request-Id`, including those the router answers itself."""
    if message["type"] != "http.response.start":
        return
    headers = list(message.get("headers", ()))
    if any(name.lower() == b"x-request-id" for name, _ in headers):
        return
    state = scope.setdefault("state", {})
    request_id = state.get("request_id") or request_id_from(None)
    headers.append((b"x-request-id", request_id.encode()))
    message["headers"] = headers


def create_app(
    settings: Settings | None = None,
    runtime: GatewayRuntime | None = None,
    *,
    freeze_heap: bool = False,
) -> Litestar:
    """The gateway's ASGI application for `settings` (read from the environment by default).

    `freeze_heap`: for a process that serves one app for its lifetime (`modelgate serve`),
    hide start-up objects from the garbage collector once started; processes that build many
    apps (tests) leave it off, since frozen objects' cycles are never collected.
    """
    settings = settings or load_settings()
    configure_logging(settings.log)
    runtime = runtime or build_runtime(settings)

    @asynccontextmanager
    async def lifespan(_app: Litestar) -> AsyncIterator[None]:
        if settings.storage.auto_migrate:
            await upgrade_async(settings.storage.effective_database_url)
        await runtime.start()
        if freeze_heap:
            freeze_startup_heap()
        try:
            yield
        finally:
            await runtime.aclose()

    handler = ProxyHandler(
        max_body_bytes=settings.server.max_body_bytes,
        trusted_proxies=settings.server.trusted_proxies,
    )
    app = Litestar(
        route_handlers=[
            *developer_routes(handler, runtime.pipelines),
            *health_routes(runtime.engine, runtime.upstreams, runtime.limiter),
            *(metrics_routes(runtime.metrics) if runtime.metrics is not None else []),
            *terms_routes(handler, runtime.pipelines, runtime.admin.terms.catalog),
            *admin_routers(runtime.admin),  # /admin/ API (bearer) and /ui/ pages (sessions)
            *review_handlers(runtime, handler),  # /v1/reviews, /v1/reports, /ui/review, stats
            explorer_assets_route(),  # /openapi/assets: the explorer works offline
        ],
        template_config=template_config(),
        lifespan=[lifespan],
        before_send=[_add_request_id],
        request_class=GatewayRequest,
        exception_handlers={
            HTTPException: http_exception_handler,
            Exception: unexpected_exception_handler,
        },
        openapi_config=OpenAPIConfig(
            title="ModelGate",
            version=__version__,
            description="A gated model-serving gateway (OpenAI-compatible developer API).",
            path="/openapi",
            components=Components(
                security_schemes={
                    "ApiKey": SecurityScheme(
                        type="http",
                        scheme="bearer",
                        description="A ModelGate API key: `Authorization: Bearer mg_...`",
                    ),
                    "AdminToken": SecurityScheme(
                        type="http",
                        scheme="bearer",
                        bearer_format="JWT",
                        description="An OIDC access token, or `modelgate admin token` locally",
                    ),
                }
            ),
            render_plugins=[explorer_plugin()],
        ),
        request_max_body_size=settings.server.max_body_bytes * 2,
        debug=False,
    )
    app.state.runtime = runtime
    return app


def create_served_app() -> Litestar:
    """The app of a `modelgate serve` process (the uvicorn factory for worker processes)."""
    return create_app(freeze_heap=True)
