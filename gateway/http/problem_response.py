"""Turning a `GatewayError` into an HTTP response carrying its problem document."""

from __future__ import annotations

from litestar import Response

from gateway.errors import PROBLEM_CONTENT_TYPE, GatewayError, HeldForReview, problem_body

RESPOND_ASYNC = "respond-async"


def prefers_respond_async(prefer: str | None) -> bool:
    """Whether a `Prefer` header (RFC 7240) asks for `respond-async`: tokens are separated by
    commas, may carry `=value` and `;` parameters, and compare case-insensitively."""
    if not prefer:
        return False
    tokens = (item.split(";", 1)[0].split("=", 1)[0].strip().lower() for item in prefer.split(","))
    return RESPOND_ASYNC in tokens


def as_preferred(error: GatewayError, prefer: str | None) -> GatewayError:
    """A hold answered 202 when the caller prefers to poll, else `error` unchanged."""
    if isinstance(error, HeldForReview) and prefers_respond_async(prefer):
        return error.accepted()
    return error


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
