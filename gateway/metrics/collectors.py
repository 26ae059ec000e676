"""Collectors read at scrape time: audit backlog, limiter store health, review queue.

These read counters other components already keep (`AuditWriter.pending`,
`FailoverBackend.stats`, `AuthThrottle.outages`), so nothing is added to the request path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric

from gateway.limits import AuthThrottle, FailoverBackend, LimiterBackend


class AuditBacklog(Protocol):
    """What the audit writer exposes about records not yet in the database."""

    @property
    def pending(self) -> int:
        """Events accepted but not yet durable."""
        ...

    @property
    def spooled(self) -> int:
        """Entries waiting in the local spool."""
        ...


class AuditBacklogCollector:
    """`modelgate_audit_pending_records` and `modelgate_audit_spooled_records`."""

    def __init__(self, writer: AuditBacklog) -> None:
        self._writer = writer

    def collect(self) -> Iterator[Metric]:
        """The two gauges, read now."""
        yield GaugeMetricFamily(
            "modelgate_audit_pending_records",
            "Audit events accepted but not yet durable (in memory).",
            value=self._writer.pending,
        )
        yield GaugeMetricFamily(
            "modelgate_audit_spooled_records",
            "Audit entries in the local spool, waiting for the database.",
            value=self._writer.spooled,
        )


_FAILOVER_EVENTS = {
    "outage": "outages",
    "recovered": "recoveries",
    "fallback_admission": "fallback_admissions",
    "unavailable_refusal": "unavailable_refusals",
    "settlement_lost": "settlements_lost",
}


class LimiterStoreCollector:
    """Shared limit store health: outages, fallbacks, and whether limits run locally now."""

    def __init__(self, limiter: LimiterBackend, auth_throttle: AuthThrottle) -> None:
        self._limiter = limiter
        self._auth_throttle = auth_throttle

    def collect(self) -> Iterator[Metric]:
        """Store events, the degraded flag and the auth throttle's outages, read now."""
        events = CounterMetricFamily(
            "modelgate_limiter_store_events",
            "Shared limit store events (outage, recovered, fallback_admission, ...).",
            labels=("event",),
        )
        degraded = 0
        if isinstance(self._limiter, FailoverBackend):
            stats = self._limiter.stats
            for event, attribute in _FAILOVER_EVENTS.items():
                events.add_metric((event,), getattr(stats, attribute))
            degraded = int(self._limiter.degraded)
        yield events
        yield GaugeMetricFamily(
            "modelgate_limiter_degraded",
            "1 while the shared limit store is unreachable and limits run per replica.",
            value=degraded,
        )
        yield CounterMetricFamily(
            "modelgate_auth_throttle_store_outages",
            "Times the authentication throttle lost its shared store.",
            value=self._auth_throttle.outages,
        )


@dataclass(frozen=True, slots=True)
class ReviewQueueSnapshot:
    """One review queue as it stands: how many cases wait, and for how long the oldest has."""

    queue: str
    depth: int
    oldest_age_seconds: float


ReviewQueueSource = Callable[[], Iterable[ReviewQueueSnapshot]]
"""Called at every scrape on the event loop: it must not do I/O (return a cached snapshot)."""


class ReviewQueueCollector:
    """`modelgate_review_queue_depth` and `..._oldest_age_seconds`, from a source set later.

    Without a source (before human review exists) both families are exposed with no samples.
    """

    def __init__(self, source: ReviewQueueSource | None = None) -> None:
        self._source = source

    def attach(self, source: ReviewQueueSource) -> None:
        """Read the queues from `source` from now on (the review component calls this once)."""
        self._source = source

    def collect(self) -> Iterator[Metric]:
        """The queue gauges, read now."""
        depth = GaugeMetricFamily(
            "modelgate_review_queue_depth", "Cases waiting for a reviewer.", labels=("queue",)
        )
        age = GaugeMetricFamily(
            "modelgate_review_queue_oldest_age_seconds",
            "Age of the oldest waiting case.",
            labels=("queue",),
        )
        for snapshot in self._source() if self._source is not None else ():
            depth.add_metric((snapshot.queue,), snapshot.depth)
            age.add_metric((snapshot.queue,), snapshot.oldest_age_seconds)
        yield depth
        yield age
