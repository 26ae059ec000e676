"""`/metrics`: the Prometheus exposition of this gateway's own registry (no key needed)."""

from __future__ import annotations

from litestar import Response, get
from litestar.handlers import HTTPRouteHandler

from gateway.http.proxy_handler import AnyRequest
from gateway.metrics import GatewayMetrics


def metrics_routes(metrics: GatewayMetrics) -> list[HTTPRouteHandler]:
    """The scrape handler bound to `metrics` (no module-level registry)."""

    @get("/metrics", tags=["operations"], summary="Prometheus metrics", include_in_schema=False)
    async def scrape(request: AnyRequest) -> Response[bytes]:
        body, content_type = metrics.exposition(request.headers.get("accept"))
        return Response(body, media_type=content_type)

    return [scrape]
