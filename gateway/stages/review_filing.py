"""The last stages of `POST /v1/reports`, `POST /v1/appeals` and `POST /v1/reviews/{id}/webhook`."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from gateway.errors import InvalidRequest
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.review.release import status_document
from gateway.review.service import ReviewService
from gateway.schemas.json_body import decode_json_body

_encoder = msgspec.json.Encoder()


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


def _body_of(raw: bytes, kind: type[Any]) -> Any:
    try:
        return decode_json_body(raw.strip() or b"{}", kind)
    except msgspec.ValidationError as exc:
        raise InvalidRequest(f"invalid body: {exc}") from None


class FileRedress:
    """Opens a report or an appeal: 201 with a new case, 200 with the open one on a repeat."""

    def __init__(self, review: ReviewService, appeals_only: bool) -> None:
        self._intake = review.intake
        self._appeals_only = appeals_only

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        body: ReportBody = _body_of(ctx.raw_body, ReportBody)
        if self._appeals_only or body.kind == "appeal":
            if not (body.request_id or body.case_id):
                raise InvalidRequest("name the refused request: request_id or case_id")
            case, created = await self._intake.appeal(
                ctx.key, request_id=body.request_id, case_id=body.case_id, comment=body.comment
            )
        else:
            if not body.request_id:
                raise InvalidRequest("name the request you report: request_id")
            case, created = await self._intake.report(
                ctx.key, request_id=body.request_id, comment=body.comment, excerpt=body.excerpt
            )
        location = f"/v1/reviews/{case.case_id}"
        ctx.response_headers["location"] = location
        document = {**status_document(case), "location": location}
        ctx.reply = UpstreamReply(
            status=201 if created else 200, headers={}, body=_encoder.encode(document)
        )


class RegisterWebhook:
    """Remembers where to announce the case's decision."""

    def __init__(self, review: ReviewService) -> None:
        self._review = review

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        body: WebhookBody = _body_of(ctx.raw_body, WebhookBody)
        case = await self._review.register_webhook(
            ctx.case_id or "", ctx.key, body.url, body.secret
        )
        document = {**status_document(case), "webhook": body.url}
        ctx.reply = UpstreamReply(status=200, headers={}, body=_encoder.encode(document))
