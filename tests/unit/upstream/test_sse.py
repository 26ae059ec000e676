"""SSE framing: whole events out, however the bytes were cut."""

from __future__ import annotations

import pytest

from gateway.upstream.sse import SSEFramer, event_data

STREAM = b'data: {"a": 1}\n\ndata: {"b": 2}\r\n\r\n: comment\n\ndata: [DONE]\n\n'


@pytest.mark.parametrize("cut", [1, 2, 3, 7, 16, len(STREAM)])
def test_events_are_whole_whatever_the_chunking(cut: int) -> None:
    """Feeding the stream in pieces of any size yields the same events."""
    framer = SSEFramer()
    events = []
    for start in range(0, len(STREAM), cut):
        events.extend(framer.feed(STREAM[start : start + cut]))
    assert [event_data(e) for e in events] == [b'{"a": 1}', b'{"b": 2}', None, b"[DONE]"]
    assert framer.leftover() == b""


def test_multi_line_data_is_joined() -> None:
    """Several `data:` lines in one event join with newlines, as the SSE spec says."""
    assert event_data(b"data: one\ndata: two") == b"one\ntwo"


def test_oversized_event_is_refused() -> None:
    """An upstream cannot make the gateway buffer without bound."""
    framer = SSEFramer(max_event_bytes=100)
    with pytest.raises(ValueError, match="too large"):
        framer.feed(b"data: " + b"x" * 200)
