"""uvicorn's httptools protocol with Nagle's algorithm off on every connection.

asyncio turns TCP_NODELAY on only for sockets whose protocol number says TCP, and the
listening socket uvicorn binds for worker processes (`--workers N`) has protocol 0, so
every connection it accepts kept Nagle's algorithm on: a response written as headers, then
body, waited out the client's delayed ACK, ~40 ms per keep-alive request (23 req/s at one
connection). Setting the option ourselves makes both serving paths behave alike.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    """`HttpToolsProtocol` that disables Nagle's algorithm on its TCP connection."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
