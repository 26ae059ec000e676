"""`StreamRelay`: relays an upstream completion stream event by event, counting usage.

Each event is forwarded as soon as it is complete. The gateway asks the upstream for usage in
a final chunk (`stream_options.include_usage`); that chunk is taken for token accounting and
passed on only if the caller asked for it too. A stream that breaks off ends with an error
event and `[DONE]`, so that clients stop cleanly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anyio
import msgspec

from gateway.errors import UpstreamError
from gateway.inspection.stream_filter import GuardedStream
from gateway.pipeline.context import RequestContext
from gateway.upstream.client import UpstreamStream
from gateway.upstream.sse import SSEFramer, encode_event, event_data

DONE = b"[DONE]"
_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


def error_event(kind: str, message: str) -> bytes:
    """An SSE event carrying an OpenAI-style error object."""
    return encode_event(_encoder.encode({"error": {"type": kind, "message": message}}))


def delta_text(chunk: Any) -> str:
    """The generated text in one chat or text completion chunk (all choices)."""
    choices = chunk.get("choices") if isinstance(chunk, dict) else None
    if not isinstance(choices, list):
        return ""
    parts: list[str] = []
    for choice in choices:
        if not isinstance(choice, dict):
            continue
        delta = choice.get("delta")
        text = delta.get("content") if isinstance(delta, dict) else choice.get("text")
        if isinstance(text, str):
            parts.append(text)
    return "".join(parts)


class StreamRelay:
    """Relays one upstream stream to the caller; closes the upstream however it ends."""

    def __init__(
        self,
        ctx: RequestContext,
        upstream: UpstreamStream,
        caller_wants_usage: bool,
    ) -> None:
        self._ctx = ctx
        self._upstream = upstream
        self._caller_wants_usage = caller_wants_usage
        self._guard: GuardedStream | None = None

    def attach_guard(self, guard: GuardedStream) -> None:
        """Send every chunk through `guard` before it leaves (output inspection)."""
        self._guard = guard

    async def aclose(self) -> None:
        """Close the upstream when the answer will not be sent after all."""
        await self._upstream.aclose()

    def _take_usage(self, chunk: Any) -> bool:
        """Record usage from `chunk`; True when the chunk carried nothing else."""
        usage = chunk.get("usage") if isinstance(chunk, dict) else None
        if not isinstance(usage, dict):
            return False
        self._ctx.usage_prompt_tokens = int(usage.get("prompt_tokens") or 0)
        self._ctx.usage_completion_tokens = int(usage.get("completion_tokens") or 0)
        return not chunk.get("choices")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        framer = SSEFramer()
        done = False
        try:
            async for raw in self._upstream.chunks:
                for event in framer.feed(raw):
                    data = event_data(event)
                    if data is None:
                        continue
                    if data.strip() == DONE:
                        done = True
                        if self._guard is not None:
                            for held in await self._guard.on_end():
                                yield held
                        yield encode_event(DONE)
                        continue
                    try:
                        chunk = _decoder.decode(data)
                    except msgspec.DecodeError:
                        yield error_event("upstream_error", "the upstream sent a malformed event")
                        continue
                    if self._take_usage(chunk) and not self._caller_wants_usage:
                        continue
                    text = delta_text(chunk)
                    self._ctx.streamed_bytes += len(text.encode())
                    if self._ctx.keeps_content or self._guard is not None:
                        self._ctx.completion_text = (self._ctx.completion_text or "") + text
                    if self._guard is None or not chunk.get("choices"):
                        yield encode_event(data)
                        continue
                    for checked in await self._guard.on_chunk(chunk):
                        yield checked
                    if self._guard.stopped:
                        yield encode_event(DONE)
                        return
            if not done:
                if self._guard is not None:
                    for held in await self._guard.on_end():
                        yield held
                yield error_event("upstream_error", "the upstream stream ended early")
                yield encode_event(DONE)
        except UpstreamError as exc:
            yield error_event("upstream_error", exc.detail)
            yield encode_event(DONE)
        finally:
            # The caller may have gone away: this runs inside a cancelled scope, so shield the
            # clean-up or the upstream connection and the request's finishers would be skipped.
            with anyio.CancelScope(shield=True):
                await self._upstream.aclose()
                await self._ctx.finish()
