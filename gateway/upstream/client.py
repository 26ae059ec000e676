"""The upstream client interface, and the pool that holds one client per upstream.

Stages see only `UpstreamClient`: `post`, `open_stream`, `get`. Two transports implement it
(aiohttp, the default, and httpx); see docs/decisions.md for the measurements behind the choice.
Library errors become `UpstreamError`s inside the transports and nowhere else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from gateway.policy.catalog import UpstreamSpec

Transport = Literal["aiohttp", "httpx"]

# Hop-by-hop headers (RFC 9110 7.6.1), and those the gateway sets itself, never cross.
# How long a pooled connection to an upstream may sit idle. Model servers built on uvicorn
# (vLLM among them) close a connection idle for 5 seconds; a pool that keeps it longer can send
# a request into it just as the server closes it, and the caller gets a 502. Closing ours
# first costs one reconnect after a pause.
IDLE_CONNECTION_SECONDS = 4.0

DROPPED_RESPONSE_HEADERS = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "content-encoding",
        "date",
        "server",
        "set-cookie",
        "x-request-id",
    }
)


def relayed_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The upstream response headers a caller may see."""
    pairs = list(headers)
    # `Connection: x-foo` makes x-foo hop-by-hop too.
    named = {
        token.strip().lower()
        for name, value in pairs
        if name.lower() == "connection"
        for token in value.split(",")
    }
    return {
        name: value
        for name, value in pairs
        if name.lower() not in DROPPED_RESPONSE_HEADERS and name.lower() not in named
    }


@dataclass(slots=True)
class UpstreamStream:
    """An open streaming response: status, headers and body chunks; close it when done."""

    status: int
    headers: dict[str, str]
    chunks: AsyncIterator[bytes]
    close: Callable[[], Awaitable[None]]

    async def aclose(self) -> None:
        """Close the upstream connection (the caller went away or the stream ended)."""
        await self.close()


class UpstreamClient(Protocol):
    """Sends requests to one upstream through its own connection pool."""

    spec: UpstreamSpec

    async def post(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        """POST and read the whole answer."""
        ...

    async def open_stream(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> UpstreamStream:
        """POST and return the response as it arrives."""
        ...

    async def get(self, path: str) -> int:
        """GET `path` and return the status (readiness probes)."""
        ...

    async def aclose(self) -> None:
        """Close the pool."""
        ...


def credential_headers(spec: UpstreamSpec) -> dict[str, str]:
    """The static headers every request to `spec` carries, its credential included."""
    headers = dict(spec.headers)
    if spec.api_key:
        headers["authorization"] = f"Bearer {spec.api_key}"
    return headers


class UpstreamPool:
    """The clients of every configured upstream, created once at start-up."""

    def __init__(self, specs: Mapping[str, UpstreamSpec], transport: Transport = "aiohttp") -> None:
        # Imported here so that each transport's library loads only when chosen.
        if transport == "aiohttp":
            from gateway.upstream.aiohttp_transport import AiohttpUpstreamClient as client_class
        else:
            from gateway.upstream.httpx_transport import (  # type: ignore[assignment]
                HttpxUpstreamClient as client_class,
            )
        self._clients: dict[str, UpstreamClient] = {
            name: client_class(spec) for name, spec in specs.items()
        }

    def client(self, name: str) -> UpstreamClient:
        """The client for upstream `name`."""
        return self._clients[name]

    def clients(self) -> list[UpstreamClient]:
        """Every client, for readiness probes."""
        return list(self._clients.values())

    async def aclose(self) -> None:
        """Close every pool."""
        for client in self._clients.values():
            await client.aclose()
