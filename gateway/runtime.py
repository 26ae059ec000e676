"""`GatewayRuntime`: the long-lived parts of one gateway process, built from settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.authenticator import KeyAuthenticator, KeyCache
from gateway.access.key_store import KeyStore
from gateway.admin.assembly import ControlSide, build_control_side
from gateway.admin.services import AdminServices
from gateway.audit import AuditWriter, SealPolicy, WriterOptions, build_audit_writer
from gateway.audit.key_material import load_audit_keys
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.limits import AuthThrottle, LimiterBackend
from gateway.limits.construction import build_auth_throttle, build_limiter
from gateway.metrics import GatewayMetrics, build_metrics
from gateway.pipeline.assembly import Pipelines, build_pipelines
from gateway.policy.catalog import PolicySet
from gateway.policy.loader import load_policy_set
from gateway.reporting.drift_watch import DriftWatch, build_drift_watch
from gateway.review import ReviewService, build_review_service
from gateway.risk.construction import build_risk_tracker
from gateway.risk.risk_watch import RiskWatch, build_risk_watch
from gateway.risk.tracker import RiskTracker
from gateway.settings import Settings
from gateway.storage.engine import create_engine
from gateway.upstream.client import UpstreamPool

SERVER_SPOOL_SLOTS = 64


@dataclass(frozen=True, slots=True)
class GatewayRuntime:
    """Stores, clients and pipelines shared by every request of this process."""

    settings: Settings
    policies: PolicySet
    engine: AsyncEngine
    keys: KeyStore
    key_cache: KeyCache
    upstreams: UpstreamPool
    limiter: LimiterBackend
    auth_throttle: AuthThrottle
    audit: AuditWriter | None
    pipelines: Pipelines
    metrics: GatewayMetrics | None = None
    control: ControlSide | None = None
    """Terms, model overrides and their broadcast, and the admin services."""
    inspectors: TierInspectors | None = None
    """Each tier's input and output inspectors (detectors and policy)."""
    review: ReviewService | None = None
    """Human review: the case sink, reviewer verdicts, held answers, the sweep."""
    risk: RiskTracker | None = None
    """Per-account risk records and escalation (docs/risk.md)."""
    drift: DriftWatch | None = None
    """Detector drift figures for `/metrics`, refreshed from the audit log in the background."""
    risk_watch: RiskWatch | None = None
    """Account risk figures for `/metrics`, refreshed from the store and the audit log."""

    @property
    def admin(self) -> AdminServices:
        """The admin services (sign-in, admin verbs) of this process."""
        assert self.control is not None
        return self.control.admin

    async def start(self) -> None:
        """Start background work (the audit writer replays any spool left by a crash)."""
        if self.audit is not None:
            await self.audit.start()
        if self.control is not None:
            await self.control.start()
        if self.review is not None:
            await self.review.start()
        if self.drift is not None:
            await self.drift.start()
        if self.risk_watch is not None:
            await self.risk_watch.start()

    async def aclose(self) -> None:
        """Drain the audit writer, then release connections and pools."""
        if self.risk_watch is not None:
            await self.risk_watch.aclose()
        if self.drift is not None:
            await self.drift.aclose()
        if self.review is not None:
            await self.review.aclose()
        if self.control is not None:
            await self.control.aclose()
        if self.audit is not None:
            await self.audit.aclose()
        await self.upstreams.aclose()
        if self.inspectors is not None:
            await self.inspectors.aclose()
        if self.risk is not None:
            await self.risk.aclose()
        await self.limiter.aclose()
        await self.auth_throttle.aclose()
        await self.engine.dispose()


def _audit_writer(settings: Settings, engine: AsyncEngine) -> AuditWriter:
    keys = load_audit_keys(settings)
    return build_audit_writer(
        engine,
        data_dir=settings.storage.data_dir / "audit-spool",
        # Worker processes of one server share the data dir; each takes its own spool file.
        spool_slots=SERVER_SPOOL_SLOTS,
        witness_file=settings.audit.witness_file,
        pseudonym_secret=keys.pseudonym_secret,
        signing_key=keys.signing_key_file,
        content_key=keys.content_key,
        seal_policy=SealPolicy(
            max_records=settings.audit.seal_every_records,
            max_age_s=settings.audit.seal_every_seconds,
        ),
        options=WriterOptions(answers_wait=settings.audit.durability == "commit"),
    )


def build_runtime(settings: Settings) -> GatewayRuntime:
    """Load policy (failing fast on a bad file) and build every long-lived part."""
    policies = load_policy_set(settings.policy.policies_dir, settings.policy.variables)
    engine = create_engine(settings.storage.effective_database_url)
    keys = KeyStore(engine)
    key_cache = KeyCache(ttl=settings.access.key_cache_ttl_seconds)
    upstreams = UpstreamPool(policies.upstreams, settings.server.upstream_transport)
    audit = _audit_writer(settings, engine) if settings.audit.enabled else None
    risk = build_risk_tracker(settings, policies, audit)
    limiter = build_limiter(settings.limits)
    auth_throttle = build_auth_throttle(settings.limits)
    metrics = (
        build_metrics(audit=audit, limiter=limiter, auth_throttle=auth_throttle)
        if settings.metrics.enabled
        else None
    )
    control = build_control_side(
        settings,
        engine=engine,
        keys=keys,
        key_cache=key_cache,
        policies=policies,
        audit=audit,
        risk=risk,
    )
    inspectors = TierInspectors(
        settings.policy.policies_dir,
        policies.tiers,
        also=[risk.policy.stricter_profile] if risk is not None else [],
    )
    review = build_review_service(
        settings,
        engine=engine,
        policies=policies,
        inspectors=inspectors,
        audit=audit,
    )
    if metrics is not None:
        metrics.review_queue.attach(review.snapshots)
    drift = build_drift_watch(settings, engine, metrics.detector_drift) if metrics else None
    risk_watch = (
        build_risk_watch(risk, engine, metrics.account_risk, settings.risk.gauges_refresh_seconds)
        if metrics
        else None
    )
    pipelines = build_pipelines(
        authenticator=KeyAuthenticator(keys, key_cache, auth_throttle),
        policies=policies,
        upstreams=upstreams,
        limiter=limiter if settings.limits.enabled else None,
        audit=audit,
        access_log=settings.log.access_log,
        metrics=metrics.requests if metrics is not None else None,
        board=control.board,
        terms=control.terms,
        inspectors=inspectors,
        cases=review.sink,
        risk=risk,
        review=review,
    )
    return GatewayRuntime(
        settings=settings,
        policies=policies,
        engine=engine,
        keys=keys,
        key_cache=key_cache,
        upstreams=upstreams,
        limiter=limiter,
        auth_throttle=auth_throttle,
        audit=audit,
        pipelines=pipelines,
        metrics=metrics,
        control=control,
        inspectors=inspectors,
        review=review,
        risk=risk,
        drift=drift,
        risk_watch=risk_watch,
    )
