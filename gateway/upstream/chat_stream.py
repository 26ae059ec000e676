"""`StreamRelay`: relays an upstream completion stream event by event, counting usage.

Each event is forwarded as soon as it is complete (through the output guard, when inspection
is on). The gateway asks the upstream for usage in a final chunk
(`stream_options.include_usage`); that chunk is taken for token accounting and passed on only
if the caller asked for it too. Every stream ends the same way: what the guard still holds
(checked, released if clean), an error event if the upstream broke off, the final moderation
verdict, and `[DONE]`, so that clients stop cleanly and know what was done to the answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

import anyio
import msgspec

from gateway.errors import GatewayError, UpstreamError
from gateway.inspection.moderation import Moderation
from gateway.inspection.stream_filter import GuardedStream
from gateway.upstream.client import UpstreamStream
from gateway.upstream.sse import SSEFramer, encode_event, event_data

DONE = b"[DONE]"
_ENVELOPE = ("id", "object", "created", "model", "system_fingerprint")
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


class StreamedRequest(Protocol):
    """The request whose answer is relayed: what the relay counts on it, and reads to end it.

    The pipeline's `RequestContext` is one; the upstream layer names only what it uses.
    """

    usage_prompt_tokens: int
    usage_completion_tokens: int
    streamed_bytes: int
    completion_text: str | None
    moderation: Moderation

    @property
    def keeps_content(self) -> bool:
        """Whether the answer's text is kept (for the audit record)."""

    async def answer_ready(self) -> None:
        """Wait for what must be done before the answer ends (raises `GatewayError` if not)."""


class StreamRelay:
    """Relays one upstream stream to the caller; closes the upstream however it ends."""

    def __init__(
        self,
        ctx: StreamedRequest,
        upstream: UpstreamStream,
        caller_wants_usage: bool,
    ) -> None:
        self._ctx = ctx
        self._upstream = upstream
        self._caller_wants_usage = caller_wants_usage
        self._guard: GuardedStream | None = None
        self._envelope: dict[str, Any] = {}
        self._usage_chunk: dict[str, Any] | None = None

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

    def verdict(self) -> bytes:
        """The last event before `[DONE]`: what inspection did to this answer, all told.

        Headers leave before the body, so a stream's `X-ModelGate-Moderation` can only tell
        the input's verdict; this event and the trailer carry the final one. It is shaped as a
        chunk without choices, like the usage chunk, so that SDKs pass it through; when the
        caller asked for usage, it is the usage chunk, which stays the last one."""
        moderation = self._ctx.moderation
        final = {
            "moderation": moderation.header_value(),
            "action": moderation.action,
            "categories": list(moderation.categories),
            **({"case_id": moderation.case_id} if moderation.case_id else {}),
        }
        last = self._usage_chunk or {**self._envelope, "choices": []}
        return encode_event(_encoder.encode({**last, "modelgate": final}))

    async def _ending(self, error: bytes | None = None) -> AsyncIterator[bytes]:
        """What closes every stream: the held-back text if clean, the error if any, the
        verdict, `[DONE]`."""
        if self._guard is not None:
            for held in await self._guard.on_end():
                yield held
        if error is not None:
            yield error
        try:
            await self._ctx.answer_ready()  # the commit durability mode: the record first
        except GatewayError as exc:
            yield error_event("audit_unavailable", exc.detail)
            return  # without its verdict and [DONE], the answer reads as incomplete
        yield self.verdict()
        yield encode_event(DONE)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        framer = SSEFramer()
        try:
            async for raw in self._upstream.chunks:
                for event in framer.feed(raw):
                    data = event_data(event)
                    if data is None:
                        continue
                    if data.strip() == DONE:
                        async for closing in self._ending():
                            yield closing
                        return
                    try:
                        chunk = _decoder.decode(data)
                    except msgspec.DecodeError:
                        chunk = None
                    if not isinstance(chunk, dict):
                        yield error_event("upstream_error", "the upstream sent a malformed event")
                        continue
                    self._envelope = {k: chunk[k] for k in _ENVELOPE if k in chunk}
                    if self._take_usage(chunk):
                        if not self._caller_wants_usage:
                            continue
                        # Kept for the end: the usage chunk stays last and carries the verdict.
                        self._usage_chunk = chunk
                        if self._guard is not None:
                            stopping = await self._guard.on_chunk(chunk)
                            if self._guard.stopped:
                                self._usage_chunk = None  # it held what stopped the answer
                                for event in stopping:
                                    yield event
                                async for closing in self._ending():
                                    yield closing
                                return
                        continue
                    text = delta_text(chunk)
                    self._ctx.streamed_bytes += len(text.encode())
                    if self._ctx.keeps_content or self._guard is not None:
                        self._ctx.completion_text = (self._ctx.completion_text or "") + text
                    if self._guard is None:
                        yield encode_event(data)
                        continue
                    for checked in await self._guard.on_chunk(chunk):
                        yield checked
                    if self._guard.stopped:
                        async for closing in self._ending():
                            yield closing
                        return
            early = error_event("upstream_error", "the upstream stream ended early")
            async for closing in self._ending(early):
                yield closing
        except UpstreamError as exc:
            # The upstream died mid-answer: what it had sent is still checked and released.
            async for closing in self._ending(error_event("upstream_error", exc.detail)):
                yield closing
        finally:
            # The caller may have gone away: this runs inside a cancelled scope, so shield the
            # clean-up or the upstream connection would stay open. Ending the request is not the
            # relay's job: the handler's response does it once this iterator has ended.
            with anyio.CancelScope(shield=True):
                await self._upstream.aclose()
