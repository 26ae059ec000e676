"""The last stage of `GET /v1/models`: the models the caller's tier may use, with their cards."""

from __future__ import annotations

import msgspec

from gateway.control.model_board import ModelStateBoard
from gateway.pipeline.context import RequestContext, UpstreamReply
from gateway.policy.catalog import ModelSpec, PolicySet

_encoder = msgspec.json.Encoder()


def model_entry(model: ModelSpec) -> dict[str, object]:
    """One model in the OpenAI list format, extended with its release stage and card."""
    return {
        "id": model.name,
        "object": "model",
        "created": 0,
        "owned_by": "modelgate",
        "release_stage": model.stage,
        "endpoints": sorted(model.endpoints),
        "card": dict(model.card),
        "terms": list(model.terms),
    }


class ListModels:
    """Answers with the caller's visible catalogue instead of forwarding."""

    def __init__(self, policies: PolicySet, board: ModelStateBoard | None = None) -> None:
        self._policies = policies
        self._board = board or ModelStateBoard(policies.models)

    async def __call__(self, ctx: RequestContext) -> None:
        assert ctx.tier is not None
        board = self._board
        models = [
            m
            for m in board.models.values()
            if ctx.tier.allows_model(m) and not board.is_disabled(m.name)
        ]
        document = {"object": "list", "data": [model_entry(model) for model in models]}
        ctx.reply = UpstreamReply(status=200, headers={}, body=_encoder.encode(document))
