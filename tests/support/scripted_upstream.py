"""A model server that says exactly what a test scripts, piece by piece, for output filters."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from typing import Any


class ScriptedUpstream:
    """ASGI app: the `model` field picks a script; streams send one piece per chunk."""

    def __init__(self, scripts: Mapping[str, Sequence[str]]) -> None:
        self.scripts = scripts
        self.bodies: list[dict[str, Any]] = []
        self.listing_headers: list[dict[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                kind = (await receive())["type"].removeprefix("lifespan.")
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        if scope["method"] == "GET" and scope["path"] == "/v1/models":
            # Lists its scripts as models, as an OpenAI-compatible server lists what it serves.
            self.listing_headers.append({k.decode(): v.decode() for k, v in scope["headers"]})
            listing = {"object": "list", "data": [{"id": name} for name in self.scripts]}
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": json.dumps(listing).encode()})
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        request = json.loads(body or b"{}")
        self.bodies.append(request)
        pieces = list(self.scripts.get(str(request.get("model")), ["?"]))
        if request.get("stream"):
            await self._stream(send, pieces)
            return
        document = {
            "id": "scripted",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(pieces)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": 3,
                "completion_tokens": len(pieces),
                "total_tokens": 3 + len(pieces),
            },
        }
        payload = json.dumps(document).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    async def _stream(self, send: Any, pieces: list[str]) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )

        def event(choice: dict[str, Any]) -> bytes:
            chunk = {
                "id": "scripted",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "m",
            }
            return b"data: " + json.dumps({**chunk, "choices": [choice]}).encode() + b"\n\n"

        events = [event({"index": 0, "delta": {"role": "assistant"}, "finish_reason": None})]
        events += [
            event({"index": 0, "delta": {"content": p}, "finish_reason": None}) for p in pieces
        ]
        events.append(event({"index": 0, "delta": {}, "finish_reason": "stop"}))
        events.append(b"data: [DONE]\n\n")
        for item in events:
            await send({"type": "http.response.body", "body": item, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})
