"""Report periods: `7d`, `24h`, `90m` or a date, turned into a half-open microsecond range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800}
_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z")
US = 1_000_000


def parse_duration(text: str) -> float:
    """Seconds in `30s`, `15m`, `1h`, `7d` or `2w`; raises `ValueError` otherwise."""
    match = _DURATION.match(text)
    if match is None:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30m, 1h, 7d)")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds <= 0:
        raise ValueError(f"a duration must be positive: {text!r}")
    return seconds


def parse_instant(text: str) -> datetime:
    """A date or date-time (UTC unless it names a zone); raises `ValueError` otherwise."""
    for fmt in _DATE_FORMATS:
        try:
            moment = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch."""
    return int(moment.timestamp() * US)


def from_us(value: int) -> datetime:
    """The UTC moment `value` microseconds after the epoch."""
    return datetime.fromtimestamp(value / US, tz=UTC)


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Records with `since_us <= time_us < until_us`."""

    since_us: int
    until_us: int

    @classmethod
    def parse(
        cls, since: str, until: str | None = None, *, now: datetime | None = None
    ) -> ReportPeriod:
        """`since` is a duration back from `until` (default now) or a date."""
        end = parse_instant(until) if until else (now or datetime.now(UTC))
        if _DURATION.match(since):
            start_us = to_us(end) - int(parse_duration(since) * US)
        else:
            start_us = to_us(parse_instant(since))
        period = cls(start_us, to_us(end))
        if period.since_us >= period.until_us:
            raise ValueError("the period is empty: --since must be before --until")
        return period

    @property
    def seconds(self) -> float:
        """The period's length."""
        return (self.until_us - self.since_us) / US

    def bucket_seconds(self, target_buckets: int = 48) -> int:
        """A readable bucket length giving about `target_buckets` buckets at most."""
        for step in (60, 300, 900, 3600, 3 * 3600, 6 * 3600, 86_400, 7 * 86_400):
            if self.seconds / step <= target_buckets:
                return step
        return 30 * 86_400

    def label(self) -> str:
        """`2024-05-01 00:00 to 2024-05-08 00:00 UTC`."""
        start, end = from_us(self.since_us), from_us(self.until_us)
        return f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC"
