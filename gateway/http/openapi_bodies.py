"""OpenAPI request bodies for routes that read their body themselves.

The developer routes parse the raw body inside the pipeline (after authentication), so
Litestar cannot infer their request schema. These operation classes add it, generated from
the same msgspec structs the pipeline validates with, with references inlined (none are
recursive) so that each operation's schema stands alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import msgspec
from litestar.openapi.spec import Operation

from gateway.schemas.openai_requests import (
    ChatCompletionRequest,
    CompletionRequest,
    EmbeddingRequest,
)

_REF_PREFIX = "#/$defs/"


def _inline(node: Any, definitions: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
            return _inline(definitions[ref.removeprefix(_REF_PREFIX)], definitions)
        return {key: _inline(value, definitions) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    return node


def standalone_schema(struct: type[msgspec.Struct]) -> dict[str, Any]:
    """The JSON schema of `struct` with every reference inlined."""
    schema = msgspec.json.schema(struct)
    return dict(_inline(schema, schema.get("$defs", {})))


@dataclass
class _JsonBodyOperation(Operation):
    body_schema: ClassVar[dict[str, Any]] = {"type": "object"}
    streams: ClassVar[bool] = False

    def to_schema(self) -> dict[str, Any]:
        document = super().to_schema()
        document["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": self.body_schema}},
        }
        success = document.get("responses", {}).get("200")
        if self.streams and isinstance(success, dict):
            # With `"stream": true` the same route answers with server-sent events.
            success.setdefault("content", {})["text/event-stream"] = {"schema": {"type": "string"}}
        return document


def json_body_operation(
    struct: type[msgspec.Struct] | None, *, streams: bool = False
) -> type[Operation]:
    """An operation class documenting `struct` (or any JSON object) as the request body."""
    schema = standalone_schema(struct) if struct is not None else {"type": "object"}
    return type(
        f"{struct.__name__ if struct else 'JsonObject'}Operation",
        (_JsonBodyOperation,),
        {"body_schema": schema, "streams": streams},
    )


CHAT_OPERATION = json_body_operation(ChatCompletionRequest, streams=True)
COMPLETION_OPERATION = json_body_operation(CompletionRequest, streams=True)
EMBEDDING_OPERATION = json_body_operation(EmbeddingRequest)
INFER_OPERATION = json_body_operation(None)
