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
    """One string of the body: its path, and its [start, end) in the joined text."""

    path: tuple[PathPart, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PromptText:
    """The joined text and its segments."""

    text: str
    segments: tuple[TextSegment, ...]


def _strings(endpoint: str, body: dict[str, Any]) -> list[tuple[tuple[PathPart, ...], str]]:
    found: list[tuple[tuple[PathPart, ...], str]] = []
    if endpoint == "chat":
        for i, message in enumerate(body.get("messages") or []):
            content = message.get("content") if isinstance(message, dict) else None
            if isinstance(content, str):
                found.append((("messages", i, "content"), content))
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        found.append((("messages", i, "content", j, "text"), part["text"]))
    else:
        field = {"completions": "prompt", "embeddings": "input"}.get(endpoint)
        value = body.get(field) if field else None
        if isinstance(value, str) and field:
            found.append(((field,), value))
        elif isinstance(value, list) and field:
            found.extend(
                ((field, i), item) for i, item in enumerate(value) if isinstance(item, str)
            )
    return found


def collect_prompt(endpoint: str, body: dict[str, Any]) -> PromptText:
    """The prompt of an OpenAI-format body, joined, with its segments."""
    segments: list[TextSegment] = []
    pieces: list[str] = []
    cursor = 0
    for path, text in _strings(endpoint, body):
        if pieces:
            cursor += len(SEPARATOR)
        segments.append(TextSegment(path, cursor, cursor + len(text)))
        pieces.append(text)
        cursor += len(text)
    return PromptText(SEPARATOR.join(pieces), tuple(segments))


def write_back(body: dict[str, Any], segment: TextSegment, text: str) -> None:
    """Replace the string at `segment.path` in `body`."""
    target: Any = body
    for part in segment.path[:-1]:
        target = target[part]
    target[segment.path[-1]] = text
