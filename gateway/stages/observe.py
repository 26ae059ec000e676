"""Finisher, observe: the request's Prometheus metrics, recorded once the response is done.

The last finisher: after limits settle and after the audit record is submitted, so that a
metrics failure can never cost a request its audit record.
"""

from __future__ import annotations

import structlog

from gateway.errors import LimiterUnavailable, RateLimited
from gateway.metrics import NO_LABEL, RequestMetrics, RequestOutcome
from gateway.pipeline.context import RequestContext


def outcome_of(ctx: RequestContext) -> RequestOutcome:
    """What the finished request `ctx` contributes to the metrics."""
    refusal, model, tier = ctx.refusal, ctx.model, ctx.tier
    total_s = ctx.elapsed_ms / 1000.0
    relayed = ctx.reply is not None and ctx.reply.stream is not None
    limit_decision: tuple[str, str] | None = None
    if ctx.limit_admission is not None:
        limit_decision = ("admitted", NO_LABEL)
    elif isinstance(refusal, RateLimited):
        limit_decision = ("refused", str(refusal.extensions.get("limit", "requests")))
    elif isinstance(refusal, LimiterUnavailable):
        limit_decision = ("unavailable", NO_LABEL)
    upstream_error: tuple[str, str] | None = None
    if refusal is not None and model is not None and refusal.type_name.startswith("upstream-"):
        upstream_error = (model.upstream, refusal.type_name)
    return RequestOutcome(
        tier=tier.name if tier is not None else NO_LABEL,
        model=model.name if model is not None else NO_LABEL,
        endpoint=ctx.route or NO_LABEL,
        action=ctx.moderation.action,
        status=ctx.status,
        total_s=total_s,
        # A relayed stream's total includes the whole generation; no honest overhead exists.
        overhead_s=None if relayed else max(0.0, total_s - ctx.upstream_ms / 1000.0),
        categories=ctx.moderation.categories,
        limit_decision=limit_decision,
        upstream_error=upstream_error,
    )


class ObserveMetrics:
    """A finisher: counts the finished request."""

    def __init__(self, metrics: RequestMetrics) -> None:
        self._metrics = metrics
        self._log = structlog.get_logger("gateway.metrics")

    async def __call__(self, ctx: RequestContext) -> None:
        try:
            self._metrics.observe(outcome_of(ctx))
        except Exception as exc:  # metrics are never worth failing a request over
            self._log.error(
                "metrics.observe_failed", request_id=ctx.request_id, error=type(exc).__name__
            )
