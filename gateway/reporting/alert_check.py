"""Runs every alert rule against the audit log for windows ending at a given moment."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.reporting.alert_policy import AlertRule
from gateway.reporting.alert_rules import Alert, AlertInputs, evaluate
from gateway.reporting.drift_query import load_daily_counts
from gateway.reporting.period import US
from gateway.reporting.queries import count_window
from gateway.reporting.report_data import WindowCounts
from gateway.reporting.review_data import ReviewDataProvider, ReviewOutcomeRates


async def check_alerts(
    engine: AsyncEngine,
    rules: Sequence[AlertRule],
    until_us: int,
    reviews: ReviewDataProvider | None = None,
) -> list[Alert]:
    """The alerts raised by `rules`, each over its own window ending at `until_us`.

    Overturn rates come from the review outcome log in the same database unless `reviews`
    names another source.
    """
    provider = reviews or ReviewOutcomeRates(engine)
    raised: list[Alert] = []
    for rule in rules:
        since_us = until_us - int(rule.window_seconds * US)
        if rule.drift is not None:
            days = rule.drift.baseline_days + 1
            daily = await load_daily_counts(engine, until_us, days)
            inputs = AlertInputs(until_us, WindowCounts(), daily=daily)
        elif rule.kind == "overturn_rate":
            overturns = await provider.overturn_rates(since_us, until_us)
            inputs = AlertInputs(until_us, WindowCounts(), overturns=overturns)
        else:
            window = await count_window(engine, since_us, until_us)
            baseline = None
            if rule.baseline_seconds is not None:
                start = since_us - int(rule.baseline_seconds * US)
                baseline = await count_window(engine, start, since_us)
            inputs = AlertInputs(until_us=until_us, window=window, baseline=baseline)
        raised.extend(evaluate(rule, inputs))
    return raised
