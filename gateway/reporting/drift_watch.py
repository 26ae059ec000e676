"""`DriftWatch`: recomputes detector drift from the audit log in the background, for `/metrics`.

A scrape must not query the database, so the watch refreshes a snapshot every few minutes and
the drift gauges read that. Its days end at the last whole hour and are built from hourly
counts it keeps, so after the first refresh each one reads only the latest hours, not fifteen
days of records. Categories are counted under their bounded gauge label (`drift_label`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.metrics import DetectorDriftCollector, DriftSnapshot, drift_label
from gateway.repeating import Repeating
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
        self._clock = clock
        self._snapshot: tuple[DriftSnapshot, ...] = ()
        self._hours: dict[int, DailyCounts] = {}
        self._loop = Repeating(
            "detector-drift",
            self.refresh,
            refresh_seconds,
            logger="gateway.reporting",
            failure_event="drift.refresh_failed",
        )

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
        self._loop.start()

    async def aclose(self) -> None:
        """Stop refreshing."""
        await self._loop.aclose()


def build_drift_watch(
    settings: Settings, engine: AsyncEngine, collector: DetectorDriftCollector
) -> DriftWatch:
    """A watch judging as alerts.yaml's drift alert does, feeding `collector` (not started)."""
    path = settings.policy.policies_dir / ALERTS_FILE
    rules = load_alert_rules(path, settings.policy.variables)
    watch = DriftWatch(engine, drift_settings_of(rules))
    collector.attach(watch.snapshots)
    return watch
