"""Incremental Server-Sent Events framing: bytes in, whole events out."""

from __future__ import annotations

import re

_EVENT_END = re.compile(rb"\r\n\r\n|\n\n|\r\r")


class SSEFramer:
    """Cuts a byte stream into complete SSE events (each without its blank-line terminator)."""

    def __init__(self, max_event_bytes: int = 4 * 1024 * 1024) -> None:
        self._buffer = b""
        self._max_event_bytes = max_event_bytes

    def feed(self, chunk: bytes) -> list[bytes]:
        """The events completed by `chunk`."""
        self._buffer += chunk
        events: list[bytes] = []
        while True:
            match = _EVENT_END.search(self._buffer)
            if match is None:
                break
            events.append(self._buffer[: match.start()])
            self._buffer = self._buffer[match.end() :]
        if len(self._buffer) > self._max_event_bytes:
            raise ValueError("an SSE event from the upstream is too large")
        return events

    def leftover(self) -> bytes:
        """Bytes after the last complete event (a truncated stream leaves some)."""
        return self._buffer


def event_data(event: bytes) -> bytes | None:
    """The joined `data:` lines of an event, or None when it has none."""
    lines = [line for line in event.splitlines() if line.startswith(b"data:")]
    if not lines:
        return None
    return b"\n".join(line[5:].removeprefix(b" ") for line in lines)


def encode_event(data: bytes) -> bytes:
    """One `data:` event with its terminator."""
    return b"data: " + data + b"\n\n"
