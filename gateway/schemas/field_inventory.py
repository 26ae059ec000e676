"""Every field of every request and answer, and what inspection does with it: the one list.

Each endpoint's body is described as a tree of nodes (`field_nodes.py`). A leaf says what
happens to the value:

- `Text`: read by the model or the caller, so inspected; redactions land in place.
- `Schema`: JSON the model reads as a whole (tool parameters, response schemas, plain-JSON
  model bodies, fields the gateway does not know): every string and key is inspected (not
  JSON Schema's own keywords; for plain-JSON models, not the keys or one-word labels).
- `Streamed`: text an upstream stream sends in pieces; inspected behind the hold-back window.
- `Passed`: not prose (numbers, flags, enums, ids): forwarded unchanged.
- `Opaque`: content the gateway cannot read (images, audio, token ids): forwarded under
  lenient profiles, refused (requests) or withheld (answers) by profiles that set
  `refuse_uninspectable`.
- `Shadow`: a token-level copy of a choice's text (logprobs); dropped when that text was
  redacted, since it would carry the redacted characters.

Fields missing from an `Object` are *unknown*: their strings are inspected like a `Schema`,
and a request carrying one is refused by profiles that set `refuse_uninspectable` (the gateway
cannot tell how the model uses them). `prompt_text.collect_texts` walks these trees; the table
in docs/detectors.md ("Field inventory") is generated from them (`inventory_markdown.py`).
"""

from __future__ import annotations

from collections.abc import Mapping

from gateway.schemas.field_nodes import (
    Either,
    ImageUrl,
    Items,
    Node,
    Object,
    Opaque,
    Parts,
    Passed,
    Schema,
    Shadow,
    Streamed,
    Text,
)

_TOKEN_IDS = Opaque("token ids: the gateway has no tokenizer to read them")


def _prompt(note: str) -> Either:
    return Either(Text(note), Items(Either(Text(note), _TOKEN_IDS, _TOKEN_IDS)), None)


_SAMPLING: dict[str, Node] = {
    "model": Passed("the catalogue name; replaced by the upstream's"),
    "max_tokens": Passed(),
    "stream": Passed(),
    "stream_options": Passed("include_usage is set by the gateway"),
    "temperature": Passed(),
    "top_p": Passed(),
    "n": Passed(),
    "stop": Either(Text("stop sequences reach the upstream"), Items(Text())),
    "presence_penalty": Passed(),
    "frequency_penalty": Passed(),
    "logit_bias": Opaque("token ids that steer the answer"),
    "seed": Passed(),
    "user": Text("an end-user id; personal data here reaches the upstream"),
}

_FUNCTION_CALL = Object(
    {
        "name": Text("read by the model"),
        "arguments": Text(
            "JSON text the model reads as its own earlier call", alone=True, json=True
        ),
    }
)

_CONTENT_PARTS = Parts(
    {
        "text": Object({"type": Passed(), "text": Text()}),
        "image_url": Object(
            {
                "type": Passed(),
                "image_url": Object({"url": ImageUrl(), "detail": Passed()}),
            }
        ),
        "input_audio": Object({"type": Passed(), "input_audio": Opaque("audio")}),
    }
)

CHAT_REQUEST = Object(
    {
        **_SAMPLING,
        "messages": Items(
            Object(
                {
                    "role": Passed(),
                    "name": Text("a participant's name, shown to the model"),
                    "content": Either(Text(), _CONTENT_PARTS),
                    "refusal": Text(),
                    # A call is the caller's text as much as a message is: judged alone.
                    "tool_calls": Items(
                        Object(
                            {"id": Passed(), "type": Passed(), "function": _FUNCTION_CALL},
                            unit=True,
                        )
                    ),
                    "tool_call_id": Passed(),
                },
                unit=True,
            )
        ),
        "max_completion_tokens": Passed(),
        "logprobs": Passed(),
        "top_logprobs": Passed(),
        "tools": Items(
            Object(
                {
                    "type": Passed(),
                    "function": Object(
                        {
                            "name": Text(),
                            "description": Text(
                                "the model reads it to decide on a call", alone=True
                            ),
                            "parameters": Schema("property names, descriptions, enums"),
                            "strict": Passed(),
                        }
                    ),
                },
                unit=True,
            )
        ),
        "tool_choice": Passed("names a tool given in `tools`"),
        "parallel_tool_calls": Passed(),
        "response_format": Object(
            {
                "type": Passed(),
                "json_schema": Object(
                    {
                        "name": Text(),
                        "description": Text(alone=True),
                        "schema": Schema("the model writes to it"),
                        "strict": Passed(),
                    }
                ),
            },
            unit=True,
        ),
    }
)

