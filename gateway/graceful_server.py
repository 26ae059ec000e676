"""uvicorn with a drain on SIGTERM: refuse new connections, finish the rest, exit 0.

uvicorn's own shutdown closes idle keep-alive connections at once. A load balancer may be
writing a request onto one of them at that very moment; for a POST it then cannot tell
whether the request was processed, so it must not retry it and the caller gets a 502.
`GracefulServer` instead lets every connection end on its own terms: responses started
after the signal carry `Connection: close`, and idle connections are closed by the peer or
by the keep-alive timeout (which the balancer's own idle timeout must undercut). Refused
connections, on the other hand, are always safe to retry elsewhere.
"""

from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

import uvicorn
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

_CLOSE = (b"connection", b"close")


class DrainSignal:
    """Set once the process is shutting down; read on every response start."""

    def __init__(self) -> None:
        self.draining = False

    def begin(self) -> None:
        """Mark the process as draining."""
        self.draining = True


class ConnectionCloser:
    """ASGI wrapper that adds `Connection: close` to every response once draining."""

    def __init__(self, app: ASGIApp, drain: DrainSignal) -> None:
        self._app = app
        self._drain = drain

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self._app(scope, receive, send)
            return

        async def send_closing(message: Message) -> None:
            if message["type"] == "http.response.start" and self._drain.draining:
                message["headers"] = [*message.get("headers", ()), _CLOSE]
            await send(message)

        await self._app(scope, receive, send_closing)


class GracefulServer(uvicorn.Server):
    """A `uvicorn.Server` that drains connections before running uvicorn's shutdown."""

    def __init__(self, config: uvicorn.Config, drain: DrainSignal) -> None:
        super().__init__(config)
        self._drain = drain

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Stop accepting, wait (up to the grace period) for connections to end, then exit."""
        self._drain.begin()
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        loop = asyncio.get_running_loop()
        grace = self.config.timeout_graceful_shutdown or 0
        deadline = loop.time() + grace
        # uvicorn signals no event when a connection ends; its own shutdown polls likewise.
        while self.server_state.connections and not self.force_exit and loop.time() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        # uvicorn's shutdown deals with whatever outlived the grace period, within what is left.
        self.config.timeout_graceful_shutdown = max(1, round(deadline - loop.time()))
        await super().shutdown(sockets)


def _exit_cleanly(_signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


def serve_gracefully(app_factory: Callable[[], ASGIApp], **options: Any) -> None:
    """Serve the app `app_factory` builds (inside the server's event loop) with uvicorn
    `options`; on SIGTERM drain, shut down, and exit with status 0.

    uvicorn re-raises the signal it caught once it has shut down, with the handler that was
    in place before; installing one that exits with 0 turns a clean stop into status 0.
    """
    drain = DrainSignal()
    config = uvicorn.Config(lambda: ConnectionCloser(app_factory(), drain), factory=True, **options)
    signal.signal(signal.SIGTERM, _exit_cleanly)
    GracefulServer(config, drain).run()
