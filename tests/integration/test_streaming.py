"""Streams are relayed as they are produced, and abandoned streams are closed upstream."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from gateway.demo.server import DemoUpstream
from tests.support.gateway import RunningGateway, start_gateway

CHUNK_DELAY = 0.15


@pytest.fixture(scope="module")
def slow_stream_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A gateway in front of a demo upstream that pauses between stream chunks."""
    running = start_gateway(
        tmp_path_factory.mktemp("slow-stream"), demo=DemoUpstream(chunk_delay=CHUNK_DELAY)
    )
    yield running
    running.stop()


def _stream_request(gw: RunningGateway, key: str, words: int) -> httpx.Request:
    prompt = " ".join(f"w{i}" for i in range(words))
    return httpx.Request(
        "POST",
        f"{gw.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={
            "model": "demo-chat",
            "stream": True,
            "messages": [{"role": "user", "content": prompt}],
        },
    )


def test_first_chunk_arrives_before_the_upstream_finishes(
    slow_stream_gateway: RunningGateway,
) -> None:
    """The caller reads the first words while the upstream is still producing the rest."""
    key = slow_stream_gateway.issue_key().key
    arrivals: list[float] = []
    started = time.monotonic()
    with httpx.Client(timeout=30) as client:
        response = client.send(_stream_request(slow_stream_gateway, key, words=10), stream=True)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for _ in response.iter_raw():
            arrivals.append(time.monotonic() - started)
        response.close()
    # 14 events, each 0.15 s apart upstream: ~2.1 s in all.
    assert arrivals[0] < 0.6 * arrivals[-1]
    assert len(arrivals) > 5


def test_client_going_away_closes_the_upstream_stream(slow_stream_gateway: RunningGateway) -> None:
    """When the caller disconnects mid-stream, the gateway stops reading from the upstream."""
    demo = slow_stream_gateway.demo
    key = slow_stream_gateway.issue_key().key
    abandoned_before = demo.streams_abandoned
    with httpx.Client(timeout=30) as client:
        response = client.send(_stream_request(slow_stream_gateway, key, words=40), stream=True)
        chunks = response.iter_raw()
        next(chunks)
        next(chunks)
        response.close()  # hang up after two chunks of a ~6 s stream
    deadline = time.monotonic() + 5
    while demo.streams_abandoned == abandoned_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert demo.streams_abandoned == abandoned_before + 1
