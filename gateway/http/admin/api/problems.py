"""What the admin API can answer besides success, for the OpenAPI document."""

from __future__ import annotations

from types import MappingProxyType

from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import SecurityRequirement

from gateway.errors import PROBLEM_CONTENT_TYPE, Problem

ADMIN_SECURITY: list[SecurityRequirement] = [{"AdminToken": []}]
"""Admin routes take `Authorization: Bearer <JWT>` (the `AdminToken` scheme)."""

_REASONS = MappingProxyType(
    {
        400: "Invalid request (body, parameter, unknown tier or stage)",
        401: "unauthenticated: no token, or an expired, foreign-signed or wrong-audience one",
        403: "forbidden-role: signed in, but no role that grants this",
        404: "No such key, account, model, tier or terms document",
        409: "terms-version-changed (the document has a newer version), key-not-rotatable",
        500: "Gateway failure (quote the request id)",
        503: "The identity provider cannot be reached",
    }
)


def admin_problems(*statuses: int) -> dict[int, ResponseSpec]:
    """Problem-document responses for `statuses` (the admin API's usual ones when none)."""
    chosen = statuses or (400, 401, 403, 404, 500, 503)
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_CONTENT_TYPE,
            description=_REASONS[status],
            generate_examples=False,
        )
        for status in chosen
    }
