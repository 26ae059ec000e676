"""`PinnedAddressTransport`: send a request to one vetted IP address while keeping its host name.

Checking a webhook's resolved address and then letting the HTTP client resolve the name again
leaves a gap a rebinding DNS server can use (a public address for the check, 127.0.0.1 for the
connection). This transport closes it: it dials the address that was checked, and keeps the
URL's name in the Host header and as the TLS server name, so virtual hosts and certificate
checks work as they would without it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

import httpx

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class PinnedAddressTransport(httpx.AsyncBaseTransport):
    """Connects each request to the vetted `addresses` in order, whatever its host resolves to now.

    The next address is tried only when connecting fails (as a client resolving the name
    would do when, say, an IPv6 address is unreachable); nothing was sent by then.
    """

    def __init__(
        self, addresses: Sequence[IpAddress], inner: httpx.AsyncBaseTransport | None = None
    ) -> None:
        if not addresses:
            raise ValueError("a pinned transport needs at least one address")
        self._addresses = [str(address) for address in addresses]
        self._inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` to a pinned address; the Host header was set from the name already."""
        url = request.url
        # httpcore verifies the certificate against the server name it is given.
        request.extensions = {**request.extensions, "sni_hostname": url.host}
        for address in self._addresses[:-1]:
            request.url = url.copy_with(host=address)
            try:
                return await self._inner.handle_async_request(request)
            except httpx.ConnectError:
                continue
        request.url = url.copy_with(host=self._addresses[-1])
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the connections of the inner transport."""
        await self._inner.aclose()
