"""The last stages of `GET /v1/terms` and `POST /v1/terms/{id}/accept`."""

from __future__ import annotations

import msgspec

from gateway.access.terms_check import TermsChecker
from gateway.control.model_board import ModelStateBoard
from gateway.errors import InvalidRequest, NotFound, TermsVersionChanged
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.schemas.json_body import decode_json_body
from gateway.stages.terms_gate import terms_entry

_encoder = msgspec.json.Encoder()


class AcceptBody(msgspec.Struct, forbid_unknown_fields=True):
    """Optional body of an acceptance: the version the caller read."""

    version: str | None = None


def _required_by(ctx: RequestContext, board: ModelStateBoard) -> dict[str, list[str]]:
    """Each document the caller's tier or any model it may use requires, with who requires it."""
    assert ctx.tier is not None
    owners: dict[str, list[str]] = {}
    for doc_id in ctx.tier.terms:
        owners.setdefault(doc_id, []).append(f"tier {ctx.tier.name}")
    for model in board.models.values():
        if ctx.tier.allows_model(model):
            for doc_id in model.terms:
                owners.setdefault(doc_id, []).append(f"model {model.name}")
    return owners


class ShowTerms:
    """Answers with what the caller must accept and what its account has accepted."""

    def __init__(self, checker: TermsChecker, board: ModelStateBoard) -> None:
        self._checker = checker
        self._board = board

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        assert ctx.tier is not None
        owners = _required_by(ctx, self._board)
        statuses = await self._checker.statuses(ctx.key.account, list(owners))
        entries = [
            {
                **terms_entry(s.document),
                "required_by": owners[s.document.doc_id],
                "accepted_version": s.accepted_version,
                "accepted_at": s.accepted_at.isoformat() if s.accepted_at else None,
                "satisfied": s.satisfied,
            }
            for s in statuses
        ]
        document = {"account": ctx.key.account, "tier": ctx.tier.name, "terms": entries}
        ctx.reply = UpstreamReply(status=200, headers={}, body=_encoder.encode(document))


class AcceptTerms:
    """Records that the caller's account accepts the current version of one document."""

    def __init__(self, checker: TermsChecker) -> None:
        self._checker = checker

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.key is not None
        document = self._checker.catalog.documents.get(ctx.terms_id or "")
        if document is None:
            raise NotFound(f"there is no terms document {ctx.terms_id!r}; GET /v1/terms lists them")
        body = AcceptBody()
        if ctx.raw_body.strip():
            try:
                body = decode_json_body(ctx.raw_body, AcceptBody)
            except msgspec.ValidationError as exc:
                raise InvalidRequest(f'the body must be {{"version": "..."}}: {exc}') from exc
        if body.version is not None and body.version != document.version:
            raise TermsVersionChanged(
                f"{document.doc_id!r} is now at version {document.version!r}; read it again",
                extensions={"terms": [terms_entry(document)]},
            )
        acceptance = await self._checker.store.accept(
            ctx.key.account, document.doc_id, document.version, key_id=ctx.key.key_id
        )
        self._checker.forget(ctx.key.account)
        reply = {
            "id": document.doc_id,
            "version": acceptance.version,
            "account": acceptance.account,
            "accepted_at": acceptance.accepted_at.isoformat(),
        }
        ctx.reply = UpstreamReply(status=200, headers={}, body=_encoder.encode(reply))
