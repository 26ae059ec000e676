"""What the developer routes can answer besides success, for the OpenAPI document."""

from __future__ import annotations

from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import SecurityRequirement

from gateway.errors import PROBLEM_CONTENT_TYPE, Problem

API_KEY: list[SecurityRequirement] = [{"ApiKey": []}]
"""Developer routes take `Authorization: Bearer mg_...` (the `ApiKey` scheme in the document)."""

_REASONS = {
    400: "Invalid request (body, JSON, or an upstream rejection)",
    401: "Missing, malformed, unknown, revoked or expired API key",
    403: "Not allowed for this tier (model, parameter, terms, content policy)",
    404: "Unknown model",
    405: "Method not allowed",
    410: "Model retired",
    413: "Body too large",
    415: "Body is not JSON",
    422: "Body does not match the endpoint's schema or the tier's caps",
    423: "Held for human review: `error.case_id` and `error.location` say where to poll "
    "(202 instead with `Prefer: respond-async`)",
    429: "A rate limit, token quota or the failed-authentication throttle",
    500: "Gateway failure (quote the request id)",
    502: "Upstream unreachable or failed",
    503: "Model disabled, or the limiter or a store unavailable",
    504: "Upstream timed out",
}


def problem_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """Problem-document responses for `statuses` (all the usual ones when none are given)."""
    chosen = statuses or tuple(_REASONS)
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_CONTENT_TYPE,
            description=_REASONS[status],
            generate_examples=False,
        )
        for status in chosen
    }
