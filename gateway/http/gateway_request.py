"""The request class of the app: Litestar's, with bodies it cannot decode refused as 400."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.exceptions import ClientException

from gateway.schemas.json_body import undecodable_reason


class GatewayRequest(Request[Any, Any, Any]):
    """Litestar turns malformed JSON into a 400 itself, but lets deep nesting
    (`RecursionError`) and bytes that are not UTF-8 (`UnicodeDecodeError`) escape as 500s on
    every route that takes a typed `data` body (the admin API)."""

    async def json(self) -> Any:
        try:
            return await super().json()
        except (RecursionError, UnicodeDecodeError) as exc:
            raise ClientException(
                f"the body is not valid JSON: {undecodable_reason(exc)}"
            ) from None
