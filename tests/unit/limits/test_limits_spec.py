"""LimitSpec: parsing a tier's `limits:` mapping, key overrides and scaling."""

from __future__ import annotations

import pytest

from gateway.limits.spec import LimitSpec

TIER = {
    "requests_per_minute": 60,
    "concurrent": 4,
    "tokens_per_minute": 20000,
    "tokens_per_day": 200000,
    "models": {"demo-large": {"tokens_per_day": 50000}},
}


def test_parses_the_tier_shape() -> None:
    """The documented tier YAML shape becomes a spec with a per-model override."""
    spec = LimitSpec.from_mapping(TIER)
    assert spec.requests_per_minute == 60
    assert spec.concurrent == 4
    assert spec.tokens_per_minute == 20000
    assert spec.tokens_per_day == 200000
    assert spec.per_model["demo-large"] == LimitSpec(tokens_per_day=50000)


def test_missing_limits_are_unlimited() -> None:
    """An empty mapping means no limit at all."""
    spec = LimitSpec.from_mapping({})
    assert spec.is_unlimited
    assert spec.requests_per_minute is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"requests_per_minute": 0}, "requests_per_minute must be at least 1"),
        ({"requests_per_minute": -5}, "requests_per_minute must be at least 1"),
        ({"concurrent": "4"}, "concurrent must be a positive integer or null"),
        ({"tokens_per_day": 1.5}, "tokens_per_day must be a positive integer"),
        ({"tokens_per_minute": True}, "tokens_per_minute must be a positive integer"),
        ({"requests_per_hour": 5}, "unknown limit requests_per_hour"),
        ({"models": [1, 2]}, "models must be a mapping"),
        ({"models": {"m": 5}}, "models.m must be a mapping"),
        ({"models": {"m": {"concurrent": 0}}}, "models.m.concurrent must be at least 1"),
        ({"models": {"m": {"models": {}}}}, "cannot nest 'models'"),
    ],
)
def test_rejects_bad_limits_with_a_clear_message(data: dict[str, object], message: str) -> None:
    """Each kind of mistake raises ValueError naming the field."""
    with pytest.raises(ValueError, match=message):
        LimitSpec.from_mapping(data)


def test_override_replaces_only_what_it_sets() -> None:
    """A key override changes the limits it names and keeps the tier's others."""
    tier = LimitSpec.from_mapping(TIER)
    override = LimitSpec.from_mapping(
        {"requests_per_minute": 600, "models": {"demo-large": {"concurrent": 1}}}
    )
    merged = tier.merged_with(override)
    assert merged.requests_per_minute == 600
    assert merged.tokens_per_day == 200000
    assert merged.per_model["demo-large"] == LimitSpec(tokens_per_day=50000, concurrent=1)


def test_spec_cannot_be_changed_through_its_model_mapping() -> None:
    """A shared tier spec is immutable, including its per-model overrides."""
    spec = LimitSpec.from_mapping(TIER)
    with pytest.raises(TypeError):
        spec.per_model["other"] = LimitSpec()  # type: ignore[index]


@pytest.mark.parametrize(
    ("factor", "expected_rpm", "expected_model_tpd"),
    [(0.5, 30, 25000), (1 / 3, 20, 16667), (0.001, 1, 50)],
)
def test_scaled_rounds_up_and_never_reaches_zero(
    factor: float, expected_rpm: int, expected_model_tpd: int
) -> None:
    """Scaling for a per-replica share rounds up, with a floor of one."""
    scaled = LimitSpec.from_mapping(TIER).scaled(factor)
    assert scaled.requests_per_minute == expected_rpm
    assert scaled.per_model["demo-large"].tokens_per_day == expected_model_tpd
