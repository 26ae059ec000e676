"""`/metrics` on a live gateway: requests, limits, upstream errors and backlogs, no key needed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from gateway.app import create_app
from gateway.demo.server import DemoUpstream
from gateway.settings import MetricsSettings, Settings
from tests.support.gateway import RunningGateway, gateway_settings
from tests.support.policies import policies_with_models
from tests.support.servers import BackgroundServer

MODELS = """
upstreams:
  demo:
    base_url: ${MODELGATE_DEMO_UPSTREAM_URL}
  nowhere:
    base_url: http://127.0.0.1:9
    timeout: {connect: 0.5, read: 0.5}
models:
  demo-chat: {upstream: demo, stage: general, endpoints: [chat, completions]}
  down: {upstream: nowhere, stage: general}
"""

TIERS = """
tiers:
  developer:
    description: No terms to accept, so that only metrics are under test.
    models: ["*"]
    stages: [general]
    max_tokens: 256
    limits: {requests_per_minute: 1000}
  public:
    description: Same, with its own series.
    models: ["*"]
    stages: [general]
    max_tokens: 256
"""

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def _start(tmp: Path, configure: object = None) -> RunningGateway:
    demo = DemoUpstream()
    upstream = BackgroundServer(demo).start()
    settings = gateway_settings(tmp, "", upstream.url)
    policies = policies_with_models(tmp / "policies", MODELS)
    (policies / "tiers.yaml").write_text(TIERS)
    settings = replace(settings, policy=replace(settings.policy, policies_dir=policies))
    if isinstance(configure, Settings):
        settings = replace(settings, metrics=configure.metrics)
    gateway = BackgroundServer(create_app(settings)).start()
    return RunningGateway(settings=settings, gateway=gateway, upstream=upstream, demo=demo)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A gateway with a working and an unreachable upstream."""
    running = _start(tmp_path_factory.mktemp("metrics"))
    yield running
    running.stop()


def _scrape(url: str) -> Samples:
    response = httpx.get(f"{url}/metrics")
    assert response.status_code == 200
    samples: Samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def _value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, frozenset(labels.items())))


def _chat(url: str, key: str | None, model: str = "demo-chat") -> int:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    body = {"model": model, "messages": [{"role": "user", "content": "hello"}]}
    return httpx.post(f"{url}/v1/chat/completions", headers=headers, json=body).status_code


def test_requests_limits_and_upstream_errors_are_counted(gateway: RunningGateway) -> None:
    """Served, refused, rate-limited and upstream-failed requests each land in their series."""
    key = gateway.issue_key(tier="developer", account="metrics").key
    tight = gateway.with_keys(
        lambda store: store.create(
            account="tight", tier="public", limit_overrides={"requests_per_minute": 1}
        )
    ).key
    statuses = [
        _chat(gateway.url, key),
        _chat(gateway.url, key),
        _chat(gateway.url, None),
        _chat(gateway.url, key, model="down"),
        _chat(gateway.url, tight),
        _chat(gateway.url, tight),
    ]
    assert statuses == [200, 200, 401, 502, 200, 429]

    expected = {
        ("modelgate_requests_total", "developer", "demo-chat", "allow", "2xx"): 2.0,
        ("modelgate_requests_total", "none", "none", "allow", "4xx"): 1.0,
        ("modelgate_requests_total", "developer", "down", "allow", "5xx"): 1.0,
        ("modelgate_requests_total", "public", "demo-chat", "allow", "4xx"): 1.0,
    }
    deadline = time.monotonic() + 5
    while True:  # the metrics finisher runs just after the response is sent
        samples = _scrape(gateway.url)
        seen = {
            name: _value(
                samples,
                name[0],
                tier=name[1],
                model=name[2],
                endpoint="chat",
                action=name[3],
                status_class=name[4],
            )
            for name in expected
        }
        refused = _value(
            samples, "modelgate_limiter_decisions_total", decision="refused", limit="requests"
        )
        if (seen == expected and refused == 1.0) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert seen == expected
    assert refused == 1.0
    assert (
        _value(samples, "modelgate_limiter_decisions_total", decision="admitted", limit="none")
        == 4.0
    )
    assert (
        _value(
            samples,
            "modelgate_upstream_errors_total",
            upstream="nowhere",
            kind="upstream-unavailable",
        )
        == 1.0
    )
    assert (_value(samples, "modelgate_gateway_overhead_seconds_count", endpoint="chat") or 0) >= 6
    assert (_value(samples, "modelgate_request_duration_seconds_count", endpoint="chat") or 0) >= 6
    assert _value(samples, "modelgate_audit_pending_records") is not None
    assert _value(samples, "modelgate_audit_spooled_records") == 0.0
    assert _value(samples, "modelgate_limiter_degraded") == 0.0
    assert _value(samples, "modelgate_auth_throttle_store_outages_total") == 0.0


def test_review_queue_families_are_exposed_without_samples(gateway: RunningGateway) -> None:
    """Before human review feeds it, the queue gauges are declared but carry no series."""
    text = httpx.get(f"{gateway.url}/metrics").text
    assert "# TYPE modelgate_review_queue_depth gauge" in text
    assert "modelgate_review_queue_depth{" not in text


def test_openmetrics_is_served_when_asked_for(gateway: RunningGateway) -> None:
    """A scraper that accepts OpenMetrics gets it, with its content type and EOF marker."""
    response = httpx.get(
        f"{gateway.url}/metrics", headers={"accept": "application/openmetrics-text"}
    )
    assert response.headers["content-type"].startswith("application/openmetrics-text")
    assert response.text.rstrip().endswith("# EOF")


def test_metrics_can_be_switched_off(tmp_path: Path) -> None:
    """With `MODELGATE_METRICS=false` there is no `/metrics` route and requests still work."""
    running = _start(tmp_path, Settings(metrics=MetricsSettings(enabled=False)))
    try:
        assert httpx.get(f"{running.url}/metrics").status_code == 404
        assert _chat(running.url, running.issue_key().key) == 200
    finally:
        running.stop()
