"""An upstream that is down, slow, failing or rude gives clean problems, never a 500."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest

from gateway.app import create_app
from tests.support.faulty_upstream import FaultyUpstream
from tests.support.gateway import RunningGateway, gateway_settings
from tests.support.policies import policies_with_models
from tests.support.servers import BackgroundServer
from tests.support.windows import inside_one_minute_window

MODELS = """
upstreams:
  faulty:
    base_url: ${FAULTY_URL}
    api_key_env: FAULTY_KEY
    timeout: {connect: 1, read: 0.5}
  unreachable:
    base_url: http://127.0.0.1:9
    timeout: {connect: 0.5, read: 0.5}
models:
  slow: {upstream: faulty, stage: general}
  error: {upstream: faulty, stage: general}
  garbage: {upstream: faulty, stage: general}
  reject: {upstream: faulty, stage: general}
  truncated-stream: {upstream: faulty, stage: general}
  echo-headers: {upstream: faulty, stage: general}
  down: {upstream: unreachable, stage: general}
"""


@pytest.fixture(scope="module", params=["aiohttp", "httpx"])
def faulty(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningGateway, FaultyUpstream]]:
    """A gateway whose only upstreams misbehave, on each upstream transport."""
    tmp = tmp_path_factory.mktemp("faulty")
    upstream_app = FaultyUpstream(delay=2.0)
    upstream = BackgroundServer(upstream_app).start()
    settings = gateway_settings(
        tmp, "", upstream.url, FAULTY_URL=upstream.url, FAULTY_KEY="upstream-secret"
    )
    settings = replace(
        settings,
        policy=replace(
            settings.policy, policies_dir=policies_with_models(tmp / "policies", MODELS)
        ),
        server=replace(settings.server, upstream_transport=request.param),
    )
    gateway = BackgroundServer(create_app(settings)).start()
    yield RunningGateway(settings, gateway, upstream, demo=None), upstream_app  # type: ignore[arg-type]
    gateway.stop()
    upstream.stop()


def _call(gw: RunningGateway, model: str, key: str, **extra: object) -> httpx.Response:
    return httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}", "connection": "keep-alive"},
        json={"model": model, "messages": [{"role": "user", "content": "hi"}], **extra},
        timeout=10,
    )


@pytest.fixture(scope="module")
def key(faulty: tuple[RunningGateway, FaultyUpstream]) -> str:
    """A developer key on the faulty gateway."""
    return faulty[0].issue_key(tier="developer", account="carol").key


@pytest.mark.parametrize(
    ("model", "status", "problem"),
    [
        ("down", 502, "upstream-unavailable"),
        ("slow", 504, "upstream-timeout"),
        ("error", 502, "upstream-error"),
        ("garbage", 502, "upstream-error"),
        ("reject", 400, "upstream-rejected"),
    ],
)
def test_upstream_failures_become_problems(
    faulty: tuple[RunningGateway, FaultyUpstream], key: str, model: str, status: int, problem: str
) -> None:
    """Each upstream failure maps to its documented status and problem type."""
    response = _call(faulty[0], model, key)
    assert response.status_code == status
    assert response.json()["type"].endswith("/" + problem)
    assert response.headers["x-request-id"]


def test_truncated_stream_ends_with_an_error_event(
    faulty: tuple[RunningGateway, FaultyUpstream], key: str
) -> None:
    """A stream the upstream cuts off ends with an error event and [DONE], not a hang."""
    response = _call(faulty[0], "truncated-stream", key, stream=True)
    assert response.status_code == 200
    events = [line for line in response.text.split("\n\n") if line]
    assert "partial" in events[0]
    assert '"error"' in events[-3]
    assert '"modelgate"' in events[-2]  # the final moderation verdict
    assert events[-1] == "data: [DONE]"


def test_credentials_and_hop_by_hop_headers_stay_on_their_side(
    faulty: tuple[RunningGateway, FaultyUpstream], key: str
) -> None:
    """The caller's key never reaches the upstream; hop-by-hop and cookie headers never return."""
    gw, upstream = faulty
    response = _call(gw, "echo-headers", key)
    assert response.status_code == 200
    seen = upstream.seen_headers[-1]
    assert seen["authorization"] == "Bearer upstream-secret"
    assert key not in str(seen)
    assert seen["x-request-id"] == response.headers["x-request-id"]
    assert response.headers["x-upstream-header"] == "kept"
    assert "set-cookie" not in response.headers
    assert "x-secret-hop" not in response.headers.get("connection", "")


def test_an_answer_without_usage_is_charged_an_estimate(
    faulty: tuple[RunningGateway, FaultyUpstream],
) -> None:
    """An upstream that reports no usage does not make answers free: the quota still moves."""
    gw, _ = faulty
    key = gw.issue_key(tier="developer", account="dana").key
    prompt = "a prompt of about forty bytes, ten tokens"
    inside_one_minute_window()  # the charge and its reading share one token window
    response = httpx.post(
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "echo-headers", "messages": [{"role": "user", "content": prompt}]},
        timeout=10,
    )
    assert response.status_code == 200
    assert "usage" not in response.json()
    used = 0
    deadline = time.monotonic() + 5
    while used == 0 and time.monotonic() < deadline:  # settled once the answer is sent
        time.sleep(0.05)
        usage = httpx.get(f"{gw.url}/v1/usage", headers={"authorization": f"Bearer {key}"})
        limits = usage.json()["limits"]
        used = next(item["used"] for item in limits if item["limit"] == "tokens_per_minute")
    # The prompt's estimate (its messages, about a token per 4 bytes) plus "ok".
    assert 10 <= used <= 40
