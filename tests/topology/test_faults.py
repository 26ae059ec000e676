"""Faults through the topology: each gives its documented problem, and nothing is lost.

Upstream faults come from `FaultyUpstream` (slow, 5xx, garbage, truncated stream) and
`ResettingUpstream` (TCP reset). Every request carries its own request id, and each must
leave exactly one audit record, whatever went wrong.
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.support.topology import Topology, wait_for_audit

pytestmark = pytest.mark.slow


def _post(topology: Topology, key: str, model: str, **extra: object) -> httpx.Response:
    request_id = f"fault-{uuid.uuid4().hex}"
    return httpx.post(
        f"{topology.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}", "x-request-id": request_id},
        json={"model": model, "messages": [{"role": "user", "content": "hi"}], **extra},
        timeout=15,
    )


@pytest.mark.parametrize(
    ("model", "status", "problem"),
    [
        ("slow", 504, "upstream-timeout"),
        ("error", 502, "upstream-error"),
        ("garbage", 502, "upstream-error"),
        ("reset", 502, "upstream-unavailable"),
    ],
)
def test_upstream_faults_become_problems_and_are_audited(
    topology: Topology, load_key: str, model: str, status: int, problem: str
) -> None:
    """A slow, failing, rude or resetting upstream gives its problem type and one audit record."""
    response = _post(topology, load_key, model)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith("/" + problem)
    request_id = response.headers["x-request-id"]
    assert wait_for_audit(topology.database_url, [request_id]) == {request_id: 1}


def test_truncated_stream_ends_cleanly_and_is_audited(topology: Topology, load_key: str) -> None:
    """A stream the upstream cuts short ends with an error event, the final verdict and
    [DONE], and is audited."""
    response = _post(topology, load_key, "truncated-stream", stream=True)
    assert response.status_code == 200
    events = [event for event in response.text.split("\n\n") if event]
    assert '"error"' in events[-3]
    assert '"modelgate"' in events[-2]
    assert events[-1] == "data: [DONE]"
    request_id = response.headers["x-request-id"]
    assert wait_for_audit(topology.database_url, [request_id]) == {request_id: 1}


def test_redis_down_fails_open_and_keeps_serving(topology: Topology, load_key: str) -> None:
    """With Redis killed, every replica keeps serving on local limits (fail-open) and audits."""
    assert topology.redis is not None
    topology.redis.stop()
    try:
        responses = [_post(topology, load_key, "demo-chat") for _ in range(9)]
    finally:
        topology.redis.start()
    assert [r.status_code for r in responses] == [200] * 9
    ids = [r.headers["x-request-id"] for r in responses]
    assert wait_for_audit(topology.database_url, ids) == dict.fromkeys(ids, 1)
    # Back on Redis, requests are limited through it again and still served.
    assert _post(topology, load_key, "demo-chat").status_code == 200
