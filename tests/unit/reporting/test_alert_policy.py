"""alerts.yaml: the shipped file loads, and every mistake names its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.policy.errors import PolicyError
from gateway.reporting import load_alert_rules
from gateway.settings import PACKAGE_POLICIES


def test_shipped_alerts_load() -> None:
    """The alerts in policies/ parse into rules of every kind."""
    rules = load_alert_rules(PACKAGE_POLICIES / "alerts.yaml")
    assert {rule.kind for rule in rules} == {
        "action_rate",
        "limit_refusal_rate",
        "overturn_rate",
        "detector_drift",
    }


def test_a_missing_file_means_no_alerts(tmp_path: Path) -> None:
    """Deployments without alerts.yaml simply have no thresholds."""
    assert load_alert_rules(tmp_path / "alerts.yaml") == ()


def test_defaults_are_filled_in(tmp_path: Path) -> None:
    """Only kind and max_rate are required; window, minimum and severity have defaults."""
    path = tmp_path / "alerts.yaml"
    path.write_text("alerts:\n  r:\n    kind: limit_refusal_rate\n    max_rate: 0.5\n")
    (rule,) = load_alert_rules(path)
    assert (rule.window_seconds, rule.min_count, rule.severity) == (3600.0, 20, "warning")


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("alerts:\n  r:\n    kind: rate\n    max_rate: 0.1\n", 3, "'kind' must be one of"),
        ("alerts:\n  r:\n    kind: action_rate\n    max_rate: 2\n", 4, "between 0 and 1"),
        ("alerts:\n  r:\n    kind: action_rate\n", 3, "missing required field 'max_rate'"),
        (
            "alerts:\n  r:\n    kind: action_rate\n    max_rate: 0.1\n    window: soon\n",
            5,
            "not a duration",
        ),
        (
            "alerts:\n  r:\n    kind: action_rate\n    max_rate: 0.1\n    action: nuke\n",
            5,
            "'action' must be one of",
        ),
        (
            "alerts:\n  r:\n    kind: limit_refusal_rate\n    max_rate: 0.1\n    treshold: 3\n",
            5,
            "unknown field 'treshold'",
        ),
        (
            "alerts:\n  r:\n    kind: action_rate\n    max_rate: 0.1\n    baseline: 1d\n",
            5,
            "'baseline' and 'spike_factor' go together",
        ),
        (
            "alerts:\n  r:\n    kind: overturn_rate\n    max_rate: 0.1\n    min_reviews: 0\n",
            5,
            "positive integer",
        ),
        ("alerts:\n  r: [1]\n", 2, "must be a mapping"),
        ("alert:\n  r: {}\n", 1, "unknown field 'alert'"),
        ("alerts:\n  r:\n    kind: [unclosed\n", 4, ""),
    ],
)
def test_mistakes_name_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    """Each invalid file fails at load with `alerts.yaml:<line>` and what is wrong."""
    path = tmp_path / "alerts.yaml"
    path.write_text(body)
    with pytest.raises(PolicyError) as caught:
        load_alert_rules(path)
    assert caught.value.path == path
    assert caught.value.line == line
    assert message in caught.value.message
