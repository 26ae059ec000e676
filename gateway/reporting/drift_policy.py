"""The fields of a `detector_drift` alert in `policies/alerts.yaml`, parsed into `DriftSettings`."""

from __future__ import annotations

from gateway.policy.field_reader import FieldReader
from gateway.reporting.drift import DAY_SECONDS, DriftSettings
from gateway.reporting.period import parse_duration

DRIFT_FIELDS = frozenset(
    {
        "kind",
        "description",
        "severity",
        "categories",
        "baseline",
        "min_baseline_days",
        "min_requests",
        "min_findings",
        "sigmas",
        "rise_factor",
        "drop_factor",
    }
)
_DEFAULTS = DriftSettings()


def _baseline_days(fields: FieldReader) -> int:
    text = fields.get("baseline", str, f"{_DEFAULTS.baseline_days}d")
    try:
        seconds = parse_duration(text)
    except ValueError as exc:
        raise fields.fail("baseline", str(exc)) from None
    days = seconds / DAY_SECONDS
    if days != int(days) or days < 2:
        raise fields.fail("baseline", "'baseline' is a whole number of days, at least 2d")
    return int(days)


def _factor(fields: FieldReader, key: str, default: float) -> float:
    value = fields.positive_number(key, default)
    if value <= 1:
        raise fields.fail(key, f"{key!r} must be above 1 (a multiple of the baseline)")
    return value


def drift_settings(fields: FieldReader) -> DriftSettings:
    """The settings of one `detector_drift` rule; every mistake names its line."""
    baseline_days = _baseline_days(fields)
    min_days = fields.positive_int(
        "min_baseline_days", min(_DEFAULTS.min_baseline_days, baseline_days)
    )
    if min_days > baseline_days:
        raise fields.fail(
            "min_baseline_days",
            f"'min_baseline_days' cannot exceed the {baseline_days} baseline days",
        )
    return DriftSettings(
        baseline_days=baseline_days,
        min_baseline_days=min_days,
        min_requests=fields.positive_int("min_requests", _DEFAULTS.min_requests),
        min_findings=fields.positive_int("min_findings", _DEFAULTS.min_findings),
        sigmas=fields.positive_number("sigmas", _DEFAULTS.sigmas),
        rise_factor=_factor(fields, "rise_factor", _DEFAULTS.rise_factor),
        drop_factor=_factor(fields, "drop_factor", _DEFAULTS.drop_factor),
    )
