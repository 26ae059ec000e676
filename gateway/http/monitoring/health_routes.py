"""`/healthz` (the process is up) and `/readyz` (it can serve: store up, some upstream up).

One model server being down does not make a replica unready: every replica shares the same
upstreams, so that would take them all out of the load balancer and refuse every model, not
just the one whose server is down (those callers get 502 `upstream-unavailable`). Readiness
fails when the database is unreachable or no upstream answers; the body names each check.
"""

from __future__ import annotations

import asyncio

from litestar import Response, get
from litestar.handlers import HTTPRouteHandler
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.errors import GatewayError
from gateway.limits import FailoverBackend, LimiterBackend
from gateway.upstream.client import UpstreamClient, UpstreamPool

# Probes run concurrently under one deadline, below the 1 s a Kubernetes probe waits.
_PROBE_TIMEOUT_S = 0.8


async def _database_state(engine: AsyncEngine) -> str:
    try:
        async with asyncio.timeout(_PROBE_TIMEOUT_S):
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        return "ok"
    except Exception as exc:  # any failure means not ready; the reason is reported
        return f"unavailable: {type(exc).__name__}"


async def _upstream_state(client: UpstreamClient) -> str:
    try:
        async with asyncio.timeout(_PROBE_TIMEOUT_S):
            status = await client.get("/v1/models")
    except (GatewayError, TimeoutError) as exc:
        return f"unavailable: {type(exc).__name__}"
    return "ok" if status < 500 else f"status {status}"


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

    @get("/readyz", tags=["operations"], summary="Readiness: database and an upstream reachable")
    async def readyz() -> Response[dict[str, object]]:
        clients = upstreams.clients()
        database, *upstream_states = await asyncio.gather(
            _database_state(engine), *(_upstream_state(client) for client in clients)
        )
        checks = {"database": database} | {
            f"upstream:{client.spec.name}": state
            for client, state in zip(clients, upstream_states, strict=True)
        }
        ready = database == "ok" and (not clients or "ok" in upstream_states)
        degraded = ready and any(state != "ok" for state in upstream_states)
        return Response(
            {
                "status": "degraded" if degraded else "ready" if ready else "not-ready",
                "checks": checks,
                "limits": _limits_state(limiter),
            },
            status_code=200 if ready else 503,
        )

    return [healthz, readyz]
