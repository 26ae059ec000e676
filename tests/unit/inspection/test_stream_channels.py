"""Every text a stream chunk carries is taken out for the guard, and what is left still says
what it said (a role, a tool call's id and name, a finish)."""

from __future__ import annotations

from typing import Any

from gateway.inspection.stream_channels import take_texts, text_choice, worth_sending


def test_each_chat_text_is_its_own_channel() -> None:
    """Content, reasoning, refusal and each tool call's arguments are taken apart."""
    choice: dict[str, Any] = {
        "index": 0,
        "delta": {
            "content": "Hello",
            "reasoning_content": "thinking",
            "refusal": "no",
            "tool_calls": [{"index": 1, "function": {"arguments": '{"a"'}}],
        },
        "finish_reason": None,
    }
    taken = take_texts(choice, chat=True)
    assert taken == [
        ("content", "Hello"),
        ("reasoning_content", "thinking"),
        ("refusal", "no"),
        ("tool_calls.1", '{"a"'),
    ]
    assert choice["delta"] == {}
    assert not worth_sending(choice, had_text=True, chat=True)


def test_a_tool_calls_first_chunk_keeps_its_id_and_name() -> None:
    """The call's id and name still go out at once; only its arguments wait for the guard."""
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": "lookup", "arguments": "{"}}  # fmt: skip
    choice: dict[str, Any] = {"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}
    assert take_texts(choice, chat=True) == [("tool_calls.0", "{")]
    assert choice["delta"]["tool_calls"][0]["function"] == {"name": "lookup", "arguments": ""}
    assert worth_sending(choice, had_text=True, chat=True)


def test_released_text_goes_back_on_its_channel() -> None:
    """A released piece is sent where it came from."""
    assert text_choice(0, "reasoning_content", "x")["delta"] == {"reasoning_content": "x"}
    assert text_choice(2, "tool_calls.3", "y")["delta"] == {
        "tool_calls": [{"index": 3, "function": {"arguments": "y"}}]
    }
    assert text_choice(0, "text", "z") == {"index": 0, "text": "z", "finish_reason": None}


def test_a_completion_chunk_streams_text() -> None:
    """A text completion's one channel is `text`; a finish still goes out without it."""
    choice: dict[str, Any] = {"index": 0, "text": "abc", "finish_reason": "stop"}
    assert take_texts(choice, chat=False) == [("text", "abc")]
    assert worth_sending(choice, had_text=True, chat=False)


def test_a_servers_empty_extras_do_not_make_an_event() -> None:
    """A text chunk with `stop_reason: null` sends its text only, not an empty event too."""
    choice: dict[str, Any] = {
        "index": 0, "delta": {"content": "x"}, "finish_reason": None, "stop_reason": None,
    }  # fmt: skip
    take_texts(choice, chat=True)
    assert not worth_sending(choice, had_text=True, chat=True)
    choice["stop_reason"] = 42
    assert worth_sending(choice, had_text=True, chat=True)
