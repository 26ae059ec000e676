"""A model server that misbehaves on purpose, chosen by the `model` field of the request."""

from __future__ import annotations

import asyncio
import json
from typing import Any

BEHAVIOURS = ("slow", "error", "garbage", "reject", "truncated-stream", "echo-headers")


class FaultyUpstream:
    """ASGI app: `slow` sleeps, `error` answers 500, `garbage` sends non-JSON, `reject` 400."""

    def __init__(self, delay: float = 2.0) -> None:
        self.delay = delay
        self.seen_headers: list[dict[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                while True:
                    message = await receive()
                    kind = message["type"].removeprefix("lifespan.")
                    await send({"type": f"lifespan.{kind}.complete"})
                    if kind == "shutdown":
                        return
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        self.seen_headers.append({k.decode(): v.decode() for k, v in scope["headers"]})
        model = json.loads(body or b"{}").get("model", "") if scope["method"] == "POST" else ""
        if model == "slow":
            await asyncio.sleep(self.delay)
            await _send(send, 200, b'{"choices": []}')
        elif model == "error":
            await _send(send, 500, b'{"error": {"message": "boom"}}')
        elif model == "garbage":
            await _send(send, 200, b"<html>definitely not json", b"text/html")
        elif model == "reject":
            await _send(send, 400, b'{"error": {"message": "context length exceeded"}}')
        elif model == "truncated-stream":
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")],
                }
            )
            chunk = {"choices": [{"index": 0, "delta": {"content": "partial"}}]}
            event = b"data: " + json.dumps(chunk).encode() + b"\n\n"
            await send({"type": "http.response.body", "body": event, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        else:
            headers = [
                (b"connection", b"keep-alive, x-secret-hop"),
                (b"x-upstream-header", b"kept"),
                (b"set-cookie", b"upstream=1"),
            ]
            document = {
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]
            }
            await _send(send, 200, json.dumps(document).encode(), extra=headers)


async def _send(
    send: Any,
    status: int,
    body: bytes,
    content_type: bytes = b"application/json",
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send(
        {"type": "http.response.start", "status": status, "headers": headers + (extra or [])}
    )
    await send({"type": "http.response.body", "body": body})
