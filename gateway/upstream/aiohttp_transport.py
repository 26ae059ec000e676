"""`AiohttpUpstreamClient`: the upstream client on aiohttp (the default transport).

Measured on this project's benchmark, aiohttp's client adds about a third of httpx's per-request
cost under concurrency (docs/decisions.md), which is what keeps the gateway within its latency
budget. The session is created on first use, inside the serving event loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping

import aiohttp

from gateway.errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from gateway.policy.catalog import UpstreamSpec
from gateway.upstream.client import (
    IDLE_CONNECTION_SECONDS,
    UpstreamStream,
    credential_headers,
    relayed_headers,
)

_UNREACHABLE = (
    aiohttp.ClientConnectionError,
    aiohttp.ClientPayloadError,
    aiohttp.ServerDisconnectedError,
)


class AiohttpUpstreamClient:
    """One pooled HTTP/1.1 aiohttp session for one upstream."""

    def __init__(self, spec: UpstreamSpec) -> None:
        self.spec = spec
        self._headers = credential_headers(spec)
        self._timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=spec.connect_timeout, sock_read=spec.read_timeout
        )
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self.spec.max_connections,
                    keepalive_timeout=IDLE_CONNECTION_SECONDS,
                    ttl_dns_cache=300,
                ),
                timeout=self._timeout,
                headers=self._headers,
                # One session serves every caller: a cookie one upstream answer sets must not
                # ride along on another caller's request.
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                trust_env=False,
                skip_auto_headers=("User-Agent",),
            )
        return self._session

    def _wrap(self, exc: Exception) -> UpstreamError:
        name = self.spec.name
        if isinstance(exc, (TimeoutError, aiohttp.ServerTimeoutError)):
            return UpstreamTimeout(f"upstream {name!r} did not answer in time")
        if isinstance(exc, _UNREACHABLE):
            return UpstreamUnavailable(f"upstream {name!r} is unreachable or closed the connection")
        return UpstreamError(f"upstream {name!r} failed: {type(exc).__name__}")

    async def post(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        """POST and read the whole answer."""
        try:
            async with self._open().post(
                self.spec.base_url + path, data=body, headers=headers, allow_redirects=False
            ) as response:
                content = await response.read()
                return response.status, relayed_headers(response.headers.items()), content
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise self._wrap(exc) from exc

    async def get(self, path: str) -> int:
        """GET `path` and return the status."""
        try:
            async with self._open().get(self.spec.base_url + path) as response:
                await response.read()
                return response.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise self._wrap(exc) from exc

    async def open_stream(
        self, path: str, body: bytes, headers: Mapping[str, str]
    ) -> UpstreamStream:
        """POST and return the response as it arrives, chunk by chunk."""
        try:
            response = await self._open().post(
                self.spec.base_url + path, data=body, headers=headers, allow_redirects=False
            )
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise self._wrap(exc) from exc

        async def close() -> None:
            # close(), not release(): an abandoned stream must not be read to its end.
            response.close()

        return UpstreamStream(
            status=response.status,
            headers=relayed_headers(response.headers.items()),
            chunks=self._chunks(response),
            close=close,
        )

    async def _chunks(self, response: aiohttp.ClientResponse) -> AsyncIterator[bytes]:
        try:
            async for chunk in response.content.iter_any():
                yield chunk
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise self._wrap(exc) from exc

    async def aclose(self) -> None:
        """Close the pool."""
        if self._session is not None:
            await self._session.close()
