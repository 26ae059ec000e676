"""`/metrics` on a live gateway shows each category's drift, read from its audit log."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from gateway.app import create_app
from gateway.policy.errors import PolicyError
from gateway.settings import PACKAGE_POLICIES
from tests.integration.reporting.audit_seed import seed_audit_log
from tests.integration.reporting.drift_seed import drift_days
from tests.support.gateway import gateway_settings, start_gateway

DRIFT_FAMILIES = (
    "modelgate_detector_finding_share",
    "modelgate_detector_finding_share_baseline",
    "modelgate_detector_drift",
)


def _drift_samples(url: str) -> dict[tuple[str, str], float]:
    text = httpx.get(f"{url}/metrics").text
    return {
        (sample.name, sample.labels["category"]): sample.value
        for family in text_string_to_metric_families(text)
        if family.name in DRIFT_FAMILIES
        for sample in family.samples
    }


def test_the_gauges_show_the_drop_and_the_rise(tmp_path: Path) -> None:
    """A gateway started over fifteen audited days exposes today's shares and baselines."""
    database_url = gateway_settings(tmp_path, "", "http://unused").storage.effective_database_url
    # The gauges' days end at the last whole hour: the seed's days hold the same inspected
    # requests however far past the hour the test runs (see drift_seed).
    events = drift_days(datetime.now(UTC), margin=timedelta(minutes=10))
    seed_audit_log(database_url, tmp_path / "seed", events)
    running = start_gateway(tmp_path)
    try:
        deadline = time.monotonic() + 30
        samples = _drift_samples(running.url)
        while not samples and time.monotonic() < deadline:  # the first refresh runs at start
            time.sleep(0.1)
            samples = _drift_samples(running.url)
    finally:
        running.stop()
    assert samples[("modelgate_detector_drift", "toxicity")] == -1
    assert samples[("modelgate_detector_drift", "prompt_injection")] == 1
    assert samples[("modelgate_detector_drift", "pii.email_address")] == 0
    assert samples[("modelgate_detector_finding_share", "toxicity")] == 0
    assert samples[("modelgate_detector_finding_share", "prompt_injection")] == 60 / 250
    assert samples[("modelgate_detector_finding_share_baseline", "toxicity")] == 24 / 250
    assert {category for _, category in samples} == {
        "toxicity",
        "prompt_injection",
        "pii.email_address",
    }


def test_a_bad_drift_rule_stops_start_up_with_file_and_line(tmp_path: Path) -> None:
    """The gateway reads alerts.yaml for the gauges' settings: a mistake names its line."""
    policies = tmp_path / "policies"
    shutil.copytree(PACKAGE_POLICIES, policies)
    alerts = policies / "alerts.yaml"
    alerts.write_text("alerts:\n  drift:\n    kind: detector_drift\n    rise_factor: 1\n")
    settings = gateway_settings(tmp_path, "", "http://unused")
    settings = replace(settings, policy=replace(settings.policy, policies_dir=policies))
    with pytest.raises(PolicyError) as caught:
        create_app(settings)
    assert (caught.value.path, caught.value.line) == (alerts, 4)
