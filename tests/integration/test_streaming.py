"""Streams are relayed as they are produced, and abandoned streams are closed upstream."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from gateway.demo.server import DemoUpstream
from tests.support.gateway import RunningGateway, start_gateway

CHUNK_DELAY = 0.05


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


def test_first_words_arrive_before_the_upstream_finishes(
    slow_stream_gateway: RunningGateway,
) -> None:
    """The caller reads the first words while the upstream is still producing the rest.

    Output inspection holds back a window of text (96 characters) until it is checked, so the
    first words leave once the answer is longer than that, well before its end.
    """
    key = slow_stream_gateway.issue_key().key
    text_arrivals: list[float] = []
    started = time.monotonic()
    with httpx.Client(timeout=60) as client:
        response = client.send(_stream_request(slow_stream_gateway, key, words=150), stream=True)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if '"content":"' in line and '"content":""' not in line:
                text_arrivals.append(time.monotonic() - started)
        response.close()
    # ~155 events 0.05 s apart upstream: ~8 s in all; the first run of text leaves after ~45.
    assert len(text_arrivals) > 3
    assert text_arrivals[0] < 0.6 * text_arrivals[-1]


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
