"""The `Stage` protocol and the runner that applies an ordered list of stages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from gateway.pipeline.context import RequestContext


class Stage(Protocol):
    """One step of the pipeline: reads and annotates the context, or raises a `GatewayError`."""

    async def __call__(self, ctx: RequestContext) -> None: ...


class Pipeline:
    """Runs its stages in order; the first refusal stops the request."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = tuple(stages)

    async def __call__(self, ctx: RequestContext) -> None:
        for stage in self.stages:
            await stage(ctx)
