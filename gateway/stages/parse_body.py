"""Stage 2, parse: the body is JSON of the endpoint's shape (and nothing else, on strict tiers)."""

from __future__ import annotations

import msgspec

from gateway.errors import InvalidRequest, UnprocessableRequest, UnsupportedMediaType
from gateway.pipeline.context import RequestContext
from gateway.schemas.json_body import decode_json_body
from gateway.schemas.openai_requests import (
    KNOWN_FIELDS,
    REQUEST_SCHEMAS,
    input_shape_error,
    validation_message,
)
from gateway.schemas.prompt_text import collect_prompt

_JSON_LIKE = frozenset({"application/json", "text/json", "application/x-www-form-urlencoded"})


def _is_json(content_type: str | None) -> bool:
    if content_type is None:
        return True
    media = content_type.split(";", 1)[0].strip().lower()
    # `curl -d` labels JSON as a form; the body still has to parse as JSON.
    return media in _JSON_LIKE or media.endswith("+json")


class ParseBody:
    """Decodes the JSON body, checks it against the endpoint's schema and extracts the prompt."""

    async def __call__(self, ctx: RequestContext) -> None:
        if not _is_json(ctx.content_type):
            raise UnsupportedMediaType("send the body as application/json")
        if not ctx.raw_body.strip():
            raise InvalidRequest("the request body is empty; send a JSON object")
        body = decode_json_body(ctx.raw_body)
        if not isinstance(body, dict):
            raise InvalidRequest("the body must be a JSON object")
        ctx.body = body
        if ctx.endpoint == "infer":
            # No schema: every string and key is read, with its place, so redaction lands.
            prompt = collect_prompt("infer", body)
            ctx.prompt_text = prompt.text
            ctx.prompt_segments = prompt.segments
            return
        assert ctx.endpoint is not None
        assert ctx.tier is not None
        schema = REQUEST_SCHEMAS[ctx.endpoint]
        try:
            request = msgspec.convert(body, schema)
        except msgspec.ValidationError as exc:
            field, reason = validation_message(exc)
            raise UnprocessableRequest(
                f"{field}: {reason}", extensions={"errors": [{"field": field, "reason": reason}]}
            ) from None
        shape_error = input_shape_error(ctx.endpoint, request)
        if shape_error is not None:
            field, reason = shape_error
            raise UnprocessableRequest(
                f"{field}: {reason}", extensions={"errors": [{"field": field, "reason": reason}]}
            )
        if ctx.tier.strict_unknown_fields:
            unknown = sorted(set(body) - KNOWN_FIELDS[ctx.endpoint])
            if unknown:
                raise UnprocessableRequest(
                    f"unknown field(s) {', '.join(unknown)}",
                    extensions={
                        "errors": [{"field": name, "reason": "unknown field"} for name in unknown]
                    },
                )
        ctx.stream = bool(body.get("stream", False))
        prompt = collect_prompt(ctx.endpoint, body)
        ctx.prompt_text = prompt.text
        ctx.prompt_segments = prompt.segments