COMPLETION_REQUEST = Object(
    {
        **_SAMPLING,
        "prompt": _prompt("each list item is judged alone"),
        "suffix": Text("the text after the insertion point"),
        "logprobs": Passed(),
        "echo": Passed(),
        "best_of": Passed(),
    }
)

EMBEDDING_REQUEST = Object(
    {
        "model": Passed("the catalogue name; replaced by the upstream's"),
        "input": _prompt("each list item is judged alone"),
        "encoding_format": Passed(),
        "dimensions": Passed(),
        "user": Text("an end-user id; personal data here reaches the upstream"),
    }
)

INFER_REQUEST = Schema(
    "a plain-JSON model: the gateway knows no schema, so it reads every string", keys=False
)

REQUEST_INVENTORY: Mapping[str, Node] = {
    "chat": CHAT_REQUEST,
    "completions": COMPLETION_REQUEST,
    "embeddings": EMBEDDING_REQUEST,
    "infer": INFER_REQUEST,
}

_ENVELOPE: dict[str, Node] = {
    "id": Passed(),
    "object": Passed(),
    "created": Passed(),
    "model": Passed(),
    "system_fingerprint": Passed(),
    "service_tier": Passed(),
}
_USAGE = Object(
    {
        "prompt_tokens": Passed(),
        "completion_tokens": Passed(),
        "total_tokens": Passed(),
        "prompt_tokens_details": Passed(),
        "completion_tokens_details": Passed(),
    }
)
_LOGPROBS = Shadow("the answer again, token by token")
_ANSWER_TOOL_CALLS = Items(
    Object(
        {
            "id": Passed(),
            "type": Passed(),
            "function": Object({"name": Text(), "arguments": Text("JSON text", json=True)}),
        }
    )
)

ANSWER = Object(
    {
        **_ENVELOPE,
        "choices": Items(
            Object(
                {
                    "index": Passed(),
                    "finish_reason": Passed(),
                    "logprobs": _LOGPROBS,
                    "text": Text("a completion's text"),
                    "message": Object(
                        {
                            "role": Passed(),
                            "content": Text(),
                            "refusal": Text(),
                            "reasoning_content": Text("vLLM and DeepSeek reasoning"),
                            "reasoning": Text("other servers' reasoning"),
                            "tool_calls": _ANSWER_TOOL_CALLS,
                            "function_call": _FUNCTION_CALL,
                            "audio": Object(
                                {
                                    "id": Passed(),
                                    "expires_at": Passed(),
                                    "data": Opaque("audio"),
                                    "transcript": Text(),
                                }
                            ),
                        }
                    ),
                },
                unit=True,
            )
        ),
        "usage": _USAGE,
    }
)

_STREAMED_TOOL_CALLS = Items(
    Object(
        {
            "index": Passed(),
            "id": Passed(),
            "type": Passed(),
            "function": Object({"name": Text(), "arguments": Streamed("JSON text, in pieces")}),
        }
    )
)

CHUNK = Object(
    {
        **_ENVELOPE,
        "choices": Items(
            Object(
                {
                    "index": Passed(),
                    "finish_reason": Passed(),
                    "logprobs": _LOGPROBS,
                    "text": Streamed("a completion's text"),
                    "delta": Object(
                        {
                            "role": Passed(),
                            "content": Streamed(),
                            "refusal": Streamed(),
                            "reasoning_content": Streamed(),
                            "reasoning": Streamed(),
                            "tool_calls": _STREAMED_TOOL_CALLS,
                        }
                    ),
                },
                unit=True,
            )
        ),
        "usage": _USAGE,
        "error": Object(
            {
                "message": Text("an upstream error may quote the answer"),
                "type": Passed(),
                "code": Passed(),
                "param": Passed(),
            }
        ),
    }
)

EMBEDDINGS_ANSWER = Object(
    {
        "object": Passed(),
        "model": Passed(),
        "data": Items(
            Object({"object": Passed(), "index": Passed(), "embedding": Passed("numbers")})
        ),
        "usage": _USAGE,
    }
)

RESPONSE_INVENTORY: Mapping[str, Node] = {
    "chat": ANSWER,
    "completions": ANSWER,
    "embeddings": EMBEDDINGS_ANSWER,
    "infer": Schema(
        "a plain-JSON model's answer: every string but one-word labels", keys=False, labels=False
    ),
}
STREAM_INVENTORY: Mapping[str, Node] = {"chat": CHUNK, "completions": CHUNK}
