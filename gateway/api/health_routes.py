"""`/healthz` (the process is up) and `/readyz` (the store and upstreams answer)."""

from __future__ import annotations

import asyncio

from litestar import Response, get
from litestar.handlers import HTTPRouteHandler
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.errors import GatewayError
from gateway.limits import FailoverBackend, LimiterBackend
from gateway.upstream.client import UpstreamPool


def _limits_state(limiter: LimiterBackend) -> str:
    # Degraded limits (local, per replica) still serve under fail-open, so they are reported
    # but do not make the replica unready; that would take every replica out at once.
    if isinstance(limiter, FailoverBackend) and limiter.degraded:
        return "local (shared store unreachable)"
    return "ok"


def health_routes(
    engine: AsyncEngine, upstreams: UpstreamPool, limiter: LimiterBackend
) -> list[HTTPRouteHandler]:
    """Probe handlers for load balancers and orchestrators."""

    @get("/healthz", tags=["operations"], summary="Liveness: the process is up")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @get("/readyz", tags=["operations"], summary="Readiness: database and upstreams reachable")
    async def readyz() -> Response[dict[str, object]]:
        checks: dict[str, str] = {}
        try:
            async with asyncio.timeout(2):
                async with engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:  # any failure means not ready; the reason is reported
            checks["database"] = f"unavailable: {type(exc).__name__}"
        for client in upstreams.clients():
            try:
                async with asyncio.timeout(2):
                    status = await client.get("/v1/models")
                checks[f"upstream:{client.spec.name}"] = (
                    "ok" if status < 500 else f"status {status}"
                )
            except (GatewayError, TimeoutError) as exc:
                checks[f"upstream:{client.spec.name}"] = f"unavailable: {type(exc).__name__}"
        ready = all(value == "ok" for value in checks.values())
        return Response(
            {
                "status": "ready" if ready else "not-ready",
                "checks": checks,
                "limits": _limits_state(limiter),
            },
            status_code=200 if ready else 503,
        )

    return [healthz, readyz]
