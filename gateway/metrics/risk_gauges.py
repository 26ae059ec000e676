"""Account risk on `/metrics`: accounts per escalation step and escalations by step.

Both come from a source set later (the risk watch, which reads the shared store and the audit
log in the background); the collector reads its cached snapshot at scrape time. The `step`
label takes values from the fixed set of steps only, so no account adds a series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric

STEPS = ("none", "stricter", "hold", "suspend")
"""`gateway.risk.escalation_state.STEPS`, repeated: metrics are imported by the parts the risk
package imports (reporting, review), so it cannot be imported here; a unit test holds them equal."""
ESCALATION_STEPS = STEPS[1:]
"""The steps an escalation can set (the counter's label values)."""


@dataclass(frozen=True, slots=True)
class RiskSnapshot:
    """The figures of the watch's last refresh."""

    accounts_per_step: Mapping[str, int] = field(default_factory=dict)
    """Known accounts by the strictest step in force on them or their keys."""
    escalations: Mapping[str, int] = field(default_factory=dict)
    """Escalations recorded in the audit log, by step (every replica's)."""


RiskSource = Callable[[], RiskSnapshot | None]
"""Called at every scrape on the event loop: no I/O (`None` before the first refresh)."""


class AccountRiskCollector:
    """`modelgate_risk_accounts{step}` and `modelgate_risk_escalations_total{step}`.

    Without a source, or before its first refresh, the families are exposed with no samples
    (a zero would claim that nobody is escalated).
    """

    def __init__(self, source: RiskSource | None = None) -> None:
        self._source = source

    def attach(self, source: RiskSource) -> None:
        """Read the figures from `source` from now on (the risk watch calls this once)."""
        self._source = source

    def collect(self) -> Iterator[Metric]:
        """The gauge and the counter, every step present once a snapshot exists."""
        accounts = GaugeMetricFamily(
            "modelgate_risk_accounts",
            "Known accounts by the strictest escalation step in force on them or their keys.",
            labels=("step",),
        )
        escalations = CounterMetricFamily(
            "modelgate_risk_escalations",
            "Escalations recorded in the audit log by every replica, by the step they set.",
            labels=("step",),
        )
        snapshot = self._source() if self._source is not None else None
        if snapshot is not None:
            for step in STEPS:
                accounts.add_metric((step,), snapshot.accounts_per_step.get(step, 0))
            for step in ESCALATION_STEPS:
                escalations.add_metric((step,), snapshot.escalations.get(step, 0))
        yield accounts
        yield escalations
