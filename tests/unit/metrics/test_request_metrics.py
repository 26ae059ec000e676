"""Request metrics: each outcome lands in the right labelled series with the right value."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry

from gateway.metrics import RequestMetrics, RequestOutcome, status_class


def _outcome(**fields: object) -> RequestOutcome:
    base: dict[str, object] = {
        "tier": "developer",
        "model": "demo-chat",
        "endpoint": "chat",
        "action": "allow",
        "status": 200,
        "total_s": 0.2,
        "overhead_s": 0.001,
    }
    return RequestOutcome(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (200, "2xx"),
        (202, "2xx"),
        (301, "3xx"),
        (429, "4xx"),
        (502, "5xx"),
        (0, "unknown"),
        (600, "unknown"),
    ],
)
def test_status_class(status: int, expected: str) -> None:
    """Statuses are grouped by their first digit; an unset status is `unknown`."""
    assert status_class(status) == expected


@pytest.mark.parametrize(
    ("outcome", "metric", "labels", "value"),
    [
        (
            _outcome(),
            "modelgate_requests_total",
            {
                "tier": "developer",
                "model": "demo-chat",
                "endpoint": "chat",
                "action": "allow",
                "status_class": "2xx",
            },
            1.0,
        ),
        (
            _outcome(action="block", status=403),
            "modelgate_requests_total",
            {
                "tier": "developer",
                "model": "demo-chat",
                "endpoint": "chat",
                "action": "block",
                "status_class": "4xx",
            },
            1.0,
        ),
        (_outcome(), "modelgate_request_duration_seconds_sum", {"endpoint": "chat"}, 0.2),
        (_outcome(), "modelgate_gateway_overhead_seconds_count", {"endpoint": "chat"}, 1.0),
        (
            _outcome(overhead_s=0.0004),
            "modelgate_gateway_overhead_seconds_bucket",
            {"endpoint": "chat", "le": "0.0005"},
            1.0,
        ),
        (
            _outcome(overhead_s=None),
            "modelgate_gateway_overhead_seconds_count",
            {"endpoint": "chat"},
            None,
        ),
        (
            _outcome(categories=("toxicity", "pii.email")),
            "modelgate_detector_findings_total",
            {"category": "pii.email"},
            1.0,
        ),
        (
            _outcome(limit_decision=("refused", "tokens_per_day")),
            "modelgate_limiter_decisions_total",
            {"decision": "refused", "limit": "tokens_per_day"},
            1.0,
        ),
        (
            _outcome(limit_decision=("admitted", "none")),
            "modelgate_limiter_decisions_total",
            {"decision": "admitted", "limit": "none"},
            1.0,
        ),
        (
            _outcome(upstream_error=("demo", "upstream-timeout")),
            "modelgate_upstream_errors_total",
            {"upstream": "demo", "kind": "upstream-timeout"},
            1.0,
        ),
        (
            _outcome(),
            "modelgate_upstream_errors_total",
            {"upstream": "demo", "kind": "upstream-timeout"},
            None,
        ),
    ],
)
def test_one_outcome_sets_its_series(
    outcome: RequestOutcome, metric: str, labels: dict[str, str], value: float | None
) -> None:
    """A single observation shows up in exactly the series its fields name."""
    registry = CollectorRegistry()
    RequestMetrics(registry).observe(outcome)
    assert registry.get_sample_value(metric, labels) == value


def test_repeated_outcomes_accumulate_in_one_series() -> None:
    """The cached label children keep counting: three requests, one series, value three."""
    registry = CollectorRegistry()
    metrics = RequestMetrics(registry)
    for _ in range(3):
        metrics.observe(_outcome(categories=("toxicity",)))
    labels = {
        "tier": "developer",
        "model": "demo-chat",
        "endpoint": "chat",
        "action": "allow",
        "status_class": "2xx",
    }
    assert registry.get_sample_value("modelgate_requests_total", labels) == 3.0
    assert (
        registry.get_sample_value("modelgate_detector_findings_total", {"category": "toxicity"})
        == 3.0
    )


def test_two_registries_never_share_counts() -> None:
    """Metrics live on the registry they were built with, not on a module-level default."""
    first, second = CollectorRegistry(), CollectorRegistry()
    RequestMetrics(first).observe(_outcome())
    RequestMetrics(second)
    labels = {
        "tier": "developer",
        "model": "demo-chat",
        "endpoint": "chat",
        "action": "allow",
        "status_class": "2xx",
    }
    assert first.get_sample_value("modelgate_requests_total", labels) == 1.0
    assert second.get_sample_value("modelgate_requests_total", labels) is None
