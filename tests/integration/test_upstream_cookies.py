"""The shared upstream clients keep no cookies: no caller gets another caller's upstream cookie."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from gateway.policy.catalog import UpstreamSpec
from gateway.upstream.client import Transport, UpstreamClient, UpstreamPool
from tests.support.servers import BackgroundServer


class CookieSettingUpstream:
    """ASGI app: answers every request with a session cookie and records the `Cookie` it got."""

    def __init__(self) -> None:
        self.cookies_seen: list[str | None] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        headers = dict(scope["headers"])
        cookie = headers.get(b"cookie")
        self.cookies_seen.append(cookie.decode() if cookie is not None else None)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"set-cookie", b"session=caller-a; Path=/"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": b'{"choices": []}'})


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[CookieSettingUpstream, int]]:
    """The cookie-setting upstream on 127.0.0.1, and its port."""
    app = CookieSettingUpstream()
    server = BackgroundServer(app).start()
    yield app, server.port
    server.stop()


def _client(transport: Transport, port: int) -> UpstreamClient:
    # `localhost`, not 127.0.0.1: aiohttp's default jar refuses cookies from IP-address hosts.
    spec = UpstreamSpec(name="cookies", base_url=f"http://localhost:{port}")
    return UpstreamPool({"cookies": spec}, transport).client("cookies")


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_upstream_cookie_is_not_replayed(
    transport: Transport, upstream: tuple[CookieSettingUpstream, int]
) -> None:
    """A cookie set in answer to one request is not sent with the next, on either transport."""
    app, port = upstream
    client = _client(transport, port)
    app.cookies_seen.clear()
    try:
        await client.post("/v1/chat/completions", b"{}", {"content-type": "application/json"})
        await client.post("/v1/chat/completions", b"{}", {"content-type": "application/json"})
        stream = await client.open_stream(
            "/v1/chat/completions", b"{}", {"content-type": "application/json"}
        )
        await stream.aclose()
    finally:
        await client.aclose()
    assert app.cookies_seen == [None, None, None]


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_upstream_set_cookie_is_not_relayed(
    transport: Transport, upstream: tuple[CookieSettingUpstream, int]
) -> None:
    """The upstream's `Set-Cookie` is not passed on to the caller, whole or streamed."""
    _, port = upstream
    client = _client(transport, port)
    try:
        _, headers, _ = await client.post("/v1/chat/completions", b"{}", {})
        stream = await client.open_stream("/v1/chat/completions", b"{}", {})
        await stream.aclose()
    finally:
        await client.aclose()
    assert "set-cookie" not in {name.lower() for name in headers}
    assert "set-cookie" not in {name.lower() for name in stream.headers}
