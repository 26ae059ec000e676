"""`RiskWatch`: refreshes the account risk figures for `/metrics` in the background.

A scrape must not read Redis or the database, so the watch counts the accounts per step
(every known account's state, one pipelined read) and the escalation records added to the
audit log since its last look, every `refresh_seconds`, and the gauges read its snapshot.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.access.accounts_store import AccountStore
from gateway.access.key_store import KeyStore
from gateway.audit.record import RecordKind
from gateway.audit.tables import audit_records
from gateway.metrics.risk_gauges import AccountRiskCollector, RiskSnapshot
from gateway.repeating import Repeating
from gateway.risk.ranking import accounts_per_step, known_accounts
from gateway.risk.tracker import RiskTracker

REFRESH_SECONDS = 30.0
"""Escalations are rare and stay until lifted: half a minute's delay is plenty for a graph."""
ESCALATE_PREFIX = "risk.escalate:"
T = audit_records.c


class RiskWatch:
    """Keeps the latest account risk figures; `snapshot()` is the collector's source."""

    def __init__(
        self,
        tracker: RiskTracker,
        engine: AsyncEngine,
        *,
        refresh_seconds: float = REFRESH_SECONDS,
    ) -> None:
        self._tracker = tracker
        self._engine = engine
        self._accounts = AccountStore(engine)
        self._keys = KeyStore(engine)
        self._snapshot: RiskSnapshot | None = None
        self._escalations: Counter[str] = Counter()
        self._last_seq = -1
        self._loop = Repeating(
            "account-risk-gauges",
            self.refresh,
            refresh_seconds,
            logger="gateway.risk",
            failure_event="risk.gauges_refresh_failed",
            level="warning",
        )

    def snapshot(self) -> RiskSnapshot | None:
        """The figures of the last refresh (no I/O: called at scrape time)."""
        return self._snapshot

    async def refresh(self) -> None:
        """Re-read every account's step and the escalation records added since the last look."""
        accounts = await known_accounts(self._accounts, self._keys)
        per_step = await accounts_per_step(self._tracker, accounts)
        query = (
            select(T.action, func.count(), func.max(T.seq))
            .where(T.kind == RecordKind.ADMIN.value)
            .where(T.action.like(ESCALATE_PREFIX + "%"))
            .where(T.seq > self._last_seq)
            .group_by(T.action)
        )
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        for action, count, last_seq in rows:
            self._escalations[str(action).removeprefix(ESCALATE_PREFIX)] += int(count)
            self._last_seq = max(self._last_seq, int(last_seq))
        self._snapshot = RiskSnapshot(
            {str(k): n for k, n in per_step.items()}, dict(self._escalations)
        )

    async def start(self) -> None:
        """Refresh in the background, now and then every `refresh_seconds`."""
        self._loop.start()

    async def aclose(self) -> None:
        """Stop refreshing."""
        await self._loop.aclose()


def build_risk_watch(
    tracker: RiskTracker | None,
    engine: AsyncEngine,
    collector: AccountRiskCollector,
    refresh_seconds: float = REFRESH_SECONDS,
) -> RiskWatch | None:
    """A watch feeding `collector` (not started), or `None` when risk tracking is off."""
    if tracker is None:
        return None
    watch = RiskWatch(tracker, engine, refresh_seconds=refresh_seconds)
    collector.attach(watch.snapshot)
    return watch
