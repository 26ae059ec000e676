"""Alert rule evaluation: when each kind of threshold fires, and when it stays quiet."""

from __future__ import annotations

import pytest

from gateway.reporting import AlertInputs, AlertRule, OverturnRate, WindowCounts, evaluate

BLOCK_RATE = AlertRule(
    id="block-rate",
    kind="action_rate",
    action="block",
    max_rate=0.05,
    window_seconds=3600,
    min_count=50,
)
BLOCK_SPIKE = AlertRule(
    id="block-spike",
    kind="action_rate",
    action="block",
    max_rate=0.05,
    window_seconds=3600,
    min_count=50,
    baseline_seconds=86_400,
    spike_factor=3.0,
)
REFUSALS = AlertRule(
    id="refusals", kind="limit_refusal_rate", max_rate=0.2, window_seconds=3600, min_count=100
)
OVERTURNS = AlertRule(
    id="overturns",
    kind="overturn_rate",
    max_rate=0.3,
    window_seconds=604_800,
    min_count=20,
    categories=("pii.*",),
)


def _window(total: int, block: int = 0, refused: int = 0) -> WindowCounts:
    return WindowCounts(
        total=total, by_action={"allow": total - block, "block": block}, refused=refused
    )


@pytest.mark.parametrize(
    ("rule", "window", "baseline", "fires"),
    [
        (BLOCK_RATE, _window(100, block=10), None, True),
        (BLOCK_RATE, _window(100, block=5), None, False),  # at the threshold is not over it
        (BLOCK_RATE, _window(40, block=40), None, False),  # too few requests to judge
        (BLOCK_RATE, _window(0), None, False),
        (BLOCK_SPIKE, _window(100, block=30), _window(1000, block=50), True),  # 30% vs 5%
        (BLOCK_SPIKE, _window(100, block=12), _window(1000, block=50), False),  # 12% < 3 x 5%
        (BLOCK_SPIKE, _window(100, block=10), None, True),  # no baseline traffic at all
        (BLOCK_SPIKE, _window(100, block=4), _window(1000), False),  # under the level
        (REFUSALS, _window(200, refused=50), None, True),
        (REFUSALS, _window(200, refused=40), None, False),
        (REFUSALS, _window(99, refused=99), None, False),
    ],
)
def test_rate_rules(
    rule: AlertRule, window: WindowCounts, baseline: WindowCounts | None, fires: bool
) -> None:
    """Rate rules fire only over the threshold, with enough traffic, and (spikes) over baseline."""
    alerts = evaluate(rule, AlertInputs(until_us=10**15, window=window, baseline=baseline))
    assert bool(alerts) is fires
    if fires:
        (alert,) = alerts
        assert alert.rule_id == rule.id
        assert alert.observed_rate > alert.max_rate
        assert alert.until_us - alert.since_us == int(rule.window_seconds * 1_000_000)


@pytest.mark.parametrize(
    ("figures", "fired_categories"),
    [
        ([OverturnRate("pii.email", 40, 20)], ["pii.email"]),
        ([OverturnRate("pii.email", 40, 12)], []),  # exactly 30%
        ([OverturnRate("pii.email", 10, 9)], []),  # too few reviews
        ([OverturnRate("toxicity", 40, 30)], []),  # not a watched category
        (
            [OverturnRate("pii.email", 50, 40), OverturnRate("pii.phone", 30, 15)],
            ["pii.email", "pii.phone"],
        ),
        ([], []),  # no review data yet
    ],
)
def test_overturn_rule_fires_per_category(
    figures: list[OverturnRate], fired_categories: list[str]
) -> None:
    """An overturn rule raises one alert per watched category over its threshold."""
    alerts = evaluate(OVERTURNS, AlertInputs(until_us=0, window=WindowCounts(), overturns=figures))
    assert [a.details["category"] for a in alerts] == fired_categories


def test_alert_message_names_the_figures() -> None:
    """The message says the observed rate, the sample size and the threshold."""
    (alert,) = evaluate(BLOCK_RATE, AlertInputs(until_us=0, window=_window(200, block=30)))
    assert alert.message == "block rate 15.0% over 200 requests exceeds 5.0%"
    assert alert.count == 200
