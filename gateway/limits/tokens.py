"""A cheap prompt-size estimate and the token reservation taken before forwarding.

No tokenizer: the estimate is UTF-8 bytes / 4, rounded up (about right for English with
BPE tokenizers; it under-counts CJK text by roughly a quarter), plus a fixed overhead per
chat message for the role and separators. It only has to be close: settlement replaces
the reservation with the upstream's reported usage.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Final

BYTES_PER_TOKEN: Final = 4
MESSAGE_OVERHEAD: Final = 4
"""Tokens a chat template adds per message (role markers and separators)."""
REPLY_PRIMING: Final = 3
"""Tokens that start the assistant's reply in OpenAI-style chat templates."""
NON_TEXT_PART: Final = 256
"""A flat charge for an image or audio part, whose real cost depends on the model."""
DEFAULT_COMPLETION_RESERVE: Final = 1024
"""Reserved for the answer when neither the request nor the tier sets `max_tokens`."""


def estimate_prompt_tokens(prompt: object) -> int:
    """Estimate the prompt tokens of a chat `messages` list, a prompt, or embedding `input`.

    Accepts what the OpenAI API accepts: a string, a list of strings, a list of token ids,
    a list of token-id lists, or a list of chat messages (mappings).
    """
    if isinstance(prompt, str):
        return _text_tokens(prompt)
    if isinstance(prompt, Sequence) and not isinstance(prompt, bytes | bytearray):
        if all(isinstance(item, Mapping) for item in prompt) and prompt:
            return REPLY_PRIMING + sum(_message_tokens(m) for m in prompt)
        # Token ids are already tokens: one each.
        return sum(1 if _is_token_id(item) else estimate_prompt_tokens(item) for item in prompt)
    if isinstance(prompt, Mapping):
        return _message_tokens(prompt)
    return 0


def reservation_for(
    prompt_estimate: int,
    requested_max_tokens: int | None,
    cap: int | None,
    *,
    default_completion: int = DEFAULT_COMPLETION_RESERVE,
) -> int:
    """Tokens to reserve: the prompt estimate plus the answer's ceiling, capped by the tier.

    The answer's ceiling is the request's `max_tokens`, else the tier's cap, else
    `default_completion`; it never exceeds the cap. Embeddings pass `requested_max_tokens=0`.
    """
    completion = requested_max_tokens
    if completion is None:
        completion = cap if cap is not None else default_completion
    if cap is not None:
        completion = min(completion, cap)
    return max(0, prompt_estimate) + max(0, completion)


def _text_tokens(text: str) -> int:
    return math.ceil(len(text.encode("utf-8")) / BYTES_PER_TOKEN)


def _is_token_id(item: object) -> bool:
    return isinstance(item, int) and not isinstance(item, bool)


def _message_tokens(message: Mapping[object, object]) -> int:
    # Every string in the message counts (role, name, content, tool-call arguments):
    # they all reach the model through the chat template.
    return MESSAGE_OVERHEAD + _strings_tokens(message)


def _strings_tokens(value: object) -> int:
    if isinstance(value, str):
        return _text_tokens(value)
    if isinstance(value, Mapping):
        if value.get("type") in ("image_url", "input_image", "input_audio", "image"):
            return NON_TEXT_PART
        return sum(_strings_tokens(v) for k, v in value.items() if k != "type")
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return sum(_strings_tokens(v) for v in value)
    return 0


__all__ = [
    "BYTES_PER_TOKEN",
    "DEFAULT_COMPLETION_RESERVE",
    "MESSAGE_OVERHEAD",
    "estimate_prompt_tokens",
    "reservation_for",
]
