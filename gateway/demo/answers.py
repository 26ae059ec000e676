"""What the demo model says: deterministic answers built from the request."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

POSITIVE = frozenset({"good", "great", "love", "excellent", "happy", "nice", "wonderful", "fine"})
NEGATIVE = frozenset({"bad", "awful", "hate", "terrible", "sad", "poor", "horrible", "worse"})


def last_user_text(messages: Any) -> str:
    """The text of the last user message, or ''."""
    if not isinstance(messages, list):
        return ""
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(
                    str(part.get("text", "")) for part in content if isinstance(part, dict)
                )
    return ""


def reply_words(prompt: str, max_tokens: int | None) -> list[str]:
    """The answer as a list of word tokens, cut at `max_tokens`."""
    words = (
        ["You", "said:", *prompt.split()] if prompt.strip() else ["Hello", "from", "the", "demo."]
    )
    if max_tokens is not None and max_tokens > 0:
        words = words[:max_tokens]
    return words


def count_tokens(text: str) -> int:
    """The demo's token count: whitespace-separated words (at least one)."""
    return max(1, len(text.split()))


def embedding(text: str, dimensions: int = 8) -> list[float]:
    """A deterministic unit-less vector from a hash of the text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    values = struct.unpack(f">{dimensions}H", digest[: dimensions * 2])
    return [round(value / 65535.0, 6) for value in values]


def sentiment(text: str) -> dict[str, Any]:
    """A word-count sentiment for the plain JSON endpoint."""
    words = [word.strip(".,!?").lower() for word in text.split()]
    score = sum(word in POSITIVE for word in words) - sum(word in NEGATIVE for word in words)
    label = "positive" if score > 0 else "negative" if score < 0 else "neutral"
    return {"label": label, "score": score}
