"""The text a model will read, with where each piece sits in the body.

Input inspection reads one joined string; redaction must then write back into the right
message, part or list item. Each `TextSegment` remembers the path of one string in the body
and its place in the joined text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SEPARATOR = "\n"
PathPart = str | int


@dataclass(frozen=True, slots=True)
class TextSegment:
    """One string of the body: its path, its [start, end) in the joined text, and the role of
    the chat message it belongs to (None for a completion prompt or an embedding input)."""

    path: tuple[PathPart, ...]
    start: int
    end: int
    role: str | None = None


@dataclass(frozen=True, slots=True)
class PromptText:
    """The joined text and its segments."""

    text: str
    segments: tuple[TextSegment, ...]


_Found = tuple[tuple[PathPart, ...], str, str | None]


def _strings(endpoint: str, body: dict[str, Any]) -> list[_Found]:
    found: list[_Found] = []
    if endpoint == "chat":
        for i, message in enumerate(body.get("messages") or []):
            if not isinstance(message, dict):
                continue
            content = message.get("content")
            role = message.get("role") if isinstance(message.get("role"), str) else None
            if isinstance(content, str):
                found.append((("messages", i, "content"), content, role))
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        path: tuple[PathPart, ...] = ("messages", i, "content", j, "text")
                        found.append((path, part["text"], role))
    else:
        field = {"completions": "prompt", "embeddings": "input"}.get(endpoint)
        value = body.get(field) if field else None
        if isinstance(value, str) and field:
            found.append(((field,), value, None))
        elif isinstance(value, list) and field:
            found.extend(
                ((field, i), item, None) for i, item in enumerate(value) if isinstance(item, str)
            )
    return found


def collect_prompt(endpoint: str, body: dict[str, Any]) -> PromptText:
    """The prompt of an OpenAI-format body, joined, with its segments."""
    segments: list[TextSegment] = []
    pieces: list[str] = []
    cursor = 0
    for path, text, role in _strings(endpoint, body):
        if pieces:
            cursor += len(SEPARATOR)
        segments.append(TextSegment(path, cursor, cursor + len(text), role))
        pieces.append(text)
        cursor += len(text)
    return PromptText(SEPARATOR.join(pieces), tuple(segments))


def write_back(body: dict[str, Any], segment: TextSegment, text: str) -> None:
    """Replace the string at `segment.path` in `body`."""
    target: Any = body
    for part in segment.path[:-1]:
        target = target[part]
    target[segment.path[-1]] = text
