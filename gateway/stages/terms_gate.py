"""Stage: terms. The caller's account has accepted every document its tier and model require."""

from __future__ import annotations

from gateway.access.terms_check import TermsChecker
from gateway.access.terms_documents import TermsDocument
from gateway.errors import TermsNotAccepted
from gateway.pipeline.context import RequestContext


def terms_entry(document: TermsDocument) -> dict[str, str]:
    """How a problem or a listing points at one document: where to read it and accept it."""
    return {
        "id": document.doc_id,
        "version": document.version,
        "title": document.title,
        "read": f"/v1/terms/{document.doc_id}",
        "accept": f"POST /v1/terms/{document.doc_id}/accept",
    }


class TermsGate:
    """Refuses with 403 `terms-not-accepted`, naming each missing document, until accepted."""

    def __init__(self, checker: TermsChecker) -> None:
        self._checker = checker

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        assert ctx.tier is not None
        assert ctx.model is not None
        required = self._checker.catalog.required_for(ctx.tier.terms, ctx.model.terms)
        missing = await self._checker.missing(ctx.key.account, required)
        if missing:
            names = ", ".join(f"{d.doc_id} (version {d.version})" for d in missing)
            raise TermsNotAccepted(
                f"accept the terms before using {ctx.model.name!r}: {names}; read each at "
                "GET /v1/terms/{id} and accept it with POST /v1/terms/{id}/accept",
                extensions={"terms": [terms_entry(d) for d in missing], "model": ctx.model.name},
            )
