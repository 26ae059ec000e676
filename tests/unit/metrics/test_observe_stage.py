"""The observe stage reads the finished request correctly: labels, overhead, limits, errors."""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import CollectorRegistry

from gateway.errors import GatewayError, LimiterUnavailable, RateLimited, UpstreamTimeout
from gateway.limits import Admission
from gateway.metrics import RequestMetrics
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.pipeline.stage import Pipeline
from gateway.policy.catalog import ModelSpec, TierSpec
from gateway.stages.observe import ObserveMetrics, outcome_of

MODEL = ModelSpec(
    name="demo-chat",
    upstream="demo",
    upstream_model="demo-chat",
    kind="openai",
    stage="general",
    endpoints=frozenset({"chat"}),
)
TIER = TierSpec(
    name="public", description="", models=("*",), stages=frozenset({"general"}), max_tokens=16
)


def _ctx(**fields: object) -> RequestContext:
    ctx = RequestContext(
        request_id="r1",
        endpoint="chat",
        method="POST",
        path="/v1/chat/completions",
        client_address="203.0.113.9",
        authorization=None,
        content_type="application/json",
        raw_body=b"",
        route="chat",
    )
    for name, value in fields.items():
        setattr(ctx, name, value)
    return ctx


ADMITTED = Admission(admitted=True, states=())


@pytest.mark.parametrize(
    ("fields", "decision", "upstream_error"),
    [
        ({}, None, None),
        ({"limit_admission": ADMITTED}, ("admitted", "none"), None),
        (
            {"refusal": RateLimited("x", extensions={"limit": "tokens_per_minute"})},
            ("refused", "tokens_per_minute"),
            None,
        ),
        ({"refusal": LimiterUnavailable("x")}, ("unavailable", "none"), None),
        (
            {"refusal": UpstreamTimeout("x"), "model": MODEL},
            None,
            ("demo", "upstream-timeout"),
        ),
        ({"refusal": UpstreamTimeout("x")}, None, None),
        ({"refusal": GatewayError("x")}, None, None),
    ],
)
def test_limit_decisions_and_upstream_errors(
    fields: dict[str, object],
    decision: tuple[str, str] | None,
    upstream_error: tuple[str, str] | None,
) -> None:
    """Admission, 429, limiter outage and upstream failure map to their metric labels."""
    outcome = outcome_of(_ctx(**fields))
    assert outcome.limit_decision == decision
    assert outcome.upstream_error == upstream_error


def test_unidentified_request_uses_none_labels() -> None:
    """A request refused before identification is counted under tier and model `none`."""
    outcome = outcome_of(_ctx(status=401))
    assert (outcome.tier, outcome.model, outcome.endpoint, outcome.status) == (
        "none",
        "none",
        "chat",
        401,
    )


def test_overhead_is_total_minus_upstream_time() -> None:
    """The gateway's own time excludes the upstream wait; relayed streams have none."""
    ctx = _ctx(tier=TIER, model=MODEL, status=200, upstream_ms=1e9)
    assert outcome_of(ctx).overhead_s == 0.0
    ctx = _ctx(upstream_ms=0.0)
    outcome = outcome_of(ctx)
    assert outcome.overhead_s is not None
    assert outcome.overhead_s == pytest.approx(outcome.total_s, abs=0.01)

    async def chunks():  # type: ignore[no-untyped-def]
        yield b""

    ctx = _ctx(reply=UpstreamReply(status=200, headers={}, stream=chunks()))
    assert outcome_of(ctx).overhead_s is None


def test_the_finisher_counts_once_the_request_finishes() -> None:
    """The count appears when the pipeline's finishers run, not when its stages do."""
    registry = CollectorRegistry()
    stage = ObserveMetrics(RequestMetrics(registry))
    ctx = _ctx(tier=TIER, model=MODEL, status=200)
    labels = {
        "tier": "public",
        "model": "demo-chat",
        "endpoint": "chat",
        "action": "allow",
        "status_class": "2xx",
    }

    pipeline = Pipeline([], finishers=[stage])

    async def run() -> tuple[float | None, float | None]:
        await pipeline(ctx)
        before = registry.get_sample_value("modelgate_requests_total", labels)
        await pipeline.finish(ctx)
        return before, registry.get_sample_value("modelgate_requests_total", labels)

    assert asyncio.run(run()) == (None, 1.0)


def test_a_failing_observation_is_logged_not_raised() -> None:
    """Metrics never fail a request: an exception while observing is swallowed and logged."""

    class Broken(RequestMetrics):
        def observe(self, outcome: object) -> None:  # type: ignore[override]
            raise RuntimeError("boom")

    stage = ObserveMetrics(Broken(CollectorRegistry()))
    ctx = _ctx()

    asyncio.run(stage(ctx))
