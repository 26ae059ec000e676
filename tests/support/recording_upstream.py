"""A model server that records every body it receives and answers with a text in the field a
test chooses (content, reasoning, tool-call arguments, refusal, an unknown field, the usage
chunk, an error event), whole or streamed in pieces; it can also die mid-stream."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# Where the answer text goes. `error-event` and `die` stream clean text first, then fail;
# `audio` answers with audio bytes and their transcript.
ANSWER_FIELDS = (
    "content",
    "reasoning_content",
    "tool-arguments",
    "refusal",
    "unknown-field",
    "usage-extra",
    "error-event",
    "die",
    "audio",
)
AUDIO_DATA = "UklGRiQAAABXQVZFZm10IBAAAAABAAEA"
CLEAN_LEAD = "Tomatoes grow well in sunny gardens. "


@dataclass
class Answer:
    """The next answer: `text` placed in `field`."""

    field: str = "content"
    text: str = "Plain words only."


class UpstreamDied(Exception):
    """Raised inside the app to drop the connection mid-stream."""


def pieces(text: str, count: int = 3) -> list[str]:
    """`text` cut into `count` pieces (a card or key arrives split across chunks)."""
    size = max(1, -(-len(text) // count))
    return [text[i : i + size] for i in range(0, len(text), size)]


class RecordingUpstream:
    """ASGI app: `bodies` holds each request as received; `answer` says what comes back."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.answer = Answer()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                kind = (await receive())["type"].removeprefix("lifespan.")
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        request = json.loads(body or b"{}")
        self.bodies.append(request)
        self.paths.append(scope["path"])
        if scope["path"].endswith("/infer"):
            await _json(send, {"label": self.answer.text, "score": 0.9})
        elif scope["path"].endswith("/embeddings"):
            await _json(send, _embeddings(self.answer.text))
        elif request.get("stream"):
            await self._stream(
                send, scope["path"].endswith("/completions") and "chat" not in scope["path"]
            )
        else:
            await _json(send, self._whole(scope["path"]))

    def _whole(self, path: str) -> dict[str, Any]:
        field, text = self.answer.field, self.answer.text
        usage: dict[str, Any] = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}
        if "/chat/" not in path:
            choice: dict[str, Any] = {"index": 0, "text": text, "finish_reason": "stop"}
            return {"id": "rec", "object": "text_completion", "choices": [choice], "usage": usage}
        message: dict[str, Any] = {"role": "assistant", "content": "Done."}
        if field == "content":
            message["content"] = text
        elif field == "reasoning_content":
            message["reasoning_content"] = text
        elif field == "tool-arguments":
            message["content"] = None
            message["tool_calls"] = [_call(json.dumps({"note": text}))]
        elif field == "refusal":
            message["refusal"] = text
        elif field == "unknown-field":
            message["x_note"] = text
        elif field == "usage-extra":
            usage["note"] = text
        elif field == "audio":
            message["audio"] = {"id": "audio_1", "data": AUDIO_DATA, "transcript": text}
        choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return {"id": "rec", "object": "chat.completion", "choices": [choice], "usage": usage}

    async def _stream(self, send: Any, completions: bool) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )
        field, text = self.answer.field, self.answer.text

        async def emit(document: dict[str, Any] | str) -> None:
            data = document if isinstance(document, str) else json.dumps(document)
            chunk = f"data: {data}\n\n".encode()
            await send({"type": "http.response.body", "body": chunk, "more_body": True})

        def chunk(choice: dict[str, Any]) -> dict[str, Any]:
            return {"id": "rec", "object": "chat.completion.chunk", "choices": [choice]}

        def delta(**fields: Any) -> dict[str, Any]:
            if completions:
                return chunk({"index": 0, "text": fields.get("content", ""), "finish_reason": None})
            return chunk({"index": 0, "delta": fields, "finish_reason": None})

        if not completions:
            await emit(delta(role="assistant"))
        if field in ("content", "error-event", "die") or completions:
            lead = CLEAN_LEAD if field in ("error-event", "die") else ""
            for piece in pieces(lead + (text if field in ("content",) or completions else "")):
                await emit(delta(content=piece))
        elif field in ("reasoning_content", "refusal"):
            for piece in pieces(text):
                await emit(delta(**{field: piece}))
        elif field == "tool-arguments":
            await emit(delta(tool_calls=[{**_call(""), "index": 0}]))
            for piece in pieces(json.dumps({"note": text})):
                call = {"index": 0, "function": {"arguments": piece}}
                await emit(delta(tool_calls=[call]))
        elif field == "unknown-field":
            await emit(delta(content="Done.", x_note=text))
        if field == "error-event":
            await emit({"error": {"message": text, "type": "server_error"}})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        if field == "die":
            # Clean text, then the connection drops without a word.
            await emit(delta(content=text))
            raise UpstreamDied("the model server fell over")
        end: dict[str, Any] = {"index": 0, "finish_reason": "stop"}
        if not completions:
            end["delta"] = {}
        await emit(chunk(end))
        usage: dict[str, Any] = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}
        if field == "usage-extra":
            usage["note"] = text
        await emit({"id": "rec", "object": "chat.completion.chunk", "choices": [], "usage": usage})
        await emit("[DONE]")
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _call(arguments: str) -> dict[str, Any]:
    return {
        "id": "call_1",
        "type": "function",
        "function": {"name": "lookup", "arguments": arguments},
    }


def _embeddings(text: str) -> dict[str, Any]:
    return {
        "object": "list",
        "model": "rec",
        "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }


async def _json(send: Any, document: dict[str, Any]) -> None:
    payload = json.dumps(document).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": payload})
