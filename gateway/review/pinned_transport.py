"""`PinnedAddressTransport`: send a request to one vetted IP address while keeping its host name.

Checking a webhook's resolved address and then letting the HTTP client resolve the name again
leaves a gap a rebinding DNS server can use (a public address for the check, 127.0.0.1 for the
connection). This transport closes it: it dials the address that was checked, and keeps the
URL's name in the Host header and as the TLS server name, so virtual hosts and certificate
checks work as they would without it.
"""

from __future__ import annotations

import ipaddress

import httpx

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class PinnedAddressTransport(httpx.AsyncBaseTransport):
    """Connects every request to `address`, whatever its URL's host resolves to now."""

    def __init__(self, address: IpAddress, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._address = str(address)
        self._inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` to the pinned address; the Host header was set from the name already."""
        name = request.url.host
        request.url = request.url.copy_with(host=self._address)
        # httpcore verifies the certificate against the server name it is given.
        request.extensions = {**request.extensions, "sni_hostname": name}
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the connections of the inner transport."""
        await self._inner.aclose()
