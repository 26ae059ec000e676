"""The developer's side of human review: poll a case, register a webhook, report, appeal.

    GET  /v1/reviews/{case_id}          pending (202), the released answer (200) or a refusal
    POST /v1/reviews/{case_id}/webhook  {url, secret}: a signed POST when the case is decided
    POST /v1/reports                    {request_id, kind: report|appeal, comment, excerpt}
    POST /v1/appeals                    {request_id or case_id, comment}: same as kind=appeal

Every route takes the caller's API key and runs its pipeline (`pipeline/review_assembly.py`);
a case is visible only to the account that raised it.
"""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath

from gateway.http.openapi_responses import API_KEY, problem_responses
from gateway.http.proxy_handler import AnyRequest, ProxyHandler
from gateway.http.trailing_stream import TrailingStream
from gateway.pipeline.review_assembly import ReviewPipelines

PROBLEMS = problem_responses()
PENDING = ResponseSpec(
    data_container=dict[str, Any],
    description="Still waiting for a reviewer",
    generate_examples=False,
)
EXISTING = ResponseSpec(
    data_container=dict[str, Any],
    description="The open case this request already has (a repeat report or appeal)",
    generate_examples=False,
)


def review_routes(handler: ProxyHandler, pipelines: ReviewPipelines) -> list[HTTPRouteHandler]:
    """Route handlers bound to this app's review pipelines."""

    @get(
        "/v1/reviews/{case_id:str}",
        tags=["developer"],
        summary="The outcome of a held request",
        security=API_KEY,
        responses={202: PENDING, **PROBLEMS},
    )
    async def poll(request: AnyRequest, case_id: FromPath[str]) -> Response[bytes] | TrailingStream:
        return await handler.handle(request, pipelines.poll, None, "reviews", case_id=case_id)

    @post(
        "/v1/reviews/{case_id:str}/webhook",
        tags=["developer"],
        summary="Be told by a signed webhook when the case is decided",
        status_code=200,
        security=API_KEY,
        responses=PROBLEMS,
    )
    async def webhook(
        request: AnyRequest, case_id: FromPath[str]
    ) -> Response[bytes] | TrailingStream:
        return await handler.handle(
            request, pipelines.webhook, None, "review-webhook", case_id=case_id
        )

    @post(
        "/v1/reports",
        tags=["developer"],
        summary="Report a harmful answer, or appeal a refusal",
        status_code=201,
        security=API_KEY,
        responses={200: EXISTING, **PROBLEMS},
    )
    async def report(request: AnyRequest) -> Response[bytes] | TrailingStream:
        return await handler.handle(request, pipelines.report, None, "reports")

    @post(
        "/v1/appeals",
        tags=["developer"],
        summary="Appeal a refusal (same as kind=appeal)",
        status_code=201,
        security=API_KEY,
        responses={200: EXISTING, **PROBLEMS},
    )
    async def appeal(request: AnyRequest) -> Response[bytes] | TrailingStream:
        return await handler.handle(request, pipelines.appeal, None, "appeals")

    return [poll, webhook, report, appeal]
