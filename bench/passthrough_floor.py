"""The floor for a Python gateway on this stack: a bare pass-through, no pipeline.

Raw ASGI on the same server settings as `modelgate serve` (uvicorn, asyncio's loop, httptools
with TCP_NODELAY) and the same upstream client (one pooled aiohttp session): it reads the body,
POSTs it to the upstream and returns the answer, with no key, limit, inspection or audit. What
it costs over direct is what any gateway built this way pays before doing any work, so its
share of direct throughput bounds the gateway's.

Run: `python -m bench.passthrough_floor UPSTREAM_URL PORT` (bench/run.py starts it).
"""

from __future__ import annotations

import sys
from typing import Any

import aiohttp
import uvicorn

from gateway.demo.asgi import read_body, run_lifespan, send_json
from gateway.http_protocol import NoDelayHttpToolsProtocol

Message = dict[str, Any]


class PassThrough:
    """ASGI app: every POST goes to `upstream` + its path; the answer comes back as is."""

    def __init__(self, upstream: str) -> None:
        self._upstream = upstream.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def __call__(self, scope: Message, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await run_lifespan(receive, send, self._close)
            return
        body = await read_body(receive)
        if self._session is None:
            self._session = aiohttp.ClientSession(
                auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar()
            )
        headers = {"content-type": "application/json"}
        url = self._upstream + scope["path"]
        async with self._session.post(url, data=body, headers=headers) as answer:
            content = await answer.read()
            status = answer.status
        await send_json(send, status, content)

    async def _close(self) -> None:
        if self._session is not None:
            await self._session.close()


def main() -> None:
    upstream, port = sys.argv[1], int(sys.argv[2])
    uvicorn.run(
        PassThrough(upstream),
        host="127.0.0.1",
        port=port,
        loop="asyncio",
        http=NoDelayHttpToolsProtocol,
        access_log=False,
        log_level="warning",
        lifespan="on",
    )


if __name__ == "__main__":
    main()
