"""The developer API: OpenAI-compatible routes, plain JSON inference, and the landing page."""

from __future__ import annotations

from typing import Any

from litestar import Response, get, post
from litestar.exceptions import NotFoundException
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath
from litestar.response import Stream, Template

from gateway import __version__
from gateway.http.openapi_bodies import (
    CHAT_OPERATION,
    COMPLETION_OPERATION,
    EMBEDDING_OPERATION,
    INFER_OPERATION,
)
from gateway.http.openapi_responses import API_KEY, problem_responses
from gateway.http.proxy_handler import AnyRequest, ProxyHandler
from gateway.pipeline.assembly import Pipelines

PROBLEMS = problem_responses()


def _documented(summary: str) -> dict[str, Any]:
    """What every developer route declares in the API document: its tag, the `ApiKey` scheme
    (`Authorization: Bearer mg_...`), the problem responses, and `summary`."""
    return {"tags": ["developer"], "security": API_KEY, "responses": PROBLEMS, "summary": summary}


def developer_routes(handler: ProxyHandler, pipelines: Pipelines) -> list[HTTPRouteHandler]:
    """Route handlers bound to this app's pipelines (no module-level state)."""
    model_call = pipelines.model_call

    @post(
        "/v1/chat/completions",
        status_code=200,
        **_documented("Chat completion (OpenAI format)"),
        operation_class=CHAT_OPERATION,
    )
    async def chat_completions(request: AnyRequest) -> Response[bytes] | Stream:
        return await handler.handle(request, model_call, "chat", "chat")

    @post(
        "/v1/completions",
        status_code=200,
        **_documented("Text completion (OpenAI format)"),
        operation_class=COMPLETION_OPERATION,
    )
    async def completions(request: AnyRequest) -> Response[bytes] | Stream:
        return await handler.handle(request, model_call, "completions", "completions")

    @post(
        "/v1/embeddings",
        status_code=200,
        **_documented("Embeddings (OpenAI format)"),
        operation_class=EMBEDDING_OPERATION,
    )
    async def embeddings(request: AnyRequest) -> Response[bytes] | Stream:
        return await handler.handle(request, model_call, "embeddings", "embeddings")

    @post(
        "/v1/models/{model:str}/infer",
        status_code=200,
        **_documented("Plain JSON inference"),
        operation_class=INFER_OPERATION,
    )
    async def infer(request: AnyRequest, model: FromPath[str]) -> Response[bytes] | Stream:
        return await handler.handle(request, model_call, "infer", "infer", path_model=model)

    @get(
        "/v1/models",
        **_documented("Models your tier may use, with their cards"),
    )
    async def list_models(request: AnyRequest) -> Response[bytes] | Stream:
        return await handler.handle(request, pipelines.list_models, None, "models")

    @get(
        "/v1/usage",
        **_documented("Your limits and what you have used of them"),
    )
    async def usage(request: AnyRequest) -> Response[bytes] | Stream:
        return await handler.handle(request, pipelines.usage, None, "usage")

    @get("/", include_in_schema=False)
    async def landing(request: AnyRequest) -> Template:
        # A browser gets a page of links; an API client keeps the problem document it got.
        if request.accept.best_match(["application/json", "text/html"]) != "text/html":
            raise NotFoundException("nothing here; the API lives under /v1 (see /openapi)")
        base_url = str(request.base_url).rstrip("/")
        return Template("landing.html", context={"version": __version__, "base_url": base_url})

    return [chat_completions, completions, embeddings, infer, list_models, usage, landing]
