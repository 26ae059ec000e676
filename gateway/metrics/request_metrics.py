"""`RequestMetrics`: the per-request counters and histograms, recorded once per finished request.

Every label value comes from a bounded set (policy names, the route table, the taxonomy,
status classes), never from caller-supplied text, so a caller cannot grow the series count.
Label children are bound once and cached: after warm-up an observation is a few dict lookups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from prometheus_client import CollectorRegistry, Counter, Histogram

TOTAL_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
"""Seconds, for whole requests (model calls dominate)."""
OVERHEAD_BUCKETS = (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
"""Seconds, for what the gateway adds (the target is about a millisecond)."""

NO_LABEL = "none"
"""The label value when a request never got that far (no tier, no model, no refusing limit)."""

M = TypeVar("M", Counter, Histogram)


class BoundLabels(Generic[M]):
    """Caches a metric family's children by label values, so `labels()` runs once per series."""

    __slots__ = ("_children", "_family")

    def __init__(self, family: M) -> None:
        self._family: M = family
        self._children: dict[tuple[str, ...], M] = {}

    def __call__(self, *values: str) -> M:
        child = self._children.get(values)
        if child is None:
            child = self._children[values] = self._family.labels(*values)
        return child


@dataclass(slots=True)
class RequestOutcome:
    """What one finished request contributes to the metrics.

    Not frozen on purpose: a frozen dataclass sets each field through `object.__setattr__`,
    which doubles the cost of building one on the hot path.
    """

    tier: str
    model: str
    endpoint: str
    action: str
    status: int
    total_s: float
    overhead_s: float | None = None
    """Total minus upstream time; `None` when it cannot be told apart (relayed streams)."""
    categories: Sequence[str] = ()
    limit_decision: tuple[str, str] | None = None
    """(`admitted` | `refused` | `unavailable`, limit name) when the limit stage decided."""
    upstream_error: tuple[str, str] | None = None
    """(upstream name, problem type) when forwarding failed."""


def status_class(status: int) -> str:
    """`2xx`, `4xx`, ...; `unknown` for a status that never got set."""
    return f"{status // 100}xx" if 100 <= status <= 599 else "unknown"


class RequestMetrics:
    """The request-path metric families of one registry."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._requests = BoundLabels(
            Counter(
                "modelgate_requests",
                "Finished developer requests.",
                ("tier", "model", "endpoint", "action", "status_class"),
                registry=registry,
            )
        )
        self._duration = BoundLabels(
            Histogram(
                "modelgate_request_duration_seconds",
                "Time from request arrival until the response was sent in full.",
                ("endpoint",),
                buckets=TOTAL_BUCKETS,
                registry=registry,
            )
        )
        self._overhead = BoundLabels(
            Histogram(
                "modelgate_gateway_overhead_seconds",
                "Time the gateway added: total minus time waiting on the upstream (not streams).",
                ("endpoint",),
                buckets=OVERHEAD_BUCKETS,
                registry=registry,
            )
        )
        self._findings = BoundLabels(
            Counter(
                "modelgate_detector_findings",
                "Requests with a finding of each category.",
                ("category",),
                registry=registry,
            )
        )
        self._limiter = BoundLabels(
            Counter(
                "modelgate_limiter_decisions",
                "Limit stage decisions: admitted, refused (by which limit) or unavailable.",
                ("decision", "limit"),
                registry=registry,
            )
        )
        self._upstream_errors = BoundLabels(
            Counter(
                "modelgate_upstream_errors",
                "Failed upstream calls by upstream and problem type.",
                ("upstream", "kind"),
                registry=registry,
            )
        )

    def observe(self, outcome: RequestOutcome) -> None:
        """Count one finished request."""
        endpoint = outcome.endpoint
        self._requests(
            outcome.tier, outcome.model, endpoint, outcome.action, status_class(outcome.status)
        ).inc()
        self._duration(endpoint).observe(outcome.total_s)
        if outcome.overhead_s is not None:
            self._overhead(endpoint).observe(outcome.overhead_s)
        for category in outcome.categories:
            self._findings(category).inc()
        if outcome.limit_decision is not None:
            self._limiter(*outcome.limit_decision).inc()
        if outcome.upstream_error is not None:
            self._upstream_errors(*outcome.upstream_error).inc()
