"""The `Stage` and `Finisher` protocols, and the pipeline that runs both lists in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import structlog

from gateway.pipeline.context import RequestContext

_log = structlog.get_logger("gateway.pipeline")


class Stage(Protocol):
    """One step of the pipeline: reads and annotates the context, or raises a `GatewayError`."""

    async def __call__(self, ctx: RequestContext) -> None: ...


class Finisher(Protocol):
    """One step after the response: settles, records or counts the finished request.

    It runs however the request ended (answered, refused, failed, abandoned mid-stream), so it
    reads what the stages left on the context and never refuses anything."""

    async def __call__(self, ctx: RequestContext) -> None: ...


class Pipeline:
    """Runs its stages in order until one refuses; `finish` then runs every finisher in order."""

    def __init__(self, stages: Sequence[Stage], finishers: Sequence[Finisher] = ()) -> None:
        self.stages = tuple(stages)
        self.finishers = tuple(finishers)

    async def __call__(self, ctx: RequestContext) -> None:
        for stage in self.stages:
            await stage(ctx)

    async def finish(self, ctx: RequestContext) -> None:
        """End the request: each finisher once, in the declared order. One that fails is
        logged and the rest still run, so a metrics bug cannot cost the audit record."""
        for finisher in self.finishers:
            try:
                await finisher(ctx)
            except Exception:
                _log.exception(
                    "finisher_failed", request_id=ctx.request_id, finisher=type(finisher).__name__
                )
