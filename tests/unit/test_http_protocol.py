"""Connections accepted on a socket bound the way uvicorn binds for worker processes get
TCP_NODELAY from our protocol (plain asyncio would leave Nagle's algorithm on)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from gateway.http_protocol import NoDelayHttpToolsProtocol


async def _app(scope: Any, receive: Any, send: Any) -> None:  # never called: no request is sent
    raise AssertionError


async def _nodelay_of_accepted(protocol_class: type[HttpToolsProtocol]) -> int:
    config = Config(app=_app, log_level="warning")
    config.load()
    listener = socket.socket(socket.AF_INET)  # protocol 0, as uvicorn's bind_socket makes it
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    made: list[HttpToolsProtocol] = []

    def factory() -> HttpToolsProtocol:
        made.append(protocol_class(config, ServerState(), {}))
        return made[-1]

    server = await asyncio.get_running_loop().create_server(factory, sock=listener)
    try:
        _, writer = await asyncio.open_connection(*listener.getsockname())
        while not made or made[0].transport is None:
            await asyncio.sleep(0.01)
        accepted = made[0].transport.get_extra_info("socket")
        value = int(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()
        return value
    finally:
        server.close()


@pytest.mark.parametrize(
    ("protocol_class", "nodelay"),
    [(HttpToolsProtocol, False), (NoDelayHttpToolsProtocol, True)],
)
async def test_nagle_is_off_on_worker_sockets(
    protocol_class: type[HttpToolsProtocol], nodelay: bool
) -> None:
    """uvicorn's own protocol leaves Nagle on for such sockets; ours turns it off."""
    assert bool(await _nodelay_of_accepted(protocol_class)) is nodelay
