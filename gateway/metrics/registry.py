"""`GatewayMetrics`: the process's own Prometheus registry and everything registered on it.

There is no module-level registry: `build_runtime` builds one per gateway, so tests and
several apps in one process never share counters.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

from gateway.limits import AuthThrottle, LimiterBackend
from gateway.metrics.collectors import (
    AuditBacklog,
    AuditBacklogCollector,
    LimiterStoreCollector,
    ReviewQueueCollector,
    ReviewQueueSource,
)
from gateway.metrics.drift_gauges import DetectorDriftCollector
from gateway.metrics.request_metrics import RequestMetrics
from gateway.metrics.risk_gauges import AccountRiskCollector


@dataclass(frozen=True, slots=True)
class GatewayMetrics:
    """The registry, the request metrics the pipeline feeds, the review queue and drift hooks."""

    registry: CollectorRegistry
    requests: RequestMetrics
    review_queue: ReviewQueueCollector
    detector_drift: DetectorDriftCollector
    account_risk: AccountRiskCollector

    def exposition(self, accept: str | None) -> tuple[bytes, str]:
        """The scrape body and its content type (OpenMetrics when the scraper asks for it)."""
        encode, content_type = choose_encoder(accept or "")
        return encode(self.registry), content_type


def build_metrics(
    *,
    audit: AuditBacklog | None,
    limiter: LimiterBackend,
    auth_throttle: AuthThrottle,
    review_queue: ReviewQueueSource | None = None,
) -> GatewayMetrics:
    """A fresh registry with the request metrics and the scrape-time collectors."""
    registry = CollectorRegistry(auto_describe=True)
    requests = RequestMetrics(registry)
    if audit is not None:
        registry.register(AuditBacklogCollector(audit))
    registry.register(LimiterStoreCollector(limiter, auth_throttle))
    queue = ReviewQueueCollector(review_queue)
    registry.register(queue)
    drift = DetectorDriftCollector()
    registry.register(drift)
    risk = AccountRiskCollector()
    registry.register(risk)
    return GatewayMetrics(
        registry=registry,
        requests=requests,
        review_queue=queue,
        detector_drift=drift,
        account_risk=risk,
    )
