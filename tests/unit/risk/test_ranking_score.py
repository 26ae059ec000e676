"""The risk score that ranks accounts (docs/risk.md, "Seeing the record")."""

from __future__ import annotations

import pytest

from gateway.risk.escalation_state import Step
from gateway.risk.ranking import risk_score


@pytest.mark.parametrize(
    ("step", "figures", "score"),
    [
        ("none", {}, 0.0),
        ("none", {"retries": 2, "blocks": 3}, 19.0),
        ("none", {"holds": 1, "sweeps": 1, "flags": 1, "redactions": 1}, 6.5),
        ("none", {"volume_ratio": 3.0}, 20.0),
        ("none", {"volume_ratio": 0.4, "requests": 500}, 0.0),
        ("stricter", {}, 100.0),
        ("hold", {"retries": 6}, 230.0),
        ("suspend", {"retries": 10, "blocks": 11}, 383.0),
    ],
)
def test_score_table(step: Step, figures: dict[str, float], score: float) -> None:
    """Step points plus weighted counts plus the surge above the usual rate."""
    assert risk_score(step, figures) == score


def test_an_escalated_account_outranks_a_busy_unescalated_one() -> None:
    """Twenty blocks without an escalation score less than the mildest step alone."""
    assert risk_score("none", {"blocks": 20, "flags": 30}) < risk_score("stricter", {})
