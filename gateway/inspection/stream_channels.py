"""The texts a stream chunk carries in pieces, taken out of it and put back once checked.

A chat choice streams several texts at once: `content`, `reasoning_content` (or `reasoning`),
`refusal`, and each tool call's `arguments`; a text completion streams `text`. Each is a
*channel* with its own hold-back guard (the `Streamed` fields of the field inventory's
`CHUNK`). What is left of the chunk once they are taken out (role, tool-call ids and names,
finish reasons, unknown fields) is inspected whole and sent as it is.
"""

from __future__ import annotations

from typing import Any

# Channels of a chat delta that are plain strings; tool calls are `tool_calls.<index>`.
DELTA_TEXTS = ("content", "reasoning_content", "reasoning", "refusal")
TEXT = "text"
_TOOL_PREFIX = "tool_calls."


def take_texts(choice: dict[str, Any], chat: bool) -> list[tuple[str, str]]:
    """(channel, text) of each streamed text in `choice`, removed from it (in place)."""
    taken: list[tuple[str, str]] = []
    if not chat:
        text = choice.pop(TEXT, None)
        if isinstance(text, str) and text:
            taken.append((TEXT, text))
        return taken
    delta = choice.get("delta")
    if not isinstance(delta, dict):
        return taken
    for key in DELTA_TEXTS:
        value = delta.get(key)
        if isinstance(value, str):
            del delta[key]
            if value:
                taken.append((key, value))
    calls = delta.get("tool_calls")
    if isinstance(calls, list):
        kept = []
        for position, call in enumerate(calls):
            if not isinstance(call, dict):
                kept.append(call)
                continue
            index = call.get("index") if isinstance(call.get("index"), int) else position
            function = call.get("function")
            arguments = function.get("arguments") if isinstance(function, dict) else None
            if isinstance(arguments, str) and isinstance(function, dict):
                if arguments:
                    taken.append((f"{_TOOL_PREFIX}{index}", arguments))
                # The call's first chunk (id, name) still goes out, with empty arguments.
                function["arguments"] = ""
                if set(call) <= {"index", "function"} and set(function) <= {"arguments"}:
                    continue
            kept.append(call)
        if kept:
            delta["tool_calls"] = kept
        else:
            del delta["tool_calls"]
    return taken


def worth_sending(choice: dict[str, Any], had_text: bool, chat: bool) -> bool:
    """Whether what is left of a choice still says something (a role, a call, a finish)."""
    if choice.get("finish_reason") is not None:
        return True
    # Servers add their own fields to every choice (vLLM's `stop_reason: null`): only a value
    # makes a choice worth an event of its own.
    known = {"index", "finish_reason", "logprobs", "delta", TEXT}
    if any(value is not None for key, value in choice.items() if key not in known):
        return True
    if chat:
        return bool(choice.get("delta"))
    return not had_text


def text_choice(index: int, channel: str, text: str) -> dict[str, Any]:
    """A choice carrying `text` released on `channel`."""
    if channel == TEXT:
        return {"index": index, "text": text, "finish_reason": None}
    if channel.startswith(_TOOL_PREFIX):
        call = {"index": int(channel.removeprefix(_TOOL_PREFIX)), "function": {"arguments": text}}
        return {"index": index, "delta": {"tool_calls": [call]}, "finish_reason": None}
    return {"index": index, "delta": {channel: text}, "finish_reason": None}
