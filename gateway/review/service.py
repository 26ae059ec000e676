"""`ReviewService`: the human review component of one process, built once from settings.

Wiring: `build_runtime` calls `build_review_service(...)`, hands `service.sink` to the pipelines
as their `CaseSink`, starts the sweep with the runtime and stops it on shutdown; the developer
routes, the reviewer pages and `GET /admin/reviews/stats` read it from `runtime.review`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.key_record import KeyRecord
from gateway.audit import AuditWriter, ContentSealer, Pseudonymizer
from gateway.audit.key_material import load_audit_keys
from gateway.errors import InvalidRequest
from gateway.inspection.tier_inspectors import TierInspectors
from gateway.metrics import ReviewQueueSnapshot
from gateway.policy.catalog import PolicySet
from gateway.repeating import Repeating
from gateway.review.case_store import CaseStore
from gateway.review.decisions import ReviewDesk
from gateway.review.intake import ReportIntake
from gateway.review.leases import LeaseBook
from gateway.review.notifier import CaseNotifier
from gateway.review.outcomes import OutcomeLog
from gateway.review.queue_sink import CaseClock, ReviewQueueSink
from gateway.review.records import ReviewCase
from gateway.review.release import CaseRelease
from gateway.review.sealing import CaseSealer, review_content_key
from gateway.review.stats import ReviewFigures
from gateway.review.sweep import ReviewSweep, SweepResult
from gateway.review.webhook import WebhookSender
from gateway.review.webhook_target import check_target
from gateway.settings import Settings


@dataclass
class ReviewService:
    """Cases, leases, verdicts, releases, reports and the sweep."""

    store: CaseStore
    sealer: CaseSealer
    sink: ReviewQueueSink
    leases: LeaseBook
    desk: ReviewDesk
    release: CaseRelease
    intake: ReportIntake
    figures: ReviewFigures
    sweep: ReviewSweep
    notifier: CaseNotifier
    sweep_seconds: float
    webhook_allow_http: bool
    webhook_allow_private: bool
    polls_per_minute: int = 60
    """Polls one key may make a minute (`GET /v1/reviews/{id}`)."""
    filings_per_minute: int = 20
    """Reports, appeals and webhook registrations one key may make a minute."""
    queue_snapshot: list[ReviewQueueSnapshot] = field(default_factory=list)
    _loop: Repeating | None = None

    def snapshots(self) -> list[ReviewQueueSnapshot]:
        """The queue gauges as of the last sweep (no I/O: called at scrape time)."""
        return list(self.queue_snapshot)

    async def sweep_once(self, now: datetime | None = None) -> SweepResult:
        """One sweep, then refresh the queue snapshot."""
        now = now or datetime.now(UTC)
        result = await self.sweep.run(now)
        self.queue_snapshot = await self.sweep.snapshot(now)
        return result

    async def register_webhook(
        self, case_id: str, key: KeyRecord, url: str, secret: str
    ) -> ReviewCase:
        """Remember where to announce the decision (sent at once if it is already decided)."""
        case = await self.release.owned(case_id, key)
        await check_target(url, self.webhook_allow_http, self.webhook_allow_private)
        if len(secret) < 16:
            raise InvalidRequest("the webhook secret needs at least 16 characters")
        sealed = self.sealer.seal(secret, case_id=case_id, field="webhook_secret")
        await self.store.update(
            case_id, {"webhook_url": url, "webhook_secret_sealed": sealed, "webhook_sent_at": None}
        )
        updated = await self.store.get(case_id)
        assert updated is not None
        await self.notifier.notify(updated)
        return case

    async def start(self) -> None:
        """Sweep in the background (when an interval is set)."""
        if self.sweep_seconds > 0 and self._loop is None:
            self._loop = Repeating(
                "review-sweep",
                self._sweep_and_log,
                self.sweep_seconds,
                logger="gateway.review",
                failure_event="review.sweep_failed",
            )
            self._loop.start()

    async def aclose(self) -> None:
        """Stop sweeping."""
        if self._loop is not None:
            await self._loop.aclose()
            self._loop = None

    async def _sweep_and_log(self) -> None:
        result = await self.sweep_once()
        if result != SweepResult():
            structlog.get_logger("gateway.review").info("review.swept", **asdict(result))


def build_review_service(
    settings: Settings,
    *,
    engine: AsyncEngine,
    policies: PolicySet,
    inspectors: TierInspectors | None,
    audit: AuditWriter | None,
) -> ReviewService:
    """Everything human review needs, from settings (the content key is loaded here)."""
    review = settings.review
    store = CaseStore(engine)
    sealer = CaseSealer(review_content_key(settings))
    clock = CaseClock(policies.tiers, review.default_sla_minutes, review.retention_days)
    notifier = CaseNotifier(
        store, sealer, WebhookSender(review.webhook_allow_http, review.webhook_allow_private)
    )
    desk = ReviewDesk(
        store=store,
        sealer=sealer,
        clock=clock,
        outcomes=OutcomeLog(engine),
        notifier=notifier,
        audit=audit,
        inspectors=inspectors,
        tiers=policies.tiers,
    )
    audit_reader = pseudonyms = None
    if settings.audit.enabled:
        keys = load_audit_keys(settings)
        pseudonyms = Pseudonymizer(keys.pseudonym_secret)
        audit_reader = ContentSealer(pseudonyms, keys.content_key)
    sink = ReviewQueueSink(store, sealer, clock)
    return ReviewService(
        store=store,
        sealer=sealer,
        sink=sink,
        leases=LeaseBook(store, review.lease_seconds),
        desk=desk,
        release=CaseRelease(store, sealer),
        intake=ReportIntake(
            engine=engine,
            store=store,
            sink=sink,
            sealer=sealer,
            clock=clock,
            audit_reader=audit_reader,
            pseudonyms=pseudonyms,
        ),
        figures=ReviewFigures(engine),
        sweep=ReviewSweep(store, desk, notifier),
        notifier=notifier,
        sweep_seconds=review.sweep_seconds,
        webhook_allow_http=review.webhook_allow_http,
        webhook_allow_private=review.webhook_allow_private,
        polls_per_minute=review.polls_per_minute,
        filings_per_minute=review.filings_per_minute,
    )
