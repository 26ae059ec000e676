"""The `detector_drift` alert: its fields in alerts.yaml, and when it fires."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.errors import PolicyError
from gateway.reporting import AlertInputs, WindowCounts, evaluate, load_alert_rules
from gateway.reporting.drift import DailyCounts, DriftSettings

DAY_US = 86_400 * 1_000_000
RULE = """alerts:
  drift:
    kind: detector_drift
    categories: ["toxicity", "pii.*"]
    baseline: 7d
    min_baseline_days: 5
    min_requests: 100
    severity: critical
"""


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "alerts.yaml"
    path.write_text(body)
    return path


def test_fields_become_drift_settings(tmp_path: Path) -> None:
    """Given fields override the defaults; the window is the last day."""
    (rule,) = load_alert_rules(_write(tmp_path, RULE))
    assert rule.drift == DriftSettings(baseline_days=7, min_baseline_days=5, min_requests=100)
    assert (rule.window_seconds, rule.categories, rule.severity) == (
        86_400.0,
        ("toxicity", "pii.*"),
        "critical",
    )


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("max_rate: 0.1", "unknown field 'max_rate'"),
        ("baseline: 36h", "whole number of days"),
        ("baseline: 1d", "at least 2d"),
        ("baseline: soon", "not a duration"),
        ("min_baseline_days: 20", "cannot exceed the 14 baseline days"),
        ("rise_factor: 1", "must be above 1"),
        ("drop_factor: 0.5", "must be above 1"),
        ("sigmas: 0", "must be positive"),
        ("min_requests: 0", "positive integer"),
        ("min_findings: many", "must be an integer"),
    ],
)
def test_mistakes_name_file_and_line(tmp_path: Path, field: str, message: str) -> None:
    """Each bad drift field fails at load with the line of that field."""
    path = _write(tmp_path, f"alerts:\n  drift:\n    kind: detector_drift\n    {field}\n")
    with pytest.raises(PolicyError) as caught:
        load_alert_rules(path)
    assert (caught.value.path, caught.value.line) == (path, 4)
    assert message in caught.value.message


def _series(today: dict[str, int]) -> list[DailyCounts]:
    usual = {"toxicity": 50, "pii.email_address": 30, "hate": 40}
    days = [DailyCounts(n * DAY_US, 1000, usual) for n in range(7)]
    return [*days, DailyCounts(7 * DAY_US, 1000, today)]


def test_a_watched_category_that_drops_raises_an_alert(tmp_path: Path) -> None:
    """Toxicity falling to zero raises one alert with the figures behind it."""
    (rule,) = load_alert_rules(_write(tmp_path, RULE))
    daily = _series({"pii.email_address": 31, "hate": 41})
    until_us = 8 * DAY_US
    (alert,) = evaluate(rule, AlertInputs(until_us, WindowCounts(), daily=daily))
    assert (alert.rule_id, alert.severity, alert.observed_rate) == ("drift", "critical", 0.0)
    assert alert.details["category"] == "toxicity"
    assert alert.details["direction"] == "drop"
    assert alert.details["baseline_rate"] == 0.05
    assert 0 < alert.max_rate <= 0.025
    assert (alert.since_us, alert.until_us, alert.count) == (7 * DAY_US, until_us, 1000)
    assert "toxicity findings drop: 0.00% of 1000 requests" in alert.message


def test_unwatched_categories_and_steady_days_stay_quiet(tmp_path: Path) -> None:
    """A rise in a category the rule does not watch, and an ordinary day, raise nothing."""
    (rule,) = load_alert_rules(_write(tmp_path, RULE))
    unwatched = _series({"toxicity": 55, "pii.email_address": 28, "hate": 400})
    assert evaluate(rule, AlertInputs(8 * DAY_US, WindowCounts(), daily=unwatched)) == []


def test_a_rise_in_a_pattern_matched_category_alerts(tmp_path: Path) -> None:
    """`pii.*` covers pii.email_address; five times its share is a rise."""
    (rule,) = load_alert_rules(_write(tmp_path, RULE))
    daily = _series({"toxicity": 50, "pii.email_address": 150, "hate": 40})
    (alert,) = evaluate(rule, AlertInputs(8 * DAY_US, WindowCounts(), daily=daily))
    assert (alert.details["category"], alert.details["direction"]) == ("pii.email_address", "rise")
