"""The answer text of a choice, and the endpoint paths: each read from its one table."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.schemas.answer_text import answer_slots, answer_text
from gateway.schemas.endpoint_paths import route_path


@pytest.mark.parametrize(
    ("document", "text"),
    [
        ({"choices": [{"message": {"content": "hi"}}]}, "hi"),
        ({"choices": [{"text": "a"}, {"text": "b"}]}, "a\nb"),
        ({"choices": [{"message": {"content": None}, "text": "legacy"}]}, "legacy"),
        ({"choices": [{"message": {"tool_calls": []}}]}, ""),
        ({"choices": ["not a choice", {"message": {"content": "kept"}}]}, "kept"),
        ({"choices": "nope"}, ""),
        ([], ""),
    ],
)
def test_answer_text_reads_each_choice(document: Any, text: str) -> None:
    """A chat message's content, else a choice's text; anything else contributes nothing."""
    assert answer_text(document) == text


def test_answer_slots_point_at_writable_fields() -> None:
    """Writing through a slot changes the document (redaction relies on it)."""
    document = {"choices": [{"message": {"content": "card 4111"}}]}
    for holder, key in answer_slots(document):
        holder[key] = "card [REDACTED]"
    assert answer_text(document) == "card [REDACTED]"


@pytest.mark.parametrize(
    ("endpoint", "path"),
    [
        ("chat", "/v1/chat/completions"),
        ("completions", "/v1/completions"),
        ("embeddings", "/v1/embeddings"),
        ("infer", "/v1/models/m/infer"),
    ],
)
def test_route_paths(endpoint: Any, path: str) -> None:
    """The gateway path a caller uses for each endpoint of model `m`."""
    assert route_path(endpoint, "m") == path
