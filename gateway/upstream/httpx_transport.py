"""`HttpxUpstreamClient`: the upstream client on httpx (the alternative transport)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from http.client import HTTPResponse
from http.cookiejar import Cookie, CookieJar
from urllib.request import Request

import httpx

from gateway.errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from gateway.policy.catalog import UpstreamSpec
from gateway.upstream.client import (
    IDLE_CONNECTION_SECONDS,
    UpstreamStream,
    credential_headers,
    relayed_headers,
)


class _NoCookieJar(CookieJar):
    """A jar that never stores a cookie, so it never sends one (httpx has no such option)."""

    def extract_cookies(self, response: HTTPResponse, request: Request) -> None:
        pass

    def set_cookie(self, cookie: Cookie) -> None:
        pass


class HttpxUpstreamClient:
    """One pooled HTTP/1.1 httpx client for one upstream."""

    def __init__(self, spec: UpstreamSpec) -> None:
        self.spec = spec
        self._client = httpx.AsyncClient(
            base_url=spec.base_url,
            headers=credential_headers(spec),
            # One client serves every caller: a cookie one upstream answer sets must not ride
            # along on another caller's request.
            cookies=_NoCookieJar(),
            timeout=httpx.Timeout(
                connect=spec.connect_timeout,
                read=spec.read_timeout,
                write=spec.read_timeout,
                pool=spec.connect_timeout,
            ),
            limits=httpx.Limits(
                max_connections=spec.max_connections,
                max_keepalive_connections=spec.max_connections,
                keepalive_expiry=IDLE_CONNECTION_SECONDS,
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
        return response.status_code, relayed_headers(response.headers.items()), response.content

    async def get(self, path: str) -> int:
        """GET `path` and return the status."""
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
            headers=relayed_headers(response.headers.items()),
            chunks=self._chunks(response),
            close=response.aclose,
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
