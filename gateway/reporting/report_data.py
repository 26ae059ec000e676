"""The figures a safety report shows, as frozen values (built by `queries`, drawn by renderers)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gateway.reporting.drift import CategoryDrift
from gateway.reporting.period import ReportPeriod
from gateway.reporting.review_data import OverturnRate
from gateway.reporting.risk_query import EscalationCount, RiskyAccount

ACTION_ORDER = ("allow", "redact", "flag", "hold", "block")
INCIDENT_ACTIONS = ("block", "hold")


@dataclass(frozen=True, slots=True)
class Incident:
    """One blocked or held request, identified without personal data."""

    time_us: int
    request_id: str
    action: str
    tier: str
    model: str
    endpoint: str
    status: int
    top_category: str
    top_score: float
    case_id: str | None = None
    """The review case opened about the request (None once purged)."""
    rule_id: str | None = None


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How often a rule decided `action`; `rule_id` is None where no case names the rule
    (a redaction, or a case already purged), and the driving category stands in for it."""

    action: str
    category: str
    count: int
    rule_id: str | None = None

    @property
    def label(self) -> str:
        """`block · rule-id`, or `block · category (no rule on record)`."""
        if self.rule_id:
            return f"{self.action} · {self.rule_id}"
        return f"{self.action} · {self.category} (no rule on record)"


@dataclass(frozen=True, slots=True)
class Refusals:
    """Limit refusals (status 429) for one tier and model."""

    tier: str
    model: str
    count: int


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything one report shows for one period."""

    period: ReportPeriod
    bucket_seconds: int
    bucket_starts_us: tuple[int, ...]
    total_requests: int
    actions_total: Mapping[str, int]
    actions_over_time: Mapping[str, tuple[int, ...]]
    categories_total: Mapping[str, int]
    categories_over_time: Mapping[str, tuple[int, ...]]
    refusals_over_time: tuple[int, ...]
    refusals_by_subject: tuple[Refusals, ...]
    top_rules: tuple[RuleCount, ...]
    incidents: tuple[Incident, ...]
    incidents_total: int
    overturns: tuple[OverturnRate, ...] = field(default=())
    drift: tuple[CategoryDrift, ...] = field(default=())
    """Each category's share in the day ending at the period's end against its baseline."""
    escalations: tuple[EscalationCount, ...] = field(default=())
    """Account escalations in the period, by step and rule (from their audit records)."""
    risky_accounts: tuple[RiskyAccount, ...] | None = None
    """The top accounts by risk score now; `None` when the risk records were not read."""

    @property
    def refusals_total(self) -> int:
        """All limit refusals in the period."""
        return sum(self.refusals_over_time)

    def rate(self, action: str) -> float:
        """Share of requests that ended with `action`."""
        return (
            self.actions_total.get(action, 0) / self.total_requests if self.total_requests else 0.0
        )


@dataclass(frozen=True, slots=True)
class WindowCounts:
    """Request counts in one window, the input of rate alerts."""

    total: int = 0
    by_action: Mapping[str, int] = field(default_factory=dict)
    refused: int = 0
    """Requests refused by a limit (status 429)."""

    def action_rate(self, action: str) -> float:
        """Share of the window's requests that ended with `action`."""
        return self.by_action.get(action, 0) / self.total if self.total else 0.0

    @property
    def refusal_rate(self) -> float:
        """Share of the window's requests refused by a limit."""
        return self.refused / self.total if self.total else 0.0
