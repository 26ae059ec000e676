"""Drift gauges: bounded category labels, and the figures of the last snapshot at scrape time."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import generate_latest

from gateway.metrics import DRIFT_LABELS, DetectorDriftCollector, DriftSnapshot, drift_label


@pytest.mark.parametrize(
    ("category", "label"),
    [
        ("toxicity", "toxicity"),
        ("violent_crimes", "violent_crimes"),
        ("pii.email_address", "pii.email_address"),
        ("secret.aws_access_key", "secret"),
        ("secret.jwt", "secret"),
        ("pii.passport_number", "pii.other"),
        ("made-up", "other"),
        ('x"}\n', "other"),
    ],
)
def test_categories_map_to_a_fixed_label_set(category: str, label: str) -> None:
    """Every category becomes one of a fixed set of labels; unknown names share one."""
    assert drift_label(category) == label
    assert label in DRIFT_LABELS


def _scrape(collector: DetectorDriftCollector) -> str:
    registry = CollectorRegistry()
    registry.register(collector)
    return generate_latest(registry).decode()


def test_the_gauges_show_share_baseline_and_direction() -> None:
    """A drop reads -1, a rise 1, steady 0; no baseline means no baseline sample."""
    snapshots = [
        DriftSnapshot("toxicity", 0.0, 0.096, "drop"),
        DriftSnapshot("prompt_injection", 0.24, 0.048, "rise"),
        DriftSnapshot("hate", 0.01, None, "no baseline"),
        DriftSnapshot("not-a-label", 0.5, 0.1, "rise"),
    ]
    text = _scrape(DetectorDriftCollector(lambda: snapshots))
    assert 'modelgate_detector_finding_share{category="toxicity"} 0.0' in text
    assert 'modelgate_detector_finding_share_baseline{category="toxicity"} 0.096' in text
    assert 'modelgate_detector_drift{category="toxicity"} -1.0' in text
    assert 'modelgate_detector_drift{category="prompt_injection"} 1.0' in text
    assert 'modelgate_detector_drift{category="hate"} 0.0' in text
    assert 'modelgate_detector_finding_share_baseline{category="hate"}' not in text
    assert "not-a-label" not in text


def test_without_a_source_the_families_have_no_samples() -> None:
    """Before the drift watch attaches, the gauges are declared and empty."""
    text = _scrape(DetectorDriftCollector())
    assert "# TYPE modelgate_detector_drift gauge" in text
    assert "modelgate_detector_drift{" not in text
