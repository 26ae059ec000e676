"""Prometheus metrics for `/metrics`: one registry per gateway, fed in one place.

Wiring: `build_runtime` calls `build_metrics(...)`; the `ObserveMetrics` stage records each
finished request through `GatewayMetrics.requests`; `/metrics` serves `exposition()`.
See docs/observability.md for every metric name and label.
"""

from gateway.metrics.collectors import (
    AuditBacklog,
    AuditBacklogCollector,
    LimiterStoreCollector,
    ReviewQueueCollector,
    ReviewQueueSnapshot,
    ReviewQueueSource,
)
from gateway.metrics.drift_gauges import (
    DRIFT_LABELS,
    DetectorDriftCollector,
    DriftSnapshot,
    DriftSource,
    drift_label,
)
from gateway.metrics.registry import GatewayMetrics, build_metrics
from gateway.metrics.request_metrics import (
    NO_LABEL,
    BoundLabels,
    RequestMetrics,
    RequestOutcome,
    status_class,
)

__all__ = [
    "DRIFT_LABELS",
    "NO_LABEL",
    "AuditBacklog",
    "AuditBacklogCollector",
    "BoundLabels",
    "DetectorDriftCollector",
    "DriftSnapshot",
    "DriftSource",
    "GatewayMetrics",
    "LimiterStoreCollector",
    "RequestMetrics",
    "RequestOutcome",
    "ReviewQueueCollector",
    "ReviewQueueSnapshot",
    "ReviewQueueSource",
    "build_metrics",
    "drift_label",
    "status_class",
]
