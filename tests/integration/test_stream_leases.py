"""A stream that outlives the concurrency lease's TTL keeps its slot by renewing it."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from gateway.demo.server import DemoUpstream
from gateway.settings import LimitSettings
from tests.support.gateway import start_gateway

LEASE_TTL = 1.0


def test_a_long_stream_keeps_its_concurrency_slot(tmp_path: Path) -> None:
    """With one slot, a second request is refused for the whole stream, well past the TTL,
    and admitted once the stream has ended."""
    gw = start_gateway(
        tmp_path,
        demo=DemoUpstream(chunk_delay=0.05),
        overrides={"limits": LimitSettings(lease_ttl_seconds=LEASE_TTL)},
    )
    try:
        issued = gw.with_keys(
            lambda store: store.create(
                account="streamer", tier="developer", limit_overrides={"concurrent": 1}
            )
        )
        gw.accept_all_terms("streamer")
        headers = {"authorization": f"Bearer {issued.key}"}
        words = " ".join(f"w{i}" for i in range(60))  # ~65 events, ~3.3 s upstream
        stream = {
            "model": "demo-chat",
            "stream": True,
            "messages": [{"role": "user", "content": words}],
        }
        plain = {"model": "demo-chat", "messages": [{"role": "user", "content": "hi"}]}
        with httpx.Client(base_url=gw.url, timeout=30) as client:
            with client.stream(
                "POST", "/v1/chat/completions", json=stream, headers=headers
            ) as reply:
                assert reply.status_code == 200
                lines = reply.iter_lines()
                next(lines)
                time.sleep(2 * LEASE_TTL)  # twice the TTL: only renewal keeps the slot taken
                refused = client.post("/v1/chat/completions", json=plain, headers=headers)
                assert refused.status_code == 429
                assert refused.json()["limit"] == "concurrency"
                for _ in lines:
                    pass
            admitted = client.post("/v1/chat/completions", json=plain, headers=headers)
            assert admitted.status_code == 200
    finally:
        gw.stop()
