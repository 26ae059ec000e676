"""`/metrics` on a live gateway with risk tracking: accounts per step and escalations by step."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from gateway.settings import RiskSettings
from tests.support.gateway import RunningGateway, start_gateway
from tests.support.probing import RESPELT


@pytest.fixture(scope="module")
def risk_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """Risk tracking on, its gauges re-read every 0.2 s."""
    running = start_gateway(
        tmp_path_factory.mktemp("gw-risk-gauges"),
        overrides={"risk": RiskSettings(gauges_refresh_seconds=0.2)},
    )
    yield running
    running.stop()


def _risk_samples(url: str) -> dict[tuple[str, str], float]:
    response = httpx.get(f"{url}/metrics", timeout=10)
    assert response.status_code == 200
    return {
        (sample.name, sample.labels["step"]): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
        if sample.name.startswith("modelgate_risk_")
    }


def _chat(gateway: RunningGateway, key: str, text: str) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "demo-chat", "messages": [{"role": "user", "content": text}]},
        timeout=10,
    )


def test_a_suspended_prober_shows_in_the_gauges(risk_gateway: RunningGateway) -> None:
    """Two ordinary accounts and a prober: after its run, one account at `suspend`, two at
    `none`, and two escalations per step (the account's record and its key's)."""
    for _ in range(2):
        calm = risk_gateway.issue_key(account=f"calm-{uuid.uuid4().hex[:6]}").key
        assert _chat(risk_gateway, calm, "What is the capital of Australia?").status_code == 200
    prober = risk_gateway.issue_key(account=f"prober-{uuid.uuid4().hex[:6]}").key
    for text in RESPELT:
        _chat(risk_gateway, prober, text)
    expected = {
        ("modelgate_risk_accounts", "none"): 2.0,
        ("modelgate_risk_accounts", "stricter"): 0.0,
        ("modelgate_risk_accounts", "hold"): 0.0,
        ("modelgate_risk_accounts", "suspend"): 1.0,
        ("modelgate_risk_escalations_total", "stricter"): 2.0,
        ("modelgate_risk_escalations_total", "hold"): 2.0,
        ("modelgate_risk_escalations_total", "suspend"): 2.0,
    }
    # Records, audit batches and the gauges' refresh all land after the answers.
    deadline = time.monotonic() + 20
    while (samples := _risk_samples(risk_gateway.url)) != expected:
        assert time.monotonic() < deadline, samples
        time.sleep(0.2)
