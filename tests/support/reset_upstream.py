"""An upstream that resets every POST once it has read the request head.

No HTTP framework can do this on purpose, so it is a raw socket server on its own thread:
`SO_LINGER` with a zero timeout turns `close()` into a TCP RST, as a crashing model server
or a middlebox dropping the connection would. `GET /v1/models` (the readiness check) is
answered normally, so replicas in front of it still report ready.
"""

from __future__ import annotations

import socket
import struct
import threading

_MODELS = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 27\r\n"
    b"connection: close\r\n\r\n"
    b'{"object":"list","data":[]}'
)


class ResettingUpstream:
    """Accepts, reads up to the end of the headers, then resets the connection (GETs aside)."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self.resets = 0
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ResettingUpstream:
        """Start accepting connections."""
        self._thread.start()
        return self

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                received = b""
                try:
                    while b"\r\n\r\n" not in received:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        received += chunk
                except OSError:
                    pass
                if received.startswith(b"GET "):
                    conn.sendall(_MODELS)
                    continue
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.resets += 1

    def stop(self) -> None:
        """Stop accepting and close the listener."""
        self._stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()
