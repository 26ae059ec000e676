"""The upstream clients close an idle connection before a uvicorn-served model server would.

vLLM and the demo upstream run on uvicorn, which closes a connection idle for 5 seconds. A
request sent into such a connection as the server closes it fails as a 502, so the pool must
let it go first: after an idle pause just short of the server's, the next request arrives on a
new connection (a new client port), while back-to-back requests share one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from gateway.policy.catalog import UpstreamSpec
from gateway.upstream.client import Transport, UpstreamPool
from tests.support.servers import BackgroundServer

# uvicorn's default `timeout_keep_alive`, which the test server keeps.
SERVER_KEEP_ALIVE_SECONDS = 5.0


class PortRecordingUpstream:
    """ASGI app: answers every request and records the client port it came from."""

    def __init__(self) -> None:
        self.client_ports: list[int] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        self.client_ports.append(scope["client"][1])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[PortRecordingUpstream, int]]:
    app = PortRecordingUpstream()
    server = BackgroundServer(app).start()
    yield app, server.port
    server.stop()


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_an_idle_connection_is_closed_before_the_server_would(
    transport: Transport, upstream: tuple[PortRecordingUpstream, int]
) -> None:
    app, port = upstream
    spec = UpstreamSpec(name="idle", base_url=f"http://127.0.0.1:{port}")
    client = UpstreamPool({"idle": spec}, transport).client("idle")
    app.client_ports.clear()
    try:
        await client.post("/v1/chat/completions", b"{}", {})
        await client.post("/v1/chat/completions", b"{}", {})
        # Half a second before the server would close the connection: the pool must have let
        # it go already (so a request is never sent into a connection being closed).
        await asyncio.sleep(SERVER_KEEP_ALIVE_SECONDS - 0.5)
        await client.post("/v1/chat/completions", b"{}", {})
    finally:
        await client.aclose()
    first, second, after_the_pause = app.client_ports
    assert first == second
    assert after_the_pause != second
