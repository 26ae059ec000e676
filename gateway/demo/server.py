"""`DemoUpstream`: a small, fast OpenAI-compatible ASGI server for demos, tests and benchmarks.

Written against raw ASGI rather than a framework so that benchmarks measure the gateway, not
the demo. `chunk_delay` slows streams down, which tests use to watch chunks arrive one by one;
`latency` delays every answer, as a model would.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import msgspec

from gateway.demo.answers import count_tokens, embedding, last_user_text, reply_words, sentiment
from gateway.demo.asgi import read_body, run_lifespan, send_json

_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()
MODELS = ("demo-chat", "demo-embed", "demo-sentiment")

Scope = dict[str, Any]


class DemoUpstream:
    """The demo model server. Counts streams started, finished and abandoned by the client."""

    def __init__(self, chunk_delay: float = 0.0, latency: float = 0.0) -> None:
        self.chunk_delay = chunk_delay
        self.latency = latency
        self.streams_started = 0
        self.streams_completed = 0
        self.streams_abandoned = 0
        self.last_headers: dict[str, str] = {}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await run_lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self.last_headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        body = await read_body(receive)
        method, path = scope["method"], scope["path"]
        if method == "GET" and path == "/v1/models":
            data = [{"id": name, "object": "model", "owned_by": "demo"} for name in MODELS]
            await self._json(send, 200, {"object": "list", "data": data})
            return
        if method != "POST":
            await self._json(send, 404, {"error": {"message": "not found"}})
            return
        try:
            request = _decoder.decode(body)
            if not isinstance(request, dict):
                raise TypeError("not an object")
        except (msgspec.DecodeError, TypeError):
            await self._json(send, 400, {"error": {"message": "body must be a JSON object"}})
            return
        if self.latency:
            # Stands in for the model's own time to answer, so benchmarks can show the
            # gateway's cost next to a realistic upstream as well as a zero-latency one.
            await asyncio.sleep(self.latency)
        if path == "/v1/chat/completions":
            await self._chat(send, receive, request)
        elif path == "/v1/completions":
            await self._completion(send, request)
        elif path == "/v1/embeddings":
            await self._embeddings(send, request)
        elif path == "/infer/sentiment":
            await self._json(send, 200, sentiment(str(request.get("text", ""))))
        else:
            await self._json(send, 404, {"error": {"message": f"no route {path}"}})

    async def _json(self, send: Any, status: int, document: Any) -> None:
        await send_json(send, status, _encoder.encode(document))

    async def _chat(self, send: Any, receive: Any, request: dict[str, Any]) -> None:
        prompt = last_user_text(request.get("messages"))
        words = reply_words(prompt, _int(request.get("max_tokens")))
        model = str(request.get("model", "demo-chat"))
        usage = {
            "prompt_tokens": count_tokens(prompt),
            "completion_tokens": len(words),
            "total_tokens": count_tokens(prompt) + len(words),
        }
        finish = "length" if _int(request.get("max_tokens")) == len(words) else "stop"
        if request.get("stream"):
            options = request.get("stream_options") or {}
            await self._stream(send, receive, model, words, finish, usage, options)
            return
        await self._json(
            send,
            200,
            {
                "id": "chatcmpl-demo",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": " ".join(words)},
                        "finish_reason": finish,
                    }
                ],
                "usage": usage,
            },
        )

    async def _stream(
        self,
        send: Any,
        receive: Any,
        model: str,
        words: list[str],
        finish: str,
        usage: dict[str, int],
        options: Any,
    ) -> None:
        self.streams_started += 1
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )
        created = int(time.time())

        def chunk(delta: dict[str, str], reason: str | None) -> bytes:
            document = {
                "id": "chatcmpl-demo",
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": reason}],
            }
            return b"data: " + _encoder.encode(document) + b"\n\n"

        events = [chunk({"role": "assistant", "content": ""}, None)]
        events += [chunk({"content": (" " if i else "") + w}, None) for i, w in enumerate(words)]
        events.append(chunk({}, finish))
        if isinstance(options, dict) and options.get("include_usage"):
            tail = {"id": "chatcmpl-demo", "object": "chat.completion.chunk", "created": created}
            tail |= {"model": model, "choices": [], "usage": usage}
            events.append(b"data: " + _encoder.encode(tail) + b"\n\n")
        events.append(b"data: [DONE]\n\n")
        # uvicorn drops writes after a disconnect silently; only `receive` tells us.
        disconnected = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            disconnected.set()

        watcher = asyncio.ensure_future(watch())
        try:
            for event in events:
                if self.chunk_delay:
                    await asyncio.sleep(self.chunk_delay)
                if disconnected.is_set():
                    self.streams_abandoned += 1
                    return
                await send({"type": "http.response.body", "body": event, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            self.streams_completed += 1
        finally:
            watcher.cancel()

    async def _completion(self, send: Any, request: dict[str, Any]) -> None:
        prompt = request.get("prompt")
        text = prompt if isinstance(prompt, str) else " ".join(map(str, prompt or []))
        words = reply_words(text, _int(request.get("max_tokens")))
        usage = {"prompt_tokens": count_tokens(text), "completion_tokens": len(words)}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        await self._json(
            send,
            200,
            {
                "id": "cmpl-demo",
                "object": "text_completion",
                "created": int(time.time()),
                "model": str(request.get("model", "demo-chat")),
                "choices": [{"index": 0, "text": " ".join(words), "finish_reason": "stop"}],
                "usage": usage,
            },
        )

    async def _embeddings(self, send: Any, request: dict[str, Any]) -> None:
        raw = request.get("input")
        inputs = [raw] if isinstance(raw, str) else [str(item) for item in raw or []]
        data = [
            {"object": "embedding", "index": i, "embedding": embedding(text)}
            for i, text in enumerate(inputs)
        ]
        tokens = sum(count_tokens(text) for text in inputs)
        await self._json(
            send,
            200,
            {
                "object": "list",
                "data": data,
                "model": str(request.get("model", "demo-embed")),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            },
        )


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
