"""Redact-and-release: the spans detectors find in a withheld answer or request are masked.

Every span finding of the tier's inspector is replaced (not only those a `redact` rule names):
the reviewer chose to release the text without what the detectors point at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from gateway.inspection.inspector import Inspector
from gateway.inspection.redaction import redact
from gateway.schemas.answer_text import answer_slots


def prompt_slots(body: Any) -> Iterator[tuple[dict[str, Any], str]]:
    """(holder, key) of each text a request body sends: message contents, or the prompt."""
    if not isinstance(body, dict):
        return
    if isinstance(body.get("prompt"), str):
        yield body, "prompt"
    messages = body.get("messages")
    for message in messages if isinstance(messages, list) else []:
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            yield message, "content"


async def redact_document(text: str, inspector: Inspector, *, request: bool) -> str:
    """The JSON document `text` (a request body or an answer) with detected spans masked."""
    document = json.loads(text)
    slots = prompt_slots(document) if request else answer_slots(document)
    for holder, key in list(slots):
        findings = await inspector.inspect(holder[key])
        holder[key] = redact(holder[key], findings)
    return json.dumps(document)
