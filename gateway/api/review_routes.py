"""The developer's side of human review: poll a case, register a webhook, report, appeal.

    GET  /v1/reviews/{case_id}          pending (202), the released answer (200) or a refusal
    POST /v1/reviews/{case_id}/webhook  {url, secret}: a signed POST when the case is decided
    POST /v1/reports                    {request_id, kind: report|appeal, comment, excerpt}
    POST /v1/appeals                    {request_id or case_id, comment}: same as kind=appeal

Every route takes the caller's API key; a case is visible only to the account that raised it.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec
from litestar import Request, Response, get, post
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath

from gateway.access.authenticator import KeyAuthenticator
from gateway.access.key_record import KeyRecord
from gateway.api.openapi_responses import API_KEY, problem_responses
from gateway.api.problem_response import problem_response
from gateway.api.request_ids import request_id_from
from gateway.errors import GatewayError, InvalidRequest
from gateway.review.release import status_document
from gateway.review.service import ReviewService
from gateway.schemas.json_body import decode_json_body

AnyRequest = Request[Any, Any, Any]


class ReportBody(msgspec.Struct, forbid_unknown_fields=True):
    """A report of a harmful answer, or an appeal of a refusal."""

    request_id: str = ""
    case_id: str = ""
    kind: Literal["report", "appeal"] = "report"
    comment: str = ""
    excerpt: str = ""


class WebhookBody(msgspec.Struct, forbid_unknown_fields=True):
    """Where to announce the decision, and the secret that signs the announcement."""

    url: str
    secret: str


PROBLEMS = problem_responses()
PENDING = ResponseSpec(
    data_container=dict[str, Any],
    description="Still waiting for a reviewer",
    generate_examples=False,
)


def _json(status: int, document: Any, headers: dict[str, str] | None = None) -> Response[bytes]:
    return Response(
        content=msgspec.json.encode(document),
        status_code=status,
        media_type="application/json",
        headers=headers or {},
    )


def review_routes(review: ReviewService, keys: KeyAuthenticator) -> list[HTTPRouteHandler]:
    """Route handlers bound to this process's review service and key authenticator."""

    async def caller(request: AnyRequest) -> KeyRecord:
        address = request.client.host if request.client else "unknown"
        return await keys.authenticate(request.headers.get("authorization"), address)

    async def answered(request: AnyRequest, work: Any) -> Response[bytes]:
        request_id = request_id_from(request.headers.get("x-request-id"))
        try:
            status, document, headers = await work(await caller(request))
        except GatewayError as exc:
            return problem_response(exc, request_id, {"x-request-id": request_id})
        return _json(status, document, {**headers, "x-request-id": request_id})

    def body_of(request_body: bytes, kind: type[Any]) -> Any:
        try:
            return decode_json_body(request_body or b"{}", kind)
        except msgspec.ValidationError as exc:
            raise InvalidRequest(f"invalid body: {exc}") from None

    @get(
        "/v1/reviews/{case_id:str}",
        tags=["developer"],
        summary="The outcome of a held request",
        security=API_KEY,
        responses={202: PENDING, **PROBLEMS},
    )
    async def poll(request: AnyRequest, case_id: FromPath[str]) -> Response[bytes]:
        async def work(key: KeyRecord) -> tuple[int, Any, dict[str, str]]:
            answer = await review.release.poll(case_id, key)
            return answer.status, answer.document, answer.headers

        return await answered(request, work)

    @post(
        "/v1/reviews/{case_id:str}/webhook",
        tags=["developer"],
        summary="Be told by a signed webhook when the case is decided",
        status_code=200,
        security=API_KEY,
        responses=PROBLEMS,
    )
    async def webhook(request: AnyRequest, case_id: FromPath[str]) -> Response[bytes]:
        raw = await request.body()

        async def work(key: KeyRecord) -> tuple[int, Any, dict[str, str]]:
            body = body_of(raw, WebhookBody)
            case = await review.register_webhook(case_id, key, body.url, body.secret)
            return 200, {**status_document(case), "webhook": body.url}, {}

        return await answered(request, work)

    async def file(request: AnyRequest, force_appeal: bool) -> Response[bytes]:
        raw = await request.body()

        async def work(key: KeyRecord) -> tuple[int, Any, dict[str, str]]:
            body: ReportBody = body_of(raw, ReportBody)
            if force_appeal or body.kind == "appeal":
                if not (body.request_id or body.case_id):
                    raise InvalidRequest("name the refused request: request_id or case_id")
                case = await review.intake.appeal(
                    key, request_id=body.request_id, case_id=body.case_id, comment=body.comment
                )
            else:
                if not body.request_id:
                    raise InvalidRequest("name the request you report: request_id")
                case = await review.intake.report(
                    key, request_id=body.request_id, comment=body.comment, excerpt=body.excerpt
                )
            location = f"/v1/reviews/{case.case_id}"
            return 201, {**status_document(case), "location": location}, {"location": location}

        return await answered(request, work)

    @post(
        "/v1/reports",
        tags=["developer"],
        summary="Report a harmful answer, or appeal a refusal",
        security=API_KEY,
        responses=PROBLEMS,
    )
    async def report(request: AnyRequest) -> Response[bytes]:
        return await file(request, force_appeal=False)

    @post(
        "/v1/appeals",
        tags=["developer"],
        summary="Appeal a refusal (same as kind=appeal)",
        security=API_KEY,
        responses=PROBLEMS,
    )
    async def appeal(request: AnyRequest) -> Response[bytes]:
        return await file(request, force_appeal=True)

    return [poll, webhook, report, appeal]
