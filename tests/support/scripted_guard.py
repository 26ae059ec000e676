"""A guard model server that gives the verdicts a test scripts, and counts what it was asked.

Chat completions are answered by `ScriptedUpstream` (the `model` field picks the reply);
`/classify` answers like vLLM's classification API; a model can be made slow or broken.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

from tests.support.scripted_upstream import ScriptedUpstream


class ScriptedGuard:
    """ASGI app: per model, a chat reply, a classifier label with probabilities, a delay, or
    an HTTP failure (status, body); `requests` lists every (path, body) it was sent."""

    def __init__(
        self,
        replies: Mapping[str, str] = {},
        labels: Mapping[str, tuple[str, list[float]]] = {},
        delays: Mapping[str, float] = {},
        failures: Mapping[str, tuple[int, bytes]] = {},
    ) -> None:
        self._chat = ScriptedUpstream({model: [reply] for model, reply in replies.items()})
        self._labels = labels
        self._delays = delays
        self._failures = failures
        self.requests: list[tuple[str, dict[str, Any]]] = []

    def asked(self, model: str | None = None) -> int:
        """How many requests reached the server (for `model`, or for any)."""
        return sum(1 for _, body in self.requests if model is None or body.get("model") == model)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self._chat(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        request = json.loads(body or b"{}")
        self.requests.append((scope["path"], request))
        model = str(request.get("model"))
        await asyncio.sleep(self._delays.get(model, 0.0))
        if model in self._failures:
            status, payload = self._failures[model]
            await _answer(send, status, payload)
        elif scope["path"].endswith("/classify"):
            label, probs = self._labels[model]
            data = [{"index": 0, "label": label, "probs": probs, "num_classes": len(probs)}]
            document = {"id": "classify-scripted", "object": "list", "model": model, "data": data}
            await _answer(send, 200, json.dumps(document).encode())
        else:

            async def replay() -> dict[str, Any]:
                return {"type": "http.request", "body": body, "more_body": False}

            await self._chat(scope, replay, send)


async def _answer(send: Any, status: int, payload: bytes) -> None:
    headers = [(b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
