"""The access log: one structured line per request, written once the response is done.

It carries what an operator needs to follow a request (ids, tier, model, status, action,
latency) and never a key, a prompt or an answer.
"""

from __future__ import annotations

import structlog

from gateway.pipeline.context import RequestContext


class AccessLog:
    """A finisher: logs the finished request."""

    def __init__(self) -> None:
        self._log = structlog.get_logger("gateway.access")

    async def __call__(self, ctx: RequestContext) -> None:
        self._log.info(
            "request",
            request_id=ctx.request_id,
            route=ctx.route,
            status=ctx.status,
            key_id=ctx.key.key_id if ctx.key else None,
            tier=ctx.tier.name if ctx.tier else None,
            model=ctx.model.name if ctx.model else None,
            action=ctx.moderation.action,
            stream=ctx.stream,
            latency_ms=round(ctx.elapsed_ms, 2),
        )
