"""The developer's terms routes: what must be accepted, reading a document, accepting it."""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath
from litestar.response import Stream

from gateway.access.terms_documents import TermsCatalog
from gateway.errors import NotFound
from gateway.http.admin.api.problems import admin_problems
from gateway.http.developer.developer_routes import PROBLEMS
from gateway.http.openapi_responses import API_KEY, problem_responses
from gateway.http.problem_response import problem_response
from gateway.http.proxy_handler import AnyRequest, ProxyHandler
from gateway.http.request_ids import request_id_from
from gateway.pipeline.assembly import Pipelines


def terms_routes(
    handler: ProxyHandler, pipelines: Pipelines, catalog: TermsCatalog
) -> list[HTTPRouteHandler]:
    """Route handlers for `/v1/terms` bound to this app's pipelines and documents."""
    listing = pipelines.terms
    accepting = pipelines.accept_terms
    assert listing is not None
    assert accepting is not None

    @get(
        "/v1/terms",
        tags=["developer"],
        security=API_KEY,
        responses=PROBLEMS,
        summary="Terms you must accept, and what you accepted",
    )
    async def list_terms(request: AnyRequest) -> Response[bytes] | Stream:
        return await handler.handle(request, listing, None, "terms")

    @get(
        "/v1/terms/{doc_id:str}",
        tags=["developer"],
        responses=problem_responses(404),
        summary="Read a terms document (no key needed)",
    )
    async def read_terms(request: AnyRequest, doc_id: FromPath[str]) -> Response[Any]:
        document = catalog.documents.get(doc_id)
        if document is None:
            error = NotFound(f"there is no terms document {doc_id!r}")
            return problem_response(error, request_id_from(request.headers.get("x-request-id")))
        return Response(
            content={
                "id": document.doc_id,
                "version": document.version,
                "title": document.title,
                "published": document.published.date().isoformat() if document.published else None,
                "grace_days": document.grace.days,
                "accept": f"POST /v1/terms/{document.doc_id}/accept",
                "markdown": document.body,
            },
            media_type="application/json",
        )

    @post(
        "/v1/terms/{doc_id:str}/accept",
        status_code=200,
        tags=["developer"],
        security=API_KEY,
        responses={**PROBLEMS, **admin_problems(409)},
        summary="Accept the current version of a terms document for your account",
    )
    async def accept_terms(request: AnyRequest, doc_id: FromPath[str]) -> Response[bytes] | Stream:
        return await handler.handle(request, accepting, None, "terms-accept", terms_id=doc_id)

    return [list_terms, read_terms, accept_terms]
