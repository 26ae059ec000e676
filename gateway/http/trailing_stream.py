"""`TrailingStream`: a streamed response that ends with HTTP trailers, where they can be sent.

The moderation header of a stream leaves before the answer is inspected, so the final verdict
goes in a trailer as well as in the stream's last event. A trailer is sent only when the
caller asked for trailers (`TE: trailers`) and the server speaks the ASGI trailers extension
(uvicorn does on HTTP/2; its HTTP/1.1 protocols do not, and there the last event is what
callers read).

However the body ends (sent in full, the caller gone, a failed send), the body's iterator is
closed and then the background task runs: that task is how the handler ends the request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import anyio
from litestar.response import Stream
from litestar.response.streaming import ASGIStreamingResponse

if TYPE_CHECKING:
    from litestar.app import Litestar
    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection import Request
    from litestar.datastructures.cookie import Cookie
    from litestar.enums import MediaType
    from litestar.response.base import ASGIResponse
    from litestar.types import Receive, Scope, Send, TypeEncodersMap

Trailers = Callable[[], Mapping[str, str]]


def accepts_trailers(scope: Scope) -> bool:
    """Whether trailers can reach this caller: it said `TE: trailers`, the server can send."""
    extensions = scope.get("extensions") or {}
    if "http.response.trailers" not in extensions:
        return False
    return any(
        name.lower() == b"te" and b"trailers" in value.lower()
        for name, value in scope.get("headers", [])
    )


class _TrailingASGIResponse(ASGIStreamingResponse):
    """The ASGI side: announces the trailers, streams the body, then sends them; then, always,
    closes the body and runs the background task."""

    def __init__(self, *, trailers: Trailers, names: Iterable[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # One iterator, kept, so that it can be closed however the body ends.
        self.iterator = aiter(self.iterator)
        self._trailers = trailers
        self._names = tuple(names)
        self._send_trailers = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._send_trailers = accepts_trailers(scope)
        if self._send_trailers:
            self.headers.add("trailer", ", ".join(self._names))
        try:
            await self.start_response(send)
            await self.send_body(send, receive)
        finally:
            # A caller who hangs up cancels the body (Litestar's disconnect listener) and may
            # leave the iterator suspended at a `yield`: shielded, so the clean-up still runs.
            with anyio.CancelScope(shield=True):
                close = getattr(self.iterator, "aclose", None)
                if close is not None:
                    await close()
                await self.after_response()

    async def start_response(self, send: Send) -> None:
        # Litestar's event types predate the trailers extension, hence the untyped messages.
        start: Any = {
            "type": "http.response.start",
            "status": self.status_code,
            "headers": self.encode_headers(),
            "trailers": self._send_trailers,
        }
        await send(start)

    async def _stream(self, send: Send) -> None:
        await super()._stream(send)
        if self._send_trailers:
            headers = [(k.encode(), v.encode("latin-1")) for k, v in self._trailers().items()]
            trailers: Any = {
                "type": "http.response.trailers",
                "headers": headers,
                "more_trailers": False,
            }
            await send(trailers)


class TrailingStream(Stream):
    """A `Stream` whose `trailers()` are sent after the body to callers that accept them."""

    def __init__(self, content: Any, *, trailers: Trailers, names: Iterable[str], **kwargs: Any):
        super().__init__(content, **kwargs)
        self._trailers = trailers
        self._names = tuple(names)

    def to_asgi_response(
        self,
        app: Litestar | None,
        request: Request[Any, Any, Any],
        *,
        background: BackgroundTask | BackgroundTasks | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
        type_encoders: TypeEncodersMap | None = None,
    ) -> ASGIResponse:
        merged = {**headers, **self.headers} if headers is not None else dict(self.headers)
        return _TrailingASGIResponse(
            trailers=self._trailers,
            names=self._names,
            background=self.background or background,
            content_length=0,
            cookies=self.cookies if cookies is None else [*self.cookies, *cookies],
            encoded_headers=encoded_headers,
            encoding=self.encoding,
            headers=merged,
            is_head_response=is_head_response,
            iterator=self.iterator,
            media_type=str(self.media_type or media_type),
            status_code=self.status_code or status_code,
        )
