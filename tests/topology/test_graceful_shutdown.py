"""A replica stopped with SIGTERM finishes what it started, refuses what it has not, exits 0."""

from __future__ import annotations

import threading
import time
import uuid

import httpx
import pytest

from tests.support.topology import Topology, wait_for_audit

pytestmark = pytest.mark.slow


def test_sigterm_mid_stream_completes_the_stream_and_exits_zero(
    topology: Topology, load_key: str
) -> None:
    """A stream in flight at SIGTERM ends with [DONE], the replica exits 0, the audit has it."""
    replica = topology.replicas[0]
    request_id = f"graceful-{uuid.uuid4().hex}"
    events: list[str] = []
    first_event = threading.Event()

    def stream() -> None:
        with httpx.stream(
            "POST",
            f"{replica.url}/v1/chat/completions",
            headers={"authorization": f"Bearer {load_key}", "x-request-id": request_id},
            json={
                "model": "demo-chat",
                "stream": True,
                "messages": [{"role": "user", "content": "a slow stream cut by a restart"}],
            },
            timeout=30,
        ) as response:
            assert response.status_code == 200
            for line in response.iter_lines():
                if line:
                    events.append(line)
                    first_event.set()

    reader = threading.Thread(target=stream)
    reader.start()
    assert first_event.wait(10), "the stream never started"
    stopping = threading.Thread(target=lambda: statuses.append(topology.stop_replica(0)))
    statuses: list[int] = []
    stopping.start()
    time.sleep(0.3)  # the replica is draining now: the stream is still going
    assert reader.is_alive(), "the stream ended as soon as the signal arrived"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{replica.url}/healthz", timeout=2)  # new connections are refused
    reader.join(30)
    stopping.join(40)
    try:
        assert events[-1] == "data: [DONE]"
        assert any('"finish_reason":"stop"' in event for event in events)
        assert statuses == [0]
        assert wait_for_audit(topology.database_url, [request_id]) == {request_id: 1}
    finally:
        topology.start_replica(0)
