"""Stage 7, forward: send the request to the model's upstream and take its answer."""

from __future__ import annotations

import time
from typing import Any

import msgspec

from gateway.errors import GatewayError, UpstreamError, UpstreamRejected
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.schemas.answer_text import answer_text
from gateway.schemas.endpoint_paths import OPENAI_PATHS
from gateway.upstream.chat_stream import StreamRelay
from gateway.upstream.client import UpstreamPool

_ERROR_BODY_LIMIT = 64 * 1024
_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


def _upstream_message(body: bytes) -> str:
    try:
        document = _decoder.decode(body)
    except msgspec.DecodeError:
        return "no details given"
    error = document.get("error") if isinstance(document, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])[:500]
    if isinstance(document, dict) and isinstance(document.get("detail"), str):
        return str(document["detail"])[:500]
    return "no details given"


def refusal_for_status(model: str, status: int, body: bytes) -> GatewayError:
    """The problem to show for an upstream error status."""
    if 400 <= status < 500 and status not in (401, 403, 407, 429):
        rejected = UpstreamRejected(
            f"model {model!r}: {_upstream_message(body)}",
            extensions={"upstream_status": status},
        )
        rejected.status = status
        return rejected
    # 5xx, and 401/403/429 (the gateway's own credential or quota upstream): not the caller's fault.
    return UpstreamError(
        f"model {model!r} failed upstream (status {status})",
        extensions={"upstream_status": status},
    )


class Forward:
    """Sends the (possibly rewritten) body to the upstream, whole or as a stream."""

    def __init__(self, pool: UpstreamPool) -> None:
        self._pool = pool

    def _payload(self, ctx: RequestContext) -> tuple[str, bytes, bool]:
        model = ctx.model
        assert model is not None
        if ctx.endpoint == "infer":
            return model.infer_path, _encoder.encode(ctx.body), False
        assert ctx.endpoint is not None
        body: dict[str, Any] = ctx.body
        body["model"] = model.upstream_model
        caller_wants_usage = False
        if ctx.stream:
            options = body.get("stream_options")
            options = dict(options) if isinstance(options, dict) else {}
            caller_wants_usage = bool(options.get("include_usage"))
            # Ask for usage in the last chunk so that token quotas settle to the real count.
            options["include_usage"] = True
            body["stream_options"] = options
        return OPENAI_PATHS[ctx.endpoint], _encoder.encode(body), caller_wants_usage

    async def __call__(self, ctx: RequestContext) -> None:
        model = ctx.model
        assert model is not None
        client = self._pool.client(model.upstream)
        path, payload, caller_wants_usage = self._payload(ctx)
        headers = {"content-type": "application/json", "x-request-id": ctx.request_id}
        if ctx.stream:
            started = time.perf_counter()
            try:
                stream = await client.open_stream(path, payload, headers)
            finally:
                ctx.upstream_ms += (time.perf_counter() - started) * 1000.0
            if stream.status >= 400:
                body = b""
                try:
                    async for chunk in stream.chunks:
                        body += chunk
                        if len(body) > _ERROR_BODY_LIMIT:
                            break
                finally:
                    await stream.aclose()
                raise refusal_for_status(model.name, stream.status, body)
            relay = StreamRelay(ctx, stream, caller_wants_usage)
            ctx.reply = UpstreamReply(status=stream.status, headers=stream.headers, stream=relay)
            return
        started = time.perf_counter()
        try:
            status, reply_headers, body = await client.post(path, payload, headers)
        finally:
            ctx.upstream_ms += (time.perf_counter() - started) * 1000.0
        if status >= 400:
            raise refusal_for_status(model.name, status, body)
        try:
            document = _decoder.decode(body)
        except msgspec.DecodeError:
            raise UpstreamError(
                f"model {model.name!r} answered with a body that is not JSON"
            ) from None
        if ctx.keeps_content:
            ctx.completion_text = answer_text(document)
        usage = document.get("usage") if isinstance(document, dict) else None
        if isinstance(usage, dict):
            ctx.usage_prompt_tokens = _count(usage.get("prompt_tokens"))
            ctx.usage_completion_tokens = _count(usage.get("completion_tokens"))
        ctx.reply = UpstreamReply(status=status, headers=reply_headers, body=body, json=document)


def _count(value: object) -> int:
    return value if isinstance(value, int) and value >= 0 else 0
