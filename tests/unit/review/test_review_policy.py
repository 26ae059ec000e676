"""A tier's `review:` block: parsed at load, with a file and line for a bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.loader import PolicyError, load_policy_set
from tests.support.policies import policies_with_tiers


def _tiers(review: str) -> str:
    return f"tiers:\n  developer:\n    max_tokens: 100\n    {review}\n"


def test_review_policy_is_read(tmp_path: Path) -> None:
    """sla_minutes and on_expiry land on the tier."""
    policies = policies_with_tiers(
        tmp_path, _tiers("review: {sla_minutes: 15, on_expiry: release}")
    )
    tier = load_policy_set(policies).tiers["developer"]
    assert tier.review.sla_minutes == 15
    assert tier.review.on_expiry == "release"


def test_tier_without_review_uses_defaults(tmp_path: Path) -> None:
    """No block: the gateway's default SLA, and held answers are refused on expiry."""
    policies = policies_with_tiers(tmp_path, _tiers("description: plain"))
    tier = load_policy_set(policies).tiers["developer"]
    assert tier.review.sla_minutes is None
    assert tier.review.on_expiry == "refuse"


@pytest.mark.parametrize(
    "review",
    ["review: {sla_minutes: 0}", "review: {on_expiry: ignore}", "review: {sla: 5}"],
)
def test_bad_review_policy_fails_at_load(tmp_path: Path, review: str) -> None:
    """A zero SLA, an unknown action or an unknown field fails loading with the file named."""
    policies = policies_with_tiers(tmp_path, _tiers(review))
    with pytest.raises(PolicyError) as error:
        load_policy_set(policies)
    assert "tiers.yaml" in str(error.value)
