"""Evaluating alert rules: pure functions from observed counts to raised alerts."""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from gateway.reporting.alert_policy import AlertRule
from gateway.reporting.drift import DailyCounts, detect_drift_in
from gateway.reporting.report_data import WindowCounts
from gateway.reporting.review_data import OverturnRate


@dataclass(frozen=True, slots=True)
class Alert:
    """A rule that fired: what was seen, against what threshold, over which window."""

    rule_id: str
    kind: str
    severity: str
    message: str
    observed_rate: float
    max_rate: float
    count: int
    """Requests (or reviews) the rate was computed over."""
    window_seconds: float
    since_us: int
    until_us: int
    details: Mapping[str, str | float | int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AlertInputs:
    """What one rule is evaluated against, for its window ending at `until_us`."""

    until_us: int
    window: WindowCounts
    baseline: WindowCounts | None = None
    overturns: Sequence[OverturnRate] = ()
    daily: Sequence[DailyCounts] = ()
    """For `detector_drift`: the baseline days, oldest first, then the day ending at `until_us`."""


def _alert(
    rule: AlertRule,
    inputs: AlertInputs,
    message: str,
    rate: float,
    count: int,
    **details: str | float | int,
) -> Alert:
    return Alert(
        rule_id=rule.id,
        kind=rule.kind,
        severity=rule.severity,
        message=message,
        observed_rate=round(rate, 6),
        max_rate=rule.max_rate,
        count=count,
        window_seconds=rule.window_seconds,
        since_us=inputs.until_us - int(rule.window_seconds * 1_000_000),
        until_us=inputs.until_us,
        details=details,
    )


def _action_rate(rule: AlertRule, inputs: AlertInputs) -> list[Alert]:
    window = inputs.window
    rate = window.action_rate(rule.action)
    if window.total < rule.min_count or rate <= rule.max_rate:
        return []
    details: dict[str, str | float | int] = {"action": rule.action}
    if rule.spike_factor is not None:
        baseline = inputs.baseline or WindowCounts()
        base_rate = baseline.action_rate(rule.action)
        # No baseline traffic at all: any rate over the threshold is a spike.
        if baseline.total and rate < base_rate * rule.spike_factor:
            return []
        details |= {"baseline_rate": round(base_rate, 6), "baseline_requests": baseline.total}
    message = (
        f"{rule.action} rate {rate:.1%} over {window.total} requests exceeds {rule.max_rate:.1%}"
    )
    return [_alert(rule, inputs, message, rate, window.total, **details)]


def _refusal_rate(rule: AlertRule, inputs: AlertInputs) -> list[Alert]:
    window = inputs.window
    rate = window.refusal_rate
    if window.total < rule.min_count or rate <= rule.max_rate:
        return []
    message = f"limit refusals {rate:.1%} of {window.total} requests exceed {rule.max_rate:.1%}"
    return [_alert(rule, inputs, message, rate, window.total, refused=window.refused)]


def _overturn_rate(rule: AlertRule, inputs: AlertInputs) -> list[Alert]:
    alerts = []
    for figure in inputs.overturns:
        if not any(fnmatch.fnmatchcase(figure.category, p) for p in rule.categories):
            continue
        if figure.reviewed < rule.min_count or figure.rate <= rule.max_rate:
            continue
        message = (
            f"reviewers overturned {figure.rate:.1%} of {figure.reviewed} "
            f"{figure.category} decisions (threshold {rule.max_rate:.1%})"
        )
        alerts.append(
            _alert(rule, inputs, message, figure.rate, figure.reviewed, category=figure.category)
        )
    return alerts


def _detector_drift(rule: AlertRule, inputs: AlertInputs) -> list[Alert]:
    assert rule.drift is not None
    alerts = []
    for drift in detect_drift_in(inputs.daily, rule.drift):
        if not drift.alerting or drift.baseline is None or drift.bound is None:
            continue
        if not any(fnmatch.fnmatchcase(drift.category, p) for p in rule.categories):
            continue
        message = (
            f"{drift.category} findings {drift.verdict}: {drift.share:.2%} of {drift.requests} "
            f"requests in the last day against a baseline of {drift.baseline:.2%} "
            f"over {drift.baseline_days} days"
        )
        alert = _alert(
            rule,
            inputs,
            message,
            drift.share,
            drift.requests,
            category=drift.category,
            direction=drift.verdict,
            baseline_rate=round(drift.baseline, 6),
            findings=drift.findings,
        )
        # The threshold of a drift alert is the bound its share crossed, not a fixed rate.
        alerts.append(replace(alert, max_rate=round(drift.bound, 6)))
    return alerts


def evaluate(rule: AlertRule, inputs: AlertInputs) -> list[Alert]:
    """The alerts `rule` raises for `inputs` (overturn rules may raise one per category)."""
    if rule.kind == "action_rate":
        return _action_rate(rule, inputs)
    if rule.kind == "limit_refusal_rate":
        return _refusal_rate(rule, inputs)
    if rule.kind == "detector_drift":
        return _detector_drift(rule, inputs)
    return _overturn_rate(rule, inputs)
