"""Alert thresholds from `policies/alerts.yaml`, parsed once into frozen rules.

Any mistake is a `PolicyError` naming the file and line, at load time (`modelgate policy
check`, `modelgate report`, `modelgate alerts check`), never while evaluating.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from gateway.policy.errors import PolicyError
from gateway.policy.field_reader import FieldReader
from gateway.policy.yaml_source import load_yaml
from gateway.reporting.drift import DAY_SECONDS, DriftSettings
from gateway.reporting.drift_policy import DRIFT_FIELDS, drift_settings
from gateway.reporting.period import parse_duration
from gateway.reporting.report_data import ACTION_ORDER

AlertKind = Literal["action_rate", "limit_refusal_rate", "overturn_rate", "detector_drift"]
Severity = Literal["info", "warning", "critical"]
KINDS: tuple[AlertKind, ...] = (
    "action_rate",
    "limit_refusal_rate",
    "overturn_rate",
    "detector_drift",
)
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "critical")
ALERTS_FILE = "alerts.yaml"

_COMMON = {"kind", "description", "severity", "max_rate"}
_FIELDS: Mapping[str, set[str]] = {
    "action_rate": _COMMON | {"action", "window", "min_requests", "baseline", "spike_factor"},
    "limit_refusal_rate": _COMMON | {"window", "min_requests"},
    "overturn_rate": _COMMON | {"categories", "window", "min_reviews"},
    "detector_drift": set(DRIFT_FIELDS),
}


@dataclass(frozen=True, slots=True)
class AlertRule:
    """One threshold: fire when the observed rate over `window_seconds` exceeds `max_rate`."""

    id: str
    kind: AlertKind
    max_rate: float
    window_seconds: float
    min_count: int
    """Fewest requests (or reviews) in the window for the rate to mean anything."""
    severity: Severity = "warning"
    description: str = ""
    action: str = "block"
    """For `action_rate`: which decision's rate is watched."""
    baseline_seconds: float | None = None
    """For `action_rate`: compare with the rate over this long before the window."""
    spike_factor: float | None = None
    """...and fire only when the window's rate is at least this multiple of the baseline's."""
    categories: tuple[str, ...] = ("*",)
    """For `overturn_rate` and `detector_drift`: category patterns that are watched."""
    drift: DriftSettings | None = None
    """For `detector_drift` (whose `max_rate` is unused: each alert carries the bound crossed)."""


def _duration(fields: FieldReader, key: str, default: str | None) -> float | None:
    text = fields.get(key, str, default)
    if text is None:
        return None
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise fields.fail(key, str(exc)) from None


def _rule(rule_id: str, fields: FieldReader) -> AlertRule:
    kind: AlertKind = fields.choice("kind", KINDS)  # type: ignore[assignment]
    fields.reject_unknown(_FIELDS[kind])
    if kind == "detector_drift":
        return _drift_rule(rule_id, fields)
    max_rate = fields.positive_number("max_rate")
    if max_rate > 1:
        raise fields.fail("max_rate", "'max_rate' is a share between 0 and 1")
    window = _duration(fields, "window", "1h" if kind != "overturn_rate" else "7d")
    assert window is not None
    baseline = _duration(fields, "baseline", None) if kind == "action_rate" else None
    spike = fields.positive_number("spike_factor") if "spike_factor" in fields.mapping else None
    if (baseline is None) != (spike is None):
        raise fields.fail("baseline", "'baseline' and 'spike_factor' go together")
    count_key = "min_reviews" if kind == "overturn_rate" else "min_requests"
    return AlertRule(
        id=rule_id,
        kind=kind,
        max_rate=max_rate,
        window_seconds=window,
        min_count=fields.positive_int(count_key, 20),
        severity=fields.choice("severity", SEVERITIES, "warning"),  # type: ignore[arg-type]
        description=fields.get("description", str, ""),
        action=fields.choice("action", ACTION_ORDER, "block"),
        baseline_seconds=baseline,
        spike_factor=spike,
        categories=fields.strings("categories", ("*",)),
    )


def _drift_rule(rule_id: str, fields: FieldReader) -> AlertRule:
    settings = drift_settings(fields)
    return AlertRule(
        id=rule_id,
        kind="detector_drift",
        max_rate=0.0,
        window_seconds=float(DAY_SECONDS),
        min_count=settings.min_requests,
        severity=fields.choice("severity", SEVERITIES, "warning"),  # type: ignore[arg-type]
        description=fields.get("description", str, ""),
        categories=fields.strings("categories", ("*",)),
        drift=settings,
    )


def load_alert_rules(
    path: Path, variables: Mapping[str, str] | None = None
) -> tuple[AlertRule, ...]:
    """The rules of an alerts file; a missing file means no alerts."""
    if not path.exists():
        return ()
    document = FieldReader(path, load_yaml(path, variables), ALERTS_FILE)
    document.reject_unknown({"alerts"})
    alerts = document.child("alerts", {})
    rules = []
    for rule_id in alerts.mapping:
        rules.append(_rule(rule_id, alerts.child(rule_id)))
    if not rules and "alerts" in document.mapping:
        raise PolicyError(path, document.line_of("alerts"), "alerts.yaml: 'alerts' is empty")
    return tuple(rules)
