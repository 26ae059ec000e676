"""`ProxyHandler`: one HTTP request in, one pipeline run, one response out (plain or streamed)."""

from __future__ import annotations

from typing import Any

import structlog
from litestar import Request, Response
from litestar.background_tasks import BackgroundTask

from gateway.errors import BodyTooLarge, GatewayError, InternalError
from gateway.http.problem_response import as_preferred, problem_response
from gateway.http.request_ids import caller_request_id, new_request_id
from gateway.http.trailing_stream import TrailingStream
from gateway.limits.auth_throttle import client_address
from gateway.pipeline.context import RequestContext
from gateway.pipeline.stage import Pipeline
from gateway.policy.catalog import Endpoint

_log = structlog.get_logger("gateway.request")

AnyRequest = Request[Any, Any, Any]

MODERATION_HEADER = "x-modelgate-moderation"
# A stream's header is sent before its answer is inspected: it tells the input's verdict and
# says the answer's is still to come (in the last event, and the trailer).
STREAM_PENDING = "; output=pending"


async def read_body(request: AnyRequest, limit: int) -> bytes:
    """The whole body, refusing anything over `limit` bytes before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the body is {declared} bytes; the limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class ProxyHandler:
    """Runs the pipeline for one request and shapes its response."""

    def __init__(self, max_body_bytes: int, trusted_proxies: frozenset[str]) -> None:
        self._max_body_bytes = max_body_bytes
        self._trusted_proxies = trusted_proxies

    async def handle(
        self,
        request: AnyRequest,
        pipeline: Pipeline,
        endpoint: Endpoint | None,
        route: str,
        path_model: str | None = None,
        terms_id: str | None = None,
        case_id: str | None = None,
    ) -> Response[bytes] | TrailingStream:
        headers = request.headers
        request_id = new_request_id()
        request.scope["state"]["request_id"] = request_id
        client = request.scope.get("client")
        ctx = RequestContext(
            request_id=request_id,
            endpoint=endpoint,
            method=request.method,
            path=request.scope["path"],
            client_address=client_address(
                client[0] if client else None, headers, self._trusted_proxies
            ),
            authorization=headers.get("authorization"),
            content_type=headers.get("content-type"),
            raw_body=b"",
            route=route,
            path_model=path_model,
            terms_id=terms_id,
            case_id=case_id,
            body_reader=lambda: read_body(request, self._max_body_bytes),
            caller_request_id=caller_request_id(headers.get("x-request-id")),
        )
        response: Response[bytes] | TrailingStream
        try:
            await pipeline(ctx)
            response = await self._reply(ctx)
        except GatewayError as error:
            response = await self._refuse(ctx, as_preferred(error, headers.get("prefer")))
        except Exception:
            _log.exception("request_failed", request_id=request_id, endpoint=endpoint)
            response = await self._refuse(
                ctx, InternalError("the gateway failed; quote the request id")
            )
        # The one end of every request, plain or streamed: the pipeline's finishers, once the
        # response is out (a stream's once its relay has ended, however; see TrailingStream).
        response.background = BackgroundTask(pipeline.finish, ctx)
        return response

    def _common_headers(self, ctx: RequestContext) -> dict[str, str]:
        headers = ctx.response_headers
        headers["x-request-id"] = ctx.request_id
        headers[MODERATION_HEADER] = ctx.moderation.header_value()
        return headers

    async def _reply(self, ctx: RequestContext) -> Response[bytes] | TrailingStream:
        reply = ctx.reply
        assert reply is not None
        ctx.status = reply.status
        headers = {**reply.headers, **self._common_headers(ctx)}
        if reply.stream is not None:
            headers["cache-control"] = "no-cache"
            headers["x-accel-buffering"] = "no"
            headers.pop("content-type", None)
            headers[MODERATION_HEADER] += STREAM_PENDING
            return TrailingStream(
                reply.stream,
                trailers=lambda: {MODERATION_HEADER: ctx.moderation.header_value()},
                names=(MODERATION_HEADER,),
                status_code=reply.status,
                media_type="text/event-stream",
                headers=headers,
            )
        headers.pop("content-type", None)
        await ctx.answer_ready()  # the commit durability mode: the record first
        return Response(
            content=reply.body,
            status_code=reply.status,
            media_type="application/json",
            headers=headers,
        )

    async def _refuse(self, ctx: RequestContext, error: GatewayError) -> Response[bytes]:
        ctx.status = error.status
        ctx.refusal = error
        try:
            await ctx.answer_ready()  # a refusal is an answer too
        except GatewayError as unrecorded:
            ctx.status, ctx.refusal, error = unrecorded.status, unrecorded, unrecorded
        return problem_response(error, ctx.request_id, self._common_headers(ctx))
