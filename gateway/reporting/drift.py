"""Detector drift: each category's daily share of findings against its own recent baseline.

Pure functions over daily counts. A silently broken detector shows up as a drop, a new attack
wave as a rise; ordinary day-to-day noise and quiet days must not alert.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

Verdict = Literal["rise", "drop", "steady", "quiet", "no baseline"]
ALERTING: frozenset[Verdict] = frozenset({"rise", "drop"})
MAD_TO_SIGMA = 1.4826
"""Scales a median absolute deviation to a standard deviation for normal data."""
DAY_SECONDS = 86_400


@dataclass(frozen=True, slots=True)
class DailyCounts:
    """One day: requests inspected, and how many of them had a finding of each category."""

    start_us: int
    requests: int
    findings: Mapping[str, int] = field(default_factory=dict)

    def share(self, category: str) -> float:
        """Share of the day's inspected requests with a finding of `category`."""
        return self.findings.get(category, 0) / self.requests if self.requests else 0.0

    @classmethod
    def total(cls, start_us: int, parts: Iterable[DailyCounts]) -> DailyCounts:
        """One period made of `parts` (hours into a day): requests and findings added up."""
        requests = 0
        findings: Counter[str] = Counter()
        for part in parts:
            requests += part.requests
            findings.update(part.findings)
        return cls(start_us, requests, dict(findings))


@dataclass(frozen=True, slots=True)
class DriftSettings:
    """How a day is compared with its baseline (the `detector_drift` alert's fields)."""

    baseline_days: int = 14
    """Days before today whose shares make the baseline."""
    min_baseline_days: int = 7
    """Fewest baseline days with enough volume for a verdict."""
    min_requests: int = 200
    """Fewest inspected requests for a day to count (today included): quiet days never alert."""
    min_findings: int = 20
    """A rise needs this many findings today; a drop needs this many expected at the baseline."""
    sigmas: float = 4.0
    """How many spreads today's share must be away from the baseline median."""
    rise_factor: float = 2.0
    """...and a rise must reach at least this multiple of the baseline median,"""
    drop_factor: float = 2.0
    """...and a drop must fall to at most the baseline median divided by this."""


@dataclass(frozen=True, slots=True)
class CategoryDrift:
    """Today's share of one category, its baseline, and the verdict."""

    category: str
    share: float
    findings: int
    requests: int
    baseline: float | None
    """Median daily share over the baseline days with enough volume (None: too few)."""
    spread: float | None
    """Robust spread of the baseline (MAD as a sigma), floored at today's sampling noise."""
    baseline_days: int
    verdict: Verdict
    bound: float | None = None
    """The bound today's share crossed (for a rise or a drop)."""

    @property
    def alerting(self) -> bool:
        """Whether the share moved sharply (a rise or a drop)."""
        return self.verdict in ALERTING


def _spread(shares: Sequence[float], median: float, requests: int) -> float:
    mad = statistics.median(abs(share - median) for share in shares) * MAD_TO_SIGMA
    # A baseline that happens to be flat has no spread; today's own binomial noise still does.
    noise = math.sqrt(median * (1 - median) / requests) if requests else 0.0
    return max(mad, noise)


def _judge(
    category: str, today: DailyCounts, usable: Sequence[DailyCounts], settings: DriftSettings
) -> CategoryDrift:
    share, findings = today.share(category), today.findings.get(category, 0)
    if len(usable) < settings.min_baseline_days:
        return CategoryDrift(
            category, share, findings, today.requests, None, None, len(usable), "no baseline"
        )
    shares = [day.share(category) for day in usable]
    median = statistics.median(shares)
    spread = _spread(shares, median, today.requests)
    base = CategoryDrift(
        category, share, findings, today.requests, median, spread, len(usable), "steady"
    )
    if today.requests < settings.min_requests:
        return replace(base, verdict="quiet")
    high = max(median + settings.sigmas * spread, median * settings.rise_factor)
    if share > high and findings >= settings.min_findings:
        return replace(base, verdict="rise", bound=high)
    low = min(median - settings.sigmas * spread, median / settings.drop_factor)
    if share < low and median * today.requests >= settings.min_findings:
        return replace(base, verdict="drop", bound=low)
    return base


def detect_drift(
    today: DailyCounts, history: Sequence[DailyCounts], settings: DriftSettings
) -> tuple[CategoryDrift, ...]:
    """One verdict per category seen today or in the baseline, alerting ones first.

    `history` holds the days before `today`, oldest first; the last `baseline_days` of them
    with at least `min_requests` inspected requests make the baseline.
    """
    recent = history[-settings.baseline_days :] if settings.baseline_days else []
    usable = [day for day in recent if day.requests >= settings.min_requests]
    categories = set(today.findings)
    for day in usable:
        categories.update(day.findings)
    verdicts = [_judge(category, today, usable, settings) for category in sorted(categories)]
    return tuple(sorted(verdicts, key=lambda drift: not drift.alerting))


def detect_drift_in(
    daily: Sequence[DailyCounts], settings: DriftSettings
) -> tuple[CategoryDrift, ...]:
    """Verdicts for the last day of `daily` against the days before it (none without days)."""
    if not daily:
        return ()
    return detect_drift(daily[-1], daily[:-1], settings)
