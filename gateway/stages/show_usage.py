"""The last stage of `GET /v1/usage`: the caller's own limits and what it has used of them."""

from __future__ import annotations

import math

import msgspec

from gateway.errors import LimiterUnavailable
from gateway.limits import LimiterBackend, LimitState, state_headers
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.stages.limit import effective_spec

_encoder = msgspec.json.Encoder()


def _state_entry(state: LimitState) -> dict[str, object]:
    return {
        "limit": state.name,
        "model": state.model,
        "quota": state.quota,
        "used": max(0, state.quota - state.remaining),
        "remaining": state.remaining,
        "resets_in_seconds": math.ceil(state.reset),
        "window_seconds": state.window,
    }


class ShowUsage:
    """Answers with the caller's limits and consumption, taking nothing from them."""

    def __init__(self, limiter: LimiterBackend) -> None:
        self._limiter = limiter

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        assert ctx.tier is not None
        spec = effective_spec(ctx)
        try:
            overall = await self._limiter.usage(ctx.key.limit_subject, None, spec)
            per_model = [
                await self._limiter.usage(ctx.key.limit_subject, model, spec)
                for model in spec.per_model
            ]
        except LimiterUnavailable as exc:
            # Reworded for the caller: the store's own message names the store.
            raise LimiterUnavailable("usage cannot be read right now") from exc
        states = [*overall.states, *(s for snapshot in per_model for s in snapshot.states)]
        document = {
            "key_id": ctx.key.key_id,
            "tier": ctx.tier.name,
            "max_tokens": ctx.tier.max_tokens,
            "limits": [_state_entry(state) for state in states],
        }
        ctx.response_headers.update(state_headers(overall.states))
        ctx.reply = UpstreamReply(status=200, headers={}, body=_encoder.encode(document))
