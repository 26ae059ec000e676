"""`DriftWatch`: recomputes detector drift from the audit log in the background, for `/metrics`.

A scrape must not query the database, so the watch refreshes a snapshot every few minutes and
the drift gauges read that. Its days end at the last whole hour and are built from hourly
counts it keeps, so after the first refresh each one reads only the latest hours, not fifteen
days of records. Categories are counted under their bounded gauge label (`drift_label`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.metrics import DetectorDriftCollector, DriftSnapshot, drift_label
from gateway.reporting.alert_policy import ALERTS_FILE, AlertRule, load_alert_rules
from gateway.reporting.drift import DailyCounts, DriftSettings, detect_drift_in
from gateway.reporting.drift_query import load_counts
from gateway.reporting.period import US
from gateway.settings import Settings

REFRESH_SECONDS = 600.0
"""The share is over a whole day: a few minutes' delay changes little and keeps the reads rare."""
HOUR_SECONDS = 3600
SETTLE_HOURS = 2
"""The latest hours are read again at each refresh: records replayed from a spool land late."""


def drift_settings_of(rules: Sequence[AlertRule]) -> DriftSettings:
    """The settings of the first `detector_drift` alert, or the defaults without one."""
    return next((rule.drift for rule in rules if rule.drift is not None), DriftSettings())


class DriftWatch:
    """Keeps the latest per-category drift figures; `snapshots()` is the gauges' source."""

    def __init__(
        self,
        engine: AsyncEngine,
        settings: DriftSettings,
        *,
        refresh_seconds: float = REFRESH_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._engine = engine
        self._settings = settings
        self._refresh_seconds = refresh_seconds
        self._clock = clock
        self._snapshot: tuple[DriftSnapshot, ...] = ()
        self._hours: dict[int, DailyCounts] = {}
        self._task: asyncio.Task[None] | None = None

    def snapshots(self) -> tuple[DriftSnapshot, ...]:
        """The figures of the last refresh (no I/O: called at scrape time)."""
        return self._snapshot

    async def refresh(self) -> None:
        """Recompute every category's drift for the 24 hours ending at the last whole hour."""
        hour_us = HOUR_SECONDS * US
        until_us = int(self._clock() * US) // hour_us * hour_us
        days = self._settings.baseline_days + 1
        since_us = until_us - days * 24 * hour_us
        settled_us = until_us - SETTLE_HOURS * hour_us
        kept = {start: c for start, c in self._hours.items() if since_us <= start < settled_us}
        first_missing = since_us
        while first_missing in kept:
            first_missing += hour_us
        missing = (until_us - first_missing) // hour_us
        fresh = await load_counts(self._engine, first_missing, missing, HOUR_SECONDS, drift_label)
        self._hours = kept | {hour.start_us: hour for hour in fresh}
        daily = [
            DailyCounts.total(start, (self._hours[start + h * hour_us] for h in range(24)))
            for start in range(since_us, until_us, 24 * hour_us)
        ]
        self._snapshot = tuple(
            DriftSnapshot(d.category, d.share, d.baseline, d.verdict)
            for d in detect_drift_in(daily, self._settings)
        )

    async def start(self) -> None:
        """Refresh in the background, now and then every `refresh_seconds`."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="detector-drift")

    async def aclose(self) -> None:
        """Stop refreshing."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        log = structlog.get_logger("gateway.reporting")
        while True:
            try:
                await self.refresh()
            except Exception as exc:  # a failed read keeps the last figures; the next may work
                log.error("drift.refresh_failed", error=repr(exc))
            await asyncio.sleep(self._refresh_seconds)


def build_drift_watch(
    settings: Settings, engine: AsyncEngine, collector: DetectorDriftCollector
) -> DriftWatch:
    """A watch judging as alerts.yaml's drift alert does, feeding `collector` (not started)."""
    path = settings.policy.policies_dir / ALERTS_FILE
    rules = load_alert_rules(path, settings.policy.variables)
    watch = DriftWatch(engine, drift_settings_of(rules))
    collector.attach(watch.snapshots)
    return watch
