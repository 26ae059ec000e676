"""Problem documents for what Litestar refuses before a handler runs (404, 405, bad params)."""

from __future__ import annotations

import structlog
from litestar import Response
from litestar.exceptions import HTTPException

from gateway.errors import FrameworkRefusal, InternalError
from gateway.http.problem_response import problem_response
from gateway.http.proxy_handler import AnyRequest
from gateway.http.request_ids import request_id_from

_log = structlog.get_logger("gateway.http")

_TYPES = {
    400: "invalid-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "body-too-large",
    415: "unsupported-media-type",
    429: "rate-limited",
}


def _request_id(request: AnyRequest) -> str:
    state = request.scope.get("state", {})
    existing = state.get("request_id")
    if isinstance(existing, str):
        return existing
    request_id = request_id_from(request.headers.get("x-request-id"))
    state["request_id"] = request_id
    return request_id


def http_exception_handler(request: AnyRequest, exc: HTTPException) -> Response[bytes]:
    """Litestar's HTTP exceptions as problem documents with a stable type."""
    error = FrameworkRefusal(str(exc.detail))
    error.status = exc.status_code
    error.type_name = _TYPES.get(exc.status_code, "http-error")
    error.title = error.type_name.replace("-", " ").capitalize()
    return problem_response(error, _request_id(request), dict(exc.headers or {}))


def unexpected_exception_handler(request: AnyRequest, exc: Exception) -> Response[bytes]:
    """Anything unforeseen: logged with the request id, answered without internals."""
    request_id = _request_id(request)
    _log.exception("unhandled_exception", request_id=request_id, path=request.scope.get("path"))
    return problem_response(InternalError("the gateway failed; quote the request id"), request_id)
