"""The OpenAI-compatible request bodies the gateway accepts, as msgspec structs.

Structs validate types and ranges; the raw decoded mapping is what is forwarded, so fields
the gateway does not model (vendor extensions such as vLLM's `guided_json`) pass through on
lenient tiers.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

PositiveInt = Annotated[int, Meta(ge=1)]
Temperature = Annotated[float, Meta(ge=0, le=2)]
Probability = Annotated[float, Meta(ge=0, le=1)]
Penalty = Annotated[float, Meta(ge=-2, le=2)]
ModelName = Annotated[str, Meta(min_length=1, max_length=256)]


class TextPart(Struct, tag_field="type", tag="text"):
    text: str


class ImagePart(Struct, tag_field="type", tag="image_url"):
    image_url: dict[str, Any]


class AudioPart(Struct, tag_field="type", tag="input_audio"):
    input_audio: dict[str, Any]


ContentPart = TextPart | ImagePart | AudioPart
Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class ChatMessage(Struct):
    role: Role
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None
    refusal: str | None = None


class SamplingFields(Struct, kw_only=True):
    """Fields shared by chat and text completions."""

    model: ModelName
    max_tokens: PositiveInt | None = None
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    temperature: Temperature | None = None
    top_p: Probability | None = None
    n: Annotated[int, Meta(ge=1, le=16)] | None = None
    stop: str | list[str] | None = None
    presence_penalty: Penalty | None = None
    frequency_penalty: Penalty | None = None
    logit_bias: dict[str, Annotated[float, Meta(ge=-100, le=100)]] | None = None
    seed: int | None = None
    user: Annotated[str, Meta(max_length=256)] | None = None


class ChatCompletionRequest(SamplingFields, kw_only=True):
    messages: Annotated[list[ChatMessage], Meta(min_length=1)]
    max_completion_tokens: PositiveInt | None = None
    logprobs: bool | None = None
    top_logprobs: Annotated[int, Meta(ge=0, le=20)] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    response_format: dict[str, Any] | None = None


class CompletionRequest(SamplingFields, kw_only=True):
    prompt: str | Annotated[list[Any], Meta(min_length=1)]
    logprobs: Annotated[int, Meta(ge=0, le=5)] | None = None
    echo: bool | None = None
    suffix: str | None = None
    best_of: Annotated[int, Meta(ge=1, le=16)] | None = None


class EmbeddingRequest(Struct, kw_only=True):
    model: ModelName
    input: str | Annotated[list[Any], Meta(min_length=1)]
    encoding_format: Literal["float", "base64"] | None = None
    dimensions: PositiveInt | None = None
    user: Annotated[str, Meta(max_length=256)] | None = None


REQUEST_SCHEMAS: dict[str, type[Struct]] = {
    "chat": ChatCompletionRequest,
    "completions": CompletionRequest,
    "embeddings": EmbeddingRequest,
}

KNOWN_FIELDS: dict[str, frozenset[str]] = {
    endpoint: frozenset(schema.__struct_fields__) for endpoint, schema in REQUEST_SCHEMAS.items()
}


def input_shape_error(endpoint: str, request: Struct) -> tuple[str, str] | None:
    """(field, reason) when a prompt or input list mixes shapes; msgspec cannot say it alone.

    The OpenAI API takes a string, a list of strings, a list of token ids, or a list of lists of
    token ids, and nothing in between.
    """
    if isinstance(request, CompletionRequest):
        field, value = "prompt", request.prompt
    elif isinstance(request, EmbeddingRequest):
        field, value = "input", request.input
    else:
        return None
    if isinstance(value, str):
        return None
    if all(isinstance(item, str) for item in value):
        return None
    if all(isinstance(item, int) and not isinstance(item, bool) for item in value):
        return None
    if all(
        isinstance(item, list)
        and item
        and all(isinstance(token, int) and not isinstance(token, bool) for token in item)
        for item in value
    ):
        return None
    return field, "must be a string, a list of strings, or token ids; not a mixture"


def validation_message(error: msgspec.ValidationError) -> tuple[str, str]:
    """(field path, reason) from msgspec's message, e.g. ('max_tokens', 'Expected `int` ...')."""
    text = str(error)
    reason, sep, where = text.rpartition(" - at `")
    if not sep:
        return "$", text
    return where.rstrip("`").removeprefix("$.").removeprefix("$") or "$", reason
