"""Drift verdicts on hand-made daily series: sharp moves alert, noise and quiet days do not."""

from __future__ import annotations

import pytest

from gateway.reporting.drift import DailyCounts, DriftSettings, detect_drift

SETTINGS = DriftSettings()
DAY_US = 86_400 * 1_000_000
# Fourteen ordinary days: about 5% of 1,000 requests a day have a toxicity finding.
NOISY_COUNTS = (48, 52, 50, 45, 55, 49, 51, 47, 53, 50, 46, 54, 50, 52)


def _days(counts: tuple[int, ...], requests: int = 1000) -> list[DailyCounts]:
    return [
        DailyCounts(n * DAY_US, requests, {"toxicity": found} if found else {})
        for n, found in enumerate(counts)
    ]


def _today(found: int, requests: int = 1000) -> DailyCounts:
    return DailyCounts(len(NOISY_COUNTS) * DAY_US, requests, {"toxicity": found} if found else {})


def _verdict(today: DailyCounts, history: list[DailyCounts]) -> str:
    (drift,) = detect_drift(today, history, SETTINGS)
    return drift.verdict


@pytest.mark.parametrize(
    ("found", "verdict"),
    [
        (0, "drop"),  # the detector went silent
        (250, "rise"),  # five times its usual share: an attack wave
        (50, "steady"),
        (65, "steady"),  # a busy but ordinary day
        (38, "steady"),  # a calm but ordinary day
    ],
)
def test_sharp_moves_alert_and_ordinary_days_do_not(found: int, verdict: str) -> None:
    """A drop to zero and a 5x rise alert; shares inside the usual noise are steady."""
    assert _verdict(_today(found), _days(NOISY_COUNTS)) == verdict


def test_the_figures_behind_a_drop() -> None:
    """The verdict carries today's share, the baseline median and the bound it crossed."""
    (drift,) = detect_drift(_today(0), _days(NOISY_COUNTS), SETTINGS)
    assert drift.alerting
    assert (drift.share, drift.baseline, drift.baseline_days) == (0.0, 0.05, 14)
    assert drift.bound is not None
    assert 0 < drift.bound <= 0.025


def test_a_quiet_day_never_alerts() -> None:
    """Under `min_requests` inspected requests today, even a share of zero is only 'quiet'."""
    assert _verdict(_today(0, requests=150), _days(NOISY_COUNTS)) == "quiet"
    assert _verdict(_today(40, requests=150), _days(NOISY_COUNTS)) == "quiet"


def test_quiet_days_are_left_out_of_the_baseline() -> None:
    """Low-volume days do not count towards the baseline; too few left gives no verdict."""
    history = _days(NOISY_COUNTS[:6]) + _days((1,) * 8, requests=20)
    assert _verdict(_today(0), history) == "no baseline"


def test_a_rare_category_needs_enough_findings() -> None:
    """A category expected a few times a day cannot 'drop' to zero, nor 'rise' on a handful."""
    rare = _days((2, 1, 3, 2, 2, 1, 2, 3, 2, 2, 1, 2, 2, 3))
    assert _verdict(_today(0), rare) == "steady"
    assert _verdict(_today(10), rare) == "steady"
    assert _verdict(_today(40), rare) == "rise"


def test_a_new_category_rising_from_nothing_alerts() -> None:
    """A category never seen in the baseline rises once it has enough findings today."""
    history = [DailyCounts(n * DAY_US, 1000, {}) for n in range(14)]
    today = DailyCounts(14 * DAY_US, 1000, {"jailbreak": 30, "hate": 3})
    verdicts = {d.category: d.verdict for d in detect_drift(today, history, SETTINGS)}
    assert verdicts == {"jailbreak": "rise", "hate": "steady"}


def test_only_the_last_baseline_days_count() -> None:
    """Days older than `baseline_days` are ignored: the baseline follows the recent level."""
    old = _days((300,) * 10)
    settings = DriftSettings(baseline_days=14)
    (drift,) = detect_drift(_today(50), old + _days(NOISY_COUNTS), settings)
    assert (drift.verdict, drift.baseline) == ("steady", 0.05)


def test_alerting_categories_come_first() -> None:
    """Rises and drops lead the list, so the report shows them at the top."""
    history = [DailyCounts(n * DAY_US, 1000, {"hate": 30, "toxicity": 50}) for n in range(14)]
    today = DailyCounts(14 * DAY_US, 1000, {"hate": 31, "toxicity": 0})
    assert [d.category for d in detect_drift(today, history, SETTINGS)] == ["toxicity", "hate"]
