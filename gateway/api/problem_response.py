"""Turning a `GatewayError` into an HTTP response carrying its problem document."""

from __future__ import annotations

from litestar import Response

from gateway.errors import PROBLEM_CONTENT_TYPE, GatewayError, problem_body


def problem_response(
    error: GatewayError, request_id: str | None, extra_headers: dict[str, str] | None = None
) -> Response[bytes]:
    """The RFC 9457 response for `error`."""
    headers = dict(extra_headers or {})
    headers.update(error.headers)
    return Response(
        content=problem_body(error, request_id=request_id),
        status_code=error.status,
        media_type=PROBLEM_CONTENT_TYPE,
        headers=headers,
    )
