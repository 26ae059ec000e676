"""Scrape-time collectors: audit backlog, limiter store health and the review queue hook."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry

from gateway.limits import AuthThrottle, FailoverBackend, InProcessBackend
from gateway.metrics import ReviewQueueSnapshot, build_metrics


@dataclass
class FakeBacklog:
    """An audit writer's backlog figures."""

    pending: int = 0
    spooled: int = 0


def _registry(limiter: object = None, backlog: FakeBacklog | None = None) -> CollectorRegistry:
    metrics = build_metrics(
        audit=backlog,
        limiter=limiter or InProcessBackend(),  # type: ignore[arg-type]
        auth_throttle=AuthThrottle.in_process(),
    )
    return metrics.registry


def test_audit_backlog_is_read_at_scrape_time() -> None:
    """The gauges show the writer's figures as they are when scraped, not when registered."""
    backlog = FakeBacklog()
    registry = _registry(backlog=backlog)
    backlog.pending, backlog.spooled = 7, 3
    assert registry.get_sample_value("modelgate_audit_pending_records") == 7
    assert registry.get_sample_value("modelgate_audit_spooled_records") == 3


def test_without_an_audit_log_there_are_no_backlog_gauges() -> None:
    """With audit off the backlog families are simply absent."""
    assert _registry().get_sample_value("modelgate_audit_pending_records") is None


def test_failover_stats_become_store_event_counters() -> None:
    """FailoverBackend's counters and degraded flag are exported under their event names."""
    limiter = FailoverBackend(InProcessBackend())
    limiter.stats.outages = 2
    limiter.stats.fallback_admissions = 40
    registry = _registry(limiter)
    value = registry.get_sample_value
    assert value("modelgate_limiter_store_events_total", {"event": "outage"}) == 2
    assert value("modelgate_limiter_store_events_total", {"event": "fallback_admission"}) == 40
    assert value("modelgate_limiter_degraded") == 0
    assert value("modelgate_auth_throttle_store_outages_total") == 0


def test_review_queue_reads_an_attached_source() -> None:
    """Once the review component attaches a source, each queue gets depth and age gauges."""
    metrics = build_metrics(
        audit=None, limiter=InProcessBackend(), auth_throttle=AuthThrottle.in_process()
    )
    labels = {"queue": "held"}
    assert metrics.registry.get_sample_value("modelgate_review_queue_depth", labels) is None
    metrics.review_queue.attach(lambda: [ReviewQueueSnapshot("held", 4, 93.5)])
    assert metrics.registry.get_sample_value("modelgate_review_queue_depth", labels) == 4
    assert (
        metrics.registry.get_sample_value("modelgate_review_queue_oldest_age_seconds", labels)
        == 93.5
    )
