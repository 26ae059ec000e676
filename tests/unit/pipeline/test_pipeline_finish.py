"""The pipeline ends a request by running its declared finishers, each once, in order."""

from __future__ import annotations

import pytest

from gateway.errors import RateLimited
from gateway.pipeline.context import RequestContext
from gateway.pipeline.stage import Pipeline
from tests.support.finish_log import FinishLog


def _ctx() -> RequestContext:
    return RequestContext(
        request_id="r1",
        endpoint="chat",
        method="POST",
        path="/v1/chat/completions",
        client_address="203.0.113.9",
        authorization=None,
        content_type="application/json",
        raw_body=b"",
    )


class Refuse:
    async def __call__(self, ctx: RequestContext) -> None:
        raise RateLimited("requests limit reached; retry in 1 s")


class Break:
    async def __call__(self, ctx: RequestContext) -> None:
        raise RuntimeError("a finisher's bug")


async def test_a_refusal_stops_the_stages_but_not_the_finishers() -> None:
    """The stages stop at the refusal; `finish` still runs every finisher, in declared order."""
    log = FinishLog()
    pipeline = Pipeline([Refuse()], finishers=[log.finisher("settle"), log.finisher("record")])
    ctx = _ctx()
    with pytest.raises(RateLimited):
        await pipeline(ctx)
    assert log.of("r1") == []
    await pipeline.finish(ctx)
    assert log.of("r1") == ["settle", "record"]


async def test_a_failing_finisher_does_not_cost_the_later_ones() -> None:
    """A finisher that raises is logged; the audit record after it is still written."""
    log = FinishLog()
    pipeline = Pipeline([], finishers=[log.finisher("settle"), Break(), log.finisher("record")])
    await pipeline.finish(_ctx())
    assert log.of("r1") == ["settle", "record"]
