"""The account risk gauges: a bounded `step` label, no samples before the first refresh."""

from __future__ import annotations

from prometheus_client import CollectorRegistry
from prometheus_client.exposition import generate_latest

from gateway.metrics.risk_gauges import STEPS, AccountRiskCollector, RiskSnapshot
from gateway.risk.escalation_state import STEPS as RISK_STEPS


def _exposed(collector: AccountRiskCollector) -> str:
    registry = CollectorRegistry()
    registry.register(collector)
    return generate_latest(registry).decode()


def test_the_step_labels_are_the_escalation_steps() -> None:
    """The metrics' copy of the steps is the risk package's, in the same order."""
    assert STEPS == RISK_STEPS


def test_before_the_first_refresh_no_sample_claims_zero() -> None:
    """Without a snapshot the families are declared but hold no samples."""
    text = _exposed(AccountRiskCollector(lambda: None))
    assert "# TYPE modelgate_risk_accounts gauge" in text
    assert "# TYPE modelgate_risk_escalations_total counter" in text
    assert "modelgate_risk_accounts{" not in text
    assert "modelgate_risk_escalations_total{" not in text


def test_every_step_is_exposed_and_nothing_else() -> None:
    """Each step has its sample (zeros included); an unknown step in the source adds none."""
    snapshot = RiskSnapshot(
        accounts_per_step={"none": 7, "suspend": 1, "account:abc": 3},
        escalations={"stricter": 4, "suspend": 1, "weird": 9},
    )
    text = _exposed(AccountRiskCollector(lambda: snapshot))
    samples = [line for line in text.splitlines() if line.startswith("modelgate_risk_")]
    assert samples == [
        'modelgate_risk_accounts{step="none"} 7.0',
        'modelgate_risk_accounts{step="stricter"} 0.0',
        'modelgate_risk_accounts{step="hold"} 0.0',
        'modelgate_risk_accounts{step="suspend"} 1.0',
        'modelgate_risk_escalations_total{step="stricter"} 4.0',
        'modelgate_risk_escalations_total{step="hold"} 0.0',
        'modelgate_risk_escalations_total{step="suspend"} 1.0',
    ]
