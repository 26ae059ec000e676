"""The text of each choice in a whole chat or text completion, found in one place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def answer_slots(document: Any) -> Iterator[tuple[dict[str, Any], str]]:
    """(holder, key) of each choice's text: a chat message's `content`, else a choice's `text`."""
    choices = document.get("choices") if isinstance(document, dict) else None
    for choice in choices if isinstance(choices, list) else []:
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            yield message, "content"
        elif isinstance(choice.get("text"), str):
            yield choice, "text"


def answer_text(document: Any) -> str:
    """The generated text of a chat or text completion (all choices, one per line)."""
    return "\n".join(holder[key] for holder, key in answer_slots(document))
