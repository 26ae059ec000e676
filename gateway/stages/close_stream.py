"""Finisher, close: an upstream stream whose answer was never relayed is closed.

A stream that is relayed is closed by its relay however the relay ends; this covers the one
that is not, because a later stage refused the request after the upstream had started.
"""

from __future__ import annotations

from gateway.pipeline.context import RequestContext


class CloseUnsentStream:
    """A finisher: closes the upstream stream of a request that was refused after it opened."""

    async def __call__(self, ctx: RequestContext) -> None:
        if ctx.refusal is not None and ctx.reply is not None and ctx.reply.stream is not None:
            await ctx.reply.stream.aclose()
