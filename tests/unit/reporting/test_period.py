"""Report periods: durations, dates and bucket sizes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gateway.reporting import ReportPeriod, parse_duration

NOW = datetime(2024, 5, 8, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("15m", 900), ("1h", 3600), ("7d", 604_800), ("2w", 1_209_600), ("1.5h", 5400)],
)
def test_durations(text: str, seconds: float) -> None:
    """Durations take s, m, h, d and w suffixes."""
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "7", "7y", "-1d", "0h", "a week"])
def test_bad_durations(text: str) -> None:
    """Anything else is refused with a hint."""
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("since", "until", "expected_since", "expected_until"),
    [
        ("7d", None, datetime(2024, 5, 1, 12, tzinfo=UTC), NOW),
        ("24h", "2024-05-02", datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 5, 2, tzinfo=UTC)),
        (
            "2024-04-01",
            "2024-04-02T06:00:00",
            datetime(2024, 4, 1, tzinfo=UTC),
            datetime(2024, 4, 2, 6, tzinfo=UTC),
        ),
    ],
)
def test_periods(
    since: str, until: str | None, expected_since: datetime, expected_until: datetime
) -> None:
    """`--since` is a duration back from `--until` (default now) or a date."""
    period = ReportPeriod.parse(since, until, now=NOW)
    assert period.since_us == int(expected_since.timestamp() * 1e6)
    assert period.until_us == int(expected_until.timestamp() * 1e6)


def test_empty_period_is_refused() -> None:
    """A start after the end is an error, not an empty report."""
    with pytest.raises(ValueError, match="empty"):
        ReportPeriod.parse("2024-05-09", "2024-05-08")


@pytest.mark.parametrize(
    ("since", "bucket"),
    [("1h", 300), ("12h", 900), ("2d", 3600), ("7d", 6 * 3600), ("30d", 86_400)],
)
def test_bucket_sizes(since: str, bucket: int) -> None:
    """Buckets grow with the period so that charts keep about 48 bars at most."""
    assert ReportPeriod.parse(since, now=NOW).bucket_seconds() == bucket
