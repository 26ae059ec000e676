"""Building the risk tracker from settings: the limiter's store, the audit log's pseudonyms."""

from __future__ import annotations

from collections.abc import Iterable

from gateway.audit import AuditWriter
from gateway.audit.key_material import load_audit_keys
from gateway.audit.pseudonym import Pseudonymizer
from gateway.policy.catalog import PolicySet
from gateway.policy.inspection_profile import load_inspection_profiles
from gateway.reporting.alert_delivery import AlertNotifier
from gateway.risk.escalation_policy import EscalationPolicy, load_escalation_policy
from gateway.risk.memory_store import InProcessRiskStore
from gateway.risk.redis_store import RedisRiskStore
from gateway.risk.store import RiskStore
from gateway.risk.tracker import RiskTracker
from gateway.settings import Settings


def load_policy(settings: Settings, policies: PolicySet) -> EscalationPolicy | None:
    """The escalation policy, checked against the tiers and the inspection profiles."""
    directory = settings.policy.policies_dir
    profiles: Iterable[str] = load_inspection_profiles(directory / "inspection.yaml")
    return load_escalation_policy(directory, policies.tiers, profiles)


def build_store(settings: Settings) -> RiskStore:
    """The limiter's store: Redis when configured (shared by replicas), else this process."""
    if settings.limits.redis_url:
        return RedisRiskStore.from_url(settings.limits.redis_url)
    return InProcessRiskStore()


def build_risk_tracker(
    settings: Settings, policies: PolicySet, audit: AuditWriter | None
) -> RiskTracker | None:
    """The tracker, or `None` when risk tracking is off or no escalation policy exists."""
    if not settings.risk.enabled:
        return None
    policy = load_policy(settings, policies)
    if policy is None:
        return None
    alerts = settings.alerts
    return RiskTracker(
        build_store(settings),
        policy,
        Pseudonymizer(load_audit_keys(settings).pseudonym_secret),
        audit=audit,
        alerts=AlertNotifier(
            webhook_url=alerts.webhook_url,
            webhook_secret=alerts.webhook_secret,
            timeout_seconds=alerts.webhook_timeout_seconds,
        ),
        fail_closed=settings.limits.on_redis_outage == "closed",
    )
