"""A streamed answer's final verdict reaches callers that accept trailers, as a trailer."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from litestar import Litestar, get
from litestar.background_tasks import BackgroundTask
from litestar.handlers import HTTPRouteHandler

from gateway.http.trailing_stream import TrailingStream


async def _body() -> AsyncIterator[bytes]:
    yield b"data: one\n\n"
    yield b"data: [DONE]\n\n"


@get("/stream")
async def _stream() -> TrailingStream:
    verdict = {"x-modelgate-moderation": "allow"}

    async def body() -> AsyncIterator[bytes]:
        async for chunk in _body():
            yield chunk
        verdict["x-modelgate-moderation"] = "redact; categories=pii.credit_card"

    return TrailingStream(
        body(),
        trailers=lambda: verdict,
        names=("x-modelgate-moderation",),
        media_type="text/event-stream",
    )


async def _run(
    headers: list[tuple[bytes, bytes]],
    extensions: dict[str, Any],
    handler: HTTPRouteHandler = _stream,
    broken_at: bytes | None = None,
) -> list[Any]:
    """Drive the app as an ASGI server would and return what it sent; a send of the body
    chunk `broken_at` fails, as when the caller's connection breaks."""
    app = Litestar([handler])
    sent: list[Any] = []
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": "/stream", "raw_path": b"/stream", "root_path": "",
        "query_string": b"", "headers": headers, "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80), "extensions": extensions, "state": {},
    }  # fmt: skip
    received = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> Any:
        if received:
            return received.pop()
        return {"type": "http.disconnect"}  # never reached before the body ends

    async def send(message: Any) -> None:
        if broken_at is not None and message.get("body") == broken_at:
            raise OSError("connection reset by peer")
        sent.append(message)

    await app(scope, receive, send)  # type: ignore[arg-type]
    return sent


@pytest.mark.parametrize("te", [b"trailers", b"gzip, trailers"])
async def test_the_final_verdict_is_a_trailer_when_the_caller_accepts_one(te: bytes) -> None:
    """`TE: trailers` on a server with the extension: announced, then sent after the body."""
    sent = await _run([(b"te", te)], {"http.response.trailers": {}})
    start = sent[0]
    assert start["trailers"] is True
    assert (b"trailer", b"x-modelgate-moderation") in start["headers"]
    assert sent[-1] == {
        "type": "http.response.trailers",
        "headers": [(b"x-modelgate-moderation", b"redact; categories=pii.credit_card")],
        "more_trailers": False,
    }


@pytest.mark.parametrize(
    ("headers", "extensions"),
    [([], {"http.response.trailers": {}}), ([(b"te", b"trailers")], {})],
)
async def test_no_trailer_unless_both_sides_can(
    headers: list[tuple[bytes, bytes]], extensions: dict[str, Any]
) -> None:
    """Without `TE: trailers`, or on a server without the extension, the body ends as usual."""
    sent = await _run(headers, extensions)
    assert sent[0]["trailers"] is False
    assert all(message["type"] != "http.response.trailers" for message in sent)
    assert sent[-1]["type"] == "http.response.body"


async def test_a_broken_connection_still_closes_the_body_and_then_runs_the_background() -> None:
    """A send fails mid-body: the body is closed first, then the background task (how the
    handler ends the request) runs, once."""
    happened: list[str] = []

    async def body() -> AsyncIterator[bytes]:
        try:
            yield b"data: one\n\n"
            yield b"data: two\n\n"
            yield b"data: [DONE]\n\n"
        finally:
            happened.append("body closed")

    async def end() -> None:
        happened.append("request ended")

    @get("/stream")
    async def breaking() -> TrailingStream:
        return TrailingStream(
            body(),
            trailers=dict,
            names=(),
            media_type="text/event-stream",
            background=BackgroundTask(end),
        )

    # The failed send may surface; what matters is what ran.
    with contextlib.suppress(Exception):
        await _run([], {}, handler=breaking, broken_at=b"data: two\n\n")
    assert happened == ["body closed", "request ended"]
