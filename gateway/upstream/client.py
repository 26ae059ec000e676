"""`UpstreamClient`: one pooled HTTP/1.1 client per upstream, with its timeouts and credential.

The interface is two calls, `post` and `open_stream`, so the transport underneath can change
without touching the stages. Library errors become `UpstreamError`s here and nowhere else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass

import httpx

from gateway.errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from gateway.policy.catalog import UpstreamSpec

# Hop-by-hop headers (RFC 9110 7.6.1) and those the gateway sets itself never cross.
DROPPED_RESPONSE_HEADERS = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
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


@dataclass(slots=True)
class UpstreamStream:
    """An open streaming response: its status, headers and body chunks; close it when done."""

    status: int
    headers: dict[str, str]
    chunks: AsyncIterator[bytes]
    _response: httpx.Response

    async def aclose(self) -> None:
        """Close the upstream connection (the caller went away or the stream ended)."""
        await self._response.aclose()


def relayed_headers(headers: httpx.Headers) -> dict[str, str]:
    """The upstream response headers a caller may see."""
    return {
        name: value
        for name, value in headers.items()
        if name.lower() not in DROPPED_RESPONSE_HEADERS
    }


class UpstreamClient:
    """Sends requests to one upstream through its own connection pool."""

    def __init__(self, spec: UpstreamSpec) -> None:
        self.spec = spec
        headers = dict(spec.headers)
        if spec.api_key:
            headers["authorization"] = f"Bearer {spec.api_key}"
        self._client = httpx.AsyncClient(
            base_url=spec.base_url,
            headers=headers,
            timeout=httpx.Timeout(
                connect=spec.connect_timeout,
                read=spec.read_timeout,
                write=spec.read_timeout,
                pool=spec.connect_timeout,
            ),
            limits=httpx.Limits(
                max_connections=spec.max_connections,
                max_keepalive_connections=spec.max_connections,
                keepalive_expiry=30.0,
            ),
            http1=True,
            http2=False,
            follow_redirects=False,
            trust_env=False,
        )

    def _wrap(self, exc: httpx.HTTPError) -> UpstreamError:
        name = self.spec.name
        if isinstance(exc, httpx.TimeoutException):
            return UpstreamTimeout(f"upstream {name!r} did not answer in time")
        if isinstance(exc, (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError)):
            return UpstreamUnavailable(f"upstream {name!r} is unreachable or closed the connection")
        return UpstreamError(f"upstream {name!r} failed: {type(exc).__name__}")

    async def post(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        """POST and read the whole answer."""
        try:
            response = await self._client.post(path, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise self._wrap(exc) from exc
        return response.status_code, relayed_headers(response.headers), response.content

    async def get(self, path: str) -> int:
        """GET `path` and return the status (readiness probes)."""
        try:
            response = await self._client.get(path)
        except httpx.HTTPError as exc:
            raise self._wrap(exc) from exc
        return response.status_code

    async def open_stream(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> UpstreamStream:
        """POST and return the response as it arrives, chunk by chunk."""
        request = self._client.build_request("POST", path, content=body, headers=headers)
        try:
            response = await self._client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise self._wrap(exc) from exc
        return UpstreamStream(
            status=response.status_code,
            headers=relayed_headers(response.headers),
            chunks=self._chunks(response),
            _response=response,
        )

    async def _chunks(self, response: httpx.Response) -> AsyncIterator[bytes]:
        try:
            async for chunk in response.aiter_raw():
                yield chunk
        except httpx.HTTPError as exc:
            raise self._wrap(exc) from exc

    async def aclose(self) -> None:
        """Close the pool."""
        await self._client.aclose()


class UpstreamPool:
    """The clients of every configured upstream, created once at start-up."""

    def __init__(self, specs: Mapping[str, UpstreamSpec]) -> None:
        self._clients = {name: UpstreamClient(spec) for name, spec in specs.items()}

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
