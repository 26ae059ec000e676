"""A request ends in one place: the pipeline's finishers run once, in their declared order,
however the request ended (answered, refused, failed upstream, streamed, abandoned)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import pytest
from litestar import Litestar, Response, post
from litestar.params import FromPath
from litestar.response import Stream

from gateway.errors import RateLimited, UpstreamUnavailable
from gateway.http.proxy_handler import AnyRequest, ProxyHandler
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.pipeline.stage import Pipeline
from gateway.upstream.chat_stream import StreamRelay
from gateway.upstream.client import UpstreamStream
from tests.support.finish_log import FinishLog
from tests.support.servers import BackgroundServer

FINISHERS = ["settle", "record", "count"]


def _event(text: str) -> bytes:
    return b'data: {"choices":[{"index":0,"delta":{"content":"%s"}}]}\n\n' % text.encode()


class PlayScenario:
    """The last stage: answers as the path says, through the real stream relay for streams."""

    def __init__(self, log: FinishLog) -> None:
        self._log = log

    def _upstream(self, ctx: RequestContext, chunks: AsyncIterator[bytes]) -> UpstreamStream:
        async def close() -> None:
            self._log.note(ctx.request_id, "upstream closed")

        return UpstreamStream(status=200, headers={}, chunks=chunks, close=close)

    async def __call__(self, ctx: RequestContext) -> None:
        if ctx.route == "plain":
            ctx.reply = UpstreamReply(status=200, headers={}, body=b'{"ok": true}')
            return
        if ctx.route == "refused":
            raise RateLimited("requests limit reached; retry in 1 s")
        if ctx.route == "upstream-failure":
            raise UpstreamUnavailable("upstream 'demo' is unreachable")
        chunks = {
            "stream": self._whole,
            "stream-broken": self._broken,
            "stream-abandoned": self._endless,
        }[ctx.route]()
        relay = StreamRelay(ctx, self._upstream(ctx, chunks), caller_wants_usage=False)
        ctx.reply = UpstreamReply(status=200, headers={}, stream=relay)

    async def _whole(self) -> AsyncIterator[bytes]:
        yield _event("Hel")
        yield _event("lo")
        yield b"data: [DONE]\n\n"

    async def _broken(self) -> AsyncIterator[bytes]:
        yield _event("Hel")
        raise UpstreamUnavailable("upstream 'demo' closed the connection")

    async def _endless(self) -> AsyncIterator[bytes]:
        yield _event("Hel")
        await anyio.sleep_forever()
        yield b""  # never reached; keeps this an async generator


@pytest.fixture(scope="module")
def log() -> FinishLog:
    return FinishLog()


@pytest.fixture(scope="module")
def server(log: FinishLog) -> Iterator[BackgroundServer]:
    """A real ProxyHandler behind uvicorn, its pipeline ending in three noting finishers."""
    handler = ProxyHandler(max_body_bytes=1024, trusted_proxies=frozenset())
    pipeline = Pipeline([PlayScenario(log)], finishers=[log.finisher(name) for name in FINISHERS])

    @post("/{scenario:str}", status_code=200)
    async def play(request: AnyRequest, scenario: FromPath[str]) -> Response[bytes] | Stream:
        return await handler.handle(request, pipeline, None, scenario)

    running = BackgroundServer(Litestar(route_handlers=[play])).start()
    yield running
    running.stop()


def _notes_when_ended(log: FinishLog, request_id: str, count: int) -> list[str]:
    deadline = time.monotonic() + 10
    while len(log.of(request_id)) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return log.of(request_id)


@pytest.mark.parametrize(
    ("scenario", "status", "closed_upstream", "body_ends_with"),
    [
        ("plain", 200, False, b'{"ok": true}'),
        ("refused", 429, False, b"}"),
        ("upstream-failure", 502, False, b"}"),
        ("stream", 200, True, b"data: [DONE]\n\n"),
        ("stream-broken", 200, True, b"data: [DONE]\n\n"),
    ],
)
def test_each_ending_runs_the_finishers_once_in_order(
    server: BackgroundServer,
    log: FinishLog,
    scenario: str,
    status: int,
    closed_upstream: bool,
    body_ends_with: bytes,
) -> None:
    """Answered, refused, failed upstream, streamed or broken mid-stream: one end, in order."""
    response = httpx.post(f"{server.url}/{scenario}", timeout=10)
    request_id = response.headers["x-request-id"]
    assert response.status_code == status
    assert response.content.endswith(body_ends_with)
    expected = (["upstream closed"] if closed_upstream else []) + FINISHERS
    assert _notes_when_ended(log, request_id, len(expected)) == expected


def test_a_caller_leaving_mid_stream_still_ends_the_request_once(
    server: BackgroundServer, log: FinishLog
) -> None:
    """The caller hangs up after the first event of an endless stream: the upstream is
    closed, then the finishers run, once and in order."""
    with httpx.Client(timeout=10) as client:
        request = client.build_request("POST", f"{server.url}/stream-abandoned")
        response = client.send(request, stream=True)
        request_id = response.headers["x-request-id"]
        first: Any = next(response.iter_raw())
        assert b"Hel" in first
        response.close()
    expected = ["upstream closed", *FINISHERS]
    assert _notes_when_ended(log, request_id, len(expected)) == expected
