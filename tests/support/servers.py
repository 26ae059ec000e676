"""Real HTTP servers on 127.0.0.1 for tests: uvicorn in a background thread, on a free port."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import uvicorn


class BackgroundServer:
    """Serves an ASGI app with uvicorn on its own thread and event loop."""

    def __init__(self, app: Any, *, port: int = 0) -> None:
        self.app = app
        self._config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="auto",
            loop="asyncio",
            proxy_headers=False,
        )
        self._server = uvicorn.Server(self._config)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    def _run(self) -> None:
        asyncio.run(self._server.serve())

    def start(self, timeout: float = 20.0) -> BackgroundServer:
        """Start serving and wait until the socket is listening."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("test server did not start")
            time.sleep(0.02)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        """Base URL of the running server."""
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._server.should_exit = True
        self._thread.join(timeout=20)
