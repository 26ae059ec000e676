"""Stage 1, read: the request body, refused past the size limit before it is all in memory."""

from __future__ import annotations

from gateway.pipeline.context import RequestContext


class ReadBody:
    """Reads the body through the handler's bounded reader."""

    async def __call__(self, ctx: RequestContext) -> None:
        if ctx.body_reader is not None:
            ctx.raw_body = await ctx.body_reader()
